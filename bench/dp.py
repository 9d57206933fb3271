"""Differential privacy: error of the published top-level shares at several epsilons.

    python3 dev.py bench dp [--n 5000] [--users 1000] [--trials 20]

Builds one day's hierarchy from the demo generator with the pipeline's own functions,
then publishes it with and without DP (contribution bound C=5) for `trials` noise keys
per epsilon. Error = |noisy share - true share| of each top-level node that is published
in both. Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clio_assets.clusters.algorithms import choose_k, cluster_vectors  # noqa: E402
from clio_assets.clusters.naming import GroupName  # noqa: E402
from clio_assets.demo.generator import iter_conversations  # noqa: E402
from clio_assets.facets.offline import extract_facets  # noqa: E402
from clio_assets.hierarchy.nodes import membership_table, nodes_table  # noqa: E402
from clio_assets.hierarchy.tree import build_tree  # noqa: E402
from clio_assets.models.embedding import embed_texts, language_centered  # noqa: E402
from clio_assets.privacy.dp import DPSettings  # noqa: E402
from clio_assets.privacy.repeats import MissingUserIdPolicy, identify_users, request_keys  # noqa: E402
from clio_assets.privacy.thresholds import apply_thresholds  # noqa: E402
from clio_assets.shared.records import Conversation, Message  # noqa: E402

K, M, C = 10, 20, 5


def day_hierarchy(n: int, users: int):
    conversations = [Conversation(r["conversation_id"], r["user_id"],
                                  tuple(Message(m["role"], m["content"]) for m in r["messages"]),
                                  "messages", "bench", i)
                     for i, (r, _) in enumerate(iter_conversations("2026-03-03", n, users, 0))]
    facets = extract_facets(conversations)
    vectors = language_centered(embed_texts([f.request for f in facets]), [f.languages[0] for f in facets])
    k = choose_k(len(facets))
    labels, _ = cluster_vectors(vectors, k, 0)  # as base_clusters does
    tree, _ = build_tree(vectors, labels, k, levels=3)
    identity = identify_users(conversations, MissingUserIdPolicy.REQUEST)  # as raw_conversations does
    membership = membership_table(tree, [c.conversation_id for c in conversations], identity.user_ids,
                                  request_keys(identity.user_ids, identity.request_groups))
    names = [[GroupName(f"g{i}-{g}", "d", ()) for g in range(size)] for i, size in enumerate(tree.level_sizes)]
    return nodes_table(tree, membership, names), membership


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    nodes, membership = day_hierarchy(args.n, args.users)
    exact, _ = apply_thresholds(nodes, membership, K, M)
    true_top = exact[(exact.level == 1) & exact.published].set_index("node_id").share
    figures = {"top_nodes_without_dp": len(true_top)}
    print(f"{args.n} conversations, {len(true_top)} published top-level nodes without DP (K={K}, M={M}, C={C})")
    print(f"{'epsilon':>8}{'mean_abs_err_pp':>17}{'p95_abs_err_pp':>16}{'max_abs_err_pp':>16}{'top_nodes_published':>21}")
    for epsilon in (1.0, 0.1):
        errors: list[float] = []
        published: list[int] = []
        for trial in range(args.trials):
            dp = DPSettings(epsilon, C, f"bench-key-{trial}".encode())
            noisy, _ = apply_thresholds(nodes, membership, K, M, dp=dp, partition="2026-03-03")
            top = noisy[(noisy.level == 1) & noisy.published & ~noisy.is_other].set_index("node_id").share
            common = top.index.intersection(true_top.index)
            errors.extend(np.abs(top[common] - true_top[common]) * 100)
            published.append(len(top))
        err = np.array(errors)
        row = {"mean": err.mean(), "p95": np.percentile(err, 95), "max": err.max(), "pub": np.mean(published)}
        print(f"{epsilon:>8}{row['mean']:>17.3f}{row['p95']:>16.3f}{row['max']:>16.3f}{row['pub']:>21.1f}")
        tag = str(epsilon).replace(".", "_")
        figures.update({f"eps{tag}_mean_abs_err_pp": row["mean"], f"eps{tag}_p95_abs_err_pp": row["p95"],
                        f"eps{tag}_max_abs_err_pp": row["max"], f"eps{tag}_top_nodes_published": row["pub"]})
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
