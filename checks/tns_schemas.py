"""pandera schemas of the trust-and-safety tables, and a blocking check that every
published row meets the privacy thresholds (see `checks.schemas` for the pattern)."""
from __future__ import annotations

import dagster as dg
import pandas as pd
import pandera.pandas as pa

from clio_assets.safety.taxonomy import STATUSES

_id = pa.Column(str, pa.Check.str_length(min_value=1))
_level = pa.Column(int, pa.Check.ge(1))
_count = pa.Column(int, pa.Check.ge(1))
_share = pa.Column(float, pa.Check.in_range(0, 1))
_maybe_share = pa.Column(float, pa.Check.in_range(0, 1), nullable=True)
_maybe_count = pa.Column("Int64", pa.Check.ge(0), nullable=True)
_concern = pa.Column(float, pa.Check.in_range(1, 5))

NODE_CONCERN = pa.DataFrameSchema({
    "node_id": pa.Column(str, unique=True), "parent_id": pa.Column(str, nullable=True), "level": _level, "name": _id,
    "is_other": pa.Column(bool), "conversations": _count, "unique_users": _count, "mean_concern": _concern,
    "high_concern_share": _maybe_share, "high_concern_conversations": _maybe_count, "flag_rate": _maybe_share,
    "flagged_conversations": _maybe_count,
}, strict=True, coerce=True)

HIGH_CONCERN_NODES = pa.DataFrameSchema({
    "node_id": pa.Column(str, unique=True), "level": _level, "name": _id, "description": _id, "conversations": _count,
    "unique_users": _count, "mean_concern": _concern, "high_concern_share": _share,
    "high_concern_conversations": pa.Column("Int64", pa.Check.ge(1)), "flag_rate": _maybe_share,
}, strict=True, coerce=True)

CLASSIFIER_DISAGREEMENT = pa.DataFrameSchema({
    "node_id": _id, "level": _level, "name": _id,
    "kind": pa.Column(str, pa.Check.isin(["likely_false_negative", "likely_false_positive"])),
    "conversations": _count, "unique_users": _count, "mean_concern": _concern, "high_concern_share": _maybe_share,
    "flag_rate": _maybe_share, "disagreeing_conversations": _count, "disagreeing_users": _count,
    "disagreeing_share": _share,
}, strict=True, coerce=True, unique=["node_id", "kind"])

LANGUAGE_OVERREPRESENTATION = pa.DataFrameSchema({
    "node_id": _id, "level": _level, "name": _id, "language": _id, "conversations": _count, "unique_users": _count,
    "node_share": _share, "base_share": _share, "lift": pa.Column(float, pa.Check.gt(0)),
    "share_of_language": _share, "overrepresented": pa.Column(bool),
}, strict=True, coerce=True, unique=["node_id", "language"])

COORDINATED_ACTIVITY = pa.DataFrameSchema({
    "group_id": pa.Column(str, unique=True), "accounts": _count, "conversations": _count,
    "template_similarity": _share, "burstiness": _maybe_share, "account_focus": _share, "coordination_score": _share,
    "mean_concern": _concern, "template_description": _id, "node_id": pa.Column(str, nullable=True),
}, strict=True, coerce=True)

COORDINATED_GROUPS = pa.DataFrameSchema({
    "group_id": pa.Column(str, unique=True), "accounts": _count, "conversations": _count,
    "template_similarity": _share, "burstiness": _maybe_share, "account_focus": _share, "coordination_score": _share,
    "flagged": pa.Column(bool), "mean_concern": _concern, "terms": pa.Column(object), "template_description": _id,
}, strict=True, coerce=True)

COORDINATED_ACCOUNTS = pa.DataFrameSchema({
    "group_id": _id, "conversation_id": pa.Column(str, unique=True), "user_id": _id,
}, strict=True, coerce=True)

TOPIC_REGISTRY = pa.DataFrameSchema({
    "topic_id": _id, "node_id": pa.Column(str, unique=True), "level": _level, "name": _id, "is_other": pa.Column(bool),
    "conversations": _count, "unique_users": _count, "share": _share,
    "match_similarity": pa.Column(float, pa.Check.in_range(-1, 1), nullable=True),
    "nearest_similarity": pa.Column(float, pa.Check.in_range(-1, 1), nullable=True),
    "cohesion": pa.Column(float, pa.Check.in_range(0, 1.0001)), "centroid": pa.Column(object),
}, strict=True, coerce=True)

TOPIC_TRENDS = pa.DataFrameSchema({
    "topic_id": _id, "node_id": pa.Column(str, unique=True), "level": _level, "name": _id, "is_other": pa.Column(bool),
    "conversations": _count, "unique_users": _count, "share": _share,
    "trailing_partitions": pa.Column(int, pa.Check.ge(0)),
    "days_seen": pa.Column(int, pa.Check.ge(0)), "trailing_mean_share": _maybe_share,
    "growth": pa.Column(float, pa.Check.ge(0), nullable=True), "status": pa.Column(str, pa.Check.isin(STATUSES)),
    "emerging": pa.Column(bool),
}, strict=True, coerce=True)

EMERGING_TOPICS = pa.DataFrameSchema({
    "topic_id": _id, "node_id": pa.Column(str, unique=True), "level": _level, "name": _id, "description": _id,
    "conversations": _count, "unique_users": _count, "share": _share, "trailing_mean_share": _maybe_share,
    "growth": pa.Column(float, pa.Check.ge(0), nullable=True),
    "status": pa.Column(str, pa.Check.isin(["new", "emerging"])),
}, strict=True, coerce=True)

# (conversation count column, unique user count column) pairs that must pass the thresholds.
THRESHOLD_COLUMNS = {
    "node_concern": [("conversations", "unique_users")],
    "high_concern_nodes": [("conversations", "unique_users")],
    "classifier_disagreement": [("conversations", "unique_users"), ("disagreeing_conversations", "disagreeing_users")],
    "language_overrepresentation": [("conversations", "unique_users")],
    "coordinated_activity": [("conversations", "accounts")],
    "topic_trends": [("conversations", "unique_users")],
    "emerging_topics": [("conversations", "unique_users")],
}


def thresholds_spec(asset: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec("cells_meet_thresholds", asset=asset, blocking=True,
                             description="every published row has >= K unique users and >= M conversations")


def thresholds_check(table: str, df: pd.DataFrame, min_users: int, min_conversations: int) -> dg.AssetCheckResult:
    bad = pd.Series(False, index=df.index)
    for conversations, users in THRESHOLD_COLUMNS[table]:
        bad |= (df[conversations] < min_conversations) | (df[users] < min_users)
    return dg.AssetCheckResult(check_name="cells_meet_thresholds", passed=bool(not bad.any()),
                               metadata={"rows": len(df), "rows_below_thresholds": int(bad.sum()),
                                         "min_unique_users": min_users, "min_conversations": min_conversations})
