"""The task facet reads foldable text lower-cased with each table's folded form, and gives exactly
what reading the text as written, ignoring case, gives (`facets/task.py`)."""
from __future__ import annotations

import json
import random
import re

import pytest

from clio_assets.facets import task
from clio_assets.facets.lexicons import DEFAULT_TASK, TASK_CUES, cue_pattern
from clio_assets.facets.offline import category_text
from clio_assets.shared import case_fold
from clio_assets.shared.word_gate import WordGate
from tests.conftest import shared_data


def as_written(text: str) -> str:
    """The reference: every table, as written, ignoring case, no gate."""
    tasks, written, _, _ = task._tables()
    best, best_pos = DEFAULT_TASK, len(text) + 1
    for name, pattern in zip(tasks, written):
        m = pattern.search(text)
        if m and m.start() < best_pos:
            best, best_pos = name, m.start()
    return best


@pytest.mark.parametrize(("cue", "form"), [
    ("Write", "write"), ("qu’est-ce", "qu’est-ce"), ("ı", "i"), ("ſ", "s"), ("Écris", None), ("翻译", "翻译"),
])
def test_a_cue_is_folded_to_what_it_matches_in_lower_cased_text(cue: str, form: str | None) -> None:
    assert case_fold.folded_form(cue) == form


@pytest.mark.parametrize(("text", "foldable"), [
    ("plain ASCII", True), ("it’s — fine 🙂", True), ("请翻译", True), ("", True),
    ("Écris un poème", False), ("İstanbul", False),
])
def test_foldable_texts_have_no_cased_letter_beyond_ascii(text: str, foldable: bool) -> None:
    assert case_fold.foldable(text) is foldable


HARD = ["TRANSLATE THIS INTO FRENCH", "Can you debug my code? It’s throwing an error — help", "yazi yaz", "Yazı yaz",
        "İstanbul hakkında bir şiir yaz", "ſummarize this", "Traduis ce texte en anglais", "请把这段话翻译成英文",
        "Write a poem, then summarise it", "what's the capital of France?", "", "Explain 🙂 recursion to me"]


def test_the_task_is_the_same_as_reading_the_text_as_written() -> None:
    results = [task.classify_task(t) for t in HARD]
    assert results == [as_written(t) for t in HARD]
    assert len(set(results)) >= 4  # the texts reach several tables


def test_the_same_on_real_traffic() -> None:
    path = shared_data("arena-even", "conversations.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [category_text([m["content"] for m in r["messages"] if m["role"] == "user"]) for r in rows]
    assert sum(map(case_fold.foldable, texts)) > len(texts) / 2
    assert [task.classify_task(t) for t in texts] == [as_written(t) for t in texts]


def test_the_earliest_cue_wins_when_later_tables_read_only_up_to_it() -> None:
    # cues of different tables in random order and joins, some glued so that a word boundary
    # decides: the tables read after a match stop after it, and must still give the full reading
    rng = random.Random(7)
    tasks, _, _, _ = task._tables()
    cues = [(name, cue) for name in tasks for cue in TASK_CUES[name]]
    texts = []
    for _ in range(3000):
        picked = [rng.choice(cues)[1] for _ in range(rng.randint(1, 4))]
        joins = [rng.choice([" ", "", "-", "x", ". ", "\n"]) for _ in picked]
        texts.append("".join(j + c for j, c in zip(joins, picked)))
    # each cue alone and glued to a word: a cue of an earlier table inside a longer one ("write"
    # in "how do i write") ends the search of the later table before the long cue's end
    texts += [f"{cue}{end}" for _, cue in cues for end in ("", "s", " now")]
    assert len({task.classify_task(t) for t in texts}) >= len(tasks) - 2  # the tables do compete
    assert [task.classify_task(t) for t in texts] == [as_written(t) for t in texts]


def test_a_later_tables_long_cue_holding_an_earlier_tables_cue_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    # no cue of the shipped tables holds an earlier table's cue; made-up tables where one does
    tables = (["write", "ask"], [cue_pattern(["write"], re.IGNORECASE), cue_pattern(["how do i write"], re.IGNORECASE)],
              [cue_pattern(["write"]), cue_pattern(["how do i write"])], len("how do i write"))
    monkeypatch.setattr(task, "_tables", lambda: tables)
    monkeypatch.setattr(task, "_gate", lambda: WordGate(tables[1]))
    assert task.classify_task("How do I write this?") == "ask"  # it starts first, and ends after "write" starts
    assert task.classify_task("how do i writes, then write") == "write"  # "writes" is not the cue
