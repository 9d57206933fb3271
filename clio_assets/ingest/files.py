"""One source file read where the work runs (a worker process, or the step's own process):
parsed record by record, its conversations' rows spilled to a Parquet file of their own in
the private spill folder, and its requests' views normalised, digested and MinHash-signed
(privacy/minhash.py). What comes back holds no conversation text: ids, users, formats, line
numbers, the rejections, and the digests and signatures the near-duplicate index needs.
The step's own process then dedupes ids and indexes requests in file order (stream.py), so
the day comes out the same whichever executor read its files.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from clio_assets.ingest.limits import IngestLimits
from clio_assets.ingest.normalise import stored_columns
from clio_assets.ingest.parse import LAYOUT, _check_override, data_files, parse_file
from clio_assets.privacy.minhash import NUM_PERM, coefficients, signed_views
from clio_assets.privacy.repeats import normalise_request, request_views
from clio_assets.shared.records import Conversation, Rejected

_TEXT = pa.large_string()  # what pandas writes, so the table's schema does not change with this writer
SPILL_SCHEMA = pa.schema([("conversation_id", _TEXT), ("messages_json", _TEXT), ("n_messages", pa.int64()),
                          ("source_format", _TEXT), ("source_file", _TEXT), ("source_line", pa.int64()),
                          ("metadata_json", _TEXT)])


@dataclass(frozen=True)
class FileJob:
    path: str
    spill: str  # where this file's rows go
    format_override: str | None
    limits: IngestLimits
    chunk: int  # conversations per spilled batch and per signing call
    seed: int = 0  # of the MinHash permutations: the index's


@dataclass
class FilePass:
    """What one file gave, in line order."""

    spill: str
    ids: list[str] = field(default_factory=list)
    users: list[str] = field(default_factory=list)  # as recorded ("" when missing)
    formats: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    rejected: list[tuple[int, Rejected]] = field(default_factory=list)  # (conversations before it, rejection)
    digests: np.ndarray = field(default_factory=lambda: np.zeros((2, 0), "V16"))  # (views x conversations)
    signed: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), np.uint32))  # per distinct view
    slot: np.ndarray = field(default_factory=lambda: np.zeros((2, 0), np.int64))  # each view's row of `signed`

    def signatures(self, columns: np.ndarray) -> np.ndarray:
        """(views x len(columns) x NUM_PERM): the signatures of those conversations' views."""
        return self.signed[self.slot[:, columns]]


def day_files(day_dir: Path, format_override: str | None) -> list[Path]:
    """The day's data files in the order they are read (an unknown override, or a missing
    folder, is an error here, before anything is read)."""
    _check_override(format_override)
    if not Path(day_dir).is_dir():
        raise FileNotFoundError(f"conversation directory for the day not found: {day_dir} (expected layout {LAYOUT})")
    return data_files(Path(day_dir))


def file_jobs(day_dir: Path, spill_dir: Path, format_override: str | None, limits: IngestLimits,
              chunk: int) -> Iterator[FileJob]:
    """One job per data file of the day, in the order the files are read."""
    for i, path in enumerate(day_files(day_dir, format_override)):
        yield FileJob(str(path), str(spill_dir / f"file-{i:06d}.parquet"), format_override, limits, chunk)


def read_file(job: FileJob) -> FilePass:
    out = FilePass(job.spill)
    coef = coefficients(job.seed)
    digests, signed, slots = [], [], []
    signed_rows = 0
    chunk: list[Conversation] = []
    with pq.ParquetWriter(job.spill, SPILL_SCHEMA) as writer:
        def flush() -> None:
            columns = stored_columns(chunk)
            writer.write_batch(pa.RecordBatch.from_pydict({name: columns[name] for name in SPILL_SCHEMA.names},
                                                          schema=SPILL_SCHEMA))
            views = [request_views(c) for c in chunk]
            d, s, at = signed_views([[normalise_request(v[0]) for v in views],
                                     [normalise_request(v[1]) for v in views]], coef)
            nonlocal signed_rows
            digests.append(d)
            signed.append(s)
            slots.append(at + signed_rows)
            signed_rows += len(s)
            chunk.clear()

        for item in parse_file(Path(job.path), job.format_override, job.limits):
            if isinstance(item, Rejected):
                out.rejected.append((len(out.ids), item))
                continue
            out.ids.append(item.conversation_id)
            out.users.append(item.user_id)
            out.formats.append(item.source_format)
            out.files.append(item.source_file)
            out.lines.append(item.source_line)
            chunk.append(item)
            if len(chunk) >= job.chunk:
                flush()
        if chunk:
            flush()
    if digests:
        out.digests, out.signed = np.concatenate(digests, axis=1), np.concatenate(signed)
        out.slot = np.concatenate(slots, axis=1)
    return out
