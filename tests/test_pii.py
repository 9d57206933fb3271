"""The scrubber (presidio-based) and the independent scanner, per entity type and language."""
from __future__ import annotations

import pytest

from clio_assets.logic.pii import scrub
from clio_assets.logic.pii_scan import find_pii

CASES = [
    ("EMAIL_ADDRESS", "Send it to maria.garcia@example.com please", "maria.garcia@example.com"),
    ("PHONE_NUMBER", "Call me on +1 415 555 0132 tomorrow", "415 555 0132"),
    ("PHONE_NUMBER", "Mi número es +34 612 345 678, llámame", "612 345 678"),
    ("PHONE_NUMBER", "Ruf mich an: +49 30 901820", "901820"),
    ("PHONE_NUMBER", "電話は090-1234-5678です", "090-1234-5678"),
    ("CREDIT_CARD", "my card is 4111 1111 1111 1111 expiring soon", "4111 1111 1111 1111"),
    ("IBAN_CODE", "Überweise auf DE89 3704 0044 0532 0130 00 bitte", "DE89 3704 0044 0532 0130 00"),
    ("US_SSN", "SSN 219-09-9999 on the form", "219-09-9999"),
    ("IP_ADDRESS", "the server at 203.0.113.42 is down", "203.0.113.42"),
    ("URL", "see https://github.com/jdoe-private/notes for my notes", "github.com/jdoe-private"),
    ("STREET_ADDRESS", "I live at 742 Evergreen Terrace, Springfield and", "742 Evergreen Terrace"),
    ("STREET_ADDRESS", "Vivo en Calle Mayor 12, Madrid", "Calle Mayor 12"),
    ("STREET_ADDRESS", "J'habite au 12 rue de Rivoli, 75001 Paris", "rue de Rivoli"),
    ("STREET_ADDRESS", "Ich wohne in der Hauptstraße 5, 10115 Berlin", "Hauptstraße 5"),
    ("STREET_ADDRESS", "住所は東京都港区六本木1-2-3です", "六本木1-2-3"),
    ("PERSON", "Write a letter to my landlord John Peterson about the heating", "John Peterson"),
    ("PERSON", "Hola, me llamo Lucía Fernández y necesito ayuda", "Lucía Fernández"),
    ("PERSON", "Bonjour, je m'appelle Pierre Dubois", "Pierre Dubois"),
    ("PERSON", "Sehr geehrte Frau Schneider, vielen Dank", "Schneider"),
    ("PERSON", "Dear Dr. Keiko Tanaka, thank you", "Keiko Tanaka"),
    ("PERSON", "我叫王小明，想学习英语", "王小明"),
]


@pytest.mark.parametrize("kind,text,secret", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_scrubber_removes_each_entity_type(kind: str, text: str, secret: str) -> None:
    result = scrub(text)
    assert secret not in result.text
    assert kind in result.entity_types


@pytest.mark.parametrize("text", [
    "Can you help me debug this Python function that sorts a list?",
    "Will it rain in May? Explain how weather forecasts work.",
    "Écris un poème sur la mer et le vent d'automne.",
    "Erkläre mir bitte den Unterschied zwischen TCP und UDP.",
    "请帮我写一个快速排序的函数。",
])
def test_scrubber_leaves_ordinary_requests_alone(text: str) -> None:
    assert scrub(text).text == text


def test_placeholders_are_stable_under_rescrubbing() -> None:
    once = scrub("Email maria@example.com or visit https://example.org/u/maria").text
    assert scrub(once).text == once


@pytest.mark.parametrize("text,kind", [
    ("Contact Maria Garcia for details", "PERSON"), ("mail bob@example.org", "EMAIL"),
    ("call +44 20 7946 0958", "PHONE"), ("card 4111-1111-1111-1111", "CREDIT_CARD"),
    ("GB82 WEST 1234 5698 7654 32", "IBAN"), ("host 10.1.2.3", "IP"), ("at 12 Baker Street", "ADDRESS"),
    ("follow @janedoe99", "HANDLE"),
])
def test_independent_scanner_finds_pii(text: str, kind: str) -> None:
    assert kind in {k for k, _ in find_pii(text)}


def test_independent_scanner_accepts_published_style_text() -> None:
    text = ("Python function, error handling\nConversations in which many different users ask about "
            "python function and error handling. The most common task is to debug or fix code, mostly in English.")
    assert find_pii(text) == []
    assert find_pii("Card 4111 1111 1111 1112 is not a valid number") == []  # Luhn fails
