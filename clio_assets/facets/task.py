"""The offline task facet: the task whose cues (`lexicons.TASK_CUES`) occur earliest in the text.

The cue tables are large alternations matched case-insensitively, and Python's `re` is several
times slower ignoring case than matching lower-cased text as it is. Most texts have no letters
but ASCII ones (their other characters, such as "’", "—" or emoji, have no case), and there
lower-casing changes only ASCII letters, keeping every position and word bound. Such a text is
lower-cased and read by each table's folded form: every cue as it can occur in the lower-cased
text, each character replaced by the ASCII character `re` itself lets it match when ignoring
case ("ı" matches "i"), a character without case kept, and a cue with a cased character no
ASCII one matches left out (it cannot occur). Every match, position and tie-break is so the
same as reading the text as written; other texts are read as written.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache

from clio_assets.facets.lexicons import DEFAULT_TASK, TASK_CUES
from clio_assets.shared.word_gate import WordGate

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ASCII_LOWER = [ch for ch in map(chr, range(128)) if ch not in string.ascii_uppercase]


def _compile(cues: list[str], flags: int) -> re.Pattern:
    latin = [re.escape(c) for c in cues if not _CJK.search(c)]
    cjk = [re.escape(c) for c in cues if _CJK.search(c)]
    parts = ([rf"\b(?:{'|'.join(latin)})\b"] if latin else []) + ([f"(?:{'|'.join(cjk)})"] if cjk else [])
    return re.compile("|".join(parts) or r"(?!)", flags)


@lru_cache(maxsize=4096)
def _ascii_lower(ch: str) -> str | None:
    """The lower-case ASCII character `ch` matches when case is ignored, or None."""
    found = [a for a in _ASCII_LOWER if re.fullmatch(re.escape(ch), a, re.IGNORECASE)]
    return found[0] if found else None  # ASCII has one lower case per letter


@lru_cache(maxsize=65536)
def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper()


def foldable(text: str) -> bool:
    """Whether lower-casing `text` changes only ASCII letters: every other character has no case."""
    return text.isascii() or all(ch.isascii() or _uncased(ch) for ch in set(text))


def folded_form(cue: str) -> str | None:
    """`cue` as it can occur in a lower-cased `foldable` text, or None when it cannot occur there."""
    chars = [_ascii_lower(ch) or (ch if _uncased(ch) else None) for ch in cue]
    return None if None in chars else "".join(chars)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _tables() -> tuple[list[str], list[re.Pattern], list[re.Pattern]]:
    """The tasks, each table as written (ignoring case), and each table's folded form."""
    tasks = list(TASK_CUES)
    written = [_compile(list(TASK_CUES[t]), re.IGNORECASE) for t in tasks]
    folded = [_compile([f for f in map(folded_form, TASK_CUES[t]) if f is not None], 0) for t in tasks]
    return tasks, written, folded


@lru_cache(maxsize=1)
def _gate() -> WordGate:
    return WordGate(_tables()[1])


def classify_task(text: str) -> str:
    """The task whose cues occur earliest in the text (the main verb usually leads)."""
    tasks, written, folded = _tables()
    read, patterns = (text.lower(), folded) if foldable(text) else (text, written)
    best, best_pos = DEFAULT_TASK, len(text) + 1
    for i in _gate().candidates(text):  # in table order: ties as before
        m = patterns[i].search(read)
        if m and m.start() < best_pos:
            best, best_pos = tasks[i], m.start()
    return best
