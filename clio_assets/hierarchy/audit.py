"""Privacy layer 4 on the hierarchy: every name and description is audited, and text
that fails, or that repeats a conversation's own summary or an id, is replaced by a safer
wording: the node's broad area or most common task (fixed, general text, audited too),
so that withholding never blanks a node; "Name withheld" only when that fails as well.
The replacement is recorded in the node's `name_note`."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from checks.published_guard import Secrets, find_leaks

if TYPE_CHECKING:
    from resources.llm import LLMBackend

WITHHELD_NAME = "Name withheld by privacy audit"
WITHHELD_DESCRIPTION = "The wording of this group's name was withheld by the privacy audit; its counts are shown."


def safer_description(fallback: str) -> str:
    return (f"Requests in the area of {fallback.lower()}. A more specific name and description were withheld "
            "by the privacy audit; the counts are shown.")


def _replace(nodes: pd.DataFrame, rows: list[int], safe: dict[int, bool], why: str) -> None:
    for row in rows:
        fallback = str(nodes.at[row, "fallback_name"])
        if fallback and safe.get(row, False):
            nodes.at[row, "name"], nodes.at[row, "description"] = fallback, safer_description(fallback)
            nodes.at[row, "name_note"] = f"{why}: replaced by the node's broad area or task"
        else:
            nodes.at[row, "name"], nodes.at[row, "description"] = WITHHELD_NAME, WITHHELD_DESCRIPTION
            nodes.at[row, "name_note"] = f"{why}: withheld (no safe replacement)"
        nodes.at[row, "terms"] = []


def _safe_fallbacks(nodes: pd.DataFrame, rows: list[int], llm: LLMBackend) -> dict[int, bool]:
    """Which rows' replacement wording passes the same audit."""
    if not rows:
        return {}
    fallbacks = [str(nodes.at[r, "fallback_name"]) for r in rows]
    names = llm.audit(fallbacks)
    descriptions = llm.audit([safer_description(f) for f in fallbacks])
    return {r: bool(n and d) for r, (_, n), (_, d) in zip(rows, names, descriptions)}


def withhold_copied_text(nodes: pd.DataFrame, secrets: Secrets, llm: LLMBackend) -> pd.DataFrame:
    """A name or description that repeats a conversation's own summary or an id is
    replaced (the published-tier guard would otherwise block the whole table)."""
    nodes = nodes.reset_index(drop=True)
    rows = sorted({leak["row"] for leak in find_leaks(nodes[["name", "description", "terms"]], secrets)})
    _replace(nodes, rows, _safe_fallbacks(nodes, rows, llm), "repeated a request or an id")
    for row in rows:
        nodes.at[row, "audit_score"] = 1
    return nodes


def audit_nodes(nodes: pd.DataFrame, llm: LLMBackend) -> pd.DataFrame:
    """Layer 4: rate every name/description; failing text is replaced, not published."""
    nodes = nodes.reset_index(drop=True)
    names = llm.audit(nodes.name.tolist())
    descriptions = llm.audit(nodes.description.tolist())
    nodes["audit_score"] = [min(a, b) for (a, _), (b, _) in zip(names, descriptions)]
    failed = [i for i, ((_, n), (_, d)) in enumerate(zip(names, descriptions)) if not n or not d]
    _replace(nodes, failed, _safe_fallbacks(nodes, failed, llm), "failed the privacy audit")
    return nodes
