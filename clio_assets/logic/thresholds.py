"""Privacy thresholds: a node is published only with >= K unique users and >= M
conversations. Smaller nodes are folded into an "Other" sibling under the same parent
(published only if it passes too); descendants of a withheld node are withheld.
"""
from __future__ import annotations

import pandas as pd

from clio_assets.logic.nodes import level_columns

OTHER_NAME = "Other (small groups)"
OTHER_DESCRIPTION = ("Conversations from groups too small to show on their own. "
                     "They are counted here so that totals add up, without describing them.")


def passes(conversations: int, unique_users: int, min_users: int, min_conversations: int) -> bool:
    return unique_users >= min_users and conversations >= min_conversations


def apply_thresholds(nodes: pd.DataFrame, membership: pd.DataFrame, min_users: int,
                     min_conversations: int, fold: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes with `published` + `withheld_reason` and any "Other" nodes,
    long table node_id -> conversation_id/user_id for every published node).

    fold=False skips the thresholds (for tests of the blocking check only)."""
    nodes = nodes.copy()
    nodes["published"] = True
    nodes["withheld_reason"] = ""
    total = len(membership)
    cols = level_columns(membership)
    other_rows, other_members = [], []
    for depth, col in enumerate(cols, start=1):
        level_nodes = nodes[(nodes.level == depth) & ~nodes.is_other]
        parent_published = dict(zip(nodes.node_id, nodes.published))
        for parent, siblings in level_nodes.groupby(level_nodes.parent_id.fillna("root"), sort=True):
            if parent != "root" and not parent_published.get(parent, False):
                nodes.loc[siblings.index, ["published", "withheld_reason"]] = [False, "ancestor withheld"]
                continue
            small = [] if not fold else [
                row.node_id for row in siblings.itertuples()
                if not passes(row.conversations, row.unique_users, min_users, min_conversations)]
            if not small:
                continue
            nodes.loc[nodes.node_id.isin(small), ["published", "withheld_reason"]] = [False, "below thresholds"]
            members = membership[membership[col].isin(small)]
            other_id = f"{parent}/other" if parent != "root" else "root/other"
            ok = passes(len(members), members.user_id.nunique(), min_users, min_conversations)
            other_rows.append({
                "node_id": other_id, "parent_id": None if parent == "root" else parent, "level": depth,
                "name": OTHER_NAME, "description": OTHER_DESCRIPTION, "terms": [],
                "conversations": len(members), "unique_users": int(members.user_id.nunique()),
                "share": len(members) / total if total else 0.0, "is_other": True,
                "published": ok, "withheld_reason": "" if ok else "below thresholds",
            })
            if ok:
                other_members.append(members[["conversation_id", "user_id"]].assign(node_id=other_id))
    if other_rows:
        nodes = pd.concat([nodes, pd.DataFrame(other_rows)], ignore_index=True)
    published_ids = set(nodes.node_id[nodes.published])
    long = [membership[[col, "conversation_id", "user_id"]].rename(columns={col: "node_id"}) for col in cols]
    long = pd.concat(long + other_members, ignore_index=True)
    long = long[long.node_id.isin(published_ids)].reset_index(drop=True)
    return nodes.sort_values(["level", "node_id"]).reset_index(drop=True), long
