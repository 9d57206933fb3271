"""A 7-day backfill of every day asset on a real Dagster instance with clio's settings:
the daemon's backfill and run-queue iterations run here, in this process, and each
launched run executes in it (SyncInMemoryRunLauncher) instead of a subprocess; the
14-day load test with the real `dagster-daemon` is bench/backfill.py."""
from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import dagster as dg
from dagster._core.execution.backfill import BulkActionStatus
from dagster._daemon.backfill import execute_backfill_iteration
from dagster._daemon.run_coordinator.queued_run_coordinator_daemon import QueuedRunCoordinatorDaemon

from clio_assets.operations.backfill import backfill_done, backfill_status, day_assets, submit_backfill
from clio_assets.shared.assets import LLM_POOL
from tests.operations.conftest import SYNC_LAUNCHER, clio_instance, clio_workspace

# the trend chain and everything it reads (ingest .. hierarchy, topic registry, trends);
# the published views, expectations and explorer are in the 14-day load test
TRENDS = dg.AssetSelection.assets("topic_trends").upstream().required_multi_asset_neighbors()
DAYS = [(date(2026, 11, 1) + timedelta(days=i)).isoformat() for i in range(7)]


def check_evaluations(instance: dg.DagsterInstance, run_id: str) -> list[dg.AssetCheckEvaluation]:
    out = []
    for entry in instance.all_logs(run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION):
        data = entry.dagster_event.event_specific_data if entry.dagster_event else None
        assert isinstance(data, dg.AssetCheckEvaluation)
        out.append(data)
    return out


def known_topics(record: dg.EventLogRecord) -> int:
    materialization = record.asset_materialization
    assert materialization is not None
    return int(materialization.metadata["known_topics"].value)  # type: ignore[arg-type]


def test_a_seven_day_backfill_completes_in_date_order(clio_home: Path) -> None:
    """Every day's runs succeed with every check passing; topic registries in date order."""
    from clio_assets.definitions import defs
    from clio_assets.demo.generator import generate_day

    for i, day in enumerate(DAYS):  # small demo days: the test is about orchestration
        generate_day(clio_home / "source", day, n_conversations=80, n_users=30, seed=i)
    logger = logging.getLogger("clio.test_backfill")
    with clio_instance(SYNC_LAUNCHER) as instance, clio_workspace(instance) as workspace:
        backfill_id = submit_backfill(instance, defs, DAYS, title="test: 7 days", selection=TRENDS)
        queue = QueuedRunCoordinatorDaemon(interval_seconds=1)
        for _ in range(60):  # each pass: the backfill requests what is ready, the queue runs it
            list(execute_backfill_iteration(workspace, logger))
            list(queue.run_iteration(workspace))
            if backfill_done(instance, backfill_id):
                break
        runs = instance.get_runs(filters=dg.RunsFilter(tags={"dagster/backfill": backfill_id}))
        failed = [(r.tags.get("dagster/partition"), r.status.value) for r in runs
                  if r.status != dg.DagsterRunStatus.SUCCESS]
        assert backfill_status(instance, backfill_id) == BulkActionStatus.COMPLETED_SUCCESS, failed

        assert runs and all(r.status == dg.DagsterRunStatus.SUCCESS for r in runs)
        assert {r.tags["dagster/partition"] for r in runs} == set(DAYS)
        for key in day_assets(defs, TRENDS):  # every asset of every day, nothing missing
            assert set(DAYS) <= instance.get_materialized_partitions(key), key.to_user_string()
        checks = [check for r in runs for check in check_evaluations(instance, r.run_id)]
        assert len(checks) >= 8 * len(DAYS)
        assert [f"{c.asset_key.to_user_string()}:{c.check_name}" for c in checks if not c.passed] == []

        # trends keep date order: each day's topic registry after the previous day's, and
        # every day after the first matched its nodes against earlier days' topics
        records = instance.fetch_materializations(dg.AssetKey("topic_registry"), limit=100).records
        latest: dict[str | None, dg.EventLogRecord] = {}
        for record in records:  # newest first
            latest.setdefault(record.partition_key, record)
        order = [latest[d].storage_id for d in DAYS]
        assert order == sorted(order)
        known = [known_topics(latest[d]) for d in DAYS]
        assert known[0] == 0 and all(k > 0 for k in known[1:]), known

        # the LLM steps went through the shared pool (created at its default limit on first claim)
        pool = instance.event_log_storage.get_concurrency_info(LLM_POOL)
        assert pool.slot_count == 1 and not pool.claimed_slots
    assert (clio_home / "lancedb" / "restricted").is_dir()  # the runs wrote into this test's clio home
