"""Ingest reads its files on the worker processes when CLIO_EXECUTOR=processes: the day it
writes is the one the step's own process writes (rows, order, request groups, quarantine)."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pandas as pd

from clio_assets.ingest.assets import ingested_day
from clio_assets.shared.assets import RESTRICTED
from resources.compute import Compute
from tests.ingest.test_stream import write_day

DAY = "2026-01-01"


def _tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    from clio_assets import definitions

    storage = definitions.storage_from_env()
    return (storage.read(RESTRICTED, "raw_conversations", DAY).drop(columns=["partition_date"]),
            storage.read(RESTRICTED, "quarantine", DAY).drop(columns=["partition_date"]))


def test_worker_processes_ingest_the_day_the_step_itself_ingests(clio_home: Path) -> None:
    from clio_assets import definitions

    write_day(clio_home / "source" / DAY)
    resources = definitions.build_resources()
    assert dg.materialize([ingested_day], partition_key=DAY, resources=resources).success
    raw, quarantine = _tables()
    assert len(raw) == 113 and len(quarantine) == 8 and raw.request_group.nunique() < 113
    on_workers = {**resources, "compute": Compute(executor="processes", workers=2)}
    assert dg.materialize([ingested_day], partition_key=DAY, resources=on_workers).success
    raw_w, quarantine_w = _tables()
    pd.testing.assert_frame_equal(raw_w, raw)
    pd.testing.assert_frame_equal(quarantine_w, quarantine)
