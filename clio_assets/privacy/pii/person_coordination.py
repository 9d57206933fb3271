"""Names in a coordinated list: "Howard Sattler, Bob Maumill and Graham Mabury".

When most members of a list of capitalised items are names already found, the others are names
too: people are listed with people ("with Anna Kowalczyk, Bob Ezrin and Tamsin Okonkwo"). Lists
of places or products rarely hold names, so they rarely meet the majority this asks for.
"""
from __future__ import annotations

import re

from clio_assets.privacy.pii.address_words import country_names, place_names
from clio_assets.privacy.pii.names.gazetteer import is_first_name
from clio_assets.privacy.pii.names.world import common_words

Span = tuple[int, int, float]
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
# between two items: a comma or semicolon, a conjunction in a common language, or both
_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:and|und|y|et|e|i|or|oder|ou|o|en|og|och|и)\s+)?|"
                        r"\s+(?:and|und|y|et|e|i|or|oder|ou|o|en|og|och|и)\s+")
MAX_ITEM_WORDS = 4


def _everyday(word: str) -> bool:
    return word.rstrip(".").lower() in common_words() and not is_first_name(word, world=True)


def _items(text: str) -> list[tuple[int, int, int]]:
    """(start, end, words) of the runs of capitalised words joined by single spaces; a run does not
    start on an everyday word ("Compare Anna" is the item "Anna")."""
    items: list[tuple[int, int, int]] = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        if items and items[-1][2] == 1 and text[items[-1][1]:m.start()] == " " \
                and _everyday(text[items[-1][0]:items[-1][1]]):
            items[-1] = (m.start(), m.end(), 1)
        elif items and text[items[-1][1]:m.start()] == " " and items[-1][2] < MAX_ITEM_WORDS:
            items[-1] = (items[-1][0], m.end(), items[-1][2] + 1)
        else:
            items.append((m.start(), m.end(), 1))
    return items


def _chains(text: str, items: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    chains: list[list[tuple[int, int, int]]] = []
    for item in items:
        if chains and _SEPARATOR.fullmatch(text[chains[-1][-1][1]:item[0]]):
            chains[-1].append(item)
        else:
            chains.append([item])
    return [c for c in chains if len(c) >= 3]


def list_mates(text: str, found: list[Span]) -> list[Span]:
    """The members of a list of three or more capitalised items most of which hold a found name."""
    if len(found) < 2:
        return []
    out: list[Span] = []
    for chain in _chains(text, _items(text)):
        covered = [any(s < end and start < e for s, e, _ in found) for start, end, _ in chain]
        if sum(covered) * 2 <= len(chain) or sum(covered) < 2:
            continue
        for start, end, words in chain:  # every member whole ("Pierson Fode" where only "Fode" was found)
            item = text[start:end].rstrip(".").lower()
            if item in place_names() or item in country_names():
                continue
            if text[end - 1] == "." and end - start > 2 and text[end - 3] not in " .":
                end -= 1  # a sentence's full stop, not an initial's ("Thomas D.")
            if words > 1 or item not in common_words():
                out.append((start, end, 0.6))
    return out
