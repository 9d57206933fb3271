"""Contrastive cluster naming with Claude (the Clio paper's design)."""
from __future__ import annotations

import numpy as np

from clio_assets.clusters.naming import GroupName
from clio_assets.llm.caller import LLMCaller, Request
from clio_assets.llm.prompts import load_prompt
from clio_assets.llm.tools import NAME
from clio_assets.privacy.pii.scrub import scrub_text

MAX_SAMPLES = 50


def _listing(texts: list[str]) -> str:
    return "\n".join(f"- {t}" for t in texts) or "- (none)"


def naming_requests(texts: list[str], vectors: np.ndarray, groups: np.ndarray, centroids: np.ndarray,
                    model: str, seed: int) -> list[Request]:
    """Per group: up to 50 sampled members and the 50 nearest non-members."""
    prompt = load_prompt("cluster_name")
    rng = np.random.default_rng(seed)
    requests = []
    for g in range(len(centroids)):
        inside = np.flatnonzero(groups == g)
        members = rng.choice(inside, size=min(MAX_SAMPLES, len(inside)), replace=False) if len(inside) else inside
        outside = np.flatnonzero(groups != g)
        nearest = outside[np.argsort(-(vectors[outside] @ centroids[g]), kind="stable")[:MAX_SAMPLES]]
        user = prompt.render(members=_listing([texts[i] for i in sorted(members)]),
                             contrast=_listing([texts[i] for i in nearest]))
        requests.append(Request("naming", model, prompt, user, NAME, 400))
    return requests


def name_groups(caller: LLMCaller, texts: list[str], vectors: np.ndarray, groups: np.ndarray,
                centroids: np.ndarray, model: str, seed: int) -> list[GroupName]:
    results = caller.call_many(naming_requests(texts, vectors, groups, centroids, model, seed))
    names = []
    for g, result in enumerate(results):
        if result.data is None:  # recorded in the ledger; the group keeps a neutral name
            names.append(GroupName(f"Unnamed group {g + 1}",
                                   "The naming step failed for this group; see metadata.", ()))
        else:
            names.append(GroupName(scrub_text(result.data["name"].strip()),
                                   scrub_text(result.data["description"].strip()), ()))
    return names
