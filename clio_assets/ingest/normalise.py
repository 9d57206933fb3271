"""The day's parsed conversations as the rows of `raw_conversations` and `quarantine`."""
from __future__ import annotations

import json

import pandas as pd

from checks.schemas import QUARANTINE, RAW_CONVERSATIONS
from clio_assets.privacy.repeats import UserIdentity
from clio_assets.shared.records import Conversation, Rejected


def stored_columns(conversations: list[Conversation]) -> dict[str, list]:
    """How each conversation is stored in raw_conversations, column by column (the user
    columns aside): one encoding for the whole-day and the streamed path."""
    return {
        "conversation_id": [c.conversation_id for c in conversations],
        "messages_json": [json.dumps([{"role": m.role, "content": m.content} for m in c.messages], ensure_ascii=False)
                          for c in conversations],
        "n_messages": [len(c.messages) for c in conversations],
        "source_format": [c.source_format for c in conversations],
        "source_file": [c.source_file for c in conversations],
        "source_line": [c.source_line for c in conversations],
        "metadata_json": [json.dumps(c.metadata, ensure_ascii=False, sort_keys=True, default=str)
                          for c in conversations],
    }


def conversations_frame(conversations: list[Conversation], identity: UserIdentity) -> pd.DataFrame:
    return pd.DataFrame({
        **stored_columns(conversations),
        "user_id": identity.user_ids,
        "user_id_recorded": identity.recorded,
        "request_group": identity.request_groups.astype("int64"),
    }, columns=list(RAW_CONVERSATIONS.columns))


def dedupe(conversations: list[Conversation], rejected: list[Rejected]) -> tuple[list[Conversation], list[Rejected]]:
    """A repeated conversation id is quarantined (the first occurrence is kept)."""
    seen, kept = set(), []
    for c in conversations:
        if c.conversation_id in seen:
            rejected.append(Rejected(c.source_file, c.source_line,
                                     f"duplicate-conversation-id: {c.conversation_id}", ""))
            continue
        seen.add(c.conversation_id)
        kept.append(c)
    return kept, rejected


def quarantine_frame(rejected: list[Rejected]) -> pd.DataFrame:
    return pd.DataFrame([vars(r) for r in rejected], columns=list(QUARANTINE.columns))
