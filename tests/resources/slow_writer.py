"""A writer to kill: replaces one day of a table from a slow stream of batches.

    python -m tests.resources.slow_writer RESTRICTED_URI DAY TAG ROWS [--batched|--loop]

Prints `streaming` once LanceDB has taken the first batch, then sleeps between batches so
the parent can `kill -9` it while the write is in flight. With --loop it rewrites the day
over and over, alternating TAG (ROWS rows) and TAG+"2" (ROWS+7 rows), so a kill lands at
an arbitrary point of a write or of a commit."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pyarrow as pa

from resources.storage import ClioStorage

SCHEMA = pa.schema([("conversation_id", pa.string()), ("tag", pa.string()), ("text", pa.string())])


def batches(tag: str, rows: int, slow: bool) -> Iterator[pa.RecordBatch]:
    size = max(1, rows // 10)
    for start in range(0, rows, size):
        n = min(size, rows - start)
        yield pa.record_batch({"conversation_id": [f"{tag}-{start + i}" for i in range(n)], "tag": [tag] * n,
                               "text": ["x" * 200] * n}, schema=SCHEMA)
        if slow:
            print("streaming", flush=True)
            time.sleep(0.5)


def main(uri: str, day: str, tag: str, rows: int, mode: str) -> None:
    storage = ClioStorage(restricted_uri=uri, published_uri=uri + "-published", export_dir=uri + "-exports")
    if mode == "--loop":
        print("streaming", flush=True)
        for i in range(10_000):
            second = i % 2 == 0
            storage.write_batches("restricted", "events", day,
                                  batches(tag + "2" if second else tag, rows + 7 if second else rows, False), SCHEMA)
        return
    storage.write_batches("restricted", "events", day, batches(tag, rows, True), SCHEMA)
    print("committed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else "--batched")
