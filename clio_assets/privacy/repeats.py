"""One person must never look like many: repeated requests and missing user ids.

The privacy thresholds count distinct users and distinct requests. Two conversations
carry the same *request* when their user text is a near copy after normalisation
(case, Unicode form, whitespace, digits, PII placeholders, punctuation): MinHash over
character 5-grams (any script, robust to small edits), LSH banding to propose pairs,
kept when the estimated Jaccard similarity reaches `min_similarity`, joined
transitively. Grouping too much only makes the thresholds stricter; grouping too
little would let one person's repeats pass as consensus, so the bands are set for
recall (a pair at Jaccard 0.6 is proposed with probability > 0.98).

A record without a user id gets a pseudo-user by `MissingUserIdPolicy`:
- `request` (default): one pseudo-user per near-duplicate request group of the day, so
  a person repeating a request is one user however often they send it. Different
  requests without ids still count as different users: user counts are estimates.
- `day`: every id-less conversation of the day is one pseudo-user (strict: nothing
  built only from id-less traffic is ever published).
- `conversation` (opt-in): each id-less conversation is its own user; this trusts every
  conversation to come from a different person.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from clio_assets.privacy.minhash import RequestIndex
from clio_assets.shared.records import Conversation

MAX_CHARS = 1000  # a request is recognised by its opening; long pastes beyond it add cost, not evidence
MIN_SIMILARITY = 0.6  # (signatures, bands and leaders: minhash.py)

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_DIGITS = re.compile(r"\d+")
_PUNCT_SPACE = re.compile(r"[\W_]+")


class MissingUserIdPolicy(StrEnum):
    REQUEST = "request"
    DAY = "day"
    CONVERSATION = "conversation"


def parse_policy(value: str) -> MissingUserIdPolicy:
    """The policy named by CLIO_MISSING_USER_ID (empty = the default, `request`)."""
    try:
        return MissingUserIdPolicy((value or MissingUserIdPolicy.REQUEST.value).strip().lower())
    except ValueError:
        choices = ", ".join(p.value for p in MissingUserIdPolicy)
        raise ValueError(f"CLIO_MISSING_USER_ID={value!r} is not one of: {choices}") from None


def normalise_request(text: str) -> str:
    """Lower case, NFKC, placeholders and digit runs as one symbol each, punctuation and
    whitespace as single spaces; the first MAX_CHARS characters."""
    text = _PLACEHOLDER.sub(" \u2400 ", unicodedata.normalize("NFKC", text[: MAX_CHARS * 2])).lower()
    text = _DIGITS.sub("0", text)
    return " ".join(_PUNCT_SPACE.sub(" ", text).split())[:MAX_CHARS]


def request_groups(*views: list[str], min_similarity: float = MIN_SIMILARITY, seed: int = 0) -> np.ndarray:
    """A group label per conversation (0..G-1, numbered by first occurrence). Each view is
    one text per conversation (say, the first user turn and all user turns); two
    conversations share a group when any of their views are near copies. (Streaming
    callers feed `minhash.RequestIndex` chunk by chunk instead; this is the same index.)"""
    n = len(views[0]) if views else 0
    if any(len(v) != n for v in views):
        raise ValueError("every view needs one text per conversation")
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    index = RequestIndex(len(views), min_similarity, seed)
    index.add(*[[normalise_request(t) for t in view] for view in views])
    return index.groups()


def request_views(conversation: Conversation) -> tuple[str, str]:
    """The two texts a conversation's request is recognised by: its first user turn and
    all its user turns."""
    turns = conversation.user_turns
    return (turns[0] if turns else ""), "\n".join(turns)


def pseudo_user_ids(user_ids: list[str], conversation_ids: list[str], groups: np.ndarray,
                    policy: MissingUserIdPolicy) -> list[str]:
    """Each empty user id replaced by the policy's pseudo-user; recorded ids unchanged."""
    out = []
    for user, conversation, group in zip(user_ids, conversation_ids, groups.tolist()):
        if user:
            out.append(user)
        elif policy is MissingUserIdPolicy.REQUEST:
            out.append(f"anon:request-{group}")
        elif policy is MissingUserIdPolicy.DAY:
            out.append("anon:day")
        else:
            out.append(f"anon:conversation-{conversation}")
    return out


def request_keys(user_ids: list[str] | np.ndarray, groups: list[int] | np.ndarray) -> list[str]:
    """The unit the conversation threshold counts: one per user and near-duplicate request,
    so a request repeated by one person counts once."""
    return [f"{user}\x1f{group}" for user, group in zip(user_ids, groups)]


@dataclass(frozen=True)
class UserIdentity:
    """Per conversation: the user id to count (recorded or pseudo), whether it was
    recorded, and its near-duplicate request group."""

    user_ids: list[str]
    recorded: list[bool]
    request_groups: np.ndarray


def identify_users(conversations: list[Conversation], policy: MissingUserIdPolicy) -> UserIdentity:
    """Request groups over the first user turn and all user turns, then pseudo-users for
    the conversations whose record has no user id."""
    views = [request_views(c) for c in conversations]
    groups = request_groups([v[0] for v in views], [v[1] for v in views])
    recorded = [bool(c.user_id) for c in conversations]
    users = pseudo_user_ids([c.user_id for c in conversations], [c.conversation_id for c in conversations],
                            groups, policy)
    return UserIdentity(users, recorded, groups)


def identity_metadata(policy: MissingUserIdPolicy, id_less: int, total: int) -> dict[str, str | int]:
    """How users were counted: the policy, how many records had no user id, and a warning
    when user counts are estimates (shown again in the explorer's footer)."""
    meta: dict[str, str | int] = {"missing_user_id_policy": policy.value, "conversations_without_user_id": id_less}
    if id_less and policy is not MissingUserIdPolicy.DAY:
        meta["user_counts_warning"] = (
            f"{id_less} of {total} conversations had no user id; they were counted by the '{policy.value}' policy, "
            "so unique-user counts are estimates" + (
                " (each such conversation is trusted to be a different person)"
                if policy is MissingUserIdPolicy.CONVERSATION else
                " (a repeated request counts as one user; different requests count as different users)"))
    return meta
