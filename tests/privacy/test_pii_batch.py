"""Batched scrubbing: the same spans as one text at a time, the model skipped where it could add nothing."""
from __future__ import annotations

import json

from clio_assets.privacy.pii import scrub as scrub_module
from clio_assets.privacy.pii.ner import may_hold_name, name_windows
from clio_assets.privacy.pii.scrub import detect, detect_many, scrub_many, scrub_text
from tests.conftest import shared_data

TEXTS = [
    "I met Desmond Achterberg at the conference last week; mail him at d.a@example.org.",
    "",
    "   ",
    "please summarize this article about the weather in three bullet points",
    "Call 212-555-0199 or see https://example.com/contact before Friday.",
    "My SSN is 123-45-6789 and my card 4111 1111 1111 1111.",
    "[PERSON] wrote to [EMAIL] yesterday.",
    "Hi Tamsin, can you tell Joost van der Linde that the meeting moved?\nThanks, Ilse",
]


def test_a_batch_finds_what_one_text_at_a_time_finds() -> None:
    assert detect_many(TEXTS) == [detect(t) for t in TEXTS]
    assert scrub_many(TEXTS) == [scrub_text(t) for t in TEXTS]
    assert scrub_many(TEXTS)[0] == "I met [PERSON] at the conference last week; mail him at [EMAIL]."
    assert scrub_many(TEXTS)[1:4] == TEXTS[1:4]  # nothing to find, nothing changed
    assert "[URL]" in scrub_many(TEXTS)[4] and "[PHONE]" in scrub_many(TEXTS)[4]


def test_the_model_reads_only_sentences_that_may_hold_a_name() -> None:
    assert not may_hold_name("please summarize this article about the weather")
    assert may_hold_name("I met Desmond yesterday")
    assert name_windows("I met Desmond yesterday") == [(0, 23)]  # a short text is read whole
    text = "The weather is nice today. " * 40 + "I met Desmond Achterberg there.\nwhat should i wear?"
    windows = name_windows(text)  # a long one by the sentences that may hold a name
    assert [text[a:b].strip() for a, b in windows] == ["I met Desmond Achterberg there."]


def test_pattern_recognizers_still_find_their_entities_past_the_cheap_checks() -> None:
    assert scrub_text("see example.com/docs for more") == "see [URL] for more"
    assert scrub_text("the server at 10.0.0.12 is down") == "the server at [IP] is down"
    assert scrub_text("no dots or digits here at all") == "no dots or digits here at all"


def _eager(monkeypatch) -> None:
    """presidio's own artifacts, built for every text up front (as before they were built lazily)."""

    def built(engine, doc):
        nlp = engine.nlp_engine.nlp["en"]
        return engine.nlp_engine._doc_to_nlp_artifact(nlp.make_doc(doc) if isinstance(doc, str) else doc, "en")

    monkeypatch.setattr(scrub_module, "_LazyArtifacts", built)


def test_artifacts_built_only_when_read_give_the_same_spans(monkeypatch) -> None:
    rows = json.loads(shared_data("presidio-synth", "synth_dataset_v2.json").read_text(encoding="utf-8"))
    wiki = shared_data("ner-wiki", "wikigold-en.jsonl").read_text(encoding="utf-8").splitlines()[:300]
    texts = TEXTS + [r["full_text"] for r in rows[:300]] + [json.loads(line)["text"] for line in wiki] + [
        "my social security number is 078-05-1120", "ssn 078 05 1120 please", "the code 078-05-1120 fails"]
    lazy = (detect_many(texts), detect_many(texts, statistical=False))
    assert any(kind == "US_SSN" for spans in lazy[0] for _, _, kind in spans)  # context-enhanced matches occur
    _eager(monkeypatch)
    assert (detect_many(texts), detect_many(texts, statistical=False)) == lazy
