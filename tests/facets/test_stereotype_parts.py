"""The stereotype intent read alternative by alternative gives the whole pattern's answer."""
from __future__ import annotations

import json
import re

import pytest

from clio_assets.demo.generator import iter_conversations
from clio_assets.facets import concern, offline
from clio_assets.facets.harm import intent
from tests.conftest import shared_data

WHOLE = re.compile(intent.STEREOTYPE.pattern)  # as the concern score reads it: on lower-cased text


def _read(text: str) -> tuple[bool, bool]:
    """(the gate and the alternatives' answer, the whole pattern's answer) on the lowered text."""
    lower = text.lower()
    out = concern._ruled_out(text, concern._lowercase_gate()[1].candidates(lower))
    return "stereotype" not in out and concern._stereotyped(lower, out), bool(WHOLE.search(lower))

# one text per alternative of STEREOTYPE (in order), then near misses that need the other parts
MATCHES = [
    "why are all women so emotional about everything",
    "i think immigrants are mostly lazy people",
    "lazy as always, those immigrants",
    "are men smarter than women? men are smarter than women",
    "is it true that all muslims are violent? all muslims are like that",
    "why do boomers hate avocado toast",
    "isn't it true that millennials are always on their phones",
]
NEAR_MISSES = [
    "why is the sky blue", "women in science: a history", "lazy loading in react", "better than nothing",
    "all tests pass", "every student should read this", "typical day in rome", "",
    "why\nare women", "THAN", "x" * 5000 + " women are lazy", "why are students\n\nso lazy",
]


def test_the_parts_are_the_whole_pattern() -> None:
    assert intent.STEREOTYPE.pattern == "|".join(alternative for _, alternative in intent.STEREOTYPE_PARTS)


@pytest.mark.parametrize("index", range(len(MATCHES)))
def test_each_alternative_is_read(index: int) -> None:
    text = MATCHES[index]
    assert re.compile(intent.STEREOTYPE_PARTS[index][1]).search(text)  # the case reaches its own alternative
    assert concern._stereotyped(text, frozenset())
    assert _read(text) == (True, True)
    needs = {need for need, _ in intent.STEREOTYPE_PARTS if need}
    assert needs == {name.split(":")[1] for name in intent.NEEDS if name.startswith("stereotype:")}


@pytest.mark.parametrize("text", NEAR_MISSES + MATCHES)
def test_the_split_gives_the_whole_patterns_answer(text: str) -> None:
    split, whole = _read(text)
    assert split == whole
    assert concern._stereotyped(text.lower(), frozenset()) == whole  # the alternatives alone, every one run


def test_the_split_gives_the_whole_patterns_answer_on_generated_traffic() -> None:
    records = [record for record, _ in iter_conversations("2026-01-05", 600, 200, seed=11)]
    texts = [offline.category_text([m["content"] for m in r["messages"] if m["role"] == "user"]) for r in records]
    texts += [f"{t} {MATCHES[i % len(MATCHES)]}" for i, t in enumerate(texts[:100])]  # matches after real text
    answers = [_read(t) for t in texts]
    assert sum(whole for _, whole in answers) >= 80  # all but the alternative anchored at the text's start
    assert all(split == whole for split, whole in answers)


def test_the_split_gives_the_whole_patterns_answer_on_real_traffic() -> None:
    path = shared_data("arena-even", "conversations.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [offline.category_text([m["content"] for m in r["messages"] if m["role"] == "user"]) for r in rows]
    texts += [t.replace("the ", "all immigrants are lazy and ") for t in texts[:300]]  # matches inside real text
    answers = [_read(t) for t in texts]
    assert sum(whole for _, whole in answers) >= 100
    assert all(split == whole for split, whole in answers)
