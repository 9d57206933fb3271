"""Text cleaning for what is stored and shown: control, bidi and lone-surrogate characters.

Two strengths, one table of characters:
- `clean_input` (ingest): the user's own words are kept, but NUL and other control characters
  are removed (tab and line breaks stay) and lone UTF-16 surrogates — valid in a JSON string
  escape, impossible to encode as UTF-8, so Arrow cannot write them — become U+FFFD.
- `clean_display` (request summaries and every published string): the same, plus every
  bidirectional formatting character (U+202E RIGHT-TO-LEFT OVERRIDE and its kin), which can
  make a name display reversed or hide text, and line breaks folded into spaces.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd
import pyarrow as pa

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls except tab/LF/CR, DEL, C1 controls; form and vertical feeds count as line breaks.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_FEEDS = re.compile("[\x0b\x0c]")
# Bidi formatting: ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DISPLAY = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI}]")
_BREAKS = re.compile("[\t\n\r\x0b\x0c\u2028\u2029]+")


def replace_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn(REPLACEMENT, text)


def clean_input(text: str) -> tuple[str, int]:
    """A message as stored at ingest, and the number of characters removed or replaced."""
    if text.isprintable():  # the common case: nothing to do (tabs/newlines are not printable)
        return text, 0
    text, surrogates = replace_surrogates(text)
    text, feeds = _FEEDS.subn("\n", text)
    text, controls = _CONTROL.subn("", text)
    return text, surrogates + feeds + controls


def clean_display(text: str) -> str:
    """A one-line display string: no control or bidi characters, no lone surrogates,
    each run of line breaks and tabs folded into one space."""
    if text.isprintable():  # bidi marks are format characters, so not printable
        return text
    text = _SURROGATE.sub(REPLACEMENT, text)
    text = _BREAKS.sub(" ", text)
    return _DISPLAY.sub("", text).strip()


def has_unsafe_display_chars(text: str) -> bool:
    """True if `text` holds anything `clean_display` would remove (for checks and tests)."""
    return bool(_DISPLAY.search(text) or _SURROGATE.search(text))


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return clean_display(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_clean_value(v) for v in value)
    return value


def clean_display_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every string (and list-of-string) cell display-cleaned."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            values = [_clean_value(v) for v in series]
            if any(a is not b for a, b in zip(values, series)):  # rewrite only what changed, keeping the dtype
                out[column] = pd.Series(values, index=series.index, dtype=series.dtype)
    return out


def _is_text(kind: pa.DataType) -> bool:
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _is_text(kind.value_type)
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def clean_display_arrow(table: pa.Table) -> pa.Table:
    """The same for an Arrow table: string and list-of-string columns rebuilt with their type."""
    for index, field in enumerate(table.schema):
        if _is_text(field.type):
            values = [_clean_value(v) for v in table.column(index).to_pylist()]
            table = table.set_column(index, field, pa.array(values, type=field.type))
    return table
