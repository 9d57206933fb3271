"""Sentence embeddings from a model shipped inside a PyPI wheel (no hub download).

Default: wordllama's 256-d `l2_supercat` weights, which live in the wordllama wheel.
`WordLlama.load()` would try the hub unless pointed at its own package folder with
downloads disabled.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

DEFAULT_MODEL = "wordllama-l2_supercat-256"
EMBED_BATCH = 2048


@lru_cache(maxsize=4)
def _wordllama(dim: int):
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(config="l2_supercat", dim=dim, cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed_texts(texts: list[str], model: str = DEFAULT_MODEL) -> np.ndarray:
    """L2-normalised float32 embeddings, one row per text, in input order."""
    if model != DEFAULT_MODEL:
        raise ValueError(f"unknown embedding model {model!r}; available: {DEFAULT_MODEL}")
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    wl = _wordllama(256)
    chunks = [wl.embed(texts[i:i + EMBED_BATCH], norm=True) for i in range(0, len(texts), EMBED_BATCH)]
    vectors = np.vstack(chunks).astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def language_centered(vectors: np.ndarray, languages: list[str], min_group: int = 20) -> np.ndarray:
    """Subtract each language's mean vector (languages with >= min_group texts), then
    re-normalise. An English-centric model places each language in its own region;
    removing that offset lets topic similarity count for more across languages
    (cf. Libovický et al., 2020, on language-neutral representations)."""
    centered = vectors.astype(np.float32).copy()
    langs = np.asarray(languages)
    for lang in np.unique(langs):
        mask = langs == lang
        if mask.sum() >= min_group:
            centered[mask] -= centered[mask].mean(axis=0)
    norms = np.linalg.norm(centered, axis=1, keepdims=True)
    return centered / np.where(norms == 0, 1.0, norms)
