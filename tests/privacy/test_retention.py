"""Retention: the purge job removes only restricted partitions past the window."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from clio_assets.privacy.retention_rules import expired


def test_expired_partitions_respect_the_window() -> None:
    days = ["2026-10-01", "2026-10-30", "2026-10-31", "2026-11-28"]
    assert expired(days, date(2026, 11, 30), 30) == ["2026-10-01", "2026-10-30"]
    assert expired(days, date(2026, 11, 30), 365) == []


def test_retention_job_purges_old_restricted_partitions_only(clio_home: Path) -> None:
    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env
    from clio_assets.privacy.retention import retention_job

    storage = storage_from_env()
    for day in ("2026-09-01", "2026-10-15", "2026-11-25"):
        storage.write("restricted", "raw_conversations_like", day, pd.DataFrame({"conversation_id": [f"c-{day}"]}))
        storage.write("restricted", "conversation_facets_like", day, pd.DataFrame({"request": [f"r-{day}"]}))
        storage.write("published", "hierarchy_nodes_like", day, pd.DataFrame({"name": [f"n-{day}"]}))
    result = retention_job.execute_in_process(
        resources={"storage": definitions.resources["storage"], "retention": definitions.resources["retention"]},
        run_config={"ops": {"purge_restricted_partitions": {"config": {"today": "2026-11-29"}}}})
    assert result.success
    for table in ("raw_conversations_like", "conversation_facets_like"):
        assert storage.partitions("restricted", table) == ["2026-11-25"]  # 30-day default window
    assert storage.partitions("published", "hierarchy_nodes_like") == ["2026-09-01", "2026-10-15", "2026-11-25"]
    purged = result.output_for_node("purge_restricted_partitions")
    assert purged == {"conversation_facets_like": ["2026-09-01", "2026-10-15"],
                      "raw_conversations_like": ["2026-09-01", "2026-10-15"]}


def test_retention_is_scheduled() -> None:
    from clio_assets.definitions import defs

    schedule = defs.resolve_schedule_def("retention_job_schedule")
    assert schedule.cron_schedule == "30 3 * * *" and schedule.job_name == "retention_job"
