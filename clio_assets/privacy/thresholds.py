"""Privacy thresholds: a node is published only with >= K unique users and >= M
distinct requests (conversations, with a request one person repeats counted once).
Smaller nodes are folded into an "Other" sibling under the same parent (published only
if it passes too); descendants of a withheld node are withheld.
"""
from __future__ import annotations

import pandas as pd

from clio_assets.privacy.dp import DPSettings, bound_contributions, noisy_nodes

OTHER_NAME = "Other (small groups)"
OTHER_DESCRIPTION = ("Conversations from groups too small to show on their own. "
                     "They are counted here so that totals add up, without describing them.")


def node_counts(membership: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per value of `column`: conversations, unique users and distinct requests (what the
    conversation threshold counts: a request one person repeats counts once)."""
    return membership.groupby(column).agg(conversations=("conversation_id", "size"),
                                          unique_users=("user_id", "nunique"),
                                          distinct_requests=("request_key", "nunique"))


def level_columns(membership: pd.DataFrame) -> list[str]:
    return sorted((c for c in membership.columns if c[:1] == "l" and c[1:].isdigit()), key=lambda c: int(c[1:]))


def passes(distinct_requests: int, unique_users: int, min_users: int, min_conversations: int) -> bool:
    """The rule for a node or a cell. Pass *distinct* requests: a request one person sends
    again and again is one request, so it can never make a group look like consensus."""
    return unique_users >= min_users and distinct_requests >= min_conversations


def counts_from(membership: pd.DataFrame, nodes: pd.DataFrame) -> pd.DataFrame:
    """Node counts recomputed from `membership`."""
    out = nodes.copy()
    for col in level_columns(membership):
        stats = node_counts(membership, col)
        at = out.node_id.isin(stats.index)
        for stat in ("conversations", "unique_users", "distinct_requests"):
            out.loc[at, stat] = out.loc[at, "node_id"].map(stats[stat]).astype(int)
    return out


def apply_thresholds(nodes: pd.DataFrame, membership: pd.DataFrame, min_users: int,
                     min_conversations: int, fold: bool = True, dp: DPSettings | None = None,
                     partition: str = "") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes with `published` + `withheld_reason` and any "Other" nodes,
    long table node_id -> conversation_id/user_id for every published node).

    With `dp`, counts come from contribution-bounded membership (one conversation per
    repeated request, at most C per user) plus Laplace noise, and every threshold and
    "Other" count is computed from noisy counts only (see dp.py).
    fold=False skips the thresholds (for tests of the blocking check only)."""
    if dp is not None:
        membership = bound_contributions(membership.drop_duplicates("request_key"), dp, partition)
        nodes = noisy_nodes(counts_from(membership, nodes), dp, partition, len(level_columns(membership)))
        nodes["distinct_requests"] = nodes.conversations  # repeats were dropped before the noise
    nodes = nodes.copy()
    nodes["published"] = True
    nodes["withheld_reason"] = ""
    cols = level_columns(membership)
    other_rows: list[dict] = []
    other_members: list[pd.DataFrame] = []
    for depth, col in enumerate(cols, start=1):
        level_nodes = nodes[(nodes.level == depth) & ~nodes.is_other]
        parent_published = dict(zip(nodes.node_id, nodes.published))
        for parent, siblings in level_nodes.groupby(level_nodes.parent_id.fillna("root"), sort=True):
            if parent != "root" and not parent_published.get(parent, False):
                nodes.loc[siblings.index, ["published", "withheld_reason"]] = [False, "ancestor withheld"]
                continue
            small = [] if not fold else [
                row.node_id for row in siblings.itertuples()
                if not passes(row.distinct_requests, row.unique_users, min_users, min_conversations)]
            if not small:
                continue
            nodes.loc[nodes.node_id.isin(small), ["published", "withheld_reason"]] = [False, "below thresholds"]
            members = membership[membership[col].isin(small)]
            other_id = f"{parent}/other" if parent != "root" else "root/other"
            if dp is None:
                n_conv, n_users, n_requests = len(members), members.user_id.nunique(), members.request_key.nunique()
            else:  # post-processing of noisy counts; max() never overstates the union of users
                folded = nodes[nodes.node_id.isin(small)]
                n_conv, n_users = int(folded.conversations.sum()), int(folded.unique_users.max())
                n_requests = n_conv
            ok = passes(int(n_requests), int(n_users), min_users, min_conversations)
            other_rows.append({
                "node_id": other_id, "parent_id": None if parent == "root" else parent, "level": depth,
                "name": OTHER_NAME, "description": OTHER_DESCRIPTION, "terms": [],
                "conversations": int(n_conv), "unique_users": int(n_users), "distinct_requests": int(n_requests),
                "share": 0.0, "is_other": True, "area": "", "fallback_name": OTHER_NAME, "name_note": "",
                "alternatives": [],
                "published": ok, "withheld_reason": "" if ok else "below thresholds",
            })
            if ok:
                other_members.append(members[["conversation_id", "user_id", "request_key"]].assign(node_id=other_id))
    if other_rows:
        nodes = pd.concat([nodes, pd.DataFrame(other_rows)], ignore_index=True)
    # shares of the day's total: the level-1 nodes (not their "Other") partition every conversation
    total = int(nodes[(nodes.level == 1) & ~nodes.is_other].conversations.sum())
    nodes["share"] = nodes.conversations / total if total else 0.0
    published_ids = set(nodes.node_id[nodes.published])
    long = [membership[[col, "conversation_id", "user_id", "request_key"]].rename(columns={col: "node_id"})
            for col in cols]
    long = pd.concat(long + other_members, ignore_index=True)
    long = long[long.node_id.isin(published_ids)].reset_index(drop=True)
    return nodes.sort_values(["level", "node_id"]).reset_index(drop=True), long
