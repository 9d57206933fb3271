"""When lower-casing a text keeps every position and word bound, and cues as they occur there.

Python's `re` is several times slower ignoring case than matching lower-cased text as it is.
Most texts have no letters but ASCII ones: their other characters ("’", "—", emoji, CJK) have
no case. Lower-casing such a `foldable` text changes only ASCII letters, one for one, so every
position, word and word bound stays where it was, and a cue read case-insensitively in the text
is read exactly in the lower-cased text by its `folded_form`: each character replaced by the
ASCII character `re` itself lets it match when ignoring case ("ı" matches "i"), a character
without case kept; a cue with a cased character no ASCII one matches cannot occur there.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

_ASCII_LOWER = [ch for ch in map(chr, range(128)) if ch not in string.ascii_uppercase]


@lru_cache(maxsize=65536)
def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper()


def foldable(text: str) -> bool:
    """Whether lower-casing `text` changes only ASCII letters: every other character has no case."""
    return text.isascii() or all(ch.isascii() or _uncased(ch) for ch in set(text))


@lru_cache(maxsize=4096)
def _ascii_lower(ch: str) -> str | None:
    """The lower-case ASCII character `ch` matches when case is ignored, or None."""
    found = [a for a in _ASCII_LOWER if re.fullmatch(re.escape(ch), a, re.IGNORECASE)]
    return found[0] if found else None  # ASCII has one lower case per letter


def folded_form(cue: str) -> str | None:
    """`cue` as it can occur in a lower-cased `foldable` text, or None when it cannot occur there."""
    chars = [_ascii_lower(ch) or (ch if _uncased(ch) else None) for ch in cue]
    return None if None in chars else "".join(chars)  # type: ignore[arg-type]
