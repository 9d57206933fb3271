"""Offline answers to custom enum facets: the option whose description (or examples) the request
summary is nearest to, with the pipeline's own multilingual embedding model; `other` when even
the nearest option is no closer than an unrelated description usually is.

The abstain threshold is calibrated per embedding model on text that is neither the
analysed data nor any evaluation set: the project's own taxonomy of assistant use
(embeddings/topics.yaml, written from public descriptions of how people use assistants).
For every example request there, its similarity to the descriptions of all *other* topics
is a sample of how close an unrelated option's description comes; the threshold is the
ABSTAIN_QUANTILE of those similarities, so an option that does not fit is taken in about 1
case out of 20. `python bench/custom_facets.py --calibrate` recomputes it
(custom_abstain.yaml); docs/custom_facets.md explains the choice.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from clio_assets.facets.custom import OTHER, CustomFacets
from clio_assets.facets.offline import Facets
from clio_assets.models.embedding import label_similarity

THRESHOLDS = Path(__file__).with_name("custom_abstain.yaml")
ABSTAIN_QUANTILE = 0.95
Embed = Callable[[list[str]], np.ndarray]


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, float]:
    data = yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["thresholds"].items()}


def abstain_threshold(model: str) -> float:
    known = _thresholds()
    if model not in known:
        raise ValueError(f"no abstain threshold is calibrated for the embedding model {model!r} (custom facets "
                         f"offline know {', '.join(sorted(known))}): run python bench/custom_facets.py --calibrate")
    return known[model]


def calibrate(descriptions: list[str], examples: list[tuple[str, ...]], embed: Embed,
              quantile: float = ABSTAIN_QUANTILE) -> float:
    """The `quantile` of the similarity between each label's example requests and the
    descriptions of every other label (see the module doc)."""
    owner = np.array([i for i, texts in enumerate(examples) for _ in texts])
    requests = embed([t for texts in examples for t in texts])
    similarity = label_similarity(requests, [(d,) for d in descriptions], embed)
    unrelated = similarity[owner[:, None] != np.arange(len(descriptions))[None, :]]
    return round(float(np.quantile(unrelated, quantile)), 4)


def enum_answers(custom: CustomFacets, vectors: np.ndarray, embed: Embed, threshold: float) -> dict[str, list[str]]:
    """column -> each request's answer, for every enum facet (`vectors`: the request summaries)."""
    out = {}
    for facet in custom.facets:
        if facet.type != "enum":
            continue
        names = list(facet.options)
        scores = label_similarity(vectors, [o.texts for o in facet.options.values()], embed)
        best = scores.argmax(axis=1) if len(names) and len(vectors) else np.zeros(len(vectors), dtype=int)
        out[facet.column] = [names[b] if s[b] >= threshold else OTHER for b, s in zip(best.tolist(), scores)]
    return out


def custom_columns(custom: CustomFacets, facets: list[Facets], embed: Embed, embed_many: Embed,
                   model: str) -> dict[str, pd.api.extensions.ExtensionArray | list]:
    """column -> value per conversation: the LLM's answer where it gave one; otherwise (the
    offline backend, or a conversation whose LLM answer never became valid) the embedding
    answer of an enum facet, and no value (null) for integer and text facets."""
    answered = [dict(f.custom) for f in facets]
    columns: dict[str, list] = {f.column: [a.get(f.column) for a in answered] for f in custom.facets}
    todo = [i for i, a in enumerate(answered) if not a]
    if todo and any(f.type == "enum" for f in custom.facets):
        vectors = embed_many([facets[i].request for i in todo])  # the summaries facet_embeddings embeds
        for column, values in enum_answers(custom, vectors, embed, abstain_threshold(model)).items():
            for i, value in zip(todo, values):
                columns[column][i] = value
    return {f.column: pd.array(columns[f.column], dtype="Int64") if f.type == "integer" else columns[f.column]
            for f in custom.facets}
