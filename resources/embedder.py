"""The embedding model, as a resource so it can be swapped by configuration."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any

import dagster as dg
import numpy as np
import pyarrow as pa

from clio_assets.embeddings.areas import Ranked, embedded_and_ranked
from clio_assets.models.embedding import DEFAULT_MODEL, EMBED_BATCH, dimensions, embed_texts

# texts per executor chunk: a whole number of the model's batches, so that every executor
# embeds the same batches and returns the same vectors
CHUNK_TEXTS = 8 * EMBED_BATCH
Mapper = Callable[[Callable[[list[str]], Any], Iterable[list[str]]], Iterator[Any]]


class Embedder(dg.ConfigurableResource):
    """Sentence embeddings from a model shipped inside a wheel (no download)."""

    model: str = DEFAULT_MODEL

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_texts(texts, self.model)

    def embed_chunks(self, texts: list[str], mapper: Mapper) -> np.ndarray:
        """`embed`, chunk by chunk through `mapper` (an executor's map: workers run the model)."""
        chunks = [texts[i:i + CHUNK_TEXTS] for i in range(0, len(texts), CHUNK_TEXTS)]
        parts = list(mapper(partial(embed_texts, model=self.model), chunks))
        return np.vstack(parts) if parts else np.zeros((0, dimensions(self.model)), dtype=np.float32)

    def ranked_chunks(self, texts: pa.ChunkedArray, mapper: Mapper) -> Iterator[tuple[np.ndarray, Ranked, Ranked]]:
        """Chunk by chunk, in order, as the workers finish them: each chunk's vectors and each
        text's nearest broad areas and specific topics (embeddings/areas.py), ranked in the
        workers, so that the step holds a few chunks' vectors, not the day's."""
        chunks = (texts[i:i + CHUNK_TEXTS].to_pylist() for i in range(0, len(texts), CHUNK_TEXTS))
        return mapper(partial(embedded_and_ranked, model=self.model), chunks)
