"""presidio recognizers around our rule-based finders (e-mail, IPv4, phones, cards, IBANs, addresses, names).

The finders are plain functions over text so they can be tested and reused without presidio;
these classes only adapt them to presidio's EntityRecognizer interface.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import IpRecognizer, UrlRecognizer, UsSsnRecognizer

from clio_assets.privacy.pii.address import find_addresses
from clio_assets.privacy.pii.numbers import find_cards, find_emails, find_ibans, find_ipv4, find_phones
from clio_assets.privacy.pii.person import find_persons

Finder = Callable[[str], list[tuple[int, int, float]]]


class FinderRecognizer(EntityRecognizer):
    """A presidio recognizer for one entity type backed by a finder function."""

    def __init__(self, entity: str, finder: Finder, name: str) -> None:
        self._finder = finder
        super().__init__(supported_entities=[entity], name=name)

    def load(self) -> None:  # gazetteers load lazily on first use
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        return [RecognizerResult(entity, start, end, score) for start, end, score in self._finder(text)]


def rule_recognizers() -> list[FinderRecognizer]:
    return [
        FinderRecognizer("EMAIL_ADDRESS", find_emails, "EmailRecognizer"),
        FinderRecognizer("IP_ADDRESS", find_ipv4, "Ipv4Recognizer"),
        FinderRecognizer("PHONE_NUMBER", find_phones, "PhoneRecognizer"),
        FinderRecognizer("CREDIT_CARD", find_cards, "CardRecognizer"),
        FinderRecognizer("IBAN_CODE", find_ibans, "IbanRecognizer"),
        FinderRecognizer("STREET_ADDRESS", find_addresses, "StreetAddressRecognizer"),
        FinderRecognizer("PERSON", find_persons, "PersonNameRecognizer"),
    ]


# What each of presidio's pattern recognizers needs in a text before any of its patterns can
# match: a URL has an inner dot before a top-level domain, an IP a dot (v4) or a colon (v6),
# an SSN digits. A text without it is skipped (the URL patterns are slow on long prose).
_URL_DOT = re.compile(r"[a-z0-9.-]\.[a-z]", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")


def _gated(base: type[EntityRecognizer], needs: Callable[[str], bool]) -> EntityRecognizer:
    """An instance of presidio's `base` recognizer that skips texts `needs` rules out."""

    class Gated(base):  # type: ignore[valid-type,misc]
        def analyze(self, text: str, entities, nlp_artifacts=None, *args, **kwargs) -> list[RecognizerResult]:
            return super().analyze(text, entities, nlp_artifacts, *args, **kwargs) if needs(text) else []

    return Gated(name=base.__name__)


def pattern_recognizers() -> list[EntityRecognizer]:
    """presidio's IP (for IPv6), URL and US SSN recognizers, each skipping texts it cannot match."""
    return [_gated(IpRecognizer, lambda t: "." in t or ":" in t),
            _gated(UrlRecognizer, lambda t: bool(_URL_DOT.search(t))),
            _gated(UsSsnRecognizer, lambda t: bool(_DIGIT.search(t)))]
