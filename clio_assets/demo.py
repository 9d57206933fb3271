"""The demo: generate a day of conversations, materialise every asset, show the result.

    python -m clio_assets.demo [--date YYYY-MM-DD] [--n 5000] [--users 1000] [--seed 0]
"""
from __future__ import annotations

import argparse
import os
import time
from datetime import date, timedelta
from pathlib import Path


def _stage_seconds(result) -> dict[str, float]:
    """Wall seconds per asset step, from the run's own step events."""
    starts, out = {}, {}
    for event in result.all_events:
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = event.timestamp
        elif event.event_type_value == "STEP_SUCCESS" and event.step_key in starts:
            out[event.step_key] = event.timestamp - starts[event.step_key]
    return out


def print_top_levels(nodes, limit: int = 12) -> None:
    top = nodes[nodes.level == 1].sort_values("conversations", ascending=False)
    print(f"\nTop of the hierarchy ({len(nodes)} published nodes):")
    for parent in top.itertuples():
        print(f"  {parent.name}  — {parent.conversations} conversations, {parent.unique_users} users ({parent.share:.1%})")
        children = nodes[nodes.parent_id == parent.node_id].sort_values("conversations", ascending=False)
        for child in children.head(limit).itertuples():
            print(f"      · {child.name}  — {child.conversations} conv., {child.unique_users} users")
        if len(children) > limit:
            print(f"      · … {len(children) - limit} more")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", default=(date.today() - timedelta(days=1)).isoformat())
    parser.add_argument("--n", type=int, default=5000, help="conversations to generate")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import dagster as dg

    from clio_assets import definitions
    from clio_assets.logic.demo_data import generate_day

    source_root = Path(os.environ["CLIO_SOURCE_ROOT"])
    t0 = time.time()
    summary = generate_day(source_root, args.date, n_conversations=args.n, n_users=args.users, seed=args.seed)
    print(f"generated {summary.n_conversations} conversations from {summary.n_users} users in "
          f"{len(summary.languages)} languages -> {summary.day_dir} ({time.time() - t0:.1f}s)")
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    t1 = time.time()
    result = dg.materialize(definitions.all_assets, partition_key=args.date, resources=definitions.resources,
                            instance=instance, raise_on_error=False)
    wall = time.time() - t1
    print(f"\nmaterialised {len(definitions.all_assets)} assets for {args.date}: "
          f"{'success' if result.success else 'FAILED'} in {wall:.1f}s")
    for step, seconds in _stage_seconds(result).items():
        print(f"  {step:<22} {seconds:7.1f}s")
    for check in result.get_asset_check_evaluations():
        if not check.passed:
            print(f"  check FAILED: {check.asset_key.to_user_string()}.{check.check_name}")
    if not result.success:
        raise SystemExit(1)
    storage = definitions.storage_from_env()
    print_top_levels(storage.read("published", "hierarchy_nodes", args.date))
    print("\nOutputs:")
    print(f"  published LanceDB : {os.environ['CLIO_PUBLISHED_URI']}  (tables hierarchy_nodes, facet_breakdowns)")
    print(f"  Parquet exports   : {os.environ['CLIO_EXPORT_DIR']}/<table>/date={args.date}/part-0.parquet")
    print(f"  restricted LanceDB: {os.environ['CLIO_RESTRICTED_URI']}  (conversation-level; never publish)")
    print(f"  Dagster runs      : {instance.root_directory if hasattr(instance, 'root_directory') else 'ephemeral'}"
          "  (python3 dev.py ui to browse lineage and checks)")
    print(f"demo_wall_s={time.time() - t0:.1f} conversations={summary.n_conversations}")


if __name__ == "__main__":
    main()
