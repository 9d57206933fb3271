"""Ingest: read one day's raw conversation files and normalise them (no Dagster imports).

Layout: ``<root>/<YYYY-MM-DD>/*.jsonl | *.jsonl.gz | *.parquet``. Every non-blank line
(JSONL) or row (Parquet) ends up either in a :class:`Conversation` or in a
:class:`Rejected` with a reason, file name, line number and excerpt; nothing is dropped
silently and bad data never raises. Formats (see ``formats.py``): OpenAI/Anthropic
``messages``, ``sharegpt``, ``hh_rlhf``, ``wildchat`` (also LMSYS-Chat-1M) and ``oasst``.

Ids: the conversation id comes from the record when present, else ``<file stem>:<line>``.
The user id comes from the record (``user_id``, ``hashed_ip``, ``user``, ...) when
present, else it is left empty: the ``raw_conversations`` asset then gives the
conversation a pseudo-user by the missing-user-id policy (``repeats.py``), so that one
person without an id never counts as several users.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

from clio_assets.ingest.formats import NORMALISERS, Draft, LineRejection, OasstFlatGrouper, RecordError, is_nested_oasst
from clio_assets.shared.records import Conversation, Rejected

FORMATS = ("messages", "sharegpt", "hh_rlhf", "wildchat", "oasst")
SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
EXCERPT_CHARS = 200
PARQUET_BATCH_ROWS = 4096
LAYOUT = "<root>/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet"

# A raw record as read: (line number, raw bytes or parquet row, record or None, reason or None)
_RawRecord = tuple[int, bytes | dict, dict | None, str | None]


def detect_format(record: dict) -> str | None:
    """Name of the format ``record`` is in (one of FORMATS), or None if unrecognised.

    Detection looks at which keys are present, not at their types, so a record with
    a malformed ``messages`` field is still routed to the ``messages`` normaliser and
    rejected there with a precise ``wrong-type`` reason.
    """
    if ("message_tree_id" in record or ("message_id" in record and "parent_id" in record)
            or (is_nested_oasst(record) and "replies" in record["prompt"])):
        return "oasst"
    if "messages" in record:
        return "messages"
    if "conversations" in record:
        return "sharegpt"
    if "conversation" in record:
        return "wildchat"
    if "chosen" in record or "transcript" in record:
        return "hh_rlhf"
    text = record.get("text")
    if isinstance(text, str) and ("\n\nHuman:" in text or text.startswith("Human:")):
        return "hh_rlhf"
    return None


def read_day(day_dir: Path, format_override: str | None = None
             ) -> tuple[list[Conversation], list[Rejected]]:
    """Parse every data file directly in ``day_dir`` (sorted by name).

    Raises FileNotFoundError if the directory is missing and ValueError for an unknown
    ``format_override``; bad data only ever produces ``Rejected`` entries.
    """
    _check_override(format_override)
    day_dir = Path(day_dir)
    if not day_dir.is_dir():
        raise FileNotFoundError(
            f"conversation directory for the day not found: {day_dir} "
            f"(expected layout {LAYOUT})")
    conversations: list[Conversation] = []
    rejected: list[Rejected] = []
    for path in data_files(day_dir):
        for item in parse_file(path, format_override):
            if isinstance(item, Conversation):
                conversations.append(item)
            else:
                rejected.append(item)
    return conversations, rejected


def data_files(day_dir: Path) -> list[Path]:
    """Data files directly in ``day_dir``, sorted; hidden (dot) files are editor/tool litter."""
    return sorted(p for p in day_dir.iterdir()
                  if p.is_file() and p.name.endswith(SUFFIXES) and not p.name.startswith("."))


def parse_file(path: Path, format_override: str | None = None
               ) -> Iterator[Conversation | Rejected]:
    """Stream the conversations and rejections of one file, in line order.

    Flat OASST messages are the exception to streaming: they are buffered per file and
    emitted at its end, because a conversation needs its whole message tree. An unknown
    ``format_override`` raises ValueError at the call, not at the first ``next()``.
    """
    _check_override(format_override)
    return _parse_file(Path(path), format_override)


def _parse_file(path: Path, format_override: str | None) -> Iterator[Conversation | Rejected]:
    name, stem = path.name, _stem(path.name)
    grouper = OasstFlatGrouper()
    for line, raw, record, reason in _read_records(path):
        if record is None:
            yield Rejected(name, line, reason or "unreadable", _excerpt(raw))
            continue
        fmt = format_override or detect_format(record)
        if fmt is None:
            yield Rejected(name, line, f"unknown-format: keys={sorted(record)[:20]}",
                           _excerpt(raw))
            continue
        try:
            if fmt == "oasst" and not is_nested_oasst(record):
                grouper.add(record, line, _excerpt(raw))
                continue
            drafts = NORMALISERS[fmt](record, f"{stem}:{line}")
        except RecordError as exc:
            yield Rejected(name, line, exc.reason, _excerpt(raw))
            continue
        for draft in drafts:
            yield _finalise(draft, fmt, name, line, raw)
    for item in grouper.finish():
        if isinstance(item, LineRejection):
            yield Rejected(name, item.source_line, item.reason, item.excerpt)
        else:
            yield _finalise(item, "oasst", name, item.source_line or 0, b"")


def _check_override(format_override: str | None) -> None:
    if format_override is not None and format_override not in FORMATS:
        raise ValueError(f"unknown format override {format_override!r}; expected one of {FORMATS}")


def _stem(name: str) -> str:
    """File name without its data suffix ("day.jsonl.gz" -> "day")."""
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _excerpt(raw: bytes | dict) -> str:
    """First EXCERPT_CHARS characters of the raw record, never failing on bad bytes."""
    if isinstance(raw, bytes):
        # 4 bytes per char at most, so this slice always covers EXCERPT_CHARS characters.
        return raw[: EXCERPT_CHARS * 4].rstrip(b"\r\n").decode("utf-8", errors="replace")[
            :EXCERPT_CHARS]
    return json.dumps(raw, ensure_ascii=False, default=str)[:EXCERPT_CHARS]


def _finalise(draft: Draft, fmt: str, name: str, line: int, raw: bytes | dict
              ) -> Conversation | Rejected:
    """Validate a draft; a Conversation if it passes, else a Rejected with the reason."""
    line = draft.source_line or line
    reason = None
    if any(not m.content.strip() for m in draft.messages):
        reason = "empty-text"
    elif not any(m.role == "user" for m in draft.messages):
        reason = "no-user-turn"
    if reason is not None:
        excerpt = draft.excerpt if draft.excerpt is not None else _excerpt(raw)
        return Rejected(name, line, reason, excerpt)
    return Conversation(
        conversation_id=draft.conversation_id,
        user_id=draft.user_id or "",
        messages=tuple(draft.messages),
        source_format=fmt,
        source_file=name,
        source_line=line,
        metadata=draft.metadata,
    )


def _read_records(path: Path) -> Iterator[_RawRecord]:
    if path.name.endswith(".parquet"):
        return _read_parquet(path)
    return _read_jsonl(path)


def _read_jsonl(path: Path) -> Iterator[_RawRecord]:
    """JSONL (optionally gzipped) read as bytes, so each line's UTF-8 is checked strictly."""
    opener = gzip.open if path.name.endswith(".gz") else open
    line_no = 0
    try:
        with opener(path, "rb") as handle:
            for line_no, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue  # blank lines are layout, not records
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield line_no, raw, None, f"non-utf8: {exc}"
                    continue
                if line_no == 1:
                    text = text.lstrip("\ufeff")  # tolerate a UTF-8 byte-order mark
                try:
                    value = json.loads(text)
                except (ValueError, RecursionError) as exc:
                    yield line_no, raw, None, f"bad-json: {exc}"
                    continue
                if not isinstance(value, dict):
                    yield line_no, raw, None, "not-an-object"
                    continue
                yield line_no, raw, value, None
    except (OSError, EOFError, zlib.error) as exc:
        # Truncated/corrupt gzip or an unreadable file: reject the rest, keep what was read.
        yield line_no, b"", None, f"unreadable-file: {exc}"


def _read_parquet(path: Path) -> Iterator[_RawRecord]:
    """Parquet rows as python dicts (nested list/struct columns become lists/dicts)."""
    import pyarrow as pa  # imported lazily: JSONL-only users don't pay for it
    import pyarrow.parquet as pq

    row = 0
    try:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield row, record, record, None
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield 0, b"", None, f"unreadable-parquet: {exc}"
