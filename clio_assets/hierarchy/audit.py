"""Privacy layer 4 on the hierarchy: every name and description is audited, and text
that fails, or that repeats a conversation's own summary or an id, is replaced."""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from checks.published_guard import Secrets, find_leaks

if TYPE_CHECKING:
    from resources.llm import LLMBackend

WITHHELD_NAME = "Name withheld by privacy audit"
WITHHELD_DESCRIPTION = "The wording of this group's name was withheld by the privacy audit; its counts are shown."


def withhold_copied_text(nodes: pd.DataFrame, secrets: Secrets) -> pd.DataFrame:
    """A name or description that repeats a conversation's own summary or an id is
    replaced (the published-tier guard would otherwise block the whole table)."""
    nodes = nodes.reset_index(drop=True)
    rows = sorted({leak["row"] for leak in find_leaks(nodes[["name", "description", "terms"]], secrets)})
    for row in rows:
        nodes.at[row, "name"], nodes.at[row, "description"] = WITHHELD_NAME, WITHHELD_DESCRIPTION
        nodes.at[row, "terms"], nodes.at[row, "audit_score"] = [], 1
    return nodes


def audit_nodes(nodes: pd.DataFrame, llm: LLMBackend) -> pd.DataFrame:
    """Layer 4: rate every name/description; failing text is replaced, not published."""
    nodes = nodes.copy()
    names = llm.audit(nodes.name.tolist())
    descriptions = llm.audit(nodes.description.tolist())
    nodes["audit_score"] = [min(a, b) for (a, _), (b, _) in zip(names, descriptions)]
    failed = np.array([not n or not d for (_, n), (_, d) in zip(names, descriptions)], dtype=bool)
    nodes.loc[failed, "name"] = WITHHELD_NAME
    nodes.loc[failed, "description"] = WITHHELD_DESCRIPTION
    return nodes
