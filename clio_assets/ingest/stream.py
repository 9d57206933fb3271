"""A day's source files into `raw_conversations` in chunks: the day's text is never in memory.

Pass 1 reads the files (files.py), each where the work runs: parsed, its rows spilled to a
Parquet file of its own in a private temporary folder, its requests' views digested and
signed. The step's own process takes the files' results in order: it quarantines repeated
ids and feeds the near-duplicate index (privacy/minhash.py: a digest and a signature per
*distinct* request view, no text) chunk by chunk of CHUNK conversations, as one reader
would. A conversation's pseudo-user and request group depend on the whole day, so pass 2
streams the spills back, drops the repeated ids, adds them, and hands the batches to
`ClioStorage.write_batches` (one commit). Memory: a few files' small columns, the index,
and the identity columns per conversation (ids, users).
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from clio_assets.ingest.files import FilePass, day_files
from clio_assets.ingest.limits import IngestLimits
from clio_assets.ingest.parse import parse_file
from clio_assets.privacy.minhash import RequestIndex
from clio_assets.privacy.repeats import MIN_SIMILARITY, MissingUserIdPolicy, pseudo_user_ids
from clio_assets.shared.records import Conversation, Rejected

CHUNK = 10_000
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

    spills: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (file's spill, rows kept)
    conversation_ids: list[str] = field(default_factory=list)
    user_ids: list[str] = field(default_factory=list)  # after the policy: recorded or pseudo
    recorded: list[bool] = field(default_factory=list)
    request_groups: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    rejected: list[Rejected] = field(default_factory=list)
    formats: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.conversation_ids)


def conversations_of(day_dir: Path, format_override: str | None = None, limits: IngestLimits | None = None
                     ) -> Iterator[Conversation | Rejected]:
    """`parse.read_day` as a stream: every file's conversations and rejections in order."""
    for path in day_files(day_dir, format_override):
        yield from parse_file(path, format_override, limits)


def first_pass(files: Iterable[FilePass], policy: MissingUserIdPolicy, chunk_size: int = CHUNK) -> IngestedDay:
    """Dedupe and index the conversations of every file, in file and line order."""
    day = IngestedDay()
    index = RequestIndex(2, MIN_SIMILARITY)
    seen: set[str] = set()
    raw_users: list[str] = []
    pending: list[tuple[np.ndarray, np.ndarray]] = []  # kept conversations not yet indexed
    waiting = 0
    for part in files:
        keep = np.ones(len(part.ids), dtype=bool)
        rejections = iter(part.rejected)
        upcoming = next(rejections, None)
        for i, cid in enumerate(part.ids):
            while upcoming is not None and upcoming[0] <= i:  # a rejection read before this conversation
                day.rejected.append(upcoming[1])
                upcoming = next(rejections, None)
            if cid in seen:  # a repeated id is quarantined; the first occurrence is kept
                keep[i] = False
                day.rejected.append(Rejected(part.files[i], part.lines[i], f"duplicate-conversation-id: {cid}", ""))
                continue
            seen.add(cid)
            day.conversation_ids.append(cid)
            raw_users.append(part.users[i])
            day.formats[part.formats[i]] = day.formats.get(part.formats[i], 0) + 1
        day.rejected.extend([upcoming[1]] if upcoming is not None else [])
        day.rejected.extend(r for _, r in rejections)
        day.spills.append((part.spill, keep))
        kept = np.flatnonzero(keep)
        while len(kept):  # the index takes chunks of chunk_size conversations across files, as one reader
            take = kept[:chunk_size - waiting]
            pending.append((part.digests[:, take], part.signatures(take)))
            waiting += len(take)
            kept = kept[len(take):]
            if waiting >= chunk_size:
                index.add_signed(*_joined(pending))
                pending, waiting = [], 0
    if waiting:
        index.add_signed(*_joined(pending))
    day.request_groups = index.groups()
    day.recorded = [bool(u) for u in raw_users]
    day.user_ids = pseudo_user_ids(raw_users, day.conversation_ids, day.request_groups, policy)
    return day


def _joined(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate([d for d, _ in parts], axis=1), np.concatenate([s for _, s in parts], axis=1)


def rows(day: IngestedDay, batch_rows: int = CHUNK) -> Iterator[pa.RecordBatch]:
    """Pass 2: the spilled rows of the conversations kept, with their user and request group,
    in raw_conversations' column order."""
    offset = 0
    for spill, keep in day.spills:
        at = 0
        for spilled in pq.ParquetFile(spill).iter_batches(batch_size=batch_rows):
            mask = keep[at:at + spilled.num_rows]
            at += spilled.num_rows
            if not mask.all():
                spilled = spilled.filter(pa.array(mask))
            n = spilled.num_rows
            if not n:
                continue
            extra = {"user_id": pa.array(day.user_ids[offset:offset + n], _TEXT),
                     "user_id_recorded": pa.array(day.recorded[offset:offset + n], pa.bool_()),
                     "request_group": pa.array(day.request_groups[offset:offset + n], pa.int64())}
            yield pa.RecordBatch.from_arrays([extra[c] if c in extra else spilled.column(c) for c in COLUMNS],
                                             schema=SCHEMA)
            offset += n


def spill_folder() -> tempfile.TemporaryDirectory:
    """A private temporary folder (mode 0700) for the spilled rows; removed on exit."""
    return tempfile.TemporaryDirectory(prefix="clio-ingest-")
