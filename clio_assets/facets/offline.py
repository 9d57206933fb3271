"""Offline facet extraction: deterministic, extractive, no network.

The request facet is the sentence in which the user asks for something, in their own
(scrubbed) words rather than an LLM paraphrase (requests.py); task and concern come
from broad multilingual cue lexicons; languages from lingua. The Claude backend produces
the same `Facets` record from the same input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clio_assets.facets.concern import concern_level
from clio_assets.facets.lexicons import CONCERN_CUES, DEFAULT_TASK, TASK_CUES
from clio_assets.facets.requests import request_summary
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.shared.records import Conversation

OFFLINE_MODEL = "offline-extractive"
OFFLINE_PROMPT_VERSION = "offline-facets-v3"  # v3: the request sentence, not the first turn cut short
REQUEST_PREFIX = "The user's overall request for the assistant is to"
LANGUAGES = ("ENGLISH", "SPANISH", "FRENCH", "GERMAN", "PORTUGUESE", "ITALIAN", "DUTCH", "RUSSIAN",
             "POLISH", "TURKISH", "CHINESE", "JAPANESE", "KOREAN", "ARABIC", "HINDI", "VIETNAMESE", "INDONESIAN")
LANGUAGE_CODES = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "pl", "tr", "zh", "ja", "ko", "ar", "hi", "vi", "id")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Facets:
    conversation_id: str
    request: str  # privacy-preserving summary of the user's request (scrubbed)
    task: str
    languages: tuple[str, ...]  # ISO 639-1 codes, primary first
    concern: int  # 1 (benign) .. 5 (grave)
    turns: int  # number of user turns
    model: str
    prompt_version: str


@lru_cache(maxsize=1)
def language_detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES)).build()


def detect_languages(texts: list[str]) -> list[str]:
    """ISO codes for many texts at once (lingua runs the batch in parallel)."""
    found = language_detector().detect_languages_in_parallel_of([t[:600] for t in texts])
    return [lang.iso_code_639_1.name.lower() if lang else "und" for lang in found]


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[list[tuple[str, re.Pattern]], list[tuple[int, re.Pattern]]]:
    def compile_cues(cues: tuple[str, ...]) -> re.Pattern:
        latin = [re.escape(c) for c in cues if not _CJK.search(c)]
        cjk = [re.escape(c) for c in cues if _CJK.search(c)]
        parts = ([rf"\b(?:{'|'.join(latin)})\b"] if latin else []) + ([f"(?:{'|'.join(cjk)})"] if cjk else [])
        return re.compile("|".join(parts), re.IGNORECASE)

    tasks = [(task, compile_cues(cues)) for task, cues in TASK_CUES.items()]
    harms = [(severity, compile_cues(cues)) for severity, cues in CONCERN_CUES]
    return tasks, harms


def classify_task(text: str) -> str:
    """The task whose cues occur earliest in the request (the main verb usually leads)."""
    best, best_pos = DEFAULT_TASK, len(text) + 1
    for task, pattern in _cue_patterns()[0]:
        m = pattern.search(text)
        if m and m.start() < best_pos:
            best, best_pos = task, m.start()
    return best


def concern_score(text: str) -> int:
    """1-5 from a general harm taxonomy read in context (see `concern.concern_level`)."""
    return concern_level(text)


def extract_facets(conversations: list[Conversation]) -> list[Facets]:
    """Facets for a batch of conversations; text is scrubbed before anything reads it."""
    scrubbed = [[scrub_text(t) for t in conv.user_turns] for conv in conversations]
    primary = detect_languages([" ".join(turns) for turns in scrubbed])
    out: list[Facets] = []
    for conv, turns, lang in zip(conversations, scrubbed, primary):
        joined = "\n".join(turns)
        extra = detect_languages(turns[1:4]) if len(turns) > 1 else []
        languages = tuple(dict.fromkeys([lang, *[x for x in extra if x != "und"]]))
        request = scrub_text(request_summary(turns))  # facets are scrubbed again after extraction
        out.append(Facets(
            conversation_id=conv.conversation_id, request=request, task=classify_task(joined),
            languages=languages, concern=concern_score(joined), turns=len(turns),
            model=OFFLINE_MODEL, prompt_version=OFFLINE_PROMPT_VERSION,
        ))
    return out
