"""presidio recognizers around our rule-based finders (e-mail, IPv4, phones, cards, IBANs, addresses, names).

The finders are plain functions over text so they can be tested and reused without presidio;
these classes only adapt them to presidio's EntityRecognizer interface.
"""
from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerResult

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
