"""The task facet reads foldable text lower-cased with each table's folded form, and gives exactly
what reading the text as written, ignoring case, gives (`facets/task.py`)."""
from __future__ import annotations

import json

import pytest

from clio_assets.facets import task
from clio_assets.facets.lexicons import DEFAULT_TASK
from clio_assets.facets.offline import category_text
from clio_assets.shared import case_fold
from tests.conftest import shared_data


def as_written(text: str) -> str:
    """The reference: every table, as written, ignoring case, no gate."""
    tasks, written, _ = task._tables()
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
