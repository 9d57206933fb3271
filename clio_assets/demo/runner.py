"""The demo: generate a day of conversations (and the day before, for trends), with the
trust-and-safety scenarios injected, materialise every asset for both, show the result.

    python -m clio_assets.demo.runner [--date YYYY-MM-DD] [--n 5000] [--users 1000] [--seed 0]

Both days go through clio_assets.run: one line per stage on the console, the full Dagster
debug log in <CLIO_HOME>/logs/run-<day>-<run id>.log.
"""
from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

from clio_assets.shared import settings


def print_top_levels(nodes, limit: int = 12) -> None:
    top = nodes[nodes.level == 1].sort_values("conversations", ascending=False)
    print(f"\nTop of the hierarchy ({len(nodes)} published nodes):")
    for parent in top.itertuples():
        print(f"  {parent.name}  — {parent.conversations} conversations, {parent.unique_users} users "
              f"({parent.share:.1%})")
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
    the trust-and-safety scenarios injected, through clio_assets.run (one line per stage,
    the full Dagster log in a file); returns `day`'s outcome and timings in seconds."""
    from clio_assets.run import instance_from_env, materialize_day

    say = (lambda *a: None) if quiet else print
    instance = instance_from_env()
    if previous_day:
        before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
        _generate(before, n, users, seed, scenarios=True, new_topic=False, say=say)
        lines: list[str] = []  # its stage lines are shown only when it fails
        earlier = materialize_day(before, instance=instance, say=lines.append)
        say(f"materialised {before} (the previous day, for trends): {'success' if earlier.success else 'FAILED'} "
            f"in {earlier.seconds:.1f}s  (log: {earlier.log_path})")
        if not earlier.success:
            for line in lines:
                say(line)
    t0 = time.time()
    conversations = _generate(day, n, users, seed, scenarios=previous_day, new_topic=True, say=say)
    generate_s = time.time() - t0
    say(f"\nmaterialising every asset for {day}:")
    run = materialize_day(day, instance=instance, say=say)
    say(f"materialised {day}: {'success' if run.success else 'FAILED'} in {run.seconds:.1f}s  (log: {run.log_path})")
    pearson = run.metadata.get("classifier_disagreement", {}).get("pearson_r") if run.success else None
    return {"success": run.success, "failed_checks": run.failed_checks, "generate_s": generate_s,
            "pipeline_s": run.seconds, "stages": run.stages, "conversations": conversations, "instance": instance,
            "pearson_r": pearson, "log_path": run.log_path}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", default=(date.today() - timedelta(days=1)).isoformat())
    parser.add_argument("--n", type=int, default=5000, help="conversations to generate")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from clio_assets import definitions
    from clio_assets.run import output_lines

    t0 = time.time()
    outcome = run_demo(args.date, args.n, args.users, args.seed)
    if not outcome["success"]:
        raise SystemExit(1)
    print_top_levels(definitions.storage_from_env().read("published", "hierarchy_nodes", args.date))
    from clio_assets.demo.safety_views import print_views

    print_views(args.date, outcome["pearson_r"])
    print("\nOutputs:")
    print("\n".join(output_lines(args.date, None, outcome["instance"], outcome["log_path"])))
    stage_figures = " ".join(f"{k}_s={v:.1f}" for k, v in outcome["stages"].items())
    print(f"demo_wall_s={time.time() - t0:.1f} generate_s={outcome['generate_s']:.1f} "
          f"pipeline_s={outcome['pipeline_s']:.1f} {stage_figures} conversations={outcome['conversations']}")


if __name__ == "__main__":
    main()
