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


def _fewer_terms(nodes: pd.DataFrame, rows: list[int], llm: LLMBackend) -> dict[int, tuple[str, str]]:
    """For a failing name made of several terms ("Joke, poem, play"): the terms that pass
    the audit on their own, if the shorter name and a description of only those terms pass
    too. Fewer, more common words before the broad area: flagged words are dropped, never
    reworded, and leave the description with them."""
    parts = {r: [t.strip() for t in str(nodes.at[r, "name"]).split(",") if t.strip()] for r in rows}
    parts = {r: p for r, p in parts.items() if len(p) > 1}
    if not parts:
        return {}
    alone = [t[:1].upper() + t[1:] for p in parts.values() for t in p]  # as the term would open a name
    verdicts = iter(llm.audit(alone))
    shorter: dict[int, tuple[str, str]] = {}
    for r, p in parts.items():
        kept = [t for t in p if next(verdicts)[1]]
        if 0 < len(kept) < len(p):
            phrase = ", ".join(kept)
            shorter[r] = (phrase[:1].upper() + phrase[1:], f"Requests about {phrase.lower()}.")
    names = llm.audit([n for n, _ in shorter.values()])
    descriptions = llm.audit([d for _, d in shorter.values()])
    return {r: nd for (r, nd), (_, n), (_, d) in zip(shorter.items(), names, descriptions) if n and d}


def audit_nodes(nodes: pd.DataFrame, llm: LLMBackend) -> pd.DataFrame:
    """Layer 4: rate every name/description; failing text is replaced, not published."""
    nodes = nodes.reset_index(drop=True)
    names = llm.audit(nodes.name.tolist())
    descriptions = llm.audit(nodes.description.tolist())
    nodes["audit_score"] = [min(a, b) for (a, _), (b, _) in zip(names, descriptions)]
    failed = [i for i, ((_, n), (_, d)) in enumerate(zip(names, descriptions)) if not n or not d]
    for row, (name, description) in _fewer_terms(nodes, failed, llm).items():
        nodes.at[row, "name"], nodes.at[row, "description"] = name, description
        nodes.at[row, "name_note"] = "failed the privacy audit: flagged words dropped"
        nodes.at[row, "terms"] = [t.strip().lower() for t in name.split(",")]
        failed.remove(row)
    _replace(nodes, failed, _safe_fallbacks(nodes, failed, llm), "failed the privacy audit")
    return nodes
