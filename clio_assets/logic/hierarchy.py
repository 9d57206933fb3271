"""Offline multi-level hierarchy over base clusters.

Level sizes follow a geometric progression from the number of base clusters down to
`top_size` (default round(sqrt(k)); e.g. 50 -> 19 -> 7). Each level groups the level below by Ward
agglomerative clustering of the groups' size-weighted centroids; this is deterministic
and keeps semantically close clusters together. Levels are numbered from the top:
level 1 is the coarsest, level L holds the base clusters.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import AgglomerativeClustering


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


def group_centroids(vectors: np.ndarray, labels: np.ndarray, n_groups: int) -> np.ndarray:
    sums = np.zeros((n_groups, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, labels, vectors)
    counts = np.bincount(labels, minlength=n_groups)[:, None]
    means = sums / np.maximum(counts, 1)
    norms = np.linalg.norm(means, axis=1, keepdims=True)
    return (means / np.where(norms == 0, 1, norms)).astype(np.float32)


# (child centroids, child names, number of parents) -> (parent of each child, parent names or None)
Grouper = Callable[[np.ndarray, list, int], tuple[np.ndarray, list | None]]


def ward_grouper(centroids: np.ndarray, child_names: list, n_parents: int) -> tuple[np.ndarray, None]:
    """The offline grouping: Ward linkage on centroids; names come later from member terms."""
    return AgglomerativeClustering(n_clusters=n_parents, linkage="ward").fit_predict(centroids), None


def build_tree(vectors: np.ndarray, leaf_labels: np.ndarray, n_base: int, levels: int = 3,
               top_size: int | None = None, grouper: Grouper = ward_grouper,
               leaf_names: list | None = None) -> tuple[Tree, list[list | None]]:
    """The tree and, per level (top first), the grouper's names (None = name from terms)."""
    sizes = level_sizes(n_base, levels, top_size)
    parents: list[np.ndarray] = []
    names: list[list | None] = [leaf_names]
    labels, n_groups, child_names = leaf_labels, n_base, leaf_names
    for size in reversed(sizes[:-1]):
        centroids = group_centroids(vectors, labels, n_groups)
        parent, parent_names = grouper(centroids, child_names or [], size)
        remap = _renumber(parent, np.bincount(labels, minlength=n_groups))
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


def _actual_sizes(parents_bottom_up: list[np.ndarray], n_base: int) -> list[int]:
    """Level sizes top first, as built (an LLM grouper may use fewer parents than asked)."""
    sizes = [n_base] + [int(p.max()) + 1 for p in parents_bottom_up]
    return list(reversed(sizes))


def _renumber(parent: np.ndarray, child_sizes: np.ndarray) -> np.ndarray:
    """old parent id -> new id, numbering parents by total size (largest first) so ids
    are stable and readable."""
    n = parent.max() + 1
    totals = np.bincount(parent, weights=child_sizes, minlength=n)
    order = sorted(range(n), key=lambda p: (-totals[p], int(np.argmax(parent == p))))
    remap = np.empty(n, dtype=np.int64)
    remap[order] = np.arange(n)
    return remap
