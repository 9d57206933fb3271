"""The embedding model, as a resource so it can be swapped by configuration."""
from __future__ import annotations

import dagster as dg
import numpy as np

from clio_assets.models.embedding import DEFAULT_MODEL, embed_texts


class Embedder(dg.ConfigurableResource):
    """Sentence embeddings from a model shipped inside a wheel (no download)."""

    model: str = DEFAULT_MODEL

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_texts(texts, self.model)
