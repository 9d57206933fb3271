"""Generic descriptions of harmful and of ordinary requests, for the semantic part of the
offline concern score: a text is compared with both sets in the embedding space and
the margin (closest harm minus closest ordinary request) orders texts within a level.

Written as plain descriptions of each harm category of `harm_lexicon` and of everyday
assistant use; none is taken from an evaluation set. The descriptions are data:
``data/prototypes.yaml``.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from clio_assets.facets.harm import read_data

_DATA = read_data("prototypes")
HARMFUL: tuple[str, ...] = tuple(_DATA["harmful"])
ORDINARY: tuple[str, ...] = tuple(_DATA["ordinary"])
del _DATA  # both lists have their public names now


@lru_cache(maxsize=1)
def _prototype_vectors() -> tuple[np.ndarray, np.ndarray]:
    from clio_assets.models.embedding import WORDLLAMA, embed_texts

    return embed_texts(list(HARMFUL), WORDLLAMA), embed_texts(list(ORDINARY), WORDLLAMA)


def semantic_margins(texts: list[str], top: int = 3) -> np.ndarray:
    """Per text: mean cosine to its `top` closest harm descriptions minus the same for
    ordinary requests, in [-1, 1]; positive means closer to harm."""
    from clio_assets.models.embedding import WORDLLAMA, embed_texts

    if not texts:
        return np.zeros(0, dtype=np.float32)
    harm, ordinary = _prototype_vectors()
    vectors = embed_texts(texts, WORDLLAMA)  # the margins were calibrated on wordllama
    near_harm = np.sort(vectors @ harm.T, axis=1)[:, -top:].mean(axis=1)
    near_ordinary = np.sort(vectors @ ordinary.T, axis=1)[:, -top:].mean(axis=1)
    return np.clip(near_harm - near_ordinary, -1.0, 1.0).astype(np.float32)
