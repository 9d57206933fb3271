"""raw_conversations: the day's conversations, normalised, plus a quarantine."""

import json
from collections import Counter

import dagster as dg
import pandas as pd

from checks.schemas import QUARANTINE, RAW_CONVERSATIONS, schema_check, schema_spec
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, table_metadata
from clio_assets.privacy.repeats import MissingUserIdPolicy, UserIdentity, identify_users
from resources.settings import PrivacySettings
from resources.source import ConversationSource
from resources.storage import ClioStorage


def conversations_frame(conversations, identity: UserIdentity) -> pd.DataFrame:
    return pd.DataFrame({
        "conversation_id": [c.conversation_id for c in conversations],
        "user_id": identity.user_ids,
        "user_id_recorded": identity.recorded,
        "request_group": identity.request_groups.astype("int64"),
        "messages_json": [json.dumps([{"role": m.role, "content": m.content} for m in c.messages], ensure_ascii=False)
                          for c in conversations],
        "n_messages": [len(c.messages) for c in conversations],
        "source_format": [c.source_format for c in conversations],
        "source_file": [c.source_file for c in conversations],
        "source_line": [c.source_line for c in conversations],
        "metadata_json": [json.dumps(c.metadata, ensure_ascii=False, sort_keys=True, default=str) for c in conversations],
    }, columns=list(RAW_CONVERSATIONS.columns))


def dedupe(conversations, rejected):
    """A repeated conversation id is quarantined (the first occurrence is kept)."""
    from clio_assets.shared.records import Rejected

    seen, kept = set(), []
    for c in conversations:
        if c.conversation_id in seen:
            rejected.append(Rejected(c.source_file, c.source_line, f"duplicate-conversation-id: {c.conversation_id}", ""))
            continue
        seen.add(c.conversation_id)
        kept.append(c)
    return kept, rejected


def identity_metadata(policy: MissingUserIdPolicy, id_less: int, total: int) -> dict:
    """How users were counted: the policy, how many records had no user id, and a warning
    when user counts are estimates (shown again in the explorer's footer)."""
    meta: dict = {"missing_user_id_policy": policy.value, "conversations_without_user_id": id_less}
    if id_less and policy is not MissingUserIdPolicy.DAY:
        meta["user_counts_warning"] = (
            f"{id_less} of {total} conversations had no user id; they were counted by the '{policy.value}' policy, "
            "so unique-user counts are estimates" + (
                " (each such conversation is trusted to be a different person)"
                if policy is MissingUserIdPolicy.CONVERSATION else
                " (a repeated request counts as one user; different requests count as different users)"))
    return meta


@dg.asset(
    partitions_def=daily_partitions, group_name="restricted", kinds={"python", "lancedb"}, owners=OWNERS,
    code_version="2", tags={"tier": "restricted"}, metadata=RESTRICTED,
    check_specs=[schema_spec("raw_conversations")],
)
def raw_conversations(context: dg.AssetExecutionContext, source: ConversationSource, privacy: PrivacySettings,
                      storage: ClioStorage):
    """Normalised conversations of the day (messages, ids, source file/line) read from
    `$CLIO_SOURCE_ROOT/<date>/`. Records that cannot be parsed go to the
    `quarantine` table with their reason and file/line; none is dropped silently.
    Each conversation gets its near-duplicate request group, and a record without a user
    id a pseudo-user by the missing-user-id policy (CLIO_MISSING_USER_ID), so that one
    person never counts as several users."""
    day = context.partition_key
    policy = privacy.missing_user_policy()
    conversations, rejected = source.read(day)
    conversations, rejected = dedupe(conversations, rejected)
    identity = identify_users(conversations, policy)
    frame = conversations_frame(conversations, identity)
    id_less = int(len(frame) - frame.user_id_recorded.sum())
    quarantine = pd.DataFrame([vars(r) for r in rejected], columns=list(QUARANTINE.columns))
    storage.write("restricted", "raw_conversations", day, frame)
    storage.write("restricted", "quarantine", day, quarantine)
    reasons = Counter(r.reason.split(":")[0] for r in rejected)
    if rejected:
        context.log.warning(f"{len(rejected)} records quarantined: {dict(reasons)}")
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame, ["source_format", "source_file", "source_line", "n_messages"]),
        "quarantined": len(rejected),
        "quarantine_reasons": dg.MetadataValue.json(dict(sorted(reasons.items()))),
        "formats": dg.MetadataValue.json(dict(Counter(frame.source_format))),
        "unique_users": int(frame.user_id.nunique()),
        "distinct_requests": int(frame.request_group.nunique()),
        **identity_metadata(policy, id_less, len(frame)),
        "source_dir": str(source.day_dir(day)),
    })
    yield schema_check(RAW_CONVERSATIONS, frame)
