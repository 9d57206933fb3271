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
    """Push overlapping discs of one sibling group apart: each round, every overlapping pair
    moves apart along the line between their centres (each half the overlap, all pairs at
    once); deterministic, a few rounds only. Coincident centres part along a fixed angle."""
    pos = pos.astype(np.float64).copy()
    n = len(pos)
    i, j = np.triu_indices(n, 1)
    fallback = np.column_stack([np.cos(i + j), np.sin(i + j)])
    for _ in range(rounds):
        delta = pos[j] - pos[i]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        overlap = radii[i] + radii[j] - dist
        hit = overlap > 1e-9
        if not hit.any():
            break
        direction = np.where((dist > 1e-9)[:, None], delta / np.maximum(dist, 1e-9)[:, None], fallback)
        step = direction[hit] * (overlap[hit] / 2)[:, None]
        np.add.at(pos, i[hit], -step)
        np.add.at(pos, j[hit], step)
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
    children = dict(tuple(frame[parent.notna()].groupby(parent[parent.notna()], sort=True)))
    top_of = {str(i): str(i) for i in tops.node_id}
    pending = list(top_of)
    while pending:  # breadth first: a parent is placed before its children
        placed, pending = pending, []
        for pid in placed:
            if pid in children:
                x, y, r = at[pid]
                place(children[pid], np.array([x, y]), CHILD_SPREAD * r)
                for kid in children[pid].node_id:
                    top_of[str(kid)] = top_of[pid]
                    pending.append(str(kid))
    unplaced = [i for i in frame.node_id if i not in at]
    if unplaced:  # only a cycle of parent ids keeps a node from reaching a top-level topic
        raise ValueError(f"hierarchy_nodes: parent ids form a cycle, no map position for {unplaced[:5]}")
    xyr = np.array([at[i] for i in frame.node_id])
    out = pd.DataFrame({"node_id": frame.node_id, "parent_id": parent, "level": frame.level.astype(int),
                        "x": xyr[:, 0], "y": xyr[:, 1], "r": xyr[:, 2]}, columns=columns)
    return _fit(_part_subtrees(out, [top_of[i] for i in out.node_id]))


def _part_subtrees(out: pd.DataFrame, tops: list[str]) -> pd.DataFrame:
    """Children may spill out of their parent's disc: separate the top-level topics again by
    the disc around each whole subtree, moving every subtree with its top."""
    out = out.assign(top=tops)
    centre = out.set_index("node_id").loc[sorted(set(tops)), ["x", "y"]]
    spread = np.hypot(out.x - centre.x.reindex(out.top).to_numpy(), out.y - centre.y.reindex(out.top).to_numpy())
    extent = (spread + out.r).groupby(out.top).max().reindex(centre.index).to_numpy()
    moved = separate(centre.to_numpy(), extent) - centre.to_numpy()
    shift = pd.DataFrame(moved, index=centre.index, columns=["x", "y"]).reindex(out.top).to_numpy()
    out[["x", "y"]] = out[["x", "y"]].to_numpy() + shift
    return out.drop(columns=["top"])


def _fit(out: pd.DataFrame) -> pd.DataFrame:
    """Scale and centre the map so its discs fill the unit square (the larger side spans it)."""
    lo = np.array([(out.x - out.r).min(), (out.y - out.r).min()])
    hi = np.array([(out.x + out.r).max(), (out.y + out.r).max()])
    scale = 1 / max(float((hi - lo).max()), 1e-9)
    offset = (1 - (hi - lo) * scale) / 2
    out["x"] = (out.x - lo[0]) * scale + offset[0]
    out["y"] = (out.y - lo[1]) * scale + offset[1]
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
