"""Hierarchy quality on labelled request sets, through the pipeline's own functions.

    python3 dev.py bench quality [--data clinc150|banking77|demo|all] [--jsonl PATH]
                                 [--fix-counts] [--seed 0] [--n-demo 5000] [--split test|val]
                                 [--model NAME] [--leaf-method auto|spectral|kmeans]
                                 [--grouper spectral|ward] [--bottom-up] [--no-stability]
                                 [--claude-loopback | --claude] [--claude-limit N]

Each set runs the offline path the assets run: facets (`extract_facets`), embeddings
(`embed_texts`, `language_centered`), base clusters (`choose_k`, `cluster_vectors`), the
hierarchy (`build_tree` with the offline grouper) and names per level (`name_groups`),
then prints one table:

  leaf_nmi / leaf_ari / leaf_pur   base clusters against the leaf labels
  top / top_nmi / top_pur          number of level-1 nodes; against the top labels
  seed_ari                         leaf ARI between seed and seed+1 (stability)
  same                             "yes" if a second run with the same seed gave identical
                                   leaf labels, parents at every level and names
  names L1/L2/L3                   per level (L1 = top), the share of conversations whose own
                                   request contains at least one content word of its node's
                                   (offline) name; higher = names describe their members
  wall_s                           one pipeline run (facets to names), without the re-runs

--fix-counts sets the leaves and top nodes to the label counts (CLINC150: 150 / 10),
otherwise k = choose_k(N) and the top size is derived as in production.
Data (read from ../shared/data, never copied): CLINC150 `test` split by default (`--split
val` is the split for choosing methods; test is reported, not tuned on), banking77 test
(leaf labels only), the demo generator's ground truth, or any `--jsonl` file of
{"text", "leaf", "top"?, "user"?} objects. Hyper-parameters were chosen on banking77, the
demo and CLINC150 val only.

The Claude hierarchy path (propose / dedupe / assign / rename) runs the same way with
`--claude-loopback` (the test suite's loopback Anthropic server: exercises the plumbing,
its answers are synthetic so the figures mean nothing) or `--claude` (a real key:
ANTHROPIC_API_KEY, optional CLIO_ANTHROPIC_BASE_URL / CLIO_NAMING_MODEL /
CLIO_HIERARCHY_MODEL). Base clusters are the offline ones over a seeded sample of
`--claude-limit` requests per set (default 1500, k scaled down to match); Claude names them
and builds the levels above. Cost: about one naming call per base cluster and one assign
call per child per level, plus a few propose / dedupe / rename calls.

Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from clio_assets.clusters.algorithms import choose_k, cluster_vectors, group_centroids  # noqa: E402
from clio_assets.hierarchy import tree as hierarchy_logic  # noqa: E402
from clio_assets.hierarchy.evaluation import Prepared, analyse, identical, name_coverage, prepare, purity  # noqa: E402
from clio_assets.hierarchy.tree import build_tree  # noqa: E402
from clio_assets.models.embedding import DEFAULT_MODEL  # noqa: E402

MIN_TERM_USERS = 10  # the default K: a name term must be written by >= 10 distinct users
LEVELS = 3
GROUPERS = {"spectral": hierarchy_logic.spectral_grouper, "ward": hierarchy_logic.ward_grouper}


# ---------------------------------------------------------------- data

def load_clinc(split: str = "test") -> dict:
    data = json.loads((DATA / "clinc150" / "data_full.json").read_text())
    domain_of = {intent: dom for dom, intents in json.loads((DATA / "clinc150" / "domains.json").read_text()).items()
                 for intent in intents}
    texts, leaves = zip(*data[split])
    return {"texts": list(texts), "leaves": list(leaves), "tops": [domain_of[x] for x in leaves], "users": None}


def load_banking() -> dict:
    with (DATA / "banking77" / "test.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    return {"texts": [r["text"] for r in rows], "leaves": [r["category"] for r in rows], "tops": None, "users": None}


def load_jsonl(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    tops = [r.get("top") for r in rows]
    users = [r.get("user") for r in rows]
    return {"texts": [r["text"] for r in rows], "leaves": [r["leaf"] for r in rows],
            "tops": tops if all(tops) else None, "users": [str(u) for u in users] if all(users) else None}


def load_demo(n: int, seed: int) -> dict:
    from clio_assets.demo.generator import iter_conversations

    texts, leaves, tops, users = [], [], [], []
    for record, truth in iter_conversations("2026-01-01", n, max(1, n // 5), seed):
        texts.append(next(m["content"] for m in record["messages"] if m["role"] == "user"))
        leaves.append(truth["leaf"])
        tops.append(truth["category"])
        users.append(record["user_id"])
    return {"texts": texts, "leaves": leaves, "tops": tops, "users": users}


# ---------------------------------------------------------------- pipeline

def evaluate(name: str, data: dict, args) -> dict:
    start = time.time()
    prep = prepare(data["texts"], data["users"], args.model)
    leaves, tops = data["leaves"], data["tops"]
    k = len(set(leaves)) if args.fix_counts else choose_k(len(leaves))
    top_size = len(set(tops)) if (args.fix_counts and tops) else None
    run = dict(levels=LEVELS, min_term_users=MIN_TERM_USERS, leaf_method=args.leaf_method,
               grouper=GROUPERS[args.grouper],
               top_down=False if args.bottom_up else None)
    main = analyse(prep, k, top_size, args.seed, **run)
    wall = time.time() - start
    labels, tree = main.labels, main.tree
    row = {"data": name, "n": len(leaves), "leaves": int(labels.max()) + 1,
           "leaf_nmi": normalized_mutual_info_score(leaves, labels), "leaf_ari": adjusted_rand_score(leaves, labels),
           "leaf_purity": purity(leaves, labels), "top_nodes": tree.level_sizes[0],
           "top_nmi": float("nan"), "top_purity": float("nan")}
    if tops:
        row["top_nmi"] = normalized_mutual_info_score(tops, tree.labels_at(0))
        row["top_purity"] = purity(tops, tree.labels_at(0))
    if not args.no_stability:
        again = analyse(prep, k, top_size, args.seed, **run)
        other = analyse(prep, k, top_size, args.seed + 1, **run, names=False)
        row["seed_ari"] = adjusted_rand_score(labels, other.labels)
        row["top_seed_ari"] = adjusted_rand_score(tree.labels_at(0), other.tree.labels_at(0))
        row["same_seed_identical"] = int(identical(main, again))
    for i, share in enumerate(name_coverage(prep.requests, tree, main.names)):
        row[f"name_cover_l{i + 1}"] = share
    row["wall_s"] = wall
    if args.claude or args.claude_loopback:
        row.update(claude_hierarchy(prep, data, k, top_size, args))
    return row


# ---------------------------------------------------------------- Claude path

@contextlib.contextmanager
def claude_backend(loopback: bool, seed: int):
    """An LLMBackend on the claude backend, set up as Dagster would, with no response cache."""
    import logging

    import dagster as dg

    from resources.llm import LLMBackend

    for noisy in ("httpx", "httpx2", "httpcore"):  # one INFO line per request otherwise
        logging.getLogger(noisy).setLevel(logging.WARNING)
    with contextlib.ExitStack() as stack:
        if loopback:
            from tests.support.loopback.anthropic_server import LoopbackAnthropic

            server = stack.enter_context(LoopbackAnthropic())
            settings: dict[str, Any] = dict(api_key="loopback-key", base_url=server.url, timeout_s=10.0,
                                            backoff_base_s=0.01)
        else:
            key = os.environ.get("ANTHROPIC_API_KEY", "")
            if not key:
                raise SystemExit("--claude needs ANTHROPIC_API_KEY (use --claude-loopback for the plumbing only)")
            settings = dict(api_key=key, base_url=os.environ.get("CLIO_ANTHROPIC_BASE_URL", ""))
            for field, var in (("naming_model", "CLIO_NAMING_MODEL"), ("hierarchy_model", "CLIO_HIERARCHY_MODEL")):
                if os.environ.get(var):
                    settings[field] = os.environ[var]
        llm = LLMBackend(backend="claude", seed=seed, cache_uri="", **settings)
        llm.setup_for_execution(dg.build_init_resource_context())
        yield llm


def claude_hierarchy(prep: Prepared, data: dict, k: int, top_size: int | None, args) -> dict:
    """Leaves as offline; names and parent levels by Claude, as the assets do on claude."""
    n = min(args.claude_limit, len(data["texts"]))
    index = np.sort(np.random.default_rng(args.seed).permutation(len(data["texts"]))[:n])  # a sample of every kind
    sub = prep.subset(index)
    k_sub = max(2, round(k * n / len(data["texts"])))
    top_sub = min(top_size, k_sub - 1) if top_size else None
    start = time.time()
    labels, _ = cluster_vectors(sub.vectors, k_sub, args.seed, args.leaf_method)
    k_used = int(labels.max()) + 1
    with claude_backend(args.claude_loopback, args.seed) as llm:
        leaf_names = llm.name_groups(sub.requests, sub.users, sub.vectors, labels,
                                     group_centroids(sub.vectors, labels, k_used), sub.tasks, sub.languages,
                                     MIN_TERM_USERS)
        tree, names = build_tree(sub.vectors, labels, k_used, LEVELS, top_sub, grouper=llm.grouper(),
                                 leaf_names=leaf_names)
        requests = (llm._caller.ledger.snapshot("naming")["requests"]
                    + llm._caller.ledger.snapshot("hierarchy")["requests"])
    prefix = "claude_loopback" if args.claude_loopback else "claude"
    tops = [data["tops"][i] for i in index] if data["tops"] else None
    out = {f"{prefix}_n": n, f"{prefix}_levels": "/".join(str(s) for s in tree.level_sizes),
           f"{prefix}_requests": requests, f"{prefix}_wall_s": time.time() - start,
           f"{prefix}_named_nodes": sum(1 for level in names if level for _ in level)}
    if tops:
        out[f"{prefix}_top_nmi"] = normalized_mutual_info_score(tops, tree.labels_at(0))
        out[f"{prefix}_top_purity"] = purity(tops, tree.labels_at(0))
    return out


# ---------------------------------------------------------------- report

def print_table(rows: list[dict]) -> None:
    header = (f"{'data':<12}{'n':>6}{'leaves':>7}{'leaf_nmi':>9}{'leaf_ari':>9}{'leaf_pur':>9}{'top':>5}{'top_nmi':>8}"
              f"{'top_pur':>8}{'seed_ari':>9}{'same':>5}  {'names L1/L2/L3':<16}{'wall_s':>7}")
    print(header)
    for r in rows:
        cover = "/".join(f"{r[key]:.2f}" for key in sorted(k for k in r if k.startswith("name_cover_l")))
        seed_ari = f"{r['seed_ari']:.3f}" if "seed_ari" in r else "-"
        same_labels: dict[int | None, str] = {1: "yes", 0: "NO"}
        same = same_labels.get(r.get("same_seed_identical"), "-")
        print(f"{r['data']:<12}{r['n']:>6}{r['leaves']:>7}{r['leaf_nmi']:>9.3f}{r['leaf_ari']:>9.3f}{r['leaf_purity']:>9.3f}"
              f"{r['top_nodes']:>5}{r['top_nmi']:>8.3f}{r['top_purity']:>8.3f}{seed_ari:>9}{same:>5}  {cover:<16}"
              f"{r['wall_s']:>7.1f}")
    for r in rows:
        claude = {k: v for k, v in r.items() if k.startswith("claude")}
        if claude:
            print(f"{r['data']} Claude hierarchy: " + ", ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in claude.items()))


def machine_line(rows: list[dict], args) -> str:
    parts = [f"model={args.model}", f"leaf_method={args.leaf_method}", f"grouper={args.grouper}",
             f"order={'bottom-up' if args.bottom_up or args.grouper != 'spectral' else 'top-down'}",
             f"fix_counts={int(args.fix_counts)}", f"seed={args.seed}"]
    for r in rows:
        for key, value in r.items():
            if key == "data":
                continue
            parts.append(f"{r['data']}_{key}={value:.4f}" if isinstance(value, float) else f"{r['data']}_{key}={value}")
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="all", choices=["all", "clinc150", "banking77", "demo"])
    parser.add_argument("--jsonl", type=Path, help="any labelled set: {text, leaf, top?, user?} per line")
    parser.add_argument("--fix-counts", action="store_true", help="leaves/top nodes = label counts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-demo", type=int, default=5000)
    parser.add_argument("--split", default="test", choices=["test", "val"], help="CLINC150 split (val: for choosing)")
    parser.add_argument("--model", default=DEFAULT_MODEL,
                        help="embedding model (default: CLIO_EMBEDDING_MODEL or wordllama)")
    parser.add_argument("--leaf-method", default="auto", choices=["auto", "spectral", "kmeans"])
    parser.add_argument("--grouper", default="spectral", choices=sorted(GROUPERS))
    parser.add_argument("--bottom-up", action="store_true", help="offline grouper level by level from the bottom")
    parser.add_argument("--no-stability", action="store_true", help="skip the same-seed and second-seed re-runs")
    claude = parser.add_mutually_exclusive_group()
    claude.add_argument("--claude-loopback", action="store_true",
                        help="also run the Claude hierarchy against the loopback server")
    claude.add_argument("--claude", action="store_true", help="also run the Claude hierarchy with ANTHROPIC_API_KEY")
    parser.add_argument("--claude-limit", type=int, default=1500, help="requests per set for the Claude path")
    args = parser.parse_args()
    sets = []
    if args.jsonl:
        sets.append((args.jsonl.stem, load_jsonl(args.jsonl)))
    else:
        if args.data in ("all", "clinc150"):
            sets.append(("clinc150" if args.split == "test" else "clinc150val", load_clinc(args.split)))
        if args.data in ("all", "banking77"):
            sets.append(("banking77", load_banking()))
        if args.data in ("all", "demo"):
            sets.append(("demo", load_demo(args.n_demo, args.seed)))
    rows = [evaluate(name, data, args) for name, data in sets]
    print_table(rows)
    print(machine_line(rows, args))


if __name__ == "__main__":
    main()
