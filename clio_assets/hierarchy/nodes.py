"""Hierarchy nodes and conversation membership as tables."""
from __future__ import annotations

import numpy as np
import pandas as pd

from clio_assets.clusters.naming import GroupName
from clio_assets.hierarchy.tree import Tree
from clio_assets.privacy.thresholds import node_counts


def node_id(level: int, index: int) -> str:
    return f"L{level}-{index:04d}"


def membership_table(tree: Tree, conversation_ids: list[str], user_ids: list[str],
                     request_keys: list[str]) -> pd.DataFrame:
    """One row per conversation with its user, its request key (repeats of one person's
    request share one) and its node id at every level (l1 = top)."""
    table = pd.DataFrame({"conversation_id": conversation_ids, "user_id": user_ids, "request_key": request_keys})
    for i in range(len(tree.level_sizes)):
        table[f"l{i + 1}"] = [node_id(i + 1, g) for g in tree.labels_at(i)]
    return table


def nodes_table(tree: Tree, membership: pd.DataFrame, names: list[list[GroupName]]) -> pd.DataFrame:
    """names[i][g] names group g of level i (0 = top)."""
    total = len(membership)
    rows = []
    for i, size in enumerate(tree.level_sizes):
        col = f"l{i + 1}"
        stats = node_counts(membership, col)
        parent_of = None if i == 0 else tree.parents[i - 1]
        for g in range(size):
            nid = node_id(i + 1, g)
            conversations = int(stats.conversations.get(nid, 0))
            rows.append({
                "node_id": nid,
                "parent_id": None if parent_of is None else node_id(i, int(parent_of[g])),
                "level": i + 1,
                "name": names[i][g].name,
                "description": names[i][g].description,
                "terms": list(names[i][g].terms),
                "conversations": conversations,
                "unique_users": int(stats.unique_users.get(nid, 0)),
                "distinct_requests": int(stats.distinct_requests.get(nid, 0)),
                "share": conversations / total if total else 0.0,
                "is_other": False,
                "area": names[i][g].area or "",
                "fallback_name": names[i][g].fallback,
                "name_note": "",
                "alternatives": alternatives(names[i][g]),
            })
    return pd.DataFrame(rows)


def alternatives(name: GroupName) -> list[str]:
    """Taxonomy labels (fixed public text) that also describe the group, for when its name
    must be replaced and the replacement would repeat its parent's or a sibling's."""
    labels = [name.topic, *name.other_topics, name.topic_mix, name.area]
    return [label for label in dict.fromkeys(labels) if label]


def labels_as_ints(column: pd.Series) -> np.ndarray:
    return column.str.split("-").str[1].astype(int).to_numpy()
