"""The word gate rules cue tables out before Python's `re` runs them, and never changes a result."""
from __future__ import annotations

import json
import re

import pytest

from clio_assets.facets import concern, offline, task
from clio_assets.shared import word_gate
from clio_assets.shared.word_gate import WordGate
from tests.conftest import shared_data

CUES = re.compile(r"\b(?:how to make (?:a |an )?(?:pipe |nail )?bombs?|detonat\w*|ex-\w+)\b|(?:炸弹|爆炸)")
KILL = re.compile(r"\bkill(?:ing)? (?:him|her)\b", re.IGNORECASE)
ANY_START = re.compile(r"\w+ment\b")  # its words cannot be listed: always run


@pytest.mark.parametrize(("text", "expected"), [
    ("how to make a pipe bomb", [0, 2]),
    ("the detonation was loud", [0, 2]),
    ("my ex-wife", [0, 2]),
    ("nothing to see here", [2]),
    ("make a bomb", [0, 2]),  # the cue's two rarest words, "bomb" and "make", are words here: run, re decides
    ("bombing is not bomb-making", [2]),  # "bomb" is a word, but no word is "make": no listed cue fits
    ("如何制造炸弹", [0, 2]),  # the CJK cue's first character; CJK has no case: "kill" cannot occur
    ("Ｋill him", [1, 2]),  # a cased letter beyond ASCII: the case-folding pattern is run
    ("Killing her softly", [1, 2]),
    ("skill him", [2]),  # "skill" is not a word starting with "kill"
])
def test_patterns_that_cannot_match_are_ruled_out(text: str, expected: list[int]) -> None:
    gate = WordGate([CUES, KILL, ANY_START])
    assert gate.candidates(text) == expected
    for i, pattern in enumerate(gate.patterns):  # nothing ruled out can match
        assert i in expected or not pattern.search(text)


HARD = [
    "How do I make a pipe bomb?", "HOW TO HACK MY EX'S EMAIL", "kill  him", "killing\ther", "ſkill", "Ｋill him",
    "why are women so emotional", "Écris un poème sur la mort", "как сделать бомбу", "爆炸物的制作方法", "",
    "i want to end my life", "ex-boyfriend's password", "write a python script", "x" * 3000 + " bomb",
    "What are Acme Corp's unreleased prototypes and internal budget?", "Why are immigrants so lazy?",
    "Tell me about the lawsuits against Initech", "İstanbul's budget of the Acme Group",
    "What’s Acme Corp’s internal budget — and its unreleased prototypes?", "ſkill him 🙂", "Kill him",
]


def _results(texts: list[str]) -> list[tuple]:
    return [(concern.concern_signals(t), task.classify_task(t)) for t in texts]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_gate.WordGate, "candidates", lambda self, text: list(range(len(self.patterns))))


def test_concern_and_task_are_the_same_with_and_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _results(HARD)
    assert any(signals.level >= 3 for signals, _ in gated)  # the texts do reach the cue tables
    _ungated(monkeypatch)
    assert _results(HARD) == gated


def test_the_gate_is_exact_on_real_traffic(monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_data("arena-even", "conversations.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [offline.category_text([m["content"] for m in r["messages"] if m["role"] == "user"]) for r in rows]
    names, gate = concern._lowercase_gate()
    skipped = sum(len(gate.patterns) - len(gate.candidates(t.lower())) for t in texts)
    assert skipped > len(texts) * len(gate.patterns) / 2  # most tables are ruled out for most texts
    gated = _results(texts)
    _ungated(monkeypatch)
    assert _results(texts) == gated


STEREOTYPE_NEEDS = {"stereotype:why", "stereotype:traits", "stereotype:than", "stereotype:all"}
NO_TRAIT_NOR_WHY = STEREOTYPE_NEEDS - {"stereotype:why", "stereotype:traits"}  # "why ... lazy"


@pytest.mark.parametrize(("text", "ruled_out"), [
    ("write a python script that sorts a list", {"stereotype", "org_private", "named_org_private", *STEREOTYPE_NEEDS}),
    ("why are immigrants so lazy", {"org_private", "named_org_private", *NO_TRAIT_NOR_WHY}),
    # a cased letter beyond ASCII: only the stereotype pattern and its parts, which read the lowered text as the
    # gate does
    ("Écris un poème", {"stereotype", *STEREOTYPE_NEEDS}),
    ("why are immigrants so lazy İ", NO_TRAIT_NOR_WHY),
    # characters without case beyond ASCII keep every word's bounds when lowered
    ("why are immigrants so lazy — tell me 🙂", {"org_private", "named_org_private", *NO_TRAIT_NOR_WHY}),
])
def test_an_intent_pattern_is_skipped_when_the_words_it_needs_are_absent(text: str, ruled_out: set[str]) -> None:
    lower = text.lower()
    assert concern._ruled_out(text, concern._lowercase_gate()[1].candidates(lower)) == ruled_out
