"""The languages facet: fastText where it is sure, lingua for the rest (`facets/languages.py`)."""
from __future__ import annotations

import json

import pytest

from clio_assets.facets import languages as L
from tests.conftest import shared_data


@pytest.mark.parametrize(("text", "code"), [
    ("Could you help me write a cover letter for a nursing job?", "en"),
    ("¿Me puedes explicar cómo funciona la fotosíntesis?", "es"),
    ("Écris-moi un poème sur la mer et le vent, s'il te plaît.", "fr"),
    ("Wie kann ich meine Steuererklärung online einreichen?", "de"),
    ("Как приготовить борщ без мяса?", "ru"),
    ("请帮我写一封感谢信给我的老师。", "zh"),
    ("明日の天気はどうなりますか？", "ja"),
    ("", "und"),
])
def test_clear_texts_get_their_language(text: str, code: str) -> None:
    assert L.detect_languages([text]) == [code]


def test_fasttext_answers_when_sure_and_lingua_otherwise() -> None:
    texts = ["Please summarise this article about renewable energy in Denmark.",
             "Jag vill gärna ha en kopp kaffe, tack.",  # Swedish: not one of the facet's languages
             "ok", "hola", "x = np.zeros((3, 4))\nprint(x)", "ciao bella, come stai oggi?"]
    found = L.detect_languages(texts)
    lingua = L.lingua_languages(texts)
    routed = []
    for text, code, by_lingua in zip(texts, found, lingua):
        best, probability = L.fasttext_language(text)
        sure = probability >= L.CONFIDENT and best in L.LANGUAGE_CODES
        routed.append(sure)
        assert code == (best if sure else by_lingua)
        assert code in (*L.LANGUAGE_CODES, "und")
    assert any(routed) and not all(routed)  # both paths are taken
    assert found[1] != "sv"


def test_only_the_first_characters_are_read() -> None:
    long = "Bonjour, pouvez-vous m'aider ? " * 20 + "Hello, this is English now. " * 200
    assert L.detect_languages([long]) == ["fr"]


def test_the_pair_is_at_least_as_accurate_as_lingua_on_labelled_short_sentences() -> None:
    rows = []
    for path in sorted(shared_data("ner-wiki").glob("wikineural-*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()[-150:]  # 150 sentences per language, cut to a short turn
        rows += [(json.loads(line)["text"][:40], path.stem.removeprefix("wikineural-")) for line in lines]
    texts, gold = [t for t, _ in rows], [g for _, g in rows]
    pair = sum(a == g for a, g in zip(L.detect_languages(texts), gold)) / len(gold)
    alone = sum(a == g for a, g in zip(L.lingua_languages(texts), gold)) / len(gold)
    assert pair >= alone - 0.005 and pair > 0.9, (pair, alone)
