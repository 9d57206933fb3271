"""The second name detector of the real-traffic leak bench (bench/leaks.py --real)."""
from __future__ import annotations

from clio_assets.demo.leak_real import _name_shaped, second_detector_names


def test_second_detector_keeps_name_shaped_spans_only() -> None:
    assert _name_shaped("Desmond Achterberg") and _name_shaped("J. Okafor")
    assert not _name_shaped("Python")          # one everyday word
    assert not _name_shaped("NASA")            # all capitals
    assert not _name_shaped("get_user_name")   # an identifier
    assert not _name_shaped("Anna 2")          # digits


def test_second_detector_finds_names_in_real_text() -> None:
    names = second_detector_names("Write a birthday message for my colleague Desmond Achterberg. "
                                  "Также поздравь Марию Смирнову.")
    assert "desmond achterberg" in names and "марию смирнову" in names
