"""raw_conversations: the day's conversations, normalised, plus a quarantine."""

import json
from collections import Counter

import dagster as dg
import pandas as pd

from checks.schemas import QUARANTINE, RAW_CONVERSATIONS, schema_check, schema_spec
from clio_assets.common import OWNERS, RESTRICTED, daily_partitions, table_metadata
from resources.source import ConversationSource
from resources.storage import ClioStorage


def conversations_frame(conversations) -> pd.DataFrame:
    return pd.DataFrame({
        "conversation_id": [c.conversation_id for c in conversations],
        "user_id": [c.user_id for c in conversations],
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
    from clio_assets.logic.records import Rejected

    seen, kept = set(), []
    for c in conversations:
        if c.conversation_id in seen:
            rejected.append(Rejected(c.source_file, c.source_line, f"duplicate-conversation-id: {c.conversation_id}", ""))
            continue
        seen.add(c.conversation_id)
        kept.append(c)
    return kept, rejected


@dg.asset(
    partitions_def=daily_partitions, group_name="restricted", kinds={"python", "lancedb"}, owners=OWNERS,
    code_version="1", tags={"tier": "restricted"}, metadata=RESTRICTED,
    check_specs=[schema_spec("raw_conversations")],
)
def raw_conversations(context: dg.AssetExecutionContext, source: ConversationSource, storage: ClioStorage):
    """Normalised conversations of the day (messages, ids, source file/line) read from
    `$CLIO_SOURCE_ROOT/<date>/`. Records that cannot be parsed go to the
    `quarantine` table with their reason and file/line; none is dropped silently."""
    day = context.partition_key
    conversations, rejected = source.read(day)
    conversations, rejected = dedupe(conversations, rejected)
    frame = conversations_frame(conversations)
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
        "source_dir": str(source.day_dir(day)),
    })
    yield schema_check(RAW_CONVERSATIONS, frame)
