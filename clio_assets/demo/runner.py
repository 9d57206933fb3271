"""The demo: generate a day of conversations (and the day before, for trends), with the
trust-and-safety scenarios injected, materialise every asset for both, show the result.

    python -m clio_assets.demo.runner [--date YYYY-MM-DD] [--n 5000] [--users 1000] [--seed 0]
"""
from __future__ import annotations

import argparse
import os
import time
from datetime import date, timedelta
from pathlib import Path

from clio_assets.shared import settings


def _stage_seconds(result) -> dict[str, float]:
    """Wall seconds per asset step, from the run's own step-success events."""
    return {event.step_key: event.event_specific_data.duration_ms / 1000
            for event in result.all_events if event.event_type_value == "STEP_SUCCESS"}


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


def _generate(day: str, n: int, users: int, seed: int, scenarios: bool, new_topic: bool, say) -> int:
    from clio_assets.demo.generator import generate_day
    from clio_assets.demo.scenarios import inject_scenarios

    root = settings.locations().source_root
    summary = generate_day(root, day, n_conversations=n, n_users=users, seed=seed)
    extra = inject_scenarios(root, day, seed=seed, new_topic=new_topic)["conversations"] if scenarios else 0
    say(f"generated {summary.n_conversations} conversations from {summary.n_users} users in "
        f"{len(summary.languages)} languages (+{extra} trust-and-safety scenario conversations) -> {summary.day_dir}")
    return summary.n_conversations + extra


def run_demo(day: str, n: int, users: int, seed: int, quiet: bool = False, previous_day: bool = True) -> dict:
    """Generate and materialise the day before `day` (for trends) and `day` itself, with
    the trust-and-safety scenarios injected; returns `day`'s timings in seconds."""
    import dagster as dg

    from clio_assets import definitions

    say = (lambda *a: None) if quiet else print
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    if previous_day:
        before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        _generate(before, n, users, seed, scenarios=True, new_topic=False, say=say)
        earlier = dg.materialize(definitions.all_assets, partition_key=before, resources=definitions.build_resources(),
                                 instance=instance, raise_on_error=False)
        say(f"materialised {before} (the previous day, for trends): {'success' if earlier.success else 'FAILED'}")
    t0 = time.time()
    conversations = _generate(day, n, users, seed, scenarios=previous_day, new_topic=True, say=say)
    generate_s = time.time() - t0
    t1 = time.time()
    result = dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources(),
                            instance=instance, raise_on_error=False)
    pipeline_s = time.time() - t1
    stages = _stage_seconds(result)
    say(f"\nmaterialised {len(definitions.all_assets)} assets for {day}: "
        f"{'success' if result.success else 'FAILED'} in {pipeline_s:.1f}s")
    for step, seconds in stages.items():
        say(f"  {step:<28} {seconds:7.1f}s")
    failed = [f"{c.asset_key.to_user_string()}.{c.check_name}" for c in result.get_asset_check_evaluations() if not c.passed]
    for name in failed:
        say(f"  check FAILED: {name}")
    pearson = None
    if result.success and result.asset_materializations_for_node("classifier_disagreement"):
        meta = result.asset_materializations_for_node("classifier_disagreement")[0].metadata
        pearson = meta["pearson_r"].value if "pearson_r" in meta else None
    return {"success": result.success, "failed_checks": failed, "generate_s": generate_s, "pipeline_s": pipeline_s,
            "stages": stages, "conversations": conversations, "instance": instance, "pearson_r": pearson}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", default=(date.today() - timedelta(days=1)).isoformat())
    parser.add_argument("--n", type=int, default=5000, help="conversations to generate")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from clio_assets import definitions

    t0 = time.time()
    outcome = run_demo(args.date, args.n, args.users, args.seed)
    if not outcome["success"]:
        raise SystemExit(1)
    print_top_levels(definitions.storage_from_env().read("published", "hierarchy_nodes", args.date))
    from clio_assets.demo.safety_views import print_views

    print_views(args.date, outcome["pearson_r"])
    instance = outcome["instance"]
    where = settings.locations()
    print("\nOutputs:")
    print(f"  published LanceDB : {where.published_uri}  (tables hierarchy_nodes, facet_breakdowns)")
    print(f"  Parquet exports   : {where.export_dir}/<table>/date={args.date}/part-0.parquet")
    print(f"  explorer page     : {where.export_dir}/explorer/date={args.date}/index.html")
    print(f"  governance        : {where.export_dir}/governance/<table>/date={args.date}/data_docs/index.html")
    print(f"  restricted LanceDB: {where.restricted_uri}  (conversation-level; never publish)")
    print(f"  Dagster runs      : {getattr(instance, 'root_directory', 'ephemeral')}"
          "  (python3 dev.py ui to browse lineage and checks)")
    stage_figures = " ".join(f"{k}_s={v:.1f}" for k, v in outcome["stages"].items())
    print(f"demo_wall_s={time.time() - t0:.1f} generate_s={outcome['generate_s']:.1f} "
          f"pipeline_s={outcome['pipeline_s']:.1f} {stage_figures} conversations={outcome['conversations']}")


if __name__ == "__main__":
    main()
