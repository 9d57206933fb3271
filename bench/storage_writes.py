"""Cost of replacing a day's rows: the single-commit merge (ClioStorage.write_batches)
against the former delete-then-append (two commits, with an empty day in between).

    python3 dev.py bench storage_writes [--rows 400000] [--text 2000] [--batch 20000]

Writes a day of ROWS rows (a TEXT-byte string column, like conversation text) into a fresh
local LanceDB table from a stream of BATCH-row batches, then replaces the day once by each
method on a fresh copy, and prints seconds, rows per second and the peak RSS of the
process. Ends with one `name=value` line: rows per second of the single-commit replacement.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from resources.storage import ClioStorage

DAY = "2026-03-01"
SCHEMA = pa.schema([("conversation_id", pa.string()), ("text", pa.string())])


def batches(prefix: str, rows: int, text: int, size: int) -> Iterator[pa.RecordBatch]:
    for start in range(0, rows, size):
        n = min(size, rows - start)
        yield pa.record_batch({"conversation_id": [f"{prefix}{start + i}" for i in range(n)],
                               "text": ["x" * text] * n}, schema=SCHEMA)


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=400_000)
    parser.add_argument("--text", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=20_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="clio-storage-bench-"))
    try:
        storage = ClioStorage(restricted_uri=str(work / "r"), published_uri=str(work / "p"),
                              export_dir=str(work / "e"))
        start = time.perf_counter()
        storage.write_batches("restricted", "t", DAY, batches("a", args.rows, args.text, args.batch), SCHEMA)
        first = time.perf_counter() - start
        shutil.copytree(work / "r", work / "copy")
        start = time.perf_counter()
        storage.write_batches("restricted", "t", DAY, batches("b", args.rows, args.text, args.batch), SCHEMA)
        merge = time.perf_counter() - start
        table = storage._db("restricted").open_table("t")
        assert storage.read_arrow("restricted", "t", DAY, ["conversation_id"]).num_rows == args.rows
        import lancedb

        old = lancedb.connect(str(work / "copy")).open_table("t")
        start = time.perf_counter()
        old.delete(f"partition_date = '{DAY}'")
        old.add(pa.RecordBatchReader.from_batches(table.schema, (
            b.append_column("partition_date", pa.array([DAY] * b.num_rows))
             .append_column("_clio_row_id", pa.array(range(i * args.batch, i * args.batch + b.num_rows), pa.int64()))
            for i, b in enumerate(batches("c", args.rows, args.text, args.batch)))))
        two_commits = time.perf_counter() - start
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mb = args.rows * args.text / 1e6
    print(f"{args.rows} rows x {args.text} B text ({mb:.0f} MB) in batches of {args.batch}")
    print(f"  first write (create)           : {first:7.2f} s  {args.rows / first:10.0f} rows/s")
    print(f"  replace, one commit (merge)    : {merge:7.2f} s  {args.rows / merge:10.0f} rows/s")
    print(f"  replace, delete + add (before) : {two_commits:7.2f} s  {args.rows / two_commits:10.0f} rows/s")
    print(f"  peak RSS                       : {peak_mb()} MB")
    print(f"storage_replace_rows_per_s={args.rows / merge:.0f}")


if __name__ == "__main__":
    main()
