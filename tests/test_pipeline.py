"""A whole daily partition through real Dagster runs on the offline backend."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import lancedb
import pandas as pd
import pyarrow.parquet as pq
import pytest

DAY = "2026-11-20"


def run_day(resources: dict | None = None, instance: dg.DagsterInstance | None = None) -> dg.ExecuteInProcessResult:
    from clio_assets import definitions

    return dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources or definitions.resources,
                          instance=instance, raise_on_error=False)


@pytest.fixture
def demo_day(clio_home: Path):
    from clio_assets.demo.generator import generate_day

    return generate_day(clio_home / "source", DAY, n_conversations=1200, n_users=250, seed=7,
                        mixed_formats=True, n_malformed=6)


def published_strings(clio_home: Path) -> list[str]:
    db = lancedb.connect(os.environ["CLIO_PUBLISHED_URI"])
    values: list[str] = []
    for name in db.list_tables().tables:
        frame = db.open_table(name).to_pandas()
        for column in frame.columns:
            values += [v for v in frame[column].tolist() if isinstance(v, str)]
    for path in Path(os.environ["CLIO_EXPORT_DIR"]).rglob("*.parquet"):
        frame = pq.read_table(path).to_pandas()
        for column in frame.columns:
            values += [v for v in frame[column].tolist() if isinstance(v, str)]
    return values


def test_full_partition_end_to_end(clio_home: Path, demo_day) -> None:
    from clio_assets.definitions import storage_from_env

    instance = dg.DagsterInstance.ephemeral()
    result = run_day(instance=instance)
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert len(checks) >= 10 and all(c.passed for c in checks), [c.check_name for c in checks if not c.passed]

    storage = storage_from_env()
    raw = storage.read("restricted", "raw_conversations", DAY)
    quarantine = storage.read("restricted", "quarantine", DAY)
    assert len(quarantine) >= demo_day.n_malformed and set(quarantine.reason) != {""}
    assert len(raw) == demo_day.n_conversations  # nothing lost: every good record is in
    assert set(raw.source_format) >= {"messages", "sharegpt", "hh_rlhf"}

    nodes = storage.read("published", "hierarchy_nodes", DAY)
    assert nodes.level.max() >= 3
    assert (nodes.unique_users >= 10).all() and (nodes.conversations >= 20).all()
    assert set(nodes.columns) - {"vector", "partition_date"} == {
        "node_id", "parent_id", "level", "name", "description", "conversations", "unique_users", "share", "is_other"}
    top = nodes[nodes.level == 1]
    assert abs(top.share.sum() - top.conversations.sum() / len(raw)) < 1e-9
    ids = set(nodes.node_id)
    assert all(pd.isna(p) or p in ids for p in nodes.parent_id)  # every published parent is published

    breakdowns = storage.read("published", "facet_breakdowns", DAY)
    assert set(breakdowns.facet) == {"language", "concern", "turns", "task"}
    assert set(breakdowns.node_id) <= ids
    assert (Path(os.environ["CLIO_EXPORT_DIR"]) / "hierarchy_nodes" / f"date={DAY}" / "part-0.parquet").exists()

    # no conversation text, conversation id or user id anywhere in the published tier
    facets = storage.read("restricted", "conversation_facets", DAY)
    secret = set(raw.conversation_id) | set(raw.user_id) | {r for r in facets.request if len(r) > 20}
    leaked = [v for v in published_strings(clio_home) if v in secret or any(s in v for s in secret if len(s) > 20)]
    assert leaked == []

    # materialisations carry useful metadata for the UI
    mat = instance.get_latest_materialization_event(dg.AssetKey("raw_conversations"))
    assert mat is not None and mat.asset_materialization is not None
    meta = mat.asset_materialization.metadata
    assert meta["quarantined"].value == len(quarantine) and meta["dagster/row_count"].value == len(raw)


def test_rerun_of_a_partition_is_idempotent(clio_home: Path, demo_day) -> None:
    from clio_assets.definitions import storage_from_env

    assert run_day().success
    storage = storage_from_env()
    first = {t: storage.read(tier, t, DAY).drop(columns=["vector"], errors="ignore")
             for tier, t in [("restricted", "raw_conversations"), ("restricted", "cluster_hierarchy"),
                             ("published", "hierarchy_nodes"), ("published", "facet_breakdowns")]}
    assert run_day().success
    for (tier, table) in [("restricted", "raw_conversations"), ("restricted", "cluster_hierarchy"),
                          ("published", "hierarchy_nodes"), ("published", "facet_breakdowns")]:
        again = storage.read(tier, table, DAY).drop(columns=["vector"], errors="ignore")
        pd.testing.assert_frame_equal(first[table].reset_index(drop=True), again.reset_index(drop=True))


def test_failing_privacy_check_blocks_the_published_tables(clio_home: Path, demo_day) -> None:
    """With folding switched off and high thresholds, small nodes would be published:
    the blocking check must fail and the published assets must not materialise."""
    from clio_assets import definitions
    from resources.settings import PrivacySettings

    resources = {**definitions.resources,
                 "privacy": PrivacySettings(min_unique_users=60, min_conversations=100, fold_small_nodes=False)}
    instance = dg.DagsterInstance.ephemeral()
    result = run_day(resources, instance)
    failed = {c.check_name for c in result.get_asset_check_evaluations() if not c.passed}
    assert "published_nodes_meet_thresholds" in failed
    assert instance.get_latest_materialization_event(dg.AssetKey("cluster_hierarchy")) is not None
    for blocked in ("hierarchy_nodes", "facet_breakdowns"):
        assert instance.get_latest_materialization_event(dg.AssetKey(blocked)) is None
    assert not lancedb.connect(os.environ["CLIO_PUBLISHED_URI"]).list_tables().tables
