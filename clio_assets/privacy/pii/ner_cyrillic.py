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
from threadpoolctl import threadpool_limits

from clio_assets.privacy.pii.names.world import frequent_words, world_names
from clio_assets.privacy.pii.ner import sentence_windows
from clio_assets.privacy.pii.text import at_sentence_start

_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁЄІЇЎ][а-яёєіїў]")
SCORE = 0.7
COMMON_ZIPF = 3.0  # Russian verb forms are spread thin: "Придумай" (come up with) is at 3.0


@lru_cache(maxsize=1)
def _tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def cyrillic_windows(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of sentences that hold a capitalised Cyrillic word."""
    if not _CYRILLIC_CAPITAL.search(text):
        return []
    return sentence_windows(text, lambda sentence: bool(_CYRILLIC_CAPITAL.search(sentence)))


@lru_cache(maxsize=1)
def _common_cyrillic_words() -> frozenset[str]:
    """Everyday Russian and Ukrainian words (wordfreq, Zipf >= COMMON_ZIPF), minus the first names the lists know."""
    first = world_names()[0]
    return frozenset(w for w in frequent_words(("ru", "uk"), COMMON_ZIPF) if w not in first)


def _kept(text: str, start: int, end: int) -> bool:
    """A capitalised span, and not one everyday word at a sentence start ("Придумай историю…"): Russian
    capitalises little else mid-sentence, but any word at the start of one."""
    span = text[start:end]
    return span[:1].isupper() and not (" " not in span and at_sentence_start(text, start)
                                       and span.lower() in _common_cyrillic_words())


def find_cyrillic_persons(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the person names natasha tags: capitalised, and not one everyday word."""
    windows = cyrillic_windows(text)
    if not windows:
        return []
    found = []
    with threadpool_limits(limits=1):  # small matrices: extra BLAS threads only burn CPU time
        markups = list(_tagger().map([text[a:b] for a, b in windows]))
    for (a, _), markup in zip(windows, markups):
        for span in markup.spans:
            if span.type == "PER" and _kept(text, a + span.start, a + span.stop):
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
