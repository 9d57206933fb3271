"""Coordinated use across accounts: templated near-duplicate requests from many accounts.

`coordinated_groups` (restricted) scores every near-duplicate group and maps flagged groups
to their account ids in `coordinated_accounts`, for the trust-and-safety team only;
`coordinated_activity` (published) shows flagged groups that pass the thresholds with
counts, scores and a template description built from words most of its accounts used."""

import json

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import COORDINATED_ACTIVITY, COORDINATED_GROUPS
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, table_metadata
from clio_assets.safety.coordination import (
    CoordinationParams, describe_template, near_duplicate_groups, score_groups, signatures,
)
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.privacy.scan import find_pii
from clio_assets.safety.publishing import GROUP, arrow_table, publish, published_asset
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

WITHHELD_TEMPLATE = "Near-identical templated requests; the wording was withheld by the privacy scan."


class CoordinationConfig(dg.Config):
    min_similarity: float = 0.5  # estimated Jaccard of word-bigram shingles for a near-duplicate pair
    min_accounts: int = 5  # smaller groups are not scored
    window_minutes: int = 60  # burstiness window
    min_score: float = 0.7  # flag at or above this coordination score


def seconds_of_day(metadata_json: pd.Series) -> pd.Series:
    stamps = pd.to_datetime(metadata_json.map(lambda m: json.loads(m or "{}").get("timestamp")), utc=True, errors="coerce")
    return (stamps.dt.hour * 3600 + stamps.dt.minute * 60 + stamps.dt.second).astype(float)


def safe_description(terms: list[str], accounts: int) -> str:
    text = describe_template(terms, accounts)
    return text if scrub_text(text) == text and not find_pii(text) else WITHHELD_TEMPLATE


@dg.asset(
    deps=["conversation_facets", "raw_conversations"], partitions_def=daily_partitions, group_name=GROUP,
    kinds={"python", "lancedb"}, owners=OWNERS, code_version="1", metadata=RESTRICTED,
    check_specs=[schema_spec("coordinated_groups")],
)
def coordinated_groups(context: dg.AssetExecutionContext, config: CoordinationConfig, storage: ClioStorage):
    """Groups of distinct accounts sending near-identical templated requests (MinHash/LSH
    on normalised request facets), scored by accounts, template similarity, burstiness
    and account focus. Flagged groups' account ids go to the restricted
    `coordinated_accounts` table for the trust-and-safety team; nothing here is published."""
    day = context.partition_key
    facets = storage.read("restricted", "conversation_facets", day)
    raw = storage.read("restricted", "raw_conversations", day)[["conversation_id", "metadata_json"]]
    frame = facets[["conversation_id", "user_id", "request", "concern"]].merge(raw, on="conversation_id", how="left")
    frame = frame.assign(seconds=seconds_of_day(frame.metadata_json.fillna("{}"))).reset_index(drop=True)
    params = CoordinationParams(min_similarity=config.min_similarity, min_accounts=config.min_accounts,
                                window_minutes=config.window_minutes, min_score=config.min_score)
    sig, usable = signatures(frame.request.tolist(), params)
    labels = near_duplicate_groups(sig, usable, params)
    groups = score_groups(frame, labels, sig, frame.groupby("user_id").size(), params)
    groups.insert(0, "group_id", [f"C{day.replace('-', '')}-{i + 1:03d}" for i in range(len(groups))])
    groups["template_description"] = [describe_template(t, a) for t, a in zip(groups.terms, groups.accounts)]
    ids = dict(zip(groups.group, groups.group_id))
    flagged = set(groups.group[groups.flagged])
    members = frame.assign(group=labels)[lambda f: f.group.isin(flagged)]
    members = pd.DataFrame({"group_id": members.group.map(ids), "conversation_id": members.conversation_id,
                            "user_id": members.user_id})
    groups = groups.drop(columns=["group"])
    storage.write("restricted", "coordinated_groups", day,
                  arrow_table(groups, COORDINATED_GROUPS, {"terms": pa.list_(pa.string())}))
    storage.write("restricted", "coordinated_accounts", day, pa.Table.from_pandas(
        members, schema=pa.schema([("group_id", pa.string()), ("conversation_id", pa.string()), ("user_id", pa.string())]),
        preserve_index=False))
    yield dg.MaterializeResult(metadata={
        **table_metadata(groups.drop(columns=["terms"]), ["group_id", "accounts", "conversations", "burstiness",
                                                            "account_focus", "coordination_score", "flagged"], 15),
        "near_duplicate_conversations": int((labels >= 0).sum()), "flagged_groups": int(groups.flagged.sum()),
        "flagged_accounts": int(members.user_id.nunique()),
    })
    yield schema_check(COORDINATED_GROUPS, groups)


@published_asset("coordinated_activity", ["coordinated_groups", "cluster_hierarchy"])
def coordinated_activity(context: dg.AssetExecutionContext, privacy: PrivacySettings, storage: ClioStorage):
    """Flagged coordinated groups with >= K accounts and >= M conversations: counts, scores,
    mean concern, the deepest published node holding most of their conversations, and a
    template description made only of words most of the accounts used (PII-scanned)."""
    day = context.partition_key
    groups = storage.read("restricted", "coordinated_groups", day)
    members = storage.read("restricted", "coordinated_accounts", day)
    membership = storage.read("restricted", "hierarchy_membership", day)
    levels = storage.read("restricted", "cluster_hierarchy", day).set_index("node_id").level
    shown = groups[groups.flagged & (groups.accounts >= privacy.min_unique_users)
                   & (groups.conversations >= privacy.min_conversations)].copy()
    placed = members.merge(membership[["node_id", "conversation_id"]], on="conversation_id")
    placed = placed[placed.node_id.map(levels) == levels.max()] if len(levels) else placed
    top_node = placed.groupby("group_id").node_id.agg(lambda s: s.value_counts().index[0])
    shown["node_id"] = shown.group_id.map(top_node)
    shown["node_id"] = shown.node_id.where(shown.node_id.notna(), None)
    shown["template_description"] = [safe_description(list(t), a) for t, a in zip(shown.terms, shown.accounts)]
    cols = list(COORDINATED_ACTIVITY.columns)
    frame = shown[cols].reset_index(drop=True)
    yield from publish(context, storage, privacy, "coordinated_activity", frame, COORDINATED_ACTIVITY,
                       ["group_id", "accounts", "conversations", "coordination_score", "template_description"],
                       flagged_groups=int(groups.flagged.sum()), published_groups=len(frame))
