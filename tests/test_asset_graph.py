"""A snapshot of the asset graph: keys, upstream keys, groups, owners, kinds, tiers,
partitions, code versions, checks and which checks block. A change to the graph must
change tests/snapshots/asset_graph.json on purpose:

    .venv/bin/python tests/test_asset_graph.py   # rewrite the snapshot, then review the diff
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import dagster as dg

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "asset_graph.json"


def graph_summary() -> dict:
    from clio_assets.definitions import defs

    graph = defs.resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        partitions = node.partitions_def
        assets[key.to_user_string()] = {
            "upstream": sorted(k.to_user_string() for k in node.parent_keys),
            "group": node.group_name,
            "owners": sorted(node.owners),
            "kinds": sorted(node.kinds),
            "tier": node.metadata.get("privacy_tier"),
            "partitions": (f"{type(partitions).__name__} from {partitions.start:%Y-%m-%d} {partitions.timezone}"
                           if isinstance(partitions, dg.TimeWindowPartitionsDefinition) else None),
            "code_version": node.code_version,
            "materializable": node.is_materializable,
        }
    checks = {}
    for check_key in sorted(graph.asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name)):
        spec = graph.get_check_spec(check_key)
        checks[f"{check_key.asset_key.to_user_string()}:{check_key.name}"] = {"blocking": bool(spec.blocking)}
    jobs = sorted(job.name for job in defs.jobs or [])
    return {"assets": assets, "checks": checks, "jobs": jobs}


def test_asset_graph_matches_snapshot() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    actual = graph_summary()
    assert actual == expected, "the asset graph changed: review it and run `python tests/test_asset_graph.py`"


def test_every_table_is_an_asset_with_a_tier_and_the_privacy_checks_block() -> None:
    summary = graph_summary()
    for name, asset in summary["assets"].items():
        assert asset["tier"] in ("restricted", "published"), name
        assert asset["owners"] == ["team:clio-data"], name
    for side_table in ("quarantine", "llm_failures", "hierarchy_membership", "coordinated_accounts"):
        assert summary["assets"][side_table]["tier"] == "restricted"
    for check in ("cluster_hierarchy:published_nodes_meet_thresholds", "cluster_hierarchy:published_text_pii_free",
                  "hierarchy_nodes:published_tier_guard", "facet_breakdowns:published_tier_guard"):
        assert summary["checks"][check]["blocking"], check
    published = [n for n, a in summary["assets"].items() if a["tier"] == "published" and n != "explorer_page"]
    for name in published:  # every published table is guarded before it is written
        assert summary["checks"][f"{name}:published_tier_guard"]["blocking"], name


if __name__ == "__main__":
    sys.path.insert(0, str(SNAPSHOT.parents[2]))
    SNAPSHOT.write_text(json.dumps(graph_summary(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
