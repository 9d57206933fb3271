"""Coordinated use across accounts: templated near-duplicate requests from many accounts.

`coordinated_groups` (restricted) scores every near-duplicate group and maps flagged groups
to their account ids in `coordinated_accounts`, for the trust-and-safety team only;
`coordinated_activity` (published) shows flagged groups that pass the thresholds with
counts, scores and a template description built from words most of its accounts used."""


import json
from collections.abc import Iterator

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import COORDINATED_ACCOUNTS, COORDINATED_ACTIVITY, COORDINATED_GROUPS
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.privacy.scan import find_pii
from clio_assets.publish.guarded import secrets_of
from clio_assets.safety.coordination import (
    CoordinationParams,
    describe_template,
    near_duplicate_groups,
    score_groups,
    signatures,
)
from clio_assets.safety.publishing import GROUP, arrow_table, publish, published_view
from clio_assets.shared.assets import RESTRICTED, clio_multi_asset, table_spec
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

Events = Iterator[dg.MaterializeResult | dg.AssetCheckResult]
KINDS = {"python", "lancedb"}

WITHHELD_TEMPLATE = "Near-identical templated requests; the wording was withheld by the privacy scan."


class CoordinationConfig(dg.Config):
    min_similarity: float = 0.5  # estimated Jaccard of word-bigram shingles for a near-duplicate pair
    min_accounts: int = 5  # smaller groups are not scored
    window_minutes: int = 60  # burstiness window
    min_score: float = 0.7  # flag at or above this coordination score


def seconds_of_day(metadata_json: pd.Series) -> pd.Series:
    stamps = pd.to_datetime(metadata_json.map(lambda m: json.loads(m or "{}").get("timestamp")), utc=True,
                            errors="coerce")
    return (stamps.dt.hour * 3600 + stamps.dt.minute * 60 + stamps.dt.second).astype(float)


def safe_description(terms: list[str], accounts: int) -> str:
    text = describe_template(terms, accounts)
    return text if scrub_text(text) == text and not find_pii(text) else WITHHELD_TEMPLATE


@clio_multi_asset(
    name="coordination",
    specs=[
        table_spec("coordinated_groups", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version="1",
                   deps=["conversation_facets", "raw_conversations"], description=(
                       "Groups of distinct accounts sending near-identical templated requests (MinHash/LSH on "
                       "normalised request facets), scored by accounts, template similarity, burstiness and account "
                       "focus. Nothing here is published.")),
        table_spec("coordinated_accounts", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version="1",
                   deps=["conversation_facets", "raw_conversations"], description=(
                       "The account ids and conversations of each flagged coordinated group, for the "
                       "trust-and-safety team only.")),
    ],
    checks=[schema_spec("coordinated_groups"), schema_spec("coordinated_accounts")],
)
def coordination(context: dg.AssetExecutionContext, conversation_facets: PartitionTable,
                 raw_conversations: PartitionTable, config: CoordinationConfig, storage: ClioStorage) -> Events:
    """Find, score and flag the day's near-duplicate groups across accounts."""
    day = context.partition_key
    facets = conversation_facets.read(["conversation_id", "user_id", "request", "concern"])
    raw = raw_conversations.read(["conversation_id", "metadata_json"])
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
    storage.write(RESTRICTED, "coordinated_groups", day,
                  arrow_table(groups, COORDINATED_GROUPS, {"terms": pa.list_(pa.string())}))
    storage.write(RESTRICTED, "coordinated_accounts", day, arrow_table(members, COORDINATED_ACCOUNTS))
    yield dg.MaterializeResult(asset_key="coordinated_groups", metadata={
        **table_metadata(groups.drop(columns=["terms"]), ["group_id", "accounts", "conversations", "burstiness",
                                                            "account_focus", "coordination_score", "flagged"], 15),
        "near_duplicate_conversations": int((labels >= 0).sum()), "flagged_groups": int(groups.flagged.sum()),
        "flagged_accounts": int(members.user_id.nunique()),
    })
    yield dg.MaterializeResult(asset_key="coordinated_accounts", metadata={
        **table_metadata(members[["group_id"]]), "flagged_accounts": int(members.user_id.nunique()),
    })
    yield schema_check(COORDINATED_GROUPS, groups, "coordinated_groups")
    yield schema_check(COORDINATED_ACCOUNTS, members, "coordinated_accounts")


@published_view("coordinated_activity")
def coordinated_activity(context: dg.AssetExecutionContext, coordinated_groups: PartitionTable,
                         coordinated_accounts: PartitionTable, hierarchy_membership: PartitionTable,
                         cluster_hierarchy: PartitionTable, raw_conversations: PartitionTable,
                         conversation_facets: PartitionTable, privacy: PrivacySettings, storage: ClioStorage) -> Events:
    """Flagged coordinated groups with >= K accounts and >= M conversations: counts, scores,
    mean concern, the deepest published node holding most of their conversations, and a
    template description made only of words most of the accounts used (PII-scanned)."""
    groups = coordinated_groups.read()
    members = coordinated_accounts.read()
    membership = hierarchy_membership.read(["node_id", "conversation_id"])
    levels = cluster_hierarchy.read(["node_id", "level"]).set_index("node_id").level
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
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets),
                       "coordinated_activity", frame, COORDINATED_ACTIVITY,
                       ["group_id", "accounts", "conversations", "coordination_score", "template_description"],
                       flagged_groups=int(groups.flagged.sum()), published_groups=len(frame))
