"""Facet breakdowns per published node, with small cells suppressed.

A cell (node, facet, value) is shown only when it passes the same thresholds as a node
(>= K users, >= M distinct requests: one person's repeated request counts once);
small cells are pooled into "other", and a pooled cell that is still too small is
suppressed (the node total minus the shown cells is then the suppressed count).
With differential privacy, cell counts are noisy and every decision uses noisy counts.
Custom facets (the `custom_<name>` columns of conversation_facets) are broken down the same
way; a value `other` (an enum answer that fits no option) is pooled with the small cells.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from clio_assets.privacy.dp import DPSettings, laplace

FACETS = ("language", "concern", "turns", "task")
CUSTOM_PREFIX = "custom_"


def custom_facets(facets: pd.DataFrame) -> list[str]:
    """The custom facet columns of a day's conversation_facets that hold any value."""
    return [c for c in facets.columns if c.startswith(CUSTOM_PREFIX) and facets[c].notna().any()]


def _as_text(value: object) -> str | None:
    """A stored value as a cell label (integers read back as floats when a column has nulls)."""
    if value is None or pd.isna(value):
        return None
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


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
        **{c: facets[c].map(_as_text) for c in custom_facets(facets)},
    })


def _cells(joined: pd.DataFrame, facet: str, dp: DPSettings | None, partition: str, levels: int,
           n_facets: int) -> pd.DataFrame:
    cells = joined.groupby(["node_id", facet]).agg(conversations=("conversation_id", "size"),
                                                    unique_users=("user_id", "nunique"),
                                                    requests=("request_key", "nunique")).reset_index()
    if dp is not None:  # membership already holds one conversation per repeated request
        rng, scale = dp.rng(partition, "cells", facet), dp.cell_scale(levels, n_facets)
        cells["conversations"] = laplace(cells.conversations.to_numpy(), scale, rng)
        cells["unique_users"] = np.minimum(laplace(cells.unique_users.to_numpy(), scale, rng), cells.conversations)
        cells["requests"] = cells.conversations
    return cells


def breakdowns(members: pd.DataFrame, facets: pd.DataFrame, min_users: int, min_conversations: int,
               node_totals: pd.Series | None = None, dp: DPSettings | None = None, partition: str = "",
               levels: int = 1) -> pd.DataFrame:
    """Rows: node_id, facet, value, conversations, share (of the node's published count)."""
    joined = members.merge(facet_values(facets), on="conversation_id", how="inner")
    totals = node_totals if node_totals is not None else joined.groupby("node_id").size()
    frames = []
    names = [*FACETS, *custom_facets(facets)]  # the privacy budget is split over every facet shown
    for facet in names:
        cells = _cells(joined, facet, dp, partition, levels, len(names))
        ok = (cells.unique_users >= min_users) & (cells.requests >= min_conversations) & (cells[facet] != "other")
        frames.append(pd.DataFrame({"node_id": cells.node_id[ok], "facet": facet, "value": cells[facet][ok].astype(str),
                                    "conversations": cells.conversations[ok].astype(int)}))
        small = cells[~ok]
        if dp is None:  # pool the small cells' own conversations
            rows = joined.merge(small[["node_id", facet]], on=["node_id", facet])
            pooled = rows.groupby("node_id").agg(c=("conversation_id", "size"), u=("user_id", "nunique"),
                                                 r=("request_key", "nunique"))
        else:  # post-processing of noisy cells only; max() never overstates the union of users
            pooled = small.groupby("node_id").agg(c=("conversations", "sum"), u=("unique_users", "max"))
            pooled["r"] = pooled.c
        pooled = pooled[(pooled.u >= min_users) & (pooled.r >= min_conversations)]
        frames.append(pd.DataFrame({"node_id": pooled.index, "facet": facet, "value": "other",
                                    "conversations": pooled.c.astype(int).to_numpy()}))
    out = pd.concat(frames, ignore_index=True)
    out["share"] = (out.conversations / out.node_id.map(totals).astype(float)).clip(upper=1.0)
    return out.sort_values(["node_id", "facet", "conversations", "value"],
                           ascending=[True, True, False, True]).reset_index(drop=True)
