"""Published-tier guard: a published table may hold aggregates only. No published string
may equal or contain a restricted-tier request summary, conversation id or user id.

Runs before a published table is written: a table that fails is not written at all
(the blocking check then also stops everything downstream of it)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import dagster as dg
import pandas as pd

GUARD_CHECK = "published_tier_guard"
WINDOW = 16  # summaries are matched by their first WINDOW characters, then in full
MIN_EQUAL_LEN = 8
_TOKEN = re.compile(r"[\w:.@+-]+")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Secrets:
    ids: frozenset[str]  # conversation ids and user ids
    summaries: frozenset[str]  # normalised request summaries


def restricted_secrets(raw: pd.DataFrame, facets: pd.DataFrame) -> Secrets:
    ids = {str(x) for x in raw.conversation_id} | {str(x) for x in raw.user_id}
    summaries = {_norm(s) for s in facets.request if len(_norm(s)) >= MIN_EQUAL_LEN}
    return Secrets(frozenset(ids), frozenset(summaries))


def strings_of(frame: pd.DataFrame) -> list[tuple[str, int, str]]:
    """(column, row position, value) for every string cell, including strings in lists."""
    out: list[tuple[str, int, str]] = []
    for column in frame.columns:
        for row, value in enumerate(frame[column]):
            if isinstance(value, str):
                out.append((str(column), row, value))
            elif isinstance(value, (list, tuple)):
                out.extend((str(column), row, v) for v in value if isinstance(v, str))
    return out


def find_leaks(frame: pd.DataFrame, secrets: Secrets) -> list[dict]:
    """Every cell that equals or contains a secret; reports where, never the value."""
    cells = strings_of(frame)
    windows: dict[str, list[int]] = {}
    normed = [_norm(v) for _, _, v in cells]
    for i, text in enumerate(normed):
        for start in range(max(0, len(text) - WINDOW + 1)):
            windows.setdefault(text[start:start + WINDOW], []).append(i)
    leaks: dict[int, str] = {}
    for summary in secrets.summaries:
        for i in windows.get(summary[:WINDOW], []) if len(summary) >= WINDOW else []:
            if summary in normed[i]:
                leaks[i] = "contains a request summary"
    for i, text in enumerate(normed):
        if text in secrets.summaries:
            leaks[i] = "equals a request summary"
        elif any(token in secrets.ids for token in _TOKEN.findall(cells[i][2])):
            leaks[i] = "contains a conversation or user id"
    return [{"column": cells[i][0], "row": cells[i][1], "reason": reason} for i, reason in sorted(leaks.items())]


def guard_check(frame: pd.DataFrame, secrets: Secrets) -> dg.AssetCheckResult:
    leaks = find_leaks(frame, secrets)
    return dg.AssetCheckResult(
        check_name=GUARD_CHECK, passed=not leaks, severity=dg.AssetCheckSeverity.ERROR,
        metadata={"strings_checked": len(strings_of(frame)), "leaks": len(leaks),
                  "leak_locations": dg.MetadataValue.json(leaks[:20])},
    )


def guard_spec(asset: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(GUARD_CHECK, asset=asset, blocking=True,
                             description="No published string equals or contains a restricted summary, id or user id; "
                                         "a failing table is not written.")
