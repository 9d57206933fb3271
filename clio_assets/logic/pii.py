"""PII scrubbing with presidio-analyzer, fully offline.

presidio's default engine downloads a spaCy model; we give it a blank spaCy pipeline
(tokeniser only) and recognizers that need no model: presidio's pattern/checksum
recognizers (email, credit card with Luhn, IBAN, IP, URL, US SSN, phone numbers via
`phonenumbers`) plus our own street-address and person-name recognizers.
Every detected span is replaced by a typed placeholder such as ``[EMAIL]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "PT", "BR", "MX", "AR", "CA", "JP", "CN", "IN", "AU", "NL", "CH", "AT", "BE")
MIN_SCORE = 0.4
_PLACEHOLDER_RE = re.compile(r"\[(?:%s)\]" % "|".join(p.strip("[]") for p in PLACEHOLDERS.values()))


@dataclass(frozen=True)
class ScrubResult:
    text: str
    entity_types: tuple[str, ...]  # one per replaced span, in text order


def _offline_tldextract() -> None:
    """presidio's email validator calls tldextract, which would fetch the suffix list."""
    import tldextract.tldextract as tx

    if tx.TLD_EXTRACTOR.suffix_list_urls:
        tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=1)
def analyzer():
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer,
        PhoneRecognizer, UrlRecognizer, UsSsnRecognizer,
    )

    from clio_assets.logic.pii_recognizers import PersonNameRecognizer, StreetAddressRecognizer

    _offline_tldextract()

    class BlankSpacyEngine(SpacyNlpEngine):
        """A tokeniser-only spaCy pipeline: nothing to download."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankSpacyEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        EmailRecognizer(), CreditCardRecognizer(), IbanRecognizer(), IpRecognizer(),
        UrlRecognizer(), UsSsnRecognizer(), PhoneRecognizer(supported_regions=PHONE_REGIONS),
        StreetAddressRecognizer(), PersonNameRecognizer(),
    ):
        registry.add_recognizer(recognizer)
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
    if not text or not text.strip():
        return []
    found = analyzer().analyze(text=text, language="en", entities=list(PLACEHOLDERS), score_threshold=MIN_SCORE)
    spans = [(r.start, r.end, r.entity_type, r.score) for r in found]
    # don't re-detect our own placeholders (e.g. "[URL]" inside an already-scrubbed text)
    spans = [s for s in spans if not _PLACEHOLDER_RE.fullmatch(text[s[0]:s[1]])]
    return _merge(spans)


def scrub(text: str) -> ScrubResult:
    """Replace every detected PII span in ``text`` with its typed placeholder."""
    out, last, kinds = [], 0, []
    for start, end, kind in detect(text):
        out.append(text[last:start])
        out.append(PLACEHOLDERS[kind])
        kinds.append(kind)
        last = end
    out.append(text[last:])
    return ScrubResult("".join(out), tuple(kinds))


def scrub_text(text: str) -> str:
    return scrub(text).text
