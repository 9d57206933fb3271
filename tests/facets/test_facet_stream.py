"""Facet extraction streams the day's conversations from storage in chunks of rows (the day's
text is never in memory at once), keeps at most two chunks per worker in flight, and still
writes its table in the order the conversations were ingested, so a re-run writes the same table."""
from __future__ import annotations

import json
from pathlib import Path

import dagster as dg

from clio_assets.facets.assets import facet_extraction
from clio_assets.facets.rows import conversations_of, facets_of, row_chunks
from clio_assets.ingest.assets import ingested_day
from clio_assets.shared.assets import RESTRICTED
from clio_assets.shared.executor import executor_for
from clio_assets.shared.tables import PartitionTable
from tests.support.generated_day import write_generated_day

DAY = "2026-03-05"


def _write_day(source: Path, n: int) -> None:
    write_generated_day(source, DAY, n, 40, seed=5)


def test_facets_are_read_in_chunks_and_written_in_ingest_order(clio_home: Path) -> None:
    from clio_assets import definitions

    _write_day(clio_home / "source", 90)
    resources = definitions.build_resources()
    storage = definitions.storage_from_env()
    runs = []
    for _ in range(2):  # the second run replaces the day's rows (a merge: storage order may change)
        assert dg.materialize([ingested_day, facet_extraction], partition_key=DAY, resources=resources).success
        raw = storage.read(RESTRICTED, "raw_conversations", DAY)
        facets = storage.read(RESTRICTED, "conversation_facets", DAY)
        assert list(facets.conversation_id) == list(raw.conversation_id)
        runs.append(facets.drop(columns=["partition_date", "created_at"], errors="ignore"))
    assert runs[0].equals(runs[1])

    table = PartitionTable(storage, RESTRICTED, "raw_conversations", (DAY,))
    batches = list(row_chunks(table, 25))
    assert [b.num_rows for b in batches] == [25, 25, 25, 15]
    chunks = [conversations_of(b) for b in batches]
    assert sorted(c.conversation_id for chunk in chunks for c in chunk) == sorted(raw.conversation_id)
    by_id = {c.conversation_id: c for chunk in chunks for c in chunk}
    first = raw.iloc[0]
    assert [m.content for m in by_id[first.conversation_id].messages] == \
        [m["content"] for m in json.loads(first.messages_json)]
    stored = facets.set_index("conversation_id")
    for f in facets_of(batches[-1]):  # what a worker returns for a chunk is what was stored
        assert (f.request, f.task, f.concern) == tuple(stored.loc[f.conversation_id, ["request", "task", "concern"]])


def test_worker_processes_read_chunks_only_as_they_keep_up() -> None:
    pulled = []

    def chunks():
        for i in range(40):
            pulled.append(i)
            yield [i]

    executor = executor_for("processes", 2)
    try:
        results = executor.map(sum, chunks())
        assert next(results) == 0
        assert len(pulled) <= 5  # two per worker in flight, and the one that filled the queue
        assert list(results) == list(range(1, 40))
    finally:
        executor.close()
