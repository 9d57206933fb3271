"""A day's stored conversations in chunks of rows: what the facet stage streams to its workers.

Chunks are read from the restricted tier as the executor asks for them, so the day's text
is never in memory at once. They travel as Arrow record batches (cheap to send to a worker
process or a Ray task) and become `Conversation`s in the worker: the step's own process only
reads and sends, and the JSON of the messages is parsed where the facets are extracted.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

import pyarrow as pa

from clio_assets.facets.offline import Facets, extract_facets
from clio_assets.shared.records import Conversation, Message
from clio_assets.shared.tables import PartitionTable

CONVERSATION_COLUMNS = ["conversation_id", "user_id", "messages_json", "source_format", "source_file", "source_line"]


def row_chunks(raw: PartitionTable, size: int) -> Iterator[pa.RecordBatch]:
    """The partition's conversations, `size` rows per batch (the last one smaller), in storage
    order (callers restore the written order)."""
    buffered: list[pa.RecordBatch] = []
    rows = 0
    for batch in raw.batches(CONVERSATION_COLUMNS, batch_size=max(size, 1_000)):
        buffered.append(batch)
        rows += batch.num_rows
        while rows >= size:
            table = pa.Table.from_batches(buffered)
            yield _one_batch(table.slice(0, size))
            rest = table.slice(size)
            buffered, rows = rest.to_batches(), rest.num_rows
    if rows:
        yield _one_batch(pa.Table.from_batches(buffered))


def _one_batch(table: pa.Table) -> pa.RecordBatch:
    """Rows copied into one batch of their own (a slice would send its parent's buffers)."""
    return table.combine_chunks().to_batches()[0]


def conversations_of(batch: pa.RecordBatch) -> list[Conversation]:
    return [
        Conversation(
            conversation_id=row["conversation_id"], user_id=row["user_id"],
            messages=tuple(Message(m["role"], m["content"]) for m in json.loads(row["messages_json"])),
            source_format=row["source_format"], source_file=row["source_file"], source_line=int(row["source_line"]),
        )
        for row in batch.to_pylist()
    ]


def facets_of(batch: pa.RecordBatch) -> list[Facets]:
    """Offline facets of one chunk of stored rows (run in a worker)."""
    return extract_facets(conversations_of(batch))
