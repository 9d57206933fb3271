"""The statistical NER layer of the scrubber (on by default; CLIO_PII_NER=0 turns it off)."""
from __future__ import annotations

import pytest

from clio_assets.privacy.pii import scrub as pii


@pytest.fixture
def fresh_analyzer():
    pii.analyzer.cache_clear()
    yield
    pii.analyzer.cache_clear()


def _recognizers() -> set[str]:
    return {type(r).__name__ for r in pii.analyzer().registry.recognizers}


def test_ner_runs_as_a_presidio_recognizer_beside_the_rules(fresh_analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIO_PII_NER", raising=False)  # the default
    assert pii.ner_enabled() and "FilteredSpacyRecognizer" in _recognizers()
    text = "I met Desmond Achterberg at the conference last week; mail him at d.a@example.org."
    found = pii.analyzer().analyze(text=text, language="en", entities=list(pii.PLACEHOLDERS))
    by_recognizer = {(r.recognition_metadata or {}).get("recognizer_name"): text[r.start:r.end] for r in found}
    assert by_recognizer.get("FilteredSpacyRecognizer") == "Desmond Achterberg"  # the statistical model
    assert pii.scrub_text(text) == "I met [PERSON] at the conference last week; mail him at [EMAIL]."


def test_ner_can_be_turned_off(fresh_analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIO_PII_NER", "0")
    assert not pii.ner_enabled() and "FilteredSpacyRecognizer" not in _recognizers()
    assert pii.scrub_text("I met Desmond Achterberg today") == "I met [PERSON] today"  # the rules still work


def test_missing_model_is_a_clear_error(fresh_analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIO_PII_NER", raising=False)
    monkeypatch.setattr(pii, "NER_MODEL", "no_such_spacy_model")
    with pytest.raises(RuntimeError, match="CLIO_PII_NER=0"):
        pii.analyzer()


def test_cyrillic_names_are_found_by_natasha(fresh_analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIO_PII_NER", raising=False)
    assert "CyrillicNerRecognizer" in _recognizers()
    text = "Вчера я говорил с Иваном Петровым о проекте, а Мария Смирнова приедет завтра."
    from clio_assets.privacy.pii.ner_cyrillic import find_cyrillic_persons

    assert {text[a:b] for a, b, _ in find_cyrillic_persons(text)} == {"Иваном Петровым", "Мария Смирнова"}
    assert pii.scrub_text(text) == "Вчера я говорил с [PERSON] о проекте, а [PERSON] приедет завтра."


def test_cyrillic_ner_reads_only_sentences_with_a_capitalised_cyrillic_word() -> None:
    from clio_assets.privacy.pii.ner_cyrillic import cyrillic_windows, find_cyrillic_persons

    assert cyrillic_windows("Only Latin text, Anna Schmidt.") == []
    text = "Hello there. Привет, Олег! ok\nпросто текст без имён"
    assert [text[a:b].strip() for a, b in cyrillic_windows(text)] == ["Привет, Олег!"]
    assert find_cyrillic_persons("просто текст без заглавных букв") == []


def test_the_rules_only_engine_shares_the_pipeline_and_runs_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLIO_PII_NER", raising=False)
    rules, full = pii.analyzer(False), pii.analyzer(True)
    assert rules.nlp_engine is full.nlp_engine  # one loaded spaCy pipeline
    names = {type(r).__name__ for r in rules.registry.recognizers}
    assert "FilteredSpacyRecognizer" not in names and "CyrillicNerRecognizer" not in names
    assert "FilteredSpacyRecognizer" in {type(r).__name__ for r in full.registry.recognizers}
