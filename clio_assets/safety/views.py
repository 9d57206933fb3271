"""Trust-and-safety views over the published hierarchy: concern per node, agreement with
an existing classifier, and languages over-represented in a node. Pure pandas.

Privacy: every number published here describes a node that already passed the
thresholds, or a *cell* (a subset of a node's conversations) that passes them too; a
share whose cell is non-empty and below the thresholds is withheld (null). As in
`facet_breakdowns`, the rest of a node (its total minus a shown cell) is not a cell of
its own: it is not described, only implied.
"""
from __future__ import annotations

import json

import numpy as np
import pandas as pd

from clio_assets.privacy.thresholds import passes

HIGH_CONCERN = 4  # concern 4-5 = clear misuse or grave harm
LOW_CONCERN = 2   # concern 1-2 = benign or merely sensitive


def classifier_flags(metadata_json: pd.Series) -> pd.Series:
    """1.0 / 0.0 per conversation from `classifier_flag` (or `classifier_score` >= 0.5)
    in the record metadata; NaN where the record carries neither."""
    def flag(text: str) -> float:
        try:
            meta = json.loads(text) if text else {}
        except (TypeError, ValueError):
            return np.nan
        if isinstance(meta.get("classifier_flag"), bool):
            return float(meta["classifier_flag"])
        score = meta.get("classifier_score")
        if isinstance(score, (int, float)) and not isinstance(score, bool):
            return float(score >= 0.5)
        return np.nan
    return metadata_json.map(flag).astype(float)


def joined(members: pd.DataFrame, facets: pd.DataFrame, flags: pd.Series | None = None) -> pd.DataFrame:
    """node_id, conversation_id, user_id, concern, language, flag (NaN if unknown)."""
    cols = facets[["conversation_id", "concern"]].copy()
    cols["language"] = facets.languages.map(lambda langs: langs[0] if len(langs) else "und")
    cols["flag"] = np.nan if flags is None else cols.conversation_id.map(flags).astype(float)
    return members[["node_id", "conversation_id", "user_id", "request_key"]].merge(cols, on="conversation_id",
                                                                                    how="inner")


def _cell(rows: pd.DataFrame) -> tuple[int, int, int]:
    """Conversations, unique users and distinct requests (what the thresholds count)."""
    return len(rows), int(rows.user_id.nunique()), int(rows.request_key.nunique())


def safe_share(cell: pd.DataFrame, node: pd.DataFrame, min_users: int, min_conversations: int) -> float | None:
    """cell / node, or None when the cell is non-empty and below the thresholds."""
    n, users, requests = _cell(cell)
    if not len(node) or (n and not passes(requests, users, min_users, min_conversations)):
        return None
    return n / len(node)


def node_concern(nodes: pd.DataFrame, rows: pd.DataFrame, min_users: int, min_conversations: int) -> pd.DataFrame:
    """Per published node: mean concern, share at 4-5 and classifier flag rate (None when
    withheld), with the high-concern and flagged cell sizes when they pass."""
    out = []
    by_node = dict(tuple(rows.groupby("node_id", sort=False)))
    for node in nodes.itertuples():
        member = by_node.get(node.node_id)
        if member is None or member.empty:
            continue
        high = member[member.concern >= HIGH_CONCERN]
        flagged = member[member.flag == 1.0]
        has_flags = bool(member.flag.notna().any())
        high_share = safe_share(high, member, min_users, min_conversations)
        flag_share = safe_share(flagged, member, min_users, min_conversations) if has_flags else None
        out.append({
            "node_id": node.node_id, "parent_id": node.parent_id, "level": int(node.level), "name": node.name,
            "is_other": bool(node.is_other), "conversations": len(member),
            "unique_users": int(member.user_id.nunique()),
            "mean_concern": round(float(member.concern.mean()), 3),
            "high_concern_share": None if high_share is None else round(high_share, 4),
            "high_concern_conversations": len(high) if high_share is not None else None,
            "flag_rate": None if flag_share is None else round(flag_share, 4),
            "flagged_conversations": len(flagged) if flag_share is not None else None,
        })
    frame = pd.DataFrame(out, columns=NODE_CONCERN_COLUMNS)
    for col in ("high_concern_conversations", "flagged_conversations"):
        frame[col] = frame[col].astype("Int64")
    return frame.sort_values(["level", "node_id"]).reset_index(drop=True)


NODE_CONCERN_COLUMNS = ["node_id", "parent_id", "level", "name", "is_other", "conversations", "unique_users",
                        "mean_concern", "high_concern_share", "high_concern_conversations", "flag_rate",
                        "flagged_conversations"]


def high_concern_view(concern: pd.DataFrame, descriptions: pd.Series, min_share: float) -> pd.DataFrame:
    """Nodes whose share of concern 4-5 is at least `min_share` (published shares only),
    most concerning first, with the node's description."""
    view = concern[concern.high_concern_share.notna() & (concern.high_concern_share >= min_share) & ~concern.is_other]
    view = view.assign(description=view.node_id.map(descriptions))
    view = view.sort_values(["high_concern_share", "mean_concern", "node_id"], ascending=[False, False, True])
    cols = ["node_id", "level", "name", "description", "conversations", "unique_users", "mean_concern",
            "high_concern_share", "high_concern_conversations", "flag_rate"]
    return view[cols].reset_index(drop=True)


def classifier_comparison(concern: pd.DataFrame, rows: pd.DataFrame, min_users: int, min_conversations: int,
                          min_share: float) -> tuple[pd.DataFrame, dict]:
    """Nodes where the classifier and the concern facet disagree, and how well they agree.

    likely_false_negative: conversations at concern 4-5 the classifier did not flag;
    likely_false_positive: flagged conversations at concern 1-2. A node is listed when
    that cell passes the thresholds and is at least `min_share` of the node. The summary
    has Pearson r between flag rate and mean concern across the deepest level's nodes
    (computed on restricted counts, published as one number)."""
    known = rows[rows.flag.notna()]
    summary: dict[str, int | float | None] = {"conversations_with_flag": int(len(known)), "pearson_r": None,
                                              "nodes_compared": 0}
    if known.empty:
        return pd.DataFrame(columns=DISAGREEMENT_COLUMNS), summary
    kinds = {"likely_false_negative": (known.concern >= HIGH_CONCERN) & (known.flag == 0.0),
             "likely_false_positive": (known.flag == 1.0) & (known.concern <= LOW_CONCERN)}
    out = []
    by_node = dict(tuple(known.groupby("node_id", sort=False)))
    for node in concern[~concern.is_other].itertuples():
        member = by_node.get(node.node_id)
        if member is None:
            continue
        for kind, mask in kinds.items():
            cell = member[mask.loc[member.index]]
            n, users, requests = _cell(cell)
            if not passes(requests, users, min_users, min_conversations) or n / len(member) < min_share:
                continue
            out.append({"node_id": node.node_id, "level": node.level, "name": node.name, "kind": kind,
                        "conversations": node.conversations, "unique_users": node.unique_users,
                        "mean_concern": node.mean_concern, "high_concern_share": node.high_concern_share,
                        "flag_rate": node.flag_rate, "disagreeing_conversations": n, "disagreeing_users": users,
                        "disagreeing_share": round(n / len(member), 4)})
    deepest = concern[~concern.is_other & (concern.level == concern.level.max())]
    stats = known[known.node_id.isin(deepest.node_id)].groupby("node_id").agg(flag=("flag", "mean"),
                                                                              concern=("concern", "mean"))
    if len(stats) >= 3 and stats.flag.std() > 0 and stats.concern.std() > 0:
        summary["pearson_r"] = round(float(np.corrcoef(stats.flag, stats.concern)[0, 1]), 4)
        summary["nodes_compared"] = int(len(stats))
    frame = pd.DataFrame(out, columns=DISAGREEMENT_COLUMNS)
    frame = frame.sort_values(["kind", "disagreeing_share", "node_id"], ascending=[True, False, True])
    return frame.reset_index(drop=True), summary


DISAGREEMENT_COLUMNS = ["node_id", "level", "name", "kind", "conversations", "unique_users", "mean_concern",
                        "high_concern_share", "flag_rate", "disagreeing_conversations", "disagreeing_users",
                        "disagreeing_share"]


def language_overrepresentation(nodes: pd.DataFrame, rows: pd.DataFrame, total: pd.DataFrame, min_users: int,
                                min_conversations: int, min_lift: float) -> pd.DataFrame:
    """Per (published node, primary language) cell that passes the thresholds: the share of
    the node in that language, the language's share of the whole day (`total`: every
    conversation of the day), their ratio (lift) and the node's share of that language."""
    day_n = len(total)
    lang_n = total.language.value_counts()
    cells = rows.groupby(["node_id", "language"]).agg(conversations=("conversation_id", "size"),
                                                      unique_users=("user_id", "nunique"),
                                                      requests=("request_key", "nunique")).reset_index()
    node_n = rows.groupby("node_id").size()
    info = nodes.set_index("node_id")
    ok = [passes(r.requests, r.unique_users, min_users, min_conversations) for r in cells.itertuples()]
    cells = cells[np.array(ok, dtype=bool)].copy()
    cells = cells[cells.node_id.isin(info.index)]
    cells["level"] = cells.node_id.map(info.level).astype(int)
    cells["name"] = cells.node_id.map(info.name)
    cells["node_share"] = (cells.conversations / cells.node_id.map(node_n)).round(4)
    cells["base_share"] = (cells.language.map(lang_n) / day_n).round(4)
    cells["lift"] = (cells.node_share / cells.base_share).round(3)
    cells["share_of_language"] = (cells.conversations / cells.language.map(lang_n)).round(4)
    cells["overrepresented"] = cells.lift >= min_lift
    cols = ["node_id", "level", "name", "language", "conversations", "unique_users", "node_share", "base_share",
            "lift", "share_of_language", "overrepresented"]
    return cells.sort_values(["lift", "node_id", "language"],
                             ascending=[False, True, True])[cols].reset_index(drop=True)
