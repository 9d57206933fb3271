"""Which of many word-anchored regular expressions can match a text, from the text's word starts.

The offline facets test a text against dozens of cue lexicons, each a large alternation
such as `\\b(?:bombs?|explosives?|detonat\\w*|...)\\b`. Python's `re` scans the whole text once
per lexicon and tries every alternative at every word start, which made the cues the largest
cost of the facet stage after scrubbing. Most texts contain no cue of most lexicons.

Every match a pattern can make is listed from its parse tree once (a long repeat or a class
of many characters cuts a listed match short). Each listed match puts its two rarest words
that start at a word start of the text (by wordfreq) on the text: the whole word ("bomb"), or,
for a long or cut word, its first six characters ("detona"). A text's words and word starts
are collected in one pass, and a pattern none of whose listed matches has both its required
words in the text cannot match it and is not run. The gate only ever rules patterns out; callers run Python's own
patterns on the rest, so every count, position and tie-break is unchanged. An alternative
without a leading `\\b` (the CJK cues) requires one of its first characters instead; a
pattern with a listed match that requires nothing (a leading `\\w+`) is always run; so is a
case-insensitive pattern on non-ASCII text, where lower-casing may move positions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser

from wordfreq import zipf_frequency

HEAD = 6  # word characters per head
_LENGTHS = range(1, HEAD + 1)
_CAP = 5_000  # more listed matches of one alternative than this and the pattern is always run
_SHORT_REPEAT = 3  # repeats up to this many are listed
_SETTLE = 5.0  # a listed word rarer than this (Zipf frequency in English) is required: no need to list on
_WORDS = re.compile(r"\b\w+")
_BOUNDARY = "\x00"  # stands for `\b` before the first character
_END = "\x01"  # a head that is a whole word: "bomb\x01" is the word "bomb", "bomb" any word starting so
_CUT = "\x02"  # where a listed match stops being known
_ANYWHERE = "\x03"  # marks a first character rather than a word head
_UNKNOWN = object()  # a parse-tree item standing for characters that are not listed


class _Unlisted(Exception):
    """The pattern's heads cannot be listed."""


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # Python's Unicode \w


def _chars(op: object, av: object, fold: bool) -> set[str] | None:
    """The characters one consuming item can match, when there are few (else None); lower-cased,
    with their other cases' lower case ("ſ" is also "s"), when the pattern ignores case."""
    if op is C.LITERAL:
        found = {chr(av)}  # type: ignore[arg-type]
    elif op is C.IN:
        found = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is C.LITERAL:
                found.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < 64:
                found.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
    else:
        return None
    if fold:
        found = {v for c in found for v in (c.lower(), c.upper().lower()) if len(v) == 1}
    return found


def _strings(items: Sequence, fold: bool, stem: str) -> set[str]:
    """What a match of `items` can be, after `stem`: characters, `_BOUNDARY` first when the
    match starts at `\\b`, `_END` where `\\b` follows a word character, `_CUT` for characters
    that are not listed (a class of many, the rest of a long repeat; maybe none)."""
    if not items:
        return {stem}
    (op, av), rest = items[0], items[1:]
    if op is _UNKNOWN:
        return _strings(rest, fold, stem + _CUT)
    if op is C.AT:
        if av is C.AT_BOUNDARY and not stem:
            return _strings(rest, fold, _BOUNDARY)
        if av is C.AT_BOUNDARY and _is_word(stem[-1]):
            return _next(rest, fold, stem + _END)
        return _strings(rest, fold, stem)  # other anchors only restrict: ignoring them adds strings
    if op is C.ASSERT_NOT:
        return _strings(rest, fold, stem)
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE and not fold:  # an inline (?i:...) on text read as it is: not listed
            return _strings(rest, fold, stem + _CUT)
        return _strings(list(av[3]) + list(rest), fold, stem)
    out: set[str] = set()
    if op is C.BRANCH:
        for alternative in av[1]:
            out |= _strings(list(alternative) + list(rest), fold, stem)
            _check(out)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, item = av
        if high > _SHORT_REPEAT:  # the first repeats are known, then any number of unknown ones
            return _strings(list(item) * min(low, _SHORT_REPEAT) + [(_UNKNOWN, None), *rest], fold, stem)
        for times in range(low, high + 1):
            out |= _strings(list(item) * times + list(rest), fold, stem)
            _check(out)
        return out
    chars = _chars(op, av, fold)
    if chars is None:
        return _strings(rest, fold, stem + _CUT)
    for ch in chars:
        out |= _next(rest, fold, stem + ch) if stem and _is_word(stem[-1]) and not _is_word(ch) else (
            _strings(rest, fold, stem + ch))
        _check(out)
    return out


def _next(rest: Sequence, fold: bool, stem: str) -> set[str]:
    """Go on after a word closed, unless it already is a word rare enough to require: the
    rest need not be listed (cross products of long alternations stay small)."""
    body = stem.removeprefix(_BOUNDARY)[:-1]
    start = len(body)
    while start and _is_word(body[start - 1]) and body[start - 1] not in (_END, _CUT):
        start -= 1
    aligned = (start == 0 and stem.startswith(_BOUNDARY)) or (start > 0 and body[start - 1] not in (_END, _CUT))
    if aligned and zipf_frequency(body[start:], "en") < _SETTLE:
        return {stem + _CUT}
    return _strings(rest, fold, stem)


def _check(found: set[str]) -> None:
    if len(found) > _CAP:
        raise _Unlisted


def _rarest_words(string: str) -> tuple[str, ...] | None:
    """The requirement one listed match puts on the text's words: its two rarest words that
    start at a word start of the text (heads: "bomb\x01" the whole word, "explos" a word's
    start), the rarest first, or its one such word; a non-ASCII first character when no word
    qualifies; None when nothing can be required."""
    body = string.removeprefix(_BOUNDARY)
    ranked: set[tuple[float, int, str]] = set()
    i = 0
    while i < len(body):
        if not _is_word(body[i]) or body[i] in (_END, _CUT):
            i += 1
            continue
        j = i
        while j < len(body) and _is_word(body[j]) and body[j] not in (_END, _CUT):
            j += 1
        aligned = (i == 0 and string.startswith(_BOUNDARY)) or (i > 0 and body[i - 1] not in (_END, _CUT))
        closed = j < len(body) and body[j] != _CUT
        if aligned:
            run = body[i:j]
            need = run + _END if closed and len(run) < HEAD else run[:HEAD]
            ranked.add((zipf_frequency(run, "en"), -len(need), need))
        i = j
    if ranked:
        return tuple(need for _, _, need in sorted(ranked)[:2])
    first = body[:1]
    return (_ANYWHERE + first,) if first and not first.isascii() and first not in (_END, _CUT) else None


_Needs = tuple[dict[str, frozenset[str]], frozenset[str]]  # rarest head -> the second ones ("" none), characters


def _needs(alternative: Sequence, fold: bool) -> _Needs | None:
    """What any match of `alternative` puts in the text: a pair of word heads (or one head) of
    one of its listed matches, or one of some first characters; None when that cannot be said."""
    try:
        strings = _strings(list(alternative), fold, "")
    except _Unlisted:
        return None
    pairs: dict[str, set[str]] = {}
    anywhere: set[str] = set()
    for string in strings:
        need = _rarest_words(string)
        if need is None:
            return None
        if need[0].startswith(_ANYWHERE):
            anywhere.add(need[0].removeprefix(_ANYWHERE))
        else:
            pairs.setdefault(need[0], set()).add(need[1] if len(need) > 1 else "")
    return {k: frozenset(v) for k, v in pairs.items()}, frozenset(anywhere)


def _merged(found: list[_Needs]) -> _Needs:
    pairs: dict[str, frozenset[str]] = {}
    for each, _ in found:
        for first, seconds in each.items():
            pairs[first] = pairs.get(first, frozenset()) | seconds
    return pairs, frozenset().union(*(f[1] for f in found))


def _has_pair(pairs: dict[str, frozenset[str]], firsts: frozenset[str], heads: set[str]) -> bool:
    for first in firsts & heads:
        seconds = pairs[first]
        if "" in seconds or not seconds.isdisjoint(heads):
            return True
    return False


def _alternatives(items: list) -> list[list]:
    """`items` as a list of alternatives, each listed on its own (so a lexicon of a thousand
    cues is a thousand small lists, not one large one): a lone group or branch between
    zero-width items is opened, its alternatives keeping those items around them."""
    consuming = [i for i, (op, _) in enumerate(items) if op is not C.AT]
    if len(consuming) != 1:
        return [items]
    k = consuming[0]
    op, av = items[k]
    before, after = items[:k], items[k + 1:]
    if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
        return _alternatives(before + list(av[3]) + after)
    if op is C.BRANCH:
        return [alt for branch in av[1] for alt in _alternatives(before + list(branch) + after)]
    return [items]


def _heads(words: set[str]) -> set[str]:
    """Every head one of `words` fits: its first 1..HEAD characters, and the whole word."""
    # a word shorter than k gives itself for word[:k]: a head it fits all the same
    out = {word[:k] for word in words for k in _LENGTHS}
    out.update(word + _END for word in words if len(word) < HEAD)
    return out


class WordGate:
    """Python patterns, and what each needs to find among a text's word starts. A pattern
    that ignores case is gated on ASCII texts only, where lower-casing keeps every position."""

    def __init__(self, patterns: Sequence[re.Pattern]) -> None:
        self.patterns = list(patterns)
        self._fold = [bool(p.flags & re.IGNORECASE) for p in self.patterns]
        self._needs: list[_Needs | None] = []
        for pattern, fold in zip(self.patterns, self._fold):
            if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
                self._needs.append(None)
                continue
            found = [_needs(a, fold) for a in _alternatives(list(_parser.parse(pattern.pattern, pattern.flags)))]
            self._needs.append(None if any(f is None for f in found) else _merged([f for f in found if f]))
        self._firsts = [frozenset(n[0]) if n else frozenset() for n in self._needs]

    def candidates(self, text: str) -> list[int]:
        """Indices, in order, of the patterns that may match `text`; the others cannot."""
        ascii_only = text.isascii()
        words = set(_WORDS.findall(text))
        heads = _heads(words)
        folded: set[str] = set()
        if ascii_only and any(self._fold):
            # ASCII lower-casing keeps every word's bounds, so the text's words, lowered, are
            # the lowered text's words
            lowered = {w.lower() for w in words}
            folded = heads if lowered == words else _heads(lowered)
        out = []
        for i, needs in enumerate(self._needs):
            if needs is None:
                keep = True
            elif self._fold[i]:
                keep = not ascii_only or _has_pair(needs[0], self._firsts[i], folded)
            else:
                keep = _has_pair(needs[0], self._firsts[i], heads) or (
                    not ascii_only and any(ch in text for ch in needs[1]))
            if keep:
                out.append(i)
        return out
