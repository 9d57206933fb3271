"""What the missing-user-id policy and the repeated-request rule cost in publication.

For each data set (arena-even and hh-rlhf have no user ids; the demo has them), runs the
real assets from raw_conversations to hierarchy_nodes once per policy and prints:
published nodes, distinct published names, the share of conversations that reach a
published named node (any level, "Other" not counted) and at the deepest level, the
pseudo-users and distinct requests of the day.

    python3 dev.py bench user_ids [--sets arena,hh,demo] [--policies request,day,conversation]

On id-less data `conversation` is exactly the old behaviour (each conversation its own
user, hence its own request). Run with PYTHONPATH at an older checkout to measure the old
code on data with ids. Ends with one name=value line."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
DAY = "2026-10-10"
CORE = ["raw_conversations", "quarantine", "conversation_facets", "llm_failures", "facet_embeddings", "base_clusters",
        "named_clusters", "cluster_hierarchy", "hierarchy_membership", "hierarchy_nodes"]


def stage_source(name: str, source: Path) -> int:
    """Put the data set's day under `source/DAY`; returns its number of records."""
    day = source / DAY
    day.mkdir(parents=True, exist_ok=True)
    if name == "arena":
        shutil.copy(DATA / "arena-even" / "conversations.jsonl", day / "arena.jsonl")
    elif name == "hh":
        shutil.copy(DATA / "hh-rlhf-harmless-test" / "test.jsonl.gz", day / "hh.jsonl.gz")
    else:
        from clio_assets.demo.generator import generate_day

        generate_day(source, DAY, 5000, 1000, seed=0)
    return sum(1 for _ in day.iterdir())


def run(policy: str) -> dict:
    import dagster as dg

    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env

    os.environ["CLIO_MISSING_USER_ID"] = policy
    selection = [a for a in definitions.all_assets if isinstance(a, dg.AssetsDefinition)
                 and any(k.to_user_string() in CORE for k in a.keys)]
    started = time.perf_counter()
    result = dg.materialize(selection, partition_key=DAY, resources=definitions.build_resources(), raise_on_error=False,
                            selection=CORE)
    if not result.success:
        raise SystemExit(f"pipeline failed under policy {policy}")
    storage = storage_from_env()
    raw = storage.read("restricted", "raw_conversations", DAY)
    if "request_group" not in raw:  # an older checkout: every record's id was recorded or `unknown:`
        raw = raw.assign(user_id_recorded=~raw.user_id.str.startswith("unknown:"), request_group=range(len(raw)))
    nodes = storage.read("published", "hierarchy_nodes", DAY)
    members = storage.read("restricted", "hierarchy_membership", DAY)
    named = nodes[~nodes.is_other]
    deepest = named[named.level == nodes.level.max()] if len(nodes) else named
    reached = members[members.node_id.isin(named.node_id)].conversation_id.nunique()
    reached_deep = members[members.node_id.isin(deepest.node_id)].conversation_id.nunique()
    return {"conversations": len(raw), "id_less": int((~raw.user_id_recorded).sum()),
            "users": int(raw.user_id.nunique()), "distinct_requests": int(raw.request_group.nunique()),
            "published_nodes": len(nodes), "published_names": int(named.name.nunique()),
            "reached": reached / max(1, len(raw)), "reached_deepest": reached_deep / max(1, len(raw)),
            "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="arena,hh,demo")
    parser.add_argument("--policies", default="request,day,conversation")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    print(f"{'set':<7}{'policy':<14}{'convs':>7}{'id-less':>8}{'users':>7}{'requests':>9}{'nodes':>7}"
          f"{'names':>7}{'reached':>9}{'deepest':>9}{'s':>6}")
    for name in args.sets.split(","):
        if name in ("arena", "hh") and not DATA.exists():
            raise SystemExit(f"{DATA} is missing: this bench reads the public data sets from ../shared/data")
        for policy in args.policies.split(","):
            with tempfile.TemporaryDirectory(prefix="clio-user-ids-") as tmp:
                for var, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"),
                                 ("CLIO_RESTRICTED_URI", "lancedb/restricted"),
                                 ("CLIO_PUBLISHED_URI", "lancedb/published"), ("CLIO_EXPORT_DIR", "exports")]:
                    os.environ[var] = str(Path(tmp) / sub)
                os.environ.pop("DAGSTER_HOME", None)
                stage_source(name, Path(tmp) / "source")
                r = run(policy)
            print(f"{name:<7}{policy:<14}{r['conversations']:>7}{r['id_less']:>8}{r['users']:>7}"
                  f"{r['distinct_requests']:>9}{r['published_nodes']:>7}{r['published_names']:>7}"
                  f"{r['reached']:>9.3f}{r['reached_deepest']:>9.3f}{r['seconds']:>6.0f}", flush=True)
            for key in ("published_nodes", "published_names", "reached", "reached_deepest"):
                figures[f"{name}_{policy}_{key}"] = round(r[key], 4)
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
