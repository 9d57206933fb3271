"""The optional statistical NER layer of the scrubber (CLIO_PII_NER=1, extra `ner`)."""
from __future__ import annotations

import pytest

from clio_assets.logic import pii


@pytest.fixture
def ner_on(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CLIO_PII_NER", "1")
    pii.analyzer.cache_clear()
    yield
    monkeypatch.delenv("CLIO_PII_NER")
    pii.analyzer.cache_clear()


def test_ner_runs_as_a_presidio_recognizer_beside_the_rules(ner_on) -> None:
    text = "I met Desmond Achterberg at the conference last week; mail him at d.a@example.org."
    found = pii.analyzer().analyze(text=text, language="en", entities=list(pii.PLACEHOLDERS))
    by_recognizer = {(r.recognition_metadata or {}).get("recognizer_name"): text[r.start:r.end] for r in found}
    assert by_recognizer.get("SpacyRecognizer") == "Desmond Achterberg"  # the statistical model
    assert pii.scrub_text(text) == "I met [PERSON] at the conference last week; mail him at [EMAIL]."


def test_ner_is_off_by_default() -> None:
    pii.analyzer.cache_clear()
    names = {type(r).__name__ for r in pii.analyzer().registry.recognizers}
    assert "SpacyRecognizer" not in names and not pii.ner_enabled()


def test_missing_model_is_a_clear_error(ner_on, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pii, "NER_MODEL", "no_such_spacy_model")
    with pytest.raises(RuntimeError, match=r"clio\[ner\]"):
        pii.analyzer()
