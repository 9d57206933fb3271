"""A day's source files into `raw_conversations` in chunks: the day's text is never in memory.

Pass 1 parses the files record by record (parse.py), quarantines repeated ids, and per
chunk of CHUNK conversations feeds the near-duplicate index (privacy/minhash.py: a digest
and a signature per distinct request, no text) and spills the chunk's rows to a Parquet
file in a private temporary folder. A conversation's pseudo-user and request group depend
on the whole day, so pass 2 streams the spill back, adds them, and hands the batches to
`ClioStorage.write_batches` (one commit). Memory: one chunk of conversations, the index,
and a few small columns per conversation (ids, users).
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from clio_assets.ingest.limits import IngestLimits
from clio_assets.ingest.normalise import stored_columns
from clio_assets.ingest.parse import LAYOUT, _check_override, data_files, parse_file
from clio_assets.privacy.minhash import RequestIndex
from clio_assets.privacy.repeats import (
    MIN_SIMILARITY,
    MissingUserIdPolicy,
    normalise_request,
    pseudo_user_ids,
    request_views,
)
from clio_assets.shared.records import Conversation, Rejected

CHUNK = 10_000
SPILLED = ("conversation_id", "messages_json", "n_messages", "source_format", "source_file", "source_line",
           "metadata_json")
COLUMNS = ("conversation_id", "user_id", "user_id_recorded", "request_group", "messages_json", "n_messages",
           "source_format", "source_file", "source_line", "metadata_json")
_TEXT = pa.large_string()  # what pandas writes, so the table's schema does not change with this writer
SCHEMA = pa.schema([("conversation_id", _TEXT), ("user_id", _TEXT), ("user_id_recorded", pa.bool_()),
                    ("request_group", pa.int64()), ("messages_json", _TEXT), ("n_messages", pa.int64()),
                    ("source_format", _TEXT), ("source_file", _TEXT), ("source_line", pa.int64()),
                    ("metadata_json", _TEXT)])


@dataclass
class IngestedDay:
    """What pass 1 learnt: the per-conversation identity columns and the rejected records."""

    spill: Path
    conversation_ids: list[str] = field(default_factory=list)
    user_ids: list[str] = field(default_factory=list)  # after the policy: recorded or pseudo
    recorded: list[bool] = field(default_factory=list)
    request_groups: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    rejected: list[Rejected] = field(default_factory=list)
    formats: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.conversation_ids)


def _chunk_batch(chunk: list[Conversation]) -> pa.RecordBatch:
    columns = stored_columns(chunk)
    return pa.RecordBatch.from_pydict({name: columns[name] for name in SPILLED},
                                      schema=pa.schema([SCHEMA.field(name) for name in SPILLED]))


def conversations_of(day_dir: Path, format_override: str | None = None, limits: IngestLimits | None = None
                     ) -> Iterator[Conversation | Rejected]:
    """`parse.read_day` as a stream: every file's conversations and rejections in order."""
    _check_override(format_override)
    if not Path(day_dir).is_dir():
        raise FileNotFoundError(f"conversation directory for the day not found: {day_dir} (expected layout {LAYOUT})")
    for path in data_files(Path(day_dir)):
        yield from parse_file(path, format_override, limits)


def first_pass(items: Iterator[Conversation | Rejected], spill_dir: Path, policy: MissingUserIdPolicy,
               chunk_size: int = CHUNK) -> IngestedDay:
    """Parse, dedupe and index every conversation, spilling each chunk's rows to Parquet."""
    day = IngestedDay(spill=spill_dir / "raw.parquet")
    index = RequestIndex(2, MIN_SIMILARITY)
    seen: set[str] = set()
    raw_users: list[str] = []
    writer = pq.ParquetWriter(day.spill, pa.schema([SCHEMA.field(n) for n in SPILLED]))
    chunk: list[Conversation] = []

    def flush() -> None:
        views = [request_views(c) for c in chunk]
        index.add([normalise_request(v[0]) for v in views], [normalise_request(v[1]) for v in views])
        writer.write_batch(_chunk_batch(chunk))
        chunk.clear()

    for item in items:
        if isinstance(item, Rejected):
            day.rejected.append(item)
            continue
        if item.conversation_id in seen:  # a repeated id is quarantined; the first occurrence is kept
            day.rejected.append(Rejected(item.source_file, item.source_line,
                                         f"duplicate-conversation-id: {item.conversation_id}", ""))
            continue
        seen.add(item.conversation_id)
        day.conversation_ids.append(item.conversation_id)
        raw_users.append(item.user_id)
        day.formats[item.source_format] = day.formats.get(item.source_format, 0) + 1
        chunk.append(item)
        if len(chunk) >= chunk_size:
            flush()
    if chunk:
        flush()
    writer.close()
    day.request_groups = index.groups()
    day.recorded = [bool(u) for u in raw_users]
    day.user_ids = pseudo_user_ids(raw_users, day.conversation_ids, day.request_groups, policy)
    return day


def rows(day: IngestedDay, batch_rows: int = CHUNK) -> Iterator[pa.RecordBatch]:
    """Pass 2: the spilled rows with their user and request group, in raw_conversations' column order."""
    offset = 0
    for spilled in pq.ParquetFile(day.spill).iter_batches(batch_size=batch_rows):
        n = spilled.num_rows
        extra = {"user_id": pa.array(day.user_ids[offset:offset + n], _TEXT),
                 "user_id_recorded": pa.array(day.recorded[offset:offset + n], pa.bool_()),
                 "request_group": pa.array(day.request_groups[offset:offset + n], pa.int64())}
        yield pa.RecordBatch.from_arrays([extra[c] if c in extra else spilled.column(c) for c in COLUMNS],
                                         schema=SCHEMA)
        offset += n


def spill_folder() -> tempfile.TemporaryDirectory:
    """A private temporary folder (mode 0700) for the spilled rows; removed on exit."""
    return tempfile.TemporaryDirectory(prefix="clio-ingest-")
