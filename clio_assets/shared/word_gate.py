"""Which of many word-anchored regular expressions can match a text, from the text's word starts.

The offline facets test a text against dozens of cue lexicons, each a large alternation
such as `\\b(?:bombs?|explosives?|detonat\\w*|...)\\b`. Python's `re` scans the whole text once
per lexicon and tries every alternative at every word start, which made the cues the largest
cost of the facet stage after scrubbing. Most texts contain no cue of most lexicons.

Every match a pattern can make is listed from its parse tree once, each with the two rarest
words it puts at word starts of the text (`pattern_words`). A text's words and word starts
are collected in one pass, and a pattern none of whose listed matches has both its required
words in the text cannot match it and is not run. The gate only ever rules patterns out;
callers run Python's own patterns on the rest, so every count, position and tie-break is
unchanged. A pattern whose requirements cannot be listed is always run; so is a
case-insensitive pattern on a text whose lower-casing changes more than ASCII letters, where it
may move positions (`case_fold.foldable`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from clio_assets.shared.case_fold import foldable
from clio_assets.shared.pattern_words import END, HEAD, Needs, pattern_needs

_LENGTHS = range(1, HEAD + 1)
_WORDS = re.compile(r"\b\w+")


def _has_pair(pairs: dict[str, frozenset[str]], firsts: frozenset[str], heads: frozenset[str]) -> bool:
    for first in firsts & heads:
        seconds = pairs[first]
        if "" in seconds or not seconds.isdisjoint(heads):
            return True
    return False


@lru_cache(maxsize=4)
def _heads_of(text: str) -> frozenset[str]:
    """The heads of the text's words; kept for the last few texts, since the task and the
    concern gates read the same lower-cased text one after the other."""
    return frozenset(_heads(set(_WORDS.findall(text))))


def _heads(words: Iterable[str]) -> set[str]:
    """Every head one of `words` fits: its first 1..HEAD characters, and the whole word."""
    # a word shorter than k gives itself for word[:k]: a head it fits all the same
    out = {word[:k] for word in words for k in _LENGTHS}
    out.update(word + END for word in words if len(word) < HEAD)
    return out


class WordGate:
    """Python patterns, and what each needs to find among a text's word starts. A pattern
    that ignores case is gated on `foldable` texts only, where lower-casing keeps every position."""

    def __init__(self, patterns: Sequence[re.Pattern]) -> None:
        self.patterns = list(patterns)
        self._fold = [bool(p.flags & re.IGNORECASE) for p in self.patterns]
        self._needs: list[Needs | None] = [pattern_needs(p) for p in self.patterns]
        self._firsts = [frozenset(n[0]) if n else frozenset() for n in self._needs]

    def candidates(self, text: str) -> list[int]:
        """Indices, in order, of the patterns that may match `text`; the others cannot."""
        ascii_only = text.isascii()
        heads: frozenset[str] = frozenset()
        if not all(self._fold):
            heads = _heads_of(text)
        folded: frozenset[str] = frozenset()
        fold_ok = any(self._fold) and foldable(text)
        if fold_ok:
            # lower-casing only ASCII letters keeps every word's bounds, so the text's words,
            # lowered, are the lowered text's words
            folded = _heads_of(text.lower())
        out = []
        for i, needs in enumerate(self._needs):
            if needs is None:
                keep = True
            elif self._fold[i] and not fold_ok:
                keep = True
            else:
                keep = _has_pair(needs[0], self._firsts[i], folded if self._fold[i] else heads) or (
                    not ascii_only and any(ch in text for ch in needs[1]))
            if keep:
                out.append(i)
        return out
