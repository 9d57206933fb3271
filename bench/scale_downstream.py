"""Scale of the stages after embedding (clusters, hierarchy, publish, trust and safety),
without paying for facets: replicate a measured day to N conversations and time the rest.

    python3 dev.py bench scale_downstream --from HOME [--sizes 100000,1000000]

HOME is a CLIO_HOME that `bench/scale.py --keep DIR` left (DIR/n<N>), whose raw
conversations, facets and embeddings are real. Each copy of a conversation gets a new id,
a user from a Zipf-like pool of N/5 users, and its vector a small seeded perturbation
(renormalised), so clusters are not exact duplicates. The downstream assets are then
materialised through Dagster in a child process sampled for RSS, as bench/scale.py does.
Ends with one `name=value` line.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UPSTREAM = ("raw_conversations", "conversation_facets", "facet_embeddings")
NOISE = 0.03


def replicate(source: Path, home: Path, day: str, n: int, seed: int) -> None:
    from resources.storage import ClioStorage

    def storage(at: Path) -> ClioStorage:
        return ClioStorage(restricted_uri=str(at / "lancedb/restricted"),
                           published_uri=str(at / "lancedb/published"), export_dir=str(at / "exports"))

    src, dst = storage(source), storage(home)
    tables = {t: src.read_arrow("restricted", t, day) for t in UPSTREAM}
    ids = tables["conversation_facets"].column("conversation_id").to_pylist()
    rng = np.random.default_rng(seed)
    n_users = max(1, n // 5)
    weights = 1.0 / np.arange(1, n_users + 1) ** 0.8
    users = rng.choice(n_users, size=n, p=weights / weights.sum())
    pick = rng.integers(len(ids), size=n)
    new_ids = pa.array([f"rep-{i:08d}" for i in range(n)], pa.large_string())
    user_ids = pa.array([f"user-{u:07d}" for u in users], pa.large_string())
    for name, table in tables.items():
        order = {cid: i for i, cid in enumerate(table.column("conversation_id").to_pylist())}
        rows = table.take(pa.array([order[ids[p]] for p in pick]))
        rows = rows.set_column(rows.schema.get_field_index("conversation_id"), "conversation_id",
                               new_ids.cast(rows.schema.field("conversation_id").type))
        if "user_id" in rows.schema.names:
            rows = rows.set_column(rows.schema.get_field_index("user_id"), "user_id",
                                   user_ids.cast(rows.schema.field("user_id").type))
        if name == "conversation_facets":
            groups = [key.split("\x1f")[-1] for key in rows.column("request_key").to_pylist()]
            keys = [f"{u}\x1f{g}" for u, g in zip(user_ids.to_pylist(), groups)]
            rows = rows.set_column(rows.schema.get_field_index("request_key"), "request_key",
                                   pa.array(keys, rows.schema.field("request_key").type))
        if name == "facet_embeddings":
            column = rows.column("vector").combine_chunks()
            vectors = column.values.to_numpy().reshape(n, -1)
            vectors = vectors + rng.normal(scale=NOISE, size=vectors.shape).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            rows = rows.set_column(rows.schema.get_field_index("vector"), "vector",
                                   pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), vectors.shape[1]))
        dst.write("restricted", name, day, rows.drop([c for c in rows.schema.names if c in ("partition_date",)]))


def child(day: str) -> None:
    import dagster as dg

    from clio_assets import definitions
    from clio_assets.run import QUIET, report, write_log

    instance = dg.DagsterInstance.ephemeral()
    upstream = {"ingested_day", "facet_extraction", "facet_embeddings"}
    keys = [k for a in definitions.all_assets if a.node_def.name not in upstream for k in a.keys]
    t0 = time.time()
    result = dg.materialize(definitions.all_assets, selection=keys, run_config=QUIET, instance=instance,
                            partition_key=day, resources=definitions.build_resources(), raise_on_error=False)
    seconds = time.time() - t0
    log = write_log(instance, result.run_id, Path(os.environ["CLIO_HOME"]) / "logs" / "downstream.log")
    steps = {a.node_def.name: [k.to_user_string() for k in a.keys] for a in definitions.all_assets}
    stages, _, failed = report(result, steps, lambda line: print(line, file=sys.stderr))
    print(json.dumps({"success": result.success, "seconds": seconds, "stages": stages, "failed_checks": failed,
                      "log_path": str(log), "rows": None, "nodes": None}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", help="a CLIO_HOME left by bench/scale.py --keep")
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--date", default="2026-01-15")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    from bench.scale import figures_line, print_table, run_child, step_intervals

    results = []
    for n in sorted(int(s.replace("_", "")) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"clio-downstream-{n}-") as tmp:
            home = Path(tmp)
            t0 = time.time()
            replicate(Path(args.source), home, args.date, n, args.seed)
            print(f"N={n:,}: replicated in {time.time() - t0:.0f}s; materialising the downstream stages…", flush=True)
            env = {**os.environ, "CLIO_HOME": str(home), "CLIO_SOURCE_ROOT": str(home / "source"),
                   "CLIO_RESTRICTED_URI": str(home / "lancedb/restricted"),
                   "CLIO_PUBLISHED_URI": str(home / "lancedb/published"), "CLIO_EXPORT_DIR": str(home / "exports")}
            env.pop("DAGSTER_HOME", None)
            outcome, sampler = run_child(args.date, env, f"N={n}", script=__file__)
            spans = step_intervals(Path(outcome["log_path"]))
            stages = {step: {"s": s, "cpu_s": sampler.cpu_between(*spans[step]) if step in spans else 0.0,
                             "rss_mib": (sampler.rss_between(*spans[step]) if step in spans else 0) / 2**20,
                             "conv_per_core_s": None} for step, s in outcome["stages"].items()}
            results.append({"n": n, "pipeline_s": outcome["seconds"], "success": outcome["success"],
                            "failed_checks": outcome["failed_checks"], "stages": stages,
                            "peak_rss_mib": sampler.peak_rss / 2**20})
            print(f"N={n:,}: {'success' if outcome['success'] else 'FAILED'} in {outcome['seconds']:.0f}s, "
                  f"peak RSS {results[-1]['peak_rss_mib']:.0f} MiB", flush=True)
    print_table(results)
    print(figures_line(results).replace("scale_sizes=", "downstream_sizes="))


if __name__ == "__main__":
    main()
