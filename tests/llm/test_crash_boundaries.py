"""A crash between any two assets leaves every table at its previous or its new state.

A day is materialised (the previous state), its input changes, and it is materialised again
(Claude backend over the loopback server). Before every storage mutation of the second run
— so at every boundary between two assets, and between two tables of one asset — the test
records what every table of the day holds: that is exactly what `kill -9` at that point would
leave, since a killed process writes nothing more. Each recorded table must equal its state
before the run or after it, and so is never empty unless that state is.
(A kill *inside* one write is tests/resources/test_atomic_writes.py's concern; a real
kill -9 mid-stage is in test_kill_resume.py.)
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import dagster as dg
import pyarrow.parquet as pq
import pytest

from resources.storage import ClioStorage
from tests.support.loopback import LoopbackAnthropic

DAY = "2026-11-25"
_observer: list[Any] = []  # the callback the observed storage calls before each mutation (set by the test)


class ObservedStorage(ClioStorage):
    """The real storage, calling the test's observer before anything it changes."""

    def write(self, *args: Any, **kwargs: Any) -> Any:
        _observe("write", args)
        return super().write(*args, **kwargs)

    def write_batches(self, *args: Any, **kwargs: Any) -> Any:
        _observe("write_batches", args)
        return super().write_batches(*args, **kwargs)

    def export_parquet(self, *args: Any, **kwargs: Any) -> Any:
        _observe("export_parquet", args)
        return super().export_parquet(*args, **kwargs)

    def delete_partition(self, *args: Any, **kwargs: Any) -> Any:
        _observe("delete_partition", args)
        return super().delete_partition(*args, **kwargs)


def _observe(what: str, args: tuple) -> None:
    for callback in _observer:
        callback(f"{what}{tuple(a for a in args if isinstance(a, str))}")


class Tables:
    """Fingerprints of every table's rows for DAY (LanceDB tiers and Parquet exports),
    re-read only when a table's version or file changed."""

    def __init__(self, storage: ClioStorage) -> None:
        self.storage = storage
        self._seen: dict[tuple, str] = {}

    def state(self) -> dict[str, str]:
        import lancedb

        out: dict[str, str] = {}
        for tier, uri in (("restricted", self.storage.restricted_uri), ("published", self.storage.published_uri)):
            if not Path(uri).exists():
                continue
            db = lancedb.connect(uri)
            for name in db.list_tables().tables:
                table = db.open_table(name)
                if "partition_date" not in table.schema.names:
                    continue  # not partitioned by day (the response cache)
                key = (tier, name, table.version)
                if key not in self._seen:
                    self._seen[key] = fingerprint(self.storage.read_arrow(tier, name, DAY).to_pylist())
                out[f"{tier}/{name}"] = self._seen[key]
        for path in sorted(Path(self.storage.export_dir).glob(f"*/date={DAY}/*.parquet")):
            stat = path.stat()
            file_key = ("export", str(path), stat.st_mtime_ns, stat.st_size)
            if file_key not in self._seen:
                self._seen[file_key] = fingerprint(pq.read_table(path).to_pylist())
            out[f"export/{path.parent.parent.name}"] = self._seen[file_key]
        return out


EMPTY = hashlib.sha256(b"").hexdigest()


def fingerprint(rows: list[dict]) -> str:
    if not rows:
        return EMPTY
    lines = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def test_crash_between_any_two_assets_leaves_previous_or_new_tables(clio_home: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from resources.llm import LLMBackend
    from resources.tables import PartitionTables

    monkeypatch.setenv("CLIO_PII_NER", "0")  # rules-only scrubbing: this test is about table states
    storage = ObservedStorage(restricted_uri=os.environ["CLIO_RESTRICTED_URI"],
                              published_uri=os.environ["CLIO_PUBLISHED_URI"], export_dir=os.environ["CLIO_EXPORT_DIR"])
    tables = Tables(storage)
    with LoopbackAnthropic() as server:
        llm = LLMBackend(backend="claude", api_key="test-key", base_url=server.url, max_concurrency=4,
                         cache_uri=os.environ["CLIO_RESTRICTED_URI"])
        resources = {**definitions.resources, "llm": llm, "storage": storage,
                     "io_manager": PartitionTables(storage=storage)}

        def run() -> None:
            result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources,
                                    instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
            assert result.success

        generate_day(clio_home / "source", DAY, n_conversations=220, n_users=90, seed=6)
        run()
        before = tables.state()
        generate_day(clio_home / "source", DAY, n_conversations=260, n_users=100, seed=7)  # the day's input changes
        boundaries: list[tuple[str, dict[str, str]]] = []
        _observer.append(lambda where: boundaries.append((where, tables.state())))
        try:
            run()
        finally:
            _observer.clear()
        after = tables.state()

    assert set(after) == set(before) and len(after) >= 15, sorted(after)
    changed = {t for t in after if after[t] != before[t]}
    # the new input reaches every per-conversation and published table, so "previous" and "new" differ
    assert {"restricted/raw_conversations", "restricted/conversation_facets", "restricted/facet_embeddings",
            "published/hierarchy_nodes", "export/hierarchy_nodes"} <= changed
    assert len(boundaries) >= len(after)  # every table's write was a boundary
    for where, state in boundaries:
        for table, print_ in state.items():
            assert print_ in (before.get(table), after[table]), f"{table} at the boundary before {where}"
            assert print_ != EMPTY or before.get(table) == EMPTY or after[table] == EMPTY, (table, where)
    # and the boundaries did see the transition: some tables new while others were still previous
    assert any(0 < sum(state[t] == after[t] != before[t] for t in state) < len(changed) for _, state in boundaries)
