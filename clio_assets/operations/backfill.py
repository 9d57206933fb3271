"""Submit and follow an asset backfill of many days, as the UI's "Materialize → backfill"
does: the daemon's backfill loop then requests each day's runs, which wait in the run
queue (max_concurrent_runs, one run per day at a time) and take `clio_llm` pool slots for
their LLM steps.

Date order for trends: `topic_registry` depends on its own previous 7 partitions
(clio_assets/safety/trends.py), so the backfill loop does not request day D's registry
before D-1's (and earlier days') registry has materialised; the other assets of D may run
earlier. Used by bench/backfill.py and the tests (internal Dagster API in one place)."""
from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

import dagster as dg
from dagster._core.execution.backfill import BulkActionStatus, PartitionBackfill
from dagster._core.utils import make_new_backfill_id

DONE = {BulkActionStatus.COMPLETED_SUCCESS, BulkActionStatus.COMPLETED_FAILED, BulkActionStatus.FAILED,
        BulkActionStatus.CANCELED, BulkActionStatus.COMPLETED}


def day_assets(defs: dg.Definitions, selection: dg.AssetSelection | None = None) -> list[dg.AssetKey]:
    """Every materialisable, day-partitioned asset of the code location (of `selection`)."""
    graph = defs.resolve_asset_graph()
    keys = selection.resolve(graph) if selection is not None else graph.materializable_asset_keys
    return sorted((k for k in keys if graph.get(k).is_materializable and graph.get(k).partitions_def is not None),
                  key=lambda k: k.to_user_string())


def submit_backfill(instance: dg.DagsterInstance, defs: dg.Definitions, days: Sequence[str],
                    tags: Mapping[str, str] | None = None, title: str | None = None,
                    selection: dg.AssetSelection | None = None) -> str:
    """Add a backfill of every day asset (of `selection`) for `days` to the instance; returns its id."""
    backfill = PartitionBackfill.from_asset_partitions(
        backfill_id=make_new_backfill_id(), asset_graph=defs.resolve_asset_graph(), partition_names=list(days),
        asset_selection=day_assets(defs, selection), backfill_timestamp=time.time(), tags=dict(tags or {}),
        dynamic_partitions_store=instance, all_partitions=False, title=title, description=None, run_config=None)
    instance.add_backfill(backfill)
    return backfill.backfill_id


def backfill_status(instance: dg.DagsterInstance, backfill_id: str) -> BulkActionStatus:
    backfill = instance.get_backfill(backfill_id)
    if backfill is None:
        raise KeyError(f"no backfill {backfill_id}")
    return backfill.status


def backfill_done(instance: dg.DagsterInstance, backfill_id: str) -> bool:
    return backfill_status(instance, backfill_id) in DONE
