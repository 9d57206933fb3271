"""Where each published topic sits on the explorer's 2-D map: a pure, deterministic layout.

Positions come only from the published tier: each node's `vector` in `hierarchy_nodes` is
the embedding of its own published "name. description" (written by the publish stage), never
a conversation's vector. The layout is nested, one sibling group at a time: the top-level
topics are placed by a 2-D PCA of their vectors; the children of a node by a PCA of the
children's vectors, inside their parent's disc, so related topics sit near each other and
children near their parent. A disc's area is proportional to the node's share of the day.
PCA is an SVD (no randomness) with the signs of its axes fixed and nodes sorted by id, so
re-runs, and the same tables in another row order, give the same map.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

RADIUS = 0.2  # a node holding the whole day would get this radius (unit square); area ~ share
CHILD_SPREAD = 0.7  # children's centres lie within this fraction of their parent's radius
MIN_RADIUS = 0.004  # so the smallest published node stays visible and clickable
SEPARATION_ROUNDS = 40


def radius(share: float) -> float:
    return max(MIN_RADIUS, RADIUS * math.sqrt(max(float(share), 0.0)))


def mappable(nodes: pd.DataFrame, min_unique_users: int, min_conversations: int) -> pd.DataFrame:
    """The nodes that may get a point: rows of the published table that pass the thresholds
    (defence in depth: the publish stage already dropped every other node)."""
    keep = (nodes.unique_users >= min_unique_users) & (nodes.conversations >= min_conversations)
    return nodes[keep]


def project(vectors: np.ndarray) -> np.ndarray:
    """A 2-D PCA of `vectors` (n x d), axis signs fixed (each axis's largest coordinate is
    positive), scaled so the farthest point is at distance 1 from the centre. Identical
    vectors (nothing to tell apart) are spread evenly on the unit circle in input order."""
    n = len(vectors)
    if n == 1:
        return np.zeros((1, 2))
    centred = vectors - vectors.mean(axis=0)
    u, s, _ = np.linalg.svd(centred, full_matrices=False)
    coords = np.zeros((n, 2))
    k = min(2, len(s))
    coords[:, :k] = u[:, :k] * s[:k]
    for j in range(2):
        if coords[np.argmax(np.abs(coords[:, j])), j] < 0:
            coords[:, j] *= -1
    scale = float(np.linalg.norm(coords, axis=1).max())
    if scale < 1e-9:
        angles = 2 * np.pi * np.arange(n) / n
        return np.column_stack([np.cos(angles), np.sin(angles)])
    return coords / scale


def separate(pos: np.ndarray, radii: np.ndarray, rounds: int = SEPARATION_ROUNDS) -> np.ndarray:
    """Push overlapping discs of one sibling group apart (each pair along the line between
    their centres, both moving half the overlap); deterministic, a few rounds only."""
    pos = pos.copy()
    n = len(pos)
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                delta = pos[j] - pos[i]
                dist = float(np.hypot(*delta))
                overlap = radii[i] + radii[j] - dist
                if overlap <= 1e-9:
                    continue
                direction = delta / dist if dist > 1e-9 else np.array([math.cos(i + j), math.sin(i + j)])
                pos[i] -= direction * overlap / 2
                pos[j] += direction * overlap / 2
                moved = True
        if not moved:
            break
    return pos


def _vectors(group: pd.DataFrame, dims: int) -> np.ndarray:
    rows = [np.asarray(v, dtype=np.float64) if v is not None and len(v) == dims else np.zeros(dims)
            for v in group.vector]
    return np.vstack(rows)


def layout(nodes: pd.DataFrame) -> pd.DataFrame:
    """node_id, parent_id, level, x, y, r in the unit square (y down) for every row of
    `nodes` (node_id, parent_id, level, share, vector). A node whose parent is not among
    `nodes` is laid out with the top-level topics; a missing vector counts as all zeros."""
    columns = ["node_id", "parent_id", "level", "x", "y", "r"]
    if nodes.empty:
        return pd.DataFrame(columns=columns)
    frame = nodes.sort_values("node_id").reset_index(drop=True)
    dims = max((len(v) for v in frame.vector if v is not None), default=1)
    ids = set(frame.node_id)
    parent = frame.parent_id.where(frame.parent_id.isin(ids), None)
    at: dict[str, tuple[float, float, float]] = {}  # node -> x, y, r

    def place(group: pd.DataFrame, centre: np.ndarray, spread: float) -> None:
        radii = np.array([radius(s) for s in group.share])
        pos = centre + project(_vectors(group, dims)) * spread
        pos = separate(pos, radii)
        for node_id, (x, y), r in zip(group.node_id, pos, radii):
            at[node_id] = (float(x), float(y), float(r))

    tops = frame[parent.isna()]
    biggest = max(radius(s) for s in tops.share)
    place(tops, np.array([0.5, 0.5]), max(0.05, 0.5 - biggest))
    pending = [str(i) for i in tops.node_id]
    while pending:  # breadth first: a parent is placed before its children
        placed, pending = pending, []
        for pid in placed:
            kids = frame[parent == pid]
            if len(kids):
                x, y, r = at[pid]
                place(kids, np.array([x, y]), CHILD_SPREAD * r)
                pending += [str(i) for i in kids.node_id]
    out = pd.DataFrame([(i, parent[k], int(frame.level[k]), *at[i]) for k, i in enumerate(frame.node_id) if i in at],
                       columns=columns)
    # Fit the whole map into the unit square (top-level separation may have pushed discs out).
    lo = min((out.x - out.r).min(), (out.y - out.r).min())
    hi = max((out.x + out.r).max(), (out.y + out.r).max())
    if lo < 0 or hi > 1:
        scale = 1 / (hi - lo)
        out[["x", "y"]] = (out[["x", "y"]] - lo) * scale
        out["r"] = out.r * scale
    return out


def mean_concern(breakdowns: pd.DataFrame) -> dict[str, float]:
    """Each node's mean concern score (1-5) over its published `concern` cells (pooled and
    suppressed cells, which carry no score, are left out)."""
    if breakdowns.empty:
        return {}
    cells = breakdowns[breakdowns.facet == "concern"].copy()
    cells["score"] = pd.to_numeric(cells.value, errors="coerce")
    cells = cells[cells.score.notna() & (cells.conversations > 0)]
    weighted = (cells.score * cells.conversations).groupby(cells.node_id).sum()
    return {str(k): float(v) for k, v in (weighted / cells.conversations.groupby(cells.node_id).sum()).items()}
