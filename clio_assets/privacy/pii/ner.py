"""spaCy's statistical NER for person names, filtered so that it adds names, not noise.

The small English model tags a PERSON on capitalised words it does not know: units
("Kelvin"), places ("Buenos Aires"), titles of works, and in other languages ordinary
capitalised nouns ("Meine Kollegin"). A span is kept only when it reads as a name: not a place,
no function word but name particles (van, de, al…), and either a word that a name list knows as
a first name or surname (one capitalised word must be one), or several capitalised words none
of which is a common word.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "le", "la",
                       "al", "el", "bin", "ibn", "ben", "ter", "ten", "y"})


def plausible_name(span: str) -> bool:
    from clio_assets.privacy.pii.address_words import country_names, place_names
    from clio_assets.privacy.pii.names.gazetteer import is_first_name, is_unambiguous_first_name, looks_like_surname
    from clio_assets.privacy.pii.names.world import common_words
    from clio_assets.privacy.pii.text import stop_words

    words = [w for w in _WORD.findall(span) if not (w.lower().endswith(("'s", "’s")) and len(w) <= 3)]
    if not 1 <= len(words) <= 5:
        return False
    lowered = [w.lower() for w in words]
    if " ".join(lowered) in place_names() or " ".join(lowered) in country_names():
        return False
    if any(w in stop_words() and w not in PARTICLES and len(w) > 1 for w in lowered):
        return False  # "The Elder Scrolls", "Meine Kollegin": a phrase, not a name
    common = [w in common_words() for w in lowered]
    # a name-list word counts when it is not also an everyday word ("Visa", "Pin"), or when it is
    # a first name nearly only one gender bears ("Matthew", frequent in text all the same)
    known = [(is_first_name(w, world=True) or looks_like_surname(w, world=True))
             and (not c or is_unambiguous_first_name(w, world=True)) for w, c in zip(words, common)]
    if len(words) == 1:
        return words[0][0].isupper() and known[0]
    return any(known) or (all(w[0].isupper() for w in words) and not any(common))


_PIECE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=200_000)
def could_be_in_name(word: str) -> bool:
    """Whether `plausible_name` could keep a span holding this word: every span it keeps has a
    word that is capitalised and not a common word, or a name-list word (`known` above)."""
    from clio_assets.privacy.pii.names.gazetteer import is_first_name, is_unambiguous_first_name, looks_like_surname
    from clio_assets.privacy.pii.names.world import common_words

    common = word.lower() in common_words()
    if word[0].isupper() and not common:
        return True
    return (is_first_name(word, world=True) or looks_like_surname(word, world=True)) \
        and (not common or is_unambiguous_first_name(word, world=True))


_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n+|$)")
WHOLE_TEXT_CHARS = 1000  # the model reads a text up to this long whole, a longer one by its sentences


def may_hold_name(text: str) -> bool:
    """False when no word of the text (whole, or any piece between apostrophes and hyphens)
    could be part of a name the filter keeps: spaCy's NER then cannot add anything, and the
    model need not run on the text."""
    return any(could_be_in_name(w) for w in {*_WORD.findall(text), *_PIECE.findall(text)})


def name_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of `text` the statistical model needs to read: a short text
    whole when it may hold a name (`may_hold_name`); of a long one (pasted documents, logs),
    the sentences that may, neighbours joined."""
    if len(text) <= WHOLE_TEXT_CHARS:
        return [(0, len(text))] if may_hold_name(text) else []
    return sentence_windows(text, may_hold_name)


def sentence_windows(text: str, keep: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(start, end) of the runs of consecutive sentences of `text` that `keep` accepts."""
    windows: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start() and keep(m.group()):
            if windows and windows[-1][1] == m.start():
                windows[-1] = (windows[-1][0], m.end())
            else:
                windows.append((m.start(), m.end()))
    return windows


class FilteredSpacyRecognizer(SpacyRecognizer):
    """presidio's SpacyRecognizer for PERSON, keeping only spans that read as a name."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"])

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        return [r for r in results if plausible_name(text[r.start:r.end])]
