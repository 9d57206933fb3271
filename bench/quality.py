"""Hierarchy quality on labelled request sets, through the pipeline's own functions.

    python3 dev.py bench quality [--data clinc150|banking77|demo|all] [--jsonl PATH]
                                 [--fix-counts] [--seed 0] [--n-demo 5000]

Prints one table (leaf NMI/ARI/purity, top-level NMI/purity, clusters used, wall time)
and ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from clio_assets.logic.cluster import choose_k, kmeans  # noqa: E402
from clio_assets.logic.embed import embed_texts, language_centered  # noqa: E402
from clio_assets.logic.facets import extract_facets  # noqa: E402
from clio_assets.logic.hierarchy import build_tree  # noqa: E402
from clio_assets.logic.records import Conversation, Message  # noqa: E402


def purity(truth: list[str], labels: np.ndarray) -> float:
    total = 0
    for c in np.unique(labels):
        members = [truth[i] for i in np.flatnonzero(labels == c)]
        total += max(members.count(t) for t in set(members))
    return total / len(truth)


def load_clinc() -> tuple[list[str], list[str], list[str]]:
    data = json.loads((DATA / "clinc150" / "data_full.json").read_text())
    domain_of = {intent: dom for dom, intents in json.loads((DATA / "clinc150" / "domains.json").read_text()).items()
                 for intent in intents}
    texts, leaves = zip(*data["test"])
    return list(texts), list(leaves), [domain_of[x] for x in leaves]


def load_banking() -> tuple[list[str], list[str], list[str] | None]:
    with (DATA / "banking77" / "test.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["category"] for r in rows], None


def load_jsonl(path: Path) -> tuple[list[str], list[str], list[str] | None]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    tops = [r.get("top") for r in rows]
    return [r["text"] for r in rows], [r["leaf"] for r in rows], tops if all(tops) else None


def load_demo(n: int, seed: int) -> tuple[list[str], list[str], list[str]]:
    from clio_assets.logic.demo_data import iter_conversations

    texts, leaves, tops = [], [], []
    for record, truth in iter_conversations("2026-01-01", n, max(1, n // 5), seed):
        texts.append(next(m["content"] for m in record["messages"] if m["role"] == "user"))
        leaves.append(truth["leaf"])
        tops.append(truth["category"])
    return texts, leaves, tops


def evaluate(name: str, texts: list[str], leaves: list[str], tops: list[str] | None, fix_counts: bool, seed: int) -> dict:
    start = time.time()
    conversations = [Conversation(f"q{i}", f"u{i}", (Message("user", t),), "messages", name, i + 1)
                     for i, t in enumerate(texts)]
    facets = extract_facets(conversations)
    vectors = language_centered(embed_texts([f.request for f in facets]), [f.languages[0] for f in facets])
    k = len(set(leaves)) if fix_counts else choose_k(len(texts))
    labels, _ = kmeans(vectors, k, seed)
    n_top = len(set(tops)) if (fix_counts and tops) else None
    tree, _ = build_tree(vectors, labels, k, levels=3, top_size=n_top)
    top_labels = tree.labels_at(0)
    row = {"data": name, "n": len(texts), "leaves": k, "leaf_nmi": normalized_mutual_info_score(leaves, labels),
           "leaf_ari": adjusted_rand_score(leaves, labels), "leaf_purity": purity(leaves, labels),
           "top_nodes": tree.level_sizes[0], "top_nmi": float("nan"), "top_purity": float("nan")}
    if tops:
        row["top_nmi"] = normalized_mutual_info_score(tops, top_labels)
        row["top_purity"] = purity(tops, top_labels)
    row["wall_s"] = time.time() - start
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="all", choices=["all", "clinc150", "banking77", "demo"])
    parser.add_argument("--jsonl", type=Path, help="any labelled set: {text, leaf, top?} per line")
    parser.add_argument("--fix-counts", action="store_true", help="leaves/top nodes = label counts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-demo", type=int, default=5000)
    args = parser.parse_args()
    sets = []
    if args.jsonl:
        sets.append((args.jsonl.stem, *load_jsonl(args.jsonl)))
    else:
        if args.data in ("all", "clinc150"):
            sets.append(("clinc150", *load_clinc()))
        if args.data in ("all", "banking77"):
            sets.append(("banking77", *load_banking()))
        if args.data in ("all", "demo"):
            sets.append(("demo", *load_demo(args.n_demo, args.seed)))
    rows = [evaluate(name, texts, leaves, tops, args.fix_counts, args.seed) for name, texts, leaves, tops in sets]
    header = f"{'data':<12}{'n':>7}{'leaves':>8}{'leaf_nmi':>10}{'leaf_ari':>10}{'leaf_pur':>10}{'top':>6}{'top_nmi':>9}{'top_pur':>9}{'wall_s':>8}"
    print(header)
    for r in rows:
        print(f"{r['data']:<12}{r['n']:>7}{r['leaves']:>8}{r['leaf_nmi']:>10.3f}{r['leaf_ari']:>10.3f}{r['leaf_purity']:>10.3f}"
              f"{r['top_nodes']:>6}{r['top_nmi']:>9.3f}{r['top_purity']:>9.3f}{r['wall_s']:>8.1f}")
    print(" ".join(f"{r['data']}_{k}={v:.3f}" if isinstance(v, float) else f"{r['data']}_{k}={v}"
                   for r in rows for k, v in r.items() if k != "data"))


if __name__ == "__main__":
    main()
