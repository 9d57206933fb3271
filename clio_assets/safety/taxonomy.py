"""A stable taxonomy across days: today's published nodes are mapped onto the topics seen
in earlier partitions, so a topic keeps its id while each day's hierarchy is rebuilt.

Each node is represented by the centroid of its conversations' (language-centred)
request embeddings. Per level, today's nodes are matched one-to-one to the most recent
centroid of every known topic of that level, greedily by cosine similarity, when it is
at least `min_similarity`; an unmatched node starts a new topic id. It is *new* only
when no known topic of its level is even roughly similar (cosine < `new_below`) and it is
at least as coherent as the median node of its level (a grab-bag of leftovers is not a
topic); otherwise it is known matter regrouped differently today (*reorganised*). Trends then
compare each topic's share of the day with its mean share over the trailing partitions.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

STATUSES = ("no_history", "new", "reorganised", "emerging", "steady", "declining")


def membership_groups(members: pd.DataFrame, conversation_ids: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(the nodes, and for each membership row of a conversation of the day: its place in
    `conversation_ids`, its node's index). A conversation is in one node per level."""
    row = pd.Series(np.arange(len(conversation_ids)), index=pd.Index(conversation_ids))
    at = members.conversation_id.map(row)
    known = at.notna().to_numpy()
    nodes, labels = np.unique(members.node_id.to_numpy()[known].astype(str), return_inverse=True)
    return nodes.tolist(), at.to_numpy()[known].astype(np.int64), labels


def centroids(nodes: list[str], means: np.ndarray) -> tuple[dict[str, np.ndarray], dict[str, float]]:
    """(node_id -> L2-normalised mean vector of its member conversations, node_id ->
    cohesion: the length of that mean before normalising, 1 when all members agree), from
    each node's mean vector."""
    out, cohesion = {}, {}
    for node, mean in zip(nodes, means.astype(np.float32)):
        cohesion[node] = round(float(np.linalg.norm(mean)), 4)
        out[node] = mean / (cohesion[node] or 1.0)
    return out, cohesion


def new_topic_id(day: str, level: int, node_id: str) -> str:
    digest = hashlib.sha256(f"{day}:{node_id}".encode()).hexdigest()[:8]
    return f"T{level}-{digest}"


def match_topics(today: pd.DataFrame, known: pd.DataFrame, day: str, min_similarity: float) -> pd.DataFrame:
    """today: node_id, level, centroid. known: topic_id, level, centroid (one row per topic,
    its latest centroid). Returns today + topic_id, match_similarity (NaN when unmatched)
    and nearest_similarity (to the closest known topic of the level; NaN if none)."""
    today = today.copy()
    today["topic_id"] = None
    today["match_similarity"] = np.nan
    today["nearest_similarity"] = np.nan
    for level, nodes in today.groupby("level"):
        cands = known[known.level == level] if len(known) else known
        if len(cands):
            sim = np.vstack(nodes.centroid.to_numpy()) @ np.vstack(cands.centroid.to_numpy()).T
            today.loc[nodes.index, "nearest_similarity"] = sim.max(axis=1).round(4)
            pairs = sorted(((sim[i, j], i, j) for i in range(sim.shape[0]) for j in range(sim.shape[1])
                            if sim[i, j] >= min_similarity), reverse=True)
            used_i, used_j = set(), set()
            for s, i, j in pairs:
                if i in used_i or j in used_j:
                    continue
                used_i.add(i)
                used_j.add(j)
                at = nodes.index[i]
                today.loc[at, "topic_id"] = cands.topic_id.iloc[j]
                today.loc[at, "match_similarity"] = round(float(s), 4)
    fresh = today.topic_id.isna()
    today.loc[fresh, "topic_id"] = [new_topic_id(day, int(r.level), r.node_id) for r in today[fresh].itertuples()]
    return today


def latest_topics(history: pd.DataFrame) -> pd.DataFrame:
    """One row per topic: its most recent centroid (history from earlier partitions)."""
    if history.empty:
        return history
    return history.sort_values("partition_date").groupby("topic_id", as_index=False).tail(1).reset_index(drop=True)


def trends(today: pd.DataFrame, history: pd.DataFrame, previous_days: list[str], growth_factor: float,
           min_share: float, new_below: float = 0.5) -> pd.DataFrame:
    """today: topic_id, node_id, level, name, is_other, conversations, unique_users, share,
    nearest_similarity, cohesion.
    history: topic_id, partition_date, share for `previous_days` (the trailing window that
    exists). A topic absent on a previous day counts as share 0 that day.

    status: no_history (no earlier partition), new (never seen in the window, nothing
    similar known, coherent), reorganised (never seen, but close to a known topic or a
    grab-bag), emerging (share >=
    growth_factor x trailing mean), declining (<= trailing mean / growth_factor), steady.
    `emerging` = new or emerging, for topics with at least `min_share` today."""
    out = today.copy()
    n_prev = len(previous_days)
    if history.empty:
        history = pd.DataFrame({"topic_id": pd.Series(dtype=str), "partition_date": pd.Series(dtype=str),
                                "share": pd.Series(dtype=float)})
    window = history[history.partition_date.isin(previous_days)]
    sums = window.groupby("topic_id").share.sum()
    seen = window.groupby("topic_id").partition_date.nunique()
    out["trailing_partitions"] = n_prev
    out["days_seen"] = out.topic_id.map(seen).fillna(0).astype(int)
    out["trailing_mean_share"] = (out.topic_id.map(sums).fillna(0.0) / n_prev).round(5) if n_prev else np.nan
    growth = out.share / out.trailing_mean_share.where(out.trailing_mean_share > 0)
    out["growth"] = growth.round(3)
    novel = ~(out.nearest_similarity >= new_below)  # NaN (nothing known at the level) counts as novel
    novel &= out.cohesion >= out.groupby("level").cohesion.transform("median")
    unseen = np.where(novel, "new", "reorganised")
    status = np.where(n_prev == 0, "no_history", np.where(out.days_seen == 0, unseen,
                      np.where(growth >= growth_factor, "emerging",
                               np.where(growth <= 1.0 / growth_factor, "declining", "steady"))))
    out["status"] = status
    out["emerging"] = out.status.isin(["new", "emerging"]) & ~out.is_other & (out.share >= min_share)
    return out.sort_values(["emerging", "level", "share"], ascending=[False, True, False]).reset_index(drop=True)
