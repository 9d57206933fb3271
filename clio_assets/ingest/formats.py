"""Format-specific normalisers used by :mod:`clio_assets.ingest.parse` (no Dagster imports).

Each normaliser turns one decoded record (a ``dict``) into one or more :class:`Draft`
conversations, or raises :class:`RecordError` with a short machine-readable reason.
Drafts are validated (empty text, no user turn) and turned into ``Conversation`` objects
by ``parse.py``, which also owns file reading and format detection.

The flat OpenAssistant export is the one format that spans several lines (one message per
line), so it has a small stateful grouper, :class:`OasstFlatGrouper`, instead of a function.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from clio_assets.shared.records import Message

# Keys tried, in order, for ids. The first non-empty value wins.
CONVERSATION_ID_KEYS = ("conversation_id", "id", "conversation_hash", "uuid")
USER_ID_KEYS = ("user_id", "hashed_ip", "user", "author", "red_team_member_id")
TIMESTAMP_KEYS = ("timestamp", "created_at", "created", "create_time", "created_date", "time")

# Role names per format, lower-cased, mapped onto records.ROLES.
MESSAGES_ROLES = {
    "user": "user", "human": "user",
    "assistant": "assistant",
    "system": "system", "developer": "system",
}
# Tool / function results are machine output, not the user's or model's words: skipped.
SKIPPED_ROLES = frozenset({"tool", "function", "ipython"})
SHAREGPT_ROLES = {
    "human": "user", "user": "user",
    "gpt": "assistant", "assistant": "assistant", "chatgpt": "assistant",
    "bard": "assistant", "bing": "assistant",
    "system": "system",
}
OASST_ROLES = {"prompter": "user", "user": "user", "assistant": "assistant", "system": "system"}
# Content-block types that carry text (Anthropic "text"; OpenAI Responses input/output_text).
TEXT_BLOCK_TYPES = frozenset({"text", "input_text", "output_text"})

_HH_MARKER = re.compile(r"\n\n(Human|Assistant):")
# Detoxify scores at or above this count as a classifier flag (its usual decision threshold).
TOXICITY_THRESHOLD = 0.5


class RecordError(ValueError):
    """Bad data in one record; ``reason`` becomes ``Rejected.reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Draft:
    """A normalised but not yet validated conversation.

    ``user_id`` None means "not in the data" (the ingest asset gives it a pseudo-user).
    ``source_line``/``excerpt`` are set only when they differ from the record's own line
    (flat OASST, where a conversation ends at its leaf message's line).
    """

    messages: list[Message]
    conversation_id: str
    user_id: str | None
    metadata: dict = field(default_factory=dict)
    source_line: int | None = None
    excerpt: str | None = None


@dataclass(frozen=True)
class LineRejection:
    """A rejection found after the fact (OASST grouping), with its own line and excerpt."""

    source_line: int
    reason: str
    excerpt: str


# --------------------------------------------------------------------------- helpers


def pick_id(record: dict, keys: tuple[str, ...]) -> str | None:
    """First present id among ``keys``, coerced to str; None if none is present.

    Strings and integers are ids; anything else (lists, dicts, floats, bools) is a
    ``wrong-type`` error rather than a silently stringified blob.
    """
    for key in keys:
        value = record.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        raise RecordError(f"wrong-type: {key}")
    return None


def as_timestamp(value: Any) -> str | None:
    """Timestamp as an ISO-8601 string (datetimes from parquet, epoch numbers, strings)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # epoch ms vs s
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return str(value)
    return str(value)


def content_text(content: Any) -> str | None:
    """Text of a message's content: a string, or text blocks joined by newlines.

    Returns None when the content carries no text at all (null content of a tool-calling
    assistant turn, a message made only of image/tool blocks): such messages are skipped.
    Raises ``wrong-type: content`` for anything else (numbers, malformed blocks).
    """
    if isinstance(content, str):
        return content
    if content is None:
        return None
    if not isinstance(content, list):
        raise RecordError("wrong-type: content")
    texts: list[str] = []
    for block in content:
        if isinstance(block, str):  # some exporters store bare strings as blocks
            texts.append(block)
            continue
        if not isinstance(block, dict):
            raise RecordError("wrong-type: content")
        if block.get("type", "text") in TEXT_BLOCK_TYPES:
            text = block.get("text")
            if not isinstance(text, str):
                raise RecordError("wrong-type: content")
            texts.append(text)
    return "\n".join(texts) if texts else None


def map_role(raw: Any, table: dict[str, str]) -> str | None:
    """Canonical role for ``raw``; None for roles that are skipped on purpose."""
    if not isinstance(raw, str):
        raise RecordError("wrong-type: role")
    key = raw.strip().lower()
    if key in table:
        return table[key]
    if key in SKIPPED_ROLES:
        return None
    raise RecordError(f"unknown-role: {raw}")


def common_metadata(record: dict) -> dict:
    """Metadata every format may carry: an explicit ``metadata`` object, timestamp,
    model, language and a trust-and-safety ``classifier_flag``."""
    meta: dict = {}
    if isinstance(record.get("metadata"), dict):
        meta.update(record["metadata"])
    for key in TIMESTAMP_KEYS:
        stamp = as_timestamp(record.get(key))
        if stamp is not None:
            meta["timestamp"] = stamp
            break
    for key in ("model", "language"):
        if isinstance(record.get(key), str) and record[key]:
            meta[key] = record[key]
    if isinstance(record.get("classifier_flag"), bool):
        meta["classifier_flag"] = record["classifier_flag"]
    return meta


def _user_id(record: dict) -> str | None:
    """User id from the record, or from an Anthropic-style ``metadata.user_id``."""
    uid = pick_id(record, USER_ID_KEYS)
    if uid is None and isinstance(record.get("metadata"), dict):
        uid = pick_id(record["metadata"], ("user_id",))
    return uid


def _turns(turns: Any, field_name: str, role_keys: tuple[str, ...],
           text_keys: tuple[str, ...], roles: dict[str, str]) -> tuple[list[Message], int]:
    """Messages from a list of turn dicts; returns (messages, number skipped)."""
    if not isinstance(turns, list):
        raise RecordError(f"wrong-type: {field_name}")
    messages: list[Message] = []
    skipped = 0
    for turn in turns:
        if not isinstance(turn, dict):
            raise RecordError(f"wrong-type: {field_name}")
        role_key = next((k for k in role_keys if k in turn), role_keys[0])
        text_key = next((k for k in text_keys if k in turn), text_keys[0])
        role = map_role(turn.get(role_key), roles)
        text = content_text(turn.get(text_key))
        if role is None or text is None:
            skipped += 1
            continue
        messages.append(Message(role, text))
    return messages, skipped


def _draft(record: dict, messages: list[Message], skipped: int, fallback_id: str,
           meta: dict | None = None) -> Draft:
    metadata = common_metadata(record)
    metadata.update(meta or {})
    if skipped:
        metadata["skipped_messages"] = skipped
    cid = pick_id(record, CONVERSATION_ID_KEYS) or fallback_id
    return Draft(messages, cid, _user_id(record), metadata)


# --------------------------------------------------------------------------- formats


def normalise_messages(record: dict, fallback_id: str) -> list[Draft]:
    """OpenAI / Anthropic chat: ``{"messages": [{"role", "content"}], "system"?}``."""
    messages, skipped = _turns(record.get("messages"), "messages", ("role",), ("content",),
                               MESSAGES_ROLES)
    system = record.get("system")  # Anthropic Messages API keeps the system prompt apart
    if system is not None:
        text = content_text(system)
        if text is not None:
            messages.insert(0, Message("system", text))
    return [_draft(record, messages, skipped, fallback_id)]


def normalise_sharegpt(record: dict, fallback_id: str) -> list[Draft]:
    """ShareGPT: ``{"conversations": [{"from", "value"}]}``."""
    messages, skipped = _turns(record.get("conversations"), "conversations", ("from", "role"),
                               ("value", "content"), SHAREGPT_ROLES)
    return [_draft(record, messages, skipped, fallback_id)]


def normalise_hh_rlhf(record: dict, fallback_id: str) -> list[Draft]:
    """Anthropic HH-RLHF (``chosen``) and red-team (``transcript``) transcripts."""
    key = next((k for k in ("chosen", "transcript", "text") if k in record), "chosen")
    transcript = record.get(key)
    if not isinstance(transcript, str):
        raise RecordError(f"wrong-type: {key}")
    if transcript.startswith(("Human:", "Assistant:")):
        transcript = "\n\n" + transcript  # markers are "\n\n"-prefixed except at the very start
    parts = _HH_MARKER.split(transcript)
    messages: list[Message] = []
    if parts[0].strip():  # text before the first marker: a preamble, kept as system text
        messages.append(Message("system", parts[0].strip()))
    for speaker, text in zip(parts[1::2], parts[2::2]):
        messages.append(Message("user" if speaker == "Human" else "assistant", text.strip()))
    meta: dict = {}
    # A trailing empty "Assistant:" marks a reply cut off in the source data (4 of the
    # 2,312 harmless-base test records); it is not an empty message, so drop it.
    if len(messages) > 1 and messages[-1].role == "assistant" and not messages[-1].content:
        messages.pop()
        meta["empty_final_assistant_turn"] = True
    for extra in ("rating", "model_type", "num_params", "min_harmlessness_score_transcript",
                  "is_upworker", "tags"):
        if record.get(extra) is not None:
            meta[extra] = record[extra]
    return [_draft(record, messages, 0, fallback_id, meta)]


def _flagged(moderation: Any) -> bool:
    """True if any OpenAI moderation result (a dict or a list of them) is flagged."""
    results = moderation if isinstance(moderation, list) else [moderation]
    return any(isinstance(r, dict) and r.get("flagged") is True for r in results)


def normalise_wildchat(record: dict, fallback_id: str) -> list[Draft]:
    """WildChat / LMSYS-Chat-1M: ``{"conversation": [...], model, language, moderation...}``."""
    turns = record.get("conversation")
    messages, skipped = _turns(turns, "conversation", ("role", "from"), ("content", "value"),
                               {**MESSAGES_ROLES, **SHAREGPT_ROLES})
    meta: dict = {}
    if isinstance(record.get("turn"), int):
        meta["turn_count"] = record["turn"]
    for key in ("toxic", "redacted"):
        if isinstance(record.get(key), bool):
            meta[key] = record[key]
    if "toxic" in record or "openai_moderation" in record:
        meta["classifier_flag"] = record.get("toxic") is True or _flagged(
            record.get("openai_moderation"))
    draft = _draft(record, messages, skipped, fallback_id, meta)
    # WildChat keeps hashed_ip / timestamp on each turn as well; use the first turn's.
    first = turns[0] if turns and isinstance(turns[0], dict) else {}
    if draft.user_id is None:
        draft.user_id = pick_id(first, USER_ID_KEYS)
    if "timestamp" not in draft.metadata and as_timestamp(first.get("timestamp")):
        draft.metadata["timestamp"] = as_timestamp(first.get("timestamp"))
    return [draft]


# --------------------------------------------------------------------------- OASST


@dataclass(frozen=True)
class _OasstNode:
    """The parts of one OASST message that conversations need (not the big label blobs)."""

    message_id: str | None
    parent_id: str | None
    message: Message
    user_id: str | None
    lang: str | None
    created: str | None
    deleted: bool
    toxicity: float | None
    line: int = 0
    excerpt: str = ""


def _oasst_node(msg: Any, line: int = 0, excerpt: str = "") -> _OasstNode:
    """Validate one OASST message dict (either export shape)."""
    if not isinstance(msg, dict):
        raise RecordError("wrong-type: message")
    role = map_role(msg.get("role"), OASST_ROLES)
    if role is None:
        raise RecordError(f"unknown-role: {msg.get('role')}")
    text = msg.get("text")
    if not isinstance(text, str):
        raise RecordError("wrong-type: text")
    if not text.strip():
        raise RecordError("empty-text")
    detox = msg.get("detoxify")
    toxicity = detox.get("toxicity") if isinstance(detox, dict) else None
    return _OasstNode(
        message_id=pick_id(msg, ("message_id",)),
        parent_id=pick_id(msg, ("parent_id",)),
        message=Message(role, text),
        user_id=pick_id(msg, ("user_id",)),
        lang=msg.get("lang") if isinstance(msg.get("lang"), str) else None,
        created=as_timestamp(msg.get("created_date")),
        deleted=msg.get("deleted") is True,
        toxicity=toxicity if isinstance(toxicity, (int, float)) else None,
        line=line,
        excerpt=excerpt,
    )


def _leaf_paths(roots: list[Any], children: Callable[[Any], list[Any]]) -> Iterator[list[Any]]:
    """Every root-to-leaf path, depth first, in input order (iterative: trees can be deep)."""
    stack: list[tuple[Any, list[Any]]] = [(root, [root]) for root in reversed(roots)]
    while stack:
        node, path = stack.pop()
        kids = children(node)
        if not kids:
            yield path
        for kid in reversed(kids):
            stack.append((kid, path + [kid]))


def _oasst_draft(tree_id: str, path: list[_OasstNode], leaf_key: str) -> Draft:
    """One conversation from a root-to-leaf path; the user is the root's prompter."""
    root, leaf = path[0], path[-1]
    prompters = [n.user_id for n in path if n.message.role == "user" and n.user_id]
    assistants = [n.user_id for n in path if n.message.role == "assistant" and n.user_id]
    meta: dict = {
        "message_tree_id": tree_id,
        "leaf_message_id": leaf.message_id,
        "participant_user_ids": list(dict.fromkeys(prompters)),
        # OASST assistant turns were written by people too; kept for privacy counting.
        "assistant_user_ids": list(dict.fromkeys(assistants)),
        "deleted_messages": sum(n.deleted for n in path),
    }
    if root.lang:
        meta["language"] = root.lang
    if root.created:
        meta["timestamp"] = root.created
    scores = [n.toxicity for n in path if n.toxicity is not None]
    if scores:
        meta["classifier_flag"] = max(scores) >= TOXICITY_THRESHOLD
    user_id = root.user_id if root.message.role == "user" else None
    return Draft([n.message for n in path], f"{tree_id}:{leaf_key}", user_id, meta,
                 source_line=leaf.line or None, excerpt=leaf.excerpt or None)


def is_nested_oasst(record: dict) -> bool:
    """True for the nested tree export (``{"message_tree_id", "prompt": {...}}``)."""
    return isinstance(record.get("prompt"), dict)


def normalise_oasst_tree(record: dict, fallback_id: str) -> list[Draft]:
    """Nested OASST tree export: one conversation per root-to-leaf path.

    Any malformed node rejects the whole record (it is one line, so one rejection).
    """
    nodes: dict[int, _OasstNode] = {}
    kids: dict[int, list[dict]] = {}
    pending: list[Any] = [record.get("prompt")]
    while pending:  # validate every node up front
        raw = pending.pop()
        nodes[id(raw)] = _oasst_node(raw)
        replies = raw.get("replies") or []
        if not isinstance(replies, list):
            raise RecordError("wrong-type: replies")
        kids[id(raw)] = replies
        pending.extend(replies)
    tree_id = pick_id(record, ("message_tree_id",)) or nodes[id(record["prompt"])].message_id \
        or fallback_id
    drafts = []
    for index, raw_path in enumerate(_leaf_paths([record["prompt"]], lambda n: kids[id(n)])):
        path = [nodes[id(n)] for n in raw_path]
        drafts.append(_oasst_draft(tree_id, path, path[-1].message_id or f"path{index}"))
    return drafts


class OasstFlatGrouper:
    """Collects flat OASST messages (one per line) of one file, then expands the trees.

    Messages are grouped by ``message_tree_id``; each root-to-leaf path becomes one
    conversation whose source line is its leaf's line. A message that cannot be reached
    from a root (its parent is missing or was itself rejected) is an ``oasst-orphan``.
    """

    def __init__(self) -> None:
        self._trees: dict[str, list[_OasstNode]] = {}

    def add(self, record: dict, line: int, excerpt: str) -> None:
        """Validate and buffer one message; raises RecordError for a bad message."""
        node = _oasst_node(record, line, excerpt)
        if node.message_id is None:
            raise RecordError("wrong-type: message_id")
        tree_id = pick_id(record, ("message_tree_id",))
        if tree_id is None:
            raise RecordError("wrong-type: message_tree_id")
        self._trees.setdefault(tree_id, []).append(node)

    def finish(self) -> Iterator[Draft | LineRejection]:
        """Conversations and late rejections of all buffered trees, in line order."""
        out: list[Draft | LineRejection] = []
        for tree_id, members in self._trees.items():
            out.extend(self._expand(tree_id, members))
        self._trees = {}
        out.sort(key=lambda item: item.source_line or 0)
        return iter(out)

    @staticmethod
    def _expand(tree_id: str, members: list[_OasstNode]) -> Iterator[Draft | LineRejection]:
        seen: set[str] = set()
        children: dict[str | None, list[_OasstNode]] = {}
        for node in members:
            if node.message_id in seen:
                yield LineRejection(node.line, "oasst-duplicate-id", node.excerpt)
                continue
            seen.add(node.message_id)  # type: ignore[arg-type]  # checked in add()
            children.setdefault(node.parent_id, []).append(node)
        reached: set[str | None] = set()
        for path in _leaf_paths(children.get(None, []),
                                lambda n: children.get(n.message_id, [])):
            reached.update(n.message_id for n in path)
            yield _oasst_draft(tree_id, path, path[-1].message_id)
        for kids in children.values():
            for node in kids:
                if node.message_id not in reached:
                    yield LineRejection(node.line, "oasst-orphan", node.excerpt)


NORMALISERS: dict[str, Callable[[dict, str], list[Draft]]] = {
    "messages": normalise_messages,
    "sharegpt": normalise_sharegpt,
    "hh_rlhf": normalise_hh_rlhf,
    "wildchat": normalise_wildchat,
    "oasst": normalise_oasst_tree,  # flat OASST lines go through OasstFlatGrouper instead
}
