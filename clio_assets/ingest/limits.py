"""Ingest limits and the bounded reading and decoding that enforce them (no Dagster imports).

Each limit has its own quarantine reason, so an operator sees which one a record hit
(docs/limits.md has the full table):

- `max_record_bytes` (CLIO_MAX_RECORD_BYTES, 10 MiB): a longer JSONL line is `record-too-large`,
  skipped without ever being held in memory whole;
- `max_messages` (CLIO_MAX_TURNS, 2,000): a conversation with more is `too-many-turns`;
- `max_file_bytes` (CLIO_MAX_FILE_BYTES, 1 GiB decompressed): reading stops there with one
  `file-too-large` entry; the records before it are kept;
- `max_message_chars` (CLIO_MAX_MESSAGE_CHARS, 20,000): a longer message is kept, cut to the
  cap, and counted in the conversation's metadata (`ingest_repairs.truncated_messages`).

The message cap keeps every text that reaches the scrubber far below spaCy's 1,000,000-character
`max_length`, so one huge message can never stop facet extraction (E088), and bounds the time
scrubbing one message takes. 20,000 characters is above what facet extraction reads of a whole
conversation (the Claude facet budget, 4,000 tokens ≈ 16,000 characters).
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from clio_assets.shared.text import replace_surrogates

SPACY_MAX_CHARS = 1_000_000  # spaCy's default nlp.max_length: a longer text raises E088
READ_BYTES = 1 << 20
HEAD_BYTES = 4096  # what is kept of an oversized line, for its excerpt
_BLANK_RUN = re.compile(rb"[ \t\r\n\f\v]*")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class IngestLimits:
    max_record_bytes: int = 10 * 2**20
    max_messages: int = 2000
    max_file_bytes: int = 2**30
    max_message_chars: int = 20_000

    def __post_init__(self) -> None:
        for name in ("max_record_bytes", "max_messages", "max_file_bytes", "max_message_chars"):
            if getattr(self, name) < 1:
                raise ValueError(f"ingest limit {name} must be positive, got {getattr(self, name)}")
        if self.max_message_chars > SPACY_MAX_CHARS:
            raise ValueError(f"max_message_chars={self.max_message_chars} exceeds spaCy's limit of "
                             f"{SPACY_MAX_CHARS} characters per text (the scrubber would fail)")


class FileTooLarge(Exception):
    """The decompressed size of a file passed `max_file_bytes`; `line` is the first line not read."""

    def __init__(self, line: int, cap: int) -> None:
        super().__init__(f"file-too-large: more than {cap} bytes decompressed; lines from {line} on were not read")
        self.line = line
        self.reason = str(self)


@dataclass(frozen=True)
class RawLine:
    number: int
    data: bytes  # the whole line, or only its first HEAD_BYTES when it is oversized
    size: int  # the line's real size in bytes

    @property
    def oversized(self) -> bool:
        return len(self.data) < self.size


def bounded_lines(handle: IO[bytes], limits: IngestLimits) -> Iterator[RawLine]:
    """The non-blank lines of a binary stream, numbered from 1, never holding more than
    `max_record_bytes` of one line in memory. Runs of blank lines are skipped at C speed (a
    gzip of 300 MB of newlines is read in seconds). Raises FileTooLarge once more than
    `max_file_bytes` were read; OSError/EOFError of a broken stream pass through."""
    number, total, size = 0, 0, 0
    parts: list[bytes] = []
    read = getattr(handle, "read1", handle.read)  # read1: a truncated gzip loses at most one chunk
    while block := read(READ_BYTES):
        total += len(block)
        if total > limits.max_file_bytes:
            raise FileTooLarge(number + 1, limits.max_file_bytes)
        start = 0
        while start < len(block):
            if size == 0:  # at a line start: skip a run of blank lines in one step
                blank_end = _BLANK_RUN.match(block, start).end()  # type: ignore[union-attr]  # matches ""
                last_newline = block.rfind(b"\n", start, blank_end)
                if last_newline >= 0:
                    number += block.count(b"\n", start, last_newline + 1)
                    start = last_newline + 1
                    if start >= len(block):
                        break
            newline = block.find(b"\n", start)
            end = len(block) if newline < 0 else newline + 1
            if size + end - start <= limits.max_record_bytes:
                parts.append(block[start:end])
            elif size <= limits.max_record_bytes:  # the line passes the cap: keep a head, for the excerpt
                keep = min(HEAD_BYTES, limits.max_record_bytes)
                parts = [(b"".join(parts) + block[start:start + keep])[:keep]]
            size += end - start
            start = end
            if newline >= 0:
                number += 1
                yield from _line(number, parts, size)
                parts, size = [], 0
    if size:
        yield from _line(number + 1, parts, size)


def _line(number: int, parts: list[bytes], size: int) -> Iterator[RawLine]:
    """The line, unless it is blank (a blank run that straddled two blocks)."""
    line = RawLine(number, b"".join(parts), size)
    if line.oversized or line.data.strip():
        yield line


# --------------------------------------------------------------------------- decoding


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode only the bytes that are not UTF-8 as cp1252 (Windows-1252), so valid UTF-8
    around them is kept; a byte undefined in cp1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) fails."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252"), error.end


codecs.register_error("clio-cp1252", _cp1252_bytes)


def decode_line(raw: bytes) -> tuple[str, str | None]:
    """(text, encoding note): strict UTF-8, else UTF-8 with the stray bytes read as cp1252.
    Raises UnicodeDecodeError when neither works."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as strict:
        try:
            return raw.decode("utf-8", errors="clio-cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise strict from None


def may_hold_surrogates(raw: bytes) -> bool:
    """True if the JSON text has a \\uD800-\\uDFFF escape (cheap pre-check before a deep clean)."""
    return _SURROGATE_ESCAPE.search(raw) is not None


def replace_surrogates_deep(value: object) -> tuple[object, int]:
    """A decoded JSON value with every lone surrogate (in keys and strings) replaced by U+FFFD."""
    count = 0

    def walk(item: object) -> object:
        nonlocal count
        if isinstance(item, str):
            cleaned, n = replace_surrogates(item)
            count += n
            return cleaned
        if isinstance(item, list):
            return [walk(v) for v in item]
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        return item

    return walk(value), count
