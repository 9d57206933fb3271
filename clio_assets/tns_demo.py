"""The trust-and-safety demo: two generated days with known answers, every asset, the views.

    python -m clio_assets.tns_demo [--date YYYY-MM-DD] [--n 5000] [--users 1000] [--seed 0]

Generates the day before `--date` and `--date` itself (`demo_data.generate_day`), adds the
scenarios of `logic/tns_scenarios.py` to both (a new topic on the second day only),
materialises every asset for both days in date order and prints the trust-and-safety views
of the second day. Uses the same CLIO_* locations as `python3 dev.py demo`.
"""
from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path


def _show(title: str, frame, columns: list[str], limit: int = 8) -> None:
    print(f"\n{title} ({len(frame)} rows)")
    for row in frame[columns].head(limit).itertuples(index=False):
        print("  " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))


def run_tns_demo(day: str, n: int, users: int, seed: int) -> dict:
    """Both days generated, injected and materialised; returns the second day's figures."""
    import dagster as dg

    from clio_assets import definitions
    from clio_assets.logic.demo_data import generate_day
    from clio_assets.logic.tns_scenarios import inject_scenarios

    root = Path(os.environ["CLIO_SOURCE_ROOT"])
    previous = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    for d, new_topic in ((previous, False), (day, True)):
        generate_day(root, d, n_conversations=n, n_users=users, seed=seed)
        injected = inject_scenarios(root, d, seed=seed, new_topic=new_topic)
        result = dg.materialize(definitions.all_assets, partition_key=d, resources=definitions.resources,
                                instance=instance, raise_on_error=False)
        print(f"{d}: {n} generated + {injected['conversations']} injected {injected['by_scenario']} -> "
              f"{'success' if result.success else 'FAILED'}")
        if not result.success:
            raise SystemExit(1)
    meta = result.asset_materializations_for_node("classifier_disagreement")[0].metadata
    return {"pearson_r": meta["pearson_r"].value if "pearson_r" in meta else None, "day": day}


def print_views(day: str, pearson_r: float | None) -> None:
    from clio_assets.definitions import storage_from_env

    storage = storage_from_env()

    def table(name: str):
        return storage.read("published", name, day)

    _show("High-concern nodes", table("high_concern_nodes"),
          ["node_id", "name", "conversations", "high_concern_share", "flag_rate"])
    disagreement = table("classifier_disagreement")
    print(f"\nClassifier vs concern: Pearson r across nodes = {pearson_r}")
    for kind in ("likely_false_negative", "likely_false_positive"):
        _show(f"  {kind}", disagreement[disagreement.kind == kind],
              ["node_id", "name", "disagreeing_conversations", "disagreeing_share"])
    _show("Coordinated activity", table("coordinated_activity"),
          ["group_id", "accounts", "conversations", "coordination_score", "template_description"])
    lang = table("language_overrepresentation")
    _show("Over-represented languages", lang[lang.overrepresented], ["node_id", "name", "language", "lift"])
    _show("Emerging topics", table("emerging_topics"), ["topic_id", "level", "name", "share", "status"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", default=(date.today() - timedelta(days=1)).isoformat())
    parser.add_argument("--n", type=int, default=5000, help="generated conversations per day")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    figures = run_tns_demo(args.date, args.n, args.users, args.seed)
    print_views(args.date, figures["pearson_r"])


if __name__ == "__main__":
    main()
