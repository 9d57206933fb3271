"""The offline task facet: the task whose cues (`lexicons.TASK_CUES`) occur earliest in the text.

The cue tables are large alternations matched case-insensitively. A text that lower-casing
changes only in ASCII letters (`shared/case_fold.py`, most texts) is lower-cased and read by
each table's folded form, matched as it is, which is several times faster and gives every
match, position and tie-break reading the text as written would; other texts are read as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from clio_assets.facets.lexicons import DEFAULT_TASK, TASK_CUES, cue_pattern
from clio_assets.shared.case_fold import foldable, folded_form
from clio_assets.shared.word_gate import WordGate


@lru_cache(maxsize=1)
def _tables() -> tuple[list[str], list[re.Pattern], list[re.Pattern], int]:
    """The tasks, each table as written (ignoring case), each table's folded form, and the
    longest cue (a match of a literal cue is as long as the cue, in either form)."""
    tasks = list(TASK_CUES)
    written = [cue_pattern([re.escape(c) for c in TASK_CUES[t]], re.IGNORECASE) for t in tasks]
    folded = [cue_pattern([re.escape(f) for f in map(folded_form, TASK_CUES[t]) if f is not None]) for t in tasks]
    forms = [f for cues in TASK_CUES.values() for c in cues for f in (c, folded_form(c)) if f is not None]
    return tasks, written, folded, max(map(len, forms))


@lru_cache(maxsize=1)
def _gate() -> WordGate:
    return WordGate(_tables()[1])


def classify_task(text: str) -> str:
    """The task whose cues occur earliest in the text (the main verb usually leads)."""
    tasks, written, folded, longest = _tables()
    read, patterns = (text.lower(), folded) if foldable(text) else (text, written)
    best, best_pos = DEFAULT_TASK, len(text) + 1
    for i in _gate().candidates(text):  # in table order: ties as before
        # only a match starting before the best one counts: it ends before best_pos - 1 + longest,
        # so the text from best_pos + longest on is not read (`\b` still sees the next character)
        m = patterns[i].search(read, 0, best_pos + longest)
        if m and m.start() < best_pos:
            best, best_pos = tasks[i], m.start()
    return best
