"""Person names in Cyrillic text: natasha's statistical NER (slovnet), as a presidio recognizer.

The rules and the English model find next to nothing in Russian: recall 0.17 on the held-out
wikineural-ru sentences (bench/pii_real.py). natasha's news NER (MIT; its slovnet model and navec
vectors ship inside the wheel, nothing is downloaded) reads only the sentences that hold a
capitalised Cyrillic word, so text in other scripts never loads it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, RecognizerResult

_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁЄІЇЎ][а-яёєіїў]")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n+|$)")
SCORE = 0.7


@lru_cache(maxsize=1)
def _tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def cyrillic_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of sentences that hold a capitalised Cyrillic word."""
    if not _CYRILLIC_CAPITAL.search(text):
        return []
    windows: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start() and _CYRILLIC_CAPITAL.search(m.group()):
            if windows and windows[-1][1] == m.start():
                windows[-1] = (windows[-1][0], m.end())
            else:
                windows.append((m.start(), m.end()))
    return windows


def find_cyrillic_persons(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the person names natasha tags, each starting with a capital letter."""
    windows = cyrillic_windows(text)
    if not windows:
        return []
    found = []
    for (a, _), markup in zip(windows, _tagger().map([text[a:b] for a, b in windows])):
        for span in markup.spans:
            if span.type == "PER" and text[a + span.start:a + span.start + 1].isupper():
                found.append((a + span.start, a + span.stop, SCORE))
    return found


class CyrillicNerRecognizer(EntityRecognizer):
    """presidio recognizer for PERSON in Cyrillic sentences (natasha)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="CyrillicNerRecognizer")

    def load(self) -> None:  # the model loads on the first Cyrillic sentence
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return [RecognizerResult("PERSON", start, end, score) for start, end, score in find_cyrillic_persons(text)]
