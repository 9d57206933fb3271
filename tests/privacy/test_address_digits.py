"""The address grammar skips the patterns whose every match holds a digit on text without one,
and finds exactly what it found running them all."""
from __future__ import annotations

import re

import pytest

from clio_assets.demo.generator import iter_conversations
from clio_assets.privacy.pii import address
from clio_assets.shared.pattern_digits import needs_digit


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\d+", True), (r"7", True), (r"[\d]", True), (r"x{0,2}\d{1,3}", True), (r"(?:ab|\d{2})\d", True),
    (r"(?:\d|[0-9])", True), (r"(?i:street)\s+\d{1,4}", True), (r"(?:no\.? )?\d", True),
    (r"a\d?", False), (r"\d*", False), (r"(?:\d|x)", False), (r"[\da]", False), (r"(?=\d)\w", False),
    (r"[０-９]", False),  # digits beyond ASCII as literals are not relied on
])
def test_a_pattern_needs_a_digit_when_every_match_holds_one(pattern: str, needs: bool) -> None:
    assert needs_digit(re.compile(pattern)) is needs


def test_the_house_number_patterns_need_a_digit_and_the_street_name_ones_do_not() -> None:
    needs = dict(zip((r.pattern for r, _ in address._CORE_RES), address._NEEDS_DIGIT))
    assert sum(needs.values()) >= 8
    assert not all(needs.values())  # "the corner of Elm and Main" has no number
    for pattern, digit in needs.items():  # a pattern said to need a digit never matches digit-free samples
        if digit:
            assert not re.search(pattern, "Meet me at Baker Street, London, or at the Rue de Rivoli in Paris")


def _texts() -> list[str]:
    records = [record for record, _ in iter_conversations("2026-01-05", 1500, 300, seed=5)]
    texts = [m["content"] for r in records for m in r["messages"] if m["role"] == "user"]
    hand = ["I live at 221B Baker Street, London NW1 6XE", "send it to Calle Mayor 5, 28013 Madrid",
            "the corner of Elm Street and Main", "Hauptstraße 12, Berlin", "東京都千代田区丸の内1-1-1",
            "北京市朝阳区建国路88号", "P.O. Box 42", "Baker Street", "Rue de Rivoli", "USS Enterprise",
            "PSC 1234, Box 5678"]
    return texts + hand + [t.lower() for t in hand]


def test_the_same_addresses_with_and_without_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    skipped = [address.find_addresses(t) for t in texts]
    assert sum(map(len, skipped)) >= 50  # the texts do hold addresses
    monkeypatch.setattr(address, "_NEEDS_DIGIT", [False] * len(address._CORE_RES))
    assert [address.find_addresses(t) for t in texts] == skipped
