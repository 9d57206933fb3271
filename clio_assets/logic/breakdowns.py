"""Facet breakdowns per published node, with small cells suppressed.

A cell (node, facet, value) is shown only when it passes the same thresholds as a node;
small cells are pooled into "other", and a pooled cell that is still too small is
suppressed (the node total minus the shown cells is then the suppressed count).
"""
from __future__ import annotations

import pandas as pd

from clio_assets.logic.thresholds import passes

FACETS = ("language", "concern", "turns", "task")


def turns_bucket(turns: int) -> str:
    return str(turns) if turns < 4 else "4+"


def facet_values(facets: pd.DataFrame) -> pd.DataFrame:
    """conversation_id -> one column per breakdown facet, as strings."""
    return pd.DataFrame({
        "conversation_id": facets.conversation_id,
        "language": facets.languages.map(lambda langs: langs[0] if len(langs) else "und"),
        "concern": facets.concern.astype(str),
        "turns": facets.turns.map(turns_bucket),
        "task": facets.task,
    })


def breakdowns(members: pd.DataFrame, facets: pd.DataFrame, min_users: int, min_conversations: int) -> pd.DataFrame:
    """Rows: node_id, facet, value, conversations, share (of the node's conversations)."""
    joined = members.merge(facet_values(facets), on="conversation_id", how="inner")
    node_totals = joined.groupby("node_id").size()
    rows = []
    for facet in FACETS:
        cells = joined.groupby(["node_id", facet]).agg(conversations=("conversation_id", "size"),
                                                        unique_users=("user_id", "nunique")).reset_index()
        for node, group in cells.groupby("node_id", sort=True):
            ok = group.apply(lambda r: passes(r.conversations, r.unique_users, min_users, min_conversations), axis=1)
            for r in group[ok].itertuples():
                rows.append((node, facet, str(getattr(r, facet)), int(r.conversations)))
            small_values = set(group.loc[~ok, facet])
            if small_values:
                pooled = joined[(joined.node_id == node) & joined[facet].isin(small_values)]
                if passes(len(pooled), pooled.user_id.nunique(), min_users, min_conversations):
                    rows.append((node, facet, "other", len(pooled)))
    out = pd.DataFrame(rows, columns=["node_id", "facet", "value", "conversations"])
    out["share"] = out.conversations / out.node_id.map(node_totals).astype(float)
    return out.sort_values(["node_id", "facet", "conversations", "value"], ascending=[True, True, False, True]).reset_index(drop=True)
