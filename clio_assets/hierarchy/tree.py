"""Offline multi-level hierarchy over base clusters.

Level sizes follow a geometric progression from the number of base clusters down to
`top_size` (default round(sqrt(k)); e.g. 50 -> 19 -> 7). Groups are formed by a `Grouper`
from the size-weighted centroids of their children:
- offline (`spectral_grouper`, deterministic): spectral clustering of the children's kNN
  graph, cut top-down: the top level groups the base clusters directly, each lower level
  splits the base clusters of its parent (in proportion to their number);
- Claude (`clio_assets.hierarchy.claude`): the paper's propose / deduplicate /
  assign / rename, bottom-up, each level grouping the named level below.
Levels are numbered from the top: level 1 is the coarsest, level L holds the base clusters.

Chosen on the demo generator and the CLINC150 validation split (top-level purity, three
seeds; bench/quality.py): spectral grouping over Ward, average/complete linkage, k-means
and a consensus of those, and top-down over bottom-up (wordllama: 0.62 vs 0.55 on CLINC150
val; level with MiniLM), because errors at a middle level no longer reach the top.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import AgglomerativeClustering, KMeans

from clio_assets.clusters.algorithms import group_centroids, knn_graph, renumber_by_size, spectral_embedding_of

GROUPER_NEIGHBOURS = 10
MIN_CHILDREN_PER_PARENT = 3  # fewer: Ward (a kNN graph needs room to mean anything)


@dataclass(frozen=True)
class Tree:
    """parents[i][c] = parent (in level i-1 numbering) of group c of level i; level 0 = top."""

    level_sizes: tuple[int, ...]  # top first
    parents: tuple[np.ndarray, ...]  # len = levels - 1; parents[j] maps level j+1 -> level j
    leaf_labels: np.ndarray  # conversation -> base cluster

    def labels_at(self, level_index: int) -> np.ndarray:
        """Conversation -> group at level_index (0 = top)."""
        labels = self.leaf_labels
        for j in range(len(self.level_sizes) - 2, level_index - 1, -1):
            labels = self.parents[j][labels]
        return labels


def level_sizes(n_base: int, levels: int = 3, top_size: int | None = None) -> tuple[int, ...]:
    """Geometric progression of group counts, top first, strictly decreasing upward."""
    if n_base <= 2 or levels <= 1:
        return (n_base,)
    top = top_size or max(2, round(n_base ** 0.5))
    top = min(top, n_base - 1)
    ratio = (n_base / top) ** (1 / (levels - 1))
    sizes = [n_base]
    for _ in range(levels - 1):
        nxt = max(top, min(sizes[-1] - 1, round(sizes[-1] / ratio)))
        if nxt < 1 or nxt >= sizes[-1]:
            break
        sizes.append(nxt)
    return tuple(reversed(sizes))


# (child centroids, child names, number of parents) -> (parent of each child, parent names or None)
Grouper = Callable[[np.ndarray, list, int], tuple[np.ndarray, list | None]]


def ward_grouper(centroids: np.ndarray, child_names: list, n_parents: int) -> tuple[np.ndarray, None]:
    """Ward linkage on centroids (the earlier offline grouping, kept for comparison)."""
    return AgglomerativeClustering(n_clusters=n_parents, linkage="ward").fit_predict(centroids), None


def spectral_grouper(centroids: np.ndarray, child_names: list, n_parents: int) -> tuple[np.ndarray, None]:
    """The offline grouping: spectral clustering of the children's kNN graph (cosine);
    names come later from member terms. Few children (< 3 per parent) fall back to Ward."""
    n = len(centroids)
    if n_parents <= 1:
        return np.zeros(n, dtype=np.int64), None
    if n < max(MIN_CHILDREN_PER_PARENT * n_parents, 12):
        return ward_grouper(centroids, child_names, n_parents)
    emb = spectral_embedding_of(knn_graph(centroids, min(GROUPER_NEIGHBOURS, n - 1)), n_parents, seed=0)
    return KMeans(n_clusters=n_parents, n_init=20, random_state=0).fit_predict(emb), None


offline_grouper = spectral_grouper


def build_tree(vectors: np.ndarray, leaf_labels: np.ndarray, n_base: int, levels: int = 3,
               top_size: int | None = None, grouper: Grouper = offline_grouper,
               leaf_names: list | None = None, top_down: bool | None = None) -> tuple[Tree, list[list | None]]:
    """The tree and, per level (top first), the grouper's names (None = name from terms).
    Bottom-up (the paper's order, and the only one for a naming grouper such as Claude's):
    each level groups the one below. Top-down (default for the offline grouper): the top
    level groups the base clusters directly and each lower level splits its parent's base
    clusters, so a mistake at a middle level cannot drag the top level with it."""
    sizes = level_sizes(n_base, levels, top_size)
    if top_down is None:
        top_down = grouper is offline_grouper
    if top_down and len(sizes) > 2:
        return _build_top_down(vectors, leaf_labels, n_base, sizes, grouper), [None] * (len(sizes) - 1) + [leaf_names]
    parents: list[np.ndarray] = []
    names: list[list | None] = [leaf_names]
    labels, n_groups, child_names = leaf_labels, n_base, leaf_names
    for size in reversed(sizes[:-1]):
        centroids = group_centroids(vectors, labels, n_groups)
        parent, parent_names = grouper(centroids, child_names or [], size)
        parent, parent_names = _compact(np.asarray(parent, dtype=np.int64), parent_names)
        remap = renumber_by_size(parent, np.bincount(labels, minlength=n_groups))
        parent = remap[parent]
        if parent_names is not None:
            ordered = [None] * len(parent_names)
            for old, new in enumerate(remap):
                ordered[new] = parent_names[old]
            parent_names = ordered
        parents.append(parent)
        names.insert(0, parent_names)
        labels, n_groups, child_names = parent[labels], int(parent.max()) + 1, parent_names
    return Tree(level_sizes=tuple(_actual_sizes(parents, n_base)),
                parents=tuple(reversed(parents)), leaf_labels=leaf_labels), names


def _split_counts(sizes: np.ndarray, total: int) -> np.ndarray:
    """Groups per parent, proportional to its children, >= 1 and <= its children, summing
    to total (largest remainder)."""
    total = int(min(max(total, len(sizes)), sizes.sum()))
    share = sizes / sizes.sum() * total
    counts = np.clip(np.floor(share).astype(int), 1, sizes)
    order = np.argsort(-(share - np.floor(share)), kind="stable")
    while counts.sum() < total:
        for p in order:
            if counts.sum() < total and counts[p] < sizes[p]:
                counts[p] += 1
    while counts.sum() > total:
        p = int(np.argmax(np.where(counts > 1, counts - share, -np.inf)))
        counts[p] -= 1
    return counts


def _build_top_down(vectors: np.ndarray, leaf_labels: np.ndarray, n_base: int, sizes: tuple[int, ...],
                    grouper: Grouper) -> Tree:
    leaf_centroids = group_centroids(vectors, leaf_labels, n_base)
    leaf_sizes = np.bincount(leaf_labels, minlength=n_base)
    # group_of[i][c] = group of base cluster c at level i (top first), before renumbering
    top, _ = grouper(leaf_centroids, [], sizes[0])
    group_of = [_compact(np.asarray(top, dtype=np.int64), None)[0]]
    for size in sizes[1:-1]:
        above = group_of[-1]
        n_above = int(above.max()) + 1
        counts = _split_counts(np.bincount(above, minlength=n_above), size)
        level = np.empty(n_base, dtype=np.int64)
        next_id = 0
        for p in range(n_above):
            members = np.flatnonzero(above == p)
            if counts[p] <= 1 or len(members) <= 1:
                sub = np.zeros(len(members), dtype=np.int64)
            elif counts[p] >= len(members):
                sub = np.arange(len(members))
            else:
                sub = _compact(np.asarray(grouper(leaf_centroids[members], [], int(counts[p]))[0], dtype=np.int64),
                               None)[0]
            level[members] = sub + next_id
            next_id += int(sub.max()) + 1
        group_of.append(level)
    group_of.append(np.arange(n_base, dtype=np.int64))
    # parents between consecutive levels, renumbered by size (largest first)
    # (base cluster ids stay the clustering's own)
    remaps = [renumber_by_size(g, leaf_sizes) for g in group_of[:-1]] + [np.arange(n_base)]
    parents = []
    for i in range(len(group_of) - 1):
        upper, lower = remaps[i][group_of[i]], remaps[i + 1][group_of[i + 1]]
        parent = np.empty(int(lower.max()) + 1, dtype=np.int64)
        parent[lower] = upper
        parents.append(parent)
    return Tree(level_sizes=tuple(int(g.max()) + 1 for g in group_of), parents=tuple(parents), leaf_labels=leaf_labels)


def _compact(parent: np.ndarray, names: list | None) -> tuple[np.ndarray, list | None]:
    """Drop parent ids no child uses, so every node of every level has a child."""
    used = np.unique(parent)
    if len(used) == int(parent.max()) + 1:
        return parent, names
    return np.searchsorted(used, parent), ([names[i] for i in used] if names is not None else None)


def _actual_sizes(parents_bottom_up: list[np.ndarray], n_base: int) -> list[int]:
    """Level sizes top first, as built (an LLM grouper may use fewer parents than asked)."""
    sizes = [n_base] + [int(p.max()) + 1 for p in parents_bottom_up]
    return list(reversed(sizes))
