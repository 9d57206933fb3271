"""A generic taxonomy of assistant use, matched to requests and groups by embedding.

Two levels, written from public descriptions of how people use chat assistants (see the
data files' headers), never from the data clio analyses: broad `areas` (areas.yaml) and
specific `topics` under them (topics.yaml). Each label has a description and a few
example requests; a request's similarity to a label is that of the closest of those
texts, embedded with the pipeline's own multilingual model.

A group is given a label only where its members agree: the members' three nearest labels
vote (3 points for the nearest, 2, 1), and the winner must be among the three nearest of
at least `AGREEMENT` of the members. Labels are fixed public text, so a name made of them
carries nothing any user wrote.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from clio_assets.models.embedding import embed_texts, label_similarity

HERE = Path(__file__).parent
LEVELS = {"areas": HERE / "areas.yaml", "topics": HERE / "topics.yaml"}
AGREEMENT = 0.5  # share of a group's members that have the group's label among their nearest three
MIX_SHARE = 0.2  # an area names a mixed group when at least this share of its members are nearest to it
TOP = 3


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    examples: tuple[str, ...]
    area: str  # a topic's broad area; an area's own name

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.description, *self.examples)


@lru_cache(maxsize=2)
def labels(level: str) -> tuple[Label, ...]:
    data = yaml.safe_load(LEVELS[level].read_text(encoding="utf-8"))
    return tuple(Label(str(x["name"]), str(x["description"]), tuple(map(str, x.get("examples", ()))),
                       str(x.get("area", x["name"]))) for x in data[level])


def areas() -> tuple[Label, ...]:
    return labels("areas")


def ranked_labels(vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray], level: str,
                  top: int = TOP) -> list[tuple[str, ...]]:
    """The `top` nearest label names of each request vector, nearest first."""
    known = labels(level)
    if len(vectors) == 0:
        return []
    best = label_similarity(vectors, [label.texts for label in known], embed)
    order = np.argsort(-best, axis=1, kind="stable")[:, :top]
    return [tuple(known[j].name for j in row) for row in order.tolist()]


def ranked_areas(vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray]) -> list[tuple[str, ...]]:
    return ranked_labels(vectors, embed, "areas")


def ranked_topics(vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray]) -> list[tuple[str, ...]]:
    return ranked_labels(vectors, embed, "topics")


Ranked = list[tuple[str, ...]]


@lru_cache(maxsize=8)
def _label_vectors(texts: tuple[str, ...], model: str) -> np.ndarray:
    return embed_texts(list(texts), model)


def embedded_and_ranked(texts: list[str], model: str) -> tuple[np.ndarray, Ranked, Ranked]:
    """One chunk of requests (run by a worker): their vectors, and each one's nearest areas and
    topics. The labels' own texts are embedded once per process, not once per chunk."""
    vectors = embed_texts(texts, model)

    def embed(label_texts: list[str]) -> np.ndarray:
        return _label_vectors(tuple(label_texts), model)

    return vectors, ranked_areas(vectors, embed), ranked_topics(vectors, embed)


def agreed_labels(ranked: list[tuple[str, ...]], members: np.ndarray, agreement: float = AGREEMENT) -> list[str]:
    """The labels a group's members agree on, best first: ordered by the rank vote, each
    among the three nearest of at least `agreement` of the members."""
    if not ranked or not len(members):
        return []
    points: dict[str, int] = {}
    holders: dict[str, int] = {}  # members with the label among their nearest
    for i in members.tolist():
        for rank, name in enumerate(ranked[i]):
            points[name] = points.get(name, 0) + len(ranked[i]) - rank
        for name in set(ranked[i]):
            holders[name] = holders.get(name, 0) + 1
    return [name for name in sorted(sorted(points), key=lambda name: -points[name])
            if holders[name] >= agreement * len(members)]


def group_area(ranked: list[tuple[str, ...]], members: np.ndarray) -> str | None:
    """The label a group's members agree on (see the module doc), or None."""
    labels_ = agreed_labels(ranked, members)
    return labels_[0] if labels_ else None


def area_mix(ranked: list[tuple[str, ...]], members: np.ndarray, max_words: int = 8) -> str | None:
    """For a group whose members agree on no single area: its two most common nearest areas
    ("Science explanations, general knowledge questions") when each holds at least
    MIX_SHARE of the members, or the most common one alone; None when none does."""
    if not ranked or not len(members):
        return None
    counts: dict[str, int] = {}
    for i in members.tolist():
        if ranked[i]:
            counts[ranked[i][0]] = counts.get(ranked[i][0], 0) + 1
    top = sorted(counts, key=lambda name: (-counts[name], name))[:2]
    top = [name for name in top if counts[name] >= MIX_SHARE * len(members)]
    if len(top) == 2:
        both = f"{top[0]}, {top[1][:1].lower()}{top[1][1:]}"
        return both if len(both.split()) <= max_words else top[0]
    return top[0] if top else None
