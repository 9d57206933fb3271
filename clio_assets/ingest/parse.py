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
from typing import IO, cast

from clio_assets.ingest.formats import NORMALISERS, Draft, LineRejection, OasstFlatGrouper, RecordError, is_nested_oasst
from clio_assets.ingest.limits import (
    FileTooLarge,
    IngestLimits,
    bounded_lines,
    decode_line,
    may_hold_surrogates,
    replace_surrogates_deep,
)
from clio_assets.shared.records import Conversation, Message, Rejected
from clio_assets.shared.text import clean_input

FORMATS = ("messages", "sharegpt", "hh_rlhf", "wildchat", "oasst")
SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
EXCERPT_CHARS = 200
PARQUET_BATCH_ROWS = 4096
LAYOUT = "<root>/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet"

# A raw record as read: (line number, raw bytes or parquet row, record or None, reason or None,
# notes on how it was repaired: {"encoding": "cp1252", "lone_surrogates": n})
_RawRecord = tuple[int, bytes | dict, dict | None, str | None, dict]


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


def read_day(day_dir: Path, format_override: str | None = None, limits: IngestLimits | None = None
             ) -> tuple[list[Conversation], list[Rejected]]:
    """Parse every data file directly in ``day_dir`` (sorted by name), within ``limits``
    (``limits.py``; the defaults when None).

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
        for item in parse_file(path, format_override, limits):
            if isinstance(item, Conversation):
                conversations.append(item)
            else:
                rejected.append(item)
    return conversations, rejected


def data_files(day_dir: Path) -> list[Path]:
    """Entries directly in ``day_dir`` named like data files, sorted; hidden (dot) files are
    editor/tool litter. A directory with a data name is listed too: it is quarantined as
    ``not-a-file`` rather than skipped silently."""
    return sorted(p for p in day_dir.iterdir() if p.name.endswith(SUFFIXES) and not p.name.startswith("."))


def parse_file(path: Path, format_override: str | None = None, limits: IngestLimits | None = None
               ) -> Iterator[Conversation | Rejected]:
    """Stream the conversations and rejections of one file, in line order.

    Flat OASST messages are the exception to streaming: they are buffered per file and
    emitted at its end, because a conversation needs its whole message tree. An unknown
    ``format_override`` raises ValueError at the call, not at the first ``next()``.
    """
    _check_override(format_override)
    return _parse_file(Path(path), format_override, limits or IngestLimits())


def _parse_file(path: Path, format_override: str | None, limits: IngestLimits) -> Iterator[Conversation | Rejected]:
    name, stem = path.name, _stem(path.name)
    grouper = OasstFlatGrouper()
    if not path.is_file():
        yield Rejected(name, 0, "not-a-file: a directory or special file has a data file's name", "")
        return
    records = 0
    for line, raw, record, reason, notes in _read_records(path, limits):
        records += 1
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
            yield _finalise(draft, fmt, name, line, raw, limits, notes)
    for item in grouper.finish():
        if isinstance(item, LineRejection):
            yield Rejected(name, item.source_line, item.reason, item.excerpt)
        else:
            yield _finalise(item, "oasst", name, item.source_line or 0, b"", limits, {})
    if records == 0:
        yield Rejected(name, 0, "empty-file: no record in the file", "")


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


def _finalise(draft: Draft, fmt: str, name: str, line: int, raw: bytes | dict, limits: IngestLimits,
              notes: dict) -> Conversation | Rejected:
    """Validate a draft; a Conversation if it passes, else a Rejected with the reason.
    Messages are cleaned (control characters, lone surrogates) and cut to the message cap;
    what was repaired is noted in the metadata under ``ingest_repairs``."""
    line = draft.source_line or line
    messages, repairs = _clean_messages(draft.messages, limits, notes)
    reason = None
    if len(messages) > limits.max_messages:
        reason = f"too-many-turns: {len(messages)} messages, the limit is {limits.max_messages}"
    elif any(not m.content.strip() for m in messages):
        reason = "empty-text"
    elif not any(m.role == "user" for m in messages):
        reason = "no-user-turn"
    if reason is not None:
        excerpt = draft.excerpt if draft.excerpt is not None else _excerpt(raw)
        return Rejected(name, line, reason, excerpt)
    metadata = {**draft.metadata, "ingest_repairs": repairs} if repairs else draft.metadata
    return Conversation(
        conversation_id=draft.conversation_id,
        user_id=draft.user_id or "",
        messages=tuple(messages),
        source_format=fmt,
        source_file=name,
        source_line=line,
        metadata=metadata,
    )


def _clean_messages(messages: list[Message], limits: IngestLimits, notes: dict) -> tuple[list[Message], dict]:
    """Messages without control characters or lone surrogates, cut to ``max_message_chars``."""
    if len(messages) > limits.max_messages:
        return messages, dict(notes)  # rejected anyway: not worth cleaning
    repairs = dict(notes)
    out: list[Message] = []
    for message in messages:
        text, changed = clean_input(message.content)
        if changed:
            repairs["removed_characters"] = repairs.get("removed_characters", 0) + changed
        if len(text) > limits.max_message_chars:
            repairs["truncated_messages"] = repairs.get("truncated_messages", 0) + 1
            text = text[: limits.max_message_chars]
        out.append(message if text is message.content else Message(message.role, text))
    return out, repairs


def _read_records(path: Path, limits: IngestLimits) -> Iterator[_RawRecord]:
    if path.name.endswith(".parquet"):
        return _read_parquet(path, limits)
    return _read_jsonl(path, limits)


def _read_jsonl(path: Path, limits: IngestLimits) -> Iterator[_RawRecord]:
    """JSONL (optionally gzipped) read as bytes within the limits, so each line's UTF-8 is
    checked strictly (stray bytes are tried as cp1252 before the line is rejected)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    line_no = 0
    try:
        with opener(path, "rb") as handle:
            for line in bounded_lines(cast(IO[bytes], handle), limits):
                line_no, raw = line.number, line.data
                if line.oversized:
                    yield line_no, raw, None, (f"record-too-large: {line.size} bytes, the limit is "
                                               f"{limits.max_record_bytes}"), {}
                    continue
                if not raw.strip():
                    continue  # blank lines are layout, not records
                yield _decode_record(line_no, raw)
    except FileTooLarge as exc:  # reading stops: what was read is kept
        yield exc.line, b"", None, exc.reason, {}
    except (OSError, EOFError, zlib.error) as exc:
        # Truncated/corrupt gzip or an unreadable file: reject the rest, keep what was read.
        yield line_no, b"", None, f"unreadable-file: {exc}", {}


def _decode_record(line_no: int, raw: bytes) -> _RawRecord:
    """One JSONL line as a dict, or the reason it is not one."""
    notes: dict = {}
    try:
        text, encoding = decode_line(raw)
    except UnicodeDecodeError as exc:
        return line_no, raw, None, f"non-utf8: {exc} (not cp1252 either)", notes
    if encoding:
        notes["encoding"] = encoding
    if line_no == 1:
        text = text.lstrip("\ufeff")  # tolerate a UTF-8 byte-order mark
    try:
        value = json.loads(text)
        if may_hold_surrogates(raw):  # "\ud800" is valid JSON but cannot be written as UTF-8
            value, count = replace_surrogates_deep(value)
            if count:
                notes["lone_surrogates"] = count
    except (ValueError, RecursionError) as exc:
        if encoding:  # the cp1252 reading did not give JSON: the bytes are the problem
            return line_no, raw, None, f"non-utf8: not UTF-8, and not JSON when read as cp1252 ({exc})", {}
        return line_no, raw, None, f"bad-json: {exc}", notes
    if not isinstance(value, dict):
        return line_no, raw, None, "not-an-object", notes
    return line_no, raw, value, None, notes


def _read_parquet(path: Path, limits: IngestLimits) -> Iterator[_RawRecord]:
    """Parquet rows as python dicts (nested list/struct columns become lists/dicts). The file
    cap applies to the uncompressed size its footer declares, checked before any row is read."""
    import pyarrow as pa  # imported lazily: JSONL-only users don't pay for it
    import pyarrow.parquet as pq

    row = 0
    try:
        parquet = pq.ParquetFile(path)
        meta = parquet.metadata
        size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
        if size > limits.max_file_bytes:
            raise FileTooLarge(1, limits.max_file_bytes)
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                yield row, record, record, None, {}
    except FileTooLarge as exc:
        yield 0, b"", None, exc.reason, {}
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield 0, b"", None, f"unreadable-parquet: {exc}", {}
