"""Broad areas of assistant use (areas.yaml), matched to requests and groups by embedding.

A group is given an area only where its members agree: each member's request vector is
compared with every area's description and example requests (embedded with the pipeline's
own model, so the match works in every language it embeds; an area scores its closest
text), the members' three nearest areas vote, and the winner must be among the three
nearest of at least `AGREEMENT` of the members. Otherwise the group has no area and is
named from its members' shared wording alone.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

DATA = Path(__file__).with_name("areas.yaml")
AGREEMENT = 0.5  # share of a group's members that have the group's area among their nearest three


@dataclass(frozen=True)
class Area:
    name: str
    description: str
    examples: tuple[str, ...]

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.description, *self.examples)


@lru_cache(maxsize=1)
def areas() -> tuple[Area, ...]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return tuple(Area(str(a["name"]), str(a["description"]), tuple(map(str, a.get("examples", ()))))
                 for a in data["areas"])


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def ranked_areas(vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray], top: int = 3) -> list[tuple[str, ...]]:
    """The `top` nearest area names of each request vector, nearest first (an area scores
    the closest of its description and examples)."""
    known = areas()
    if len(vectors) == 0:
        return []
    texts = [t for a in known for t in a.texts]
    owner = np.array([i for i, a in enumerate(known) for _ in a.texts])
    text_vectors = _normalised(np.asarray(embed(texts), dtype=np.float32))
    similarity = _normalised(np.asarray(vectors, dtype=np.float32)) @ text_vectors.T
    best = np.full((len(vectors), len(known)), -np.inf, dtype=np.float32)
    for i in range(len(known)):
        best[:, i] = similarity[:, owner == i].max(axis=1)
    order = np.argsort(-best, axis=1, kind="stable")[:, :top]
    return [tuple(known[j].name for j in row) for row in order.tolist()]


def group_area(ranked: list[tuple[str, ...]], members: np.ndarray) -> str | None:
    """The area a group's members agree on: the best by a rank vote over each member's
    nearest areas (3 points for the nearest, 2, 1), kept only when at least AGREEMENT of
    the members have it among their nearest areas."""
    if not ranked or not len(members):
        return None
    points: dict[str, int] = {}
    for i in members.tolist():
        for rank, name in enumerate(ranked[i]):
            points[name] = points.get(name, 0) + len(ranked[i]) - rank
    best = max(sorted(points), key=lambda name: points[name])
    agree = sum(best in ranked[i] for i in members.tolist())
    return best if agree >= AGREEMENT * len(members) else None
