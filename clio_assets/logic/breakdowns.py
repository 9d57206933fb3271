"""Facet breakdowns per published node, with small cells suppressed.

A cell (node, facet, value) is shown only when it passes the same thresholds as a node;
small cells are pooled into "other", and a pooled cell that is still too small is
suppressed (the node total minus the shown cells is then the suppressed count).
With differential privacy, cell counts are noisy and every decision uses noisy counts.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from clio_assets.logic.dp import DPSettings, laplace
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


def _cells(joined: pd.DataFrame, facet: str, dp: DPSettings | None, partition: str, levels: int) -> pd.DataFrame:
    cells = joined.groupby(["node_id", facet]).agg(conversations=("conversation_id", "size"),
                                                    unique_users=("user_id", "nunique")).reset_index()
    if dp is not None:
        rng, scale = dp.rng(partition, "cells", facet), dp.cell_scale(levels, len(FACETS))
        cells["conversations"] = laplace(cells.conversations.to_numpy(), scale, rng)
        cells["unique_users"] = np.minimum(laplace(cells.unique_users.to_numpy(), scale, rng), cells.conversations)
    return cells


def breakdowns(members: pd.DataFrame, facets: pd.DataFrame, min_users: int, min_conversations: int,
               node_totals: pd.Series | None = None, dp: DPSettings | None = None, partition: str = "",
               levels: int = 1) -> pd.DataFrame:
    """Rows: node_id, facet, value, conversations, share (of the node's published count)."""
    joined = members.merge(facet_values(facets), on="conversation_id", how="inner")
    totals = node_totals if node_totals is not None else joined.groupby("node_id").size()
    rows = []
    for facet in FACETS:
        cells = _cells(joined, facet, dp, partition, levels)
        for node, group in cells.groupby("node_id", sort=True):
            ok = np.array([passes(c, u, min_users, min_conversations)
                           for c, u in zip(group.conversations, group.unique_users)], dtype=bool)
            rows += [(node, facet, str(v), int(c)) for v, c in zip(group.loc[ok, facet], group.loc[ok, "conversations"])]
            small = group[~ok]
            if small.empty:
                continue
            if dp is None:
                pooled = joined[(joined.node_id == node) & joined[facet].isin(set(small[facet]))]
                n_conv, n_users = len(pooled), pooled.user_id.nunique()
            else:  # post-processing of noisy cells only
                n_conv, n_users = int(small.conversations.sum()), int(small.unique_users.max())
            if passes(n_conv, n_users, min_users, min_conversations):
                rows.append((node, facet, "other", int(n_conv)))
    out = pd.DataFrame(rows, columns=["node_id", "facet", "value", "conversations"])
    out["share"] = (out.conversations / out.node_id.map(totals).astype(float)).clip(upper=1.0)
    return out.sort_values(["node_id", "facet", "conversations", "value"], ascending=[True, True, False, True]).reset_index(drop=True)
