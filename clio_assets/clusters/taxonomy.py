"""Broad areas of assistant use (taxonomy.yaml), matched to groups by embedding.

A group is given an area only where its members agree: each member's request vector is
compared with every area's description and example requests (embedded with the pipeline's
own model, so the match works in every language it embeds; an area scores its closest
text), and the group's most frequent nearest area must hold at least `AGREEMENT` of its
members. Otherwise the group has no area and is
named from its members' shared wording alone.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

DATA = Path(__file__).with_name("taxonomy.yaml")
AGREEMENT = 0.4  # share of a group's members whose nearest area is the group's area


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


def nearest_areas(vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """Index of the nearest area of each request vector."""
    known = areas()
    if len(vectors) == 0:
        return np.zeros(0, dtype=np.int64)
    texts = [t for a in known for t in a.texts]
    owner = np.array([i for i, a in enumerate(known) for _ in a.texts])
    text_vectors = _normalised(np.asarray(embed(texts), dtype=np.float32))
    similarity = _normalised(np.asarray(vectors, dtype=np.float32)) @ text_vectors.T
    best = np.full((len(vectors), len(known)), -np.inf, dtype=np.float32)
    for i in range(len(known)):  # an area scores the closest of its texts
        best[:, i] = similarity[:, owner == i].max(axis=1)
    return np.argmax(best, axis=1)


def group_areas(nearest: np.ndarray, groups: np.ndarray, n_groups: int) -> list[str | None]:
    """Per group, the area most of its members are nearest to, or None where fewer than
    AGREEMENT of them agree."""
    names = [a.name for a in areas()]
    out: list[str | None] = []
    for g in range(n_groups):
        members = nearest[groups == g]
        if len(members) == 0:
            out.append(None)
            continue
        counts = np.bincount(members, minlength=len(names))
        best = int(np.argmax(counts))
        out.append(names[best] if counts[best] >= AGREEMENT * len(members) else None)
    return out
