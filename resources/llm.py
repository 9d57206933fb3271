"""The LLM backend: one interface for every LLM stage, selected by CLIO_LLM_BACKEND.

`offline` (the default) is deterministic and needs no key or network. Every stage
takes and returns the same records whichever backend runs it.
"""
from __future__ import annotations

import dagster as dg
import numpy as np

from clio_assets.logic import facets as offline_facets
from clio_assets.logic import naming as offline_naming
from clio_assets.logic.facets import Facets
from clio_assets.logic.naming import GroupName
from clio_assets.logic.pii import scrub_text
from clio_assets.logic.pii_scan import find_pii
from clio_assets.logic.records import Conversation

BACKENDS = ("offline",)


class LLMBackend(dg.ConfigurableResource):
    backend: str = "offline"

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"CLIO_LLM_BACKEND={self.backend!r} is not available; choose one of {BACKENDS}")

    @property
    def model_id(self) -> str:
        return offline_facets.OFFLINE_MODEL

    def extract_facets(self, conversations: list[Conversation]) -> list[Facets]:
        """Facets per conversation; the text is scrubbed before the extractor sees it."""
        return offline_facets.extract_facets(conversations)

    def name_groups(self, texts: list[str], users: list[str], groups: np.ndarray, centroids: np.ndarray,
                    tasks: list[str], languages: list[str], min_term_users: int) -> list[GroupName]:
        """A name and two-sentence description per group, contrasted with its neighbours."""
        return offline_naming.name_groups(texts, users, groups, centroids, tasks, languages, min_term_users)

    def audit(self, texts: list[str]) -> list[tuple[int, str]]:
        """Privacy rating 1-5 (5 = fully general) and the text to publish ('' = withhold)."""
        out = []
        for text in texts:
            cleaned = scrub_text(text)
            if cleaned != text or find_pii(text):
                out.append((2, ""))
            else:
                out.append((5, text))
        return out
