"""What every match of a regular expression puts among a text's words, listed from its parse
tree once (the word gate's requirements, `word_gate.WordGate`).

Every match a pattern can make is listed (a long repeat or a class of many characters cuts a
listed match short; a listed word rare enough to require stops the listing). Each listed
match requires its two rarest words that start at a word start of the text (by wordfreq):
the whole word ("bomb\\x01"), or, for a long or cut word, its first HEAD characters
("detona"). An alternative without a leading `\\b` (the CJK cues) requires one of its first
characters instead; a pattern with a listed match that requires nothing (a leading `\\w+`),
or too many listed matches, has no requirements (None): it is always run.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser

from wordfreq import zipf_frequency

HEAD = 6  # word characters per head
END = "\x01"  # a head that is a whole word: "bomb\x01" is the word "bomb", "bomb" any word starting so
_CAP = 5_000  # more listed matches of one alternative than this and the pattern is always run
_SHORT_REPEAT = 3  # repeats up to this many are listed
_SETTLE = 3.5  # a listed word rarer than this (Zipf frequency in English) is required: no need to list on;
# at 5.0 words common in other languages ("en", "si", "mir", "plus") were required alone and let
# a third of the cue tables run in vain (the gate passed 9,966 tables per 4,000 texts, 6,512 now)
_BOUNDARY = "\x00"  # stands for `\b` before the first character
_END = END
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


Needs = tuple[dict[str, frozenset[str]], frozenset[str]]  # rarest head -> the second ones ("" none), characters


def _needs(alternative: Sequence, fold: bool) -> Needs | None:
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


def _merged(found: list[Needs]) -> Needs:
    pairs: dict[str, frozenset[str]] = {}
    for each, _ in found:
        for first, seconds in each.items():
            pairs[first] = pairs.get(first, frozenset()) | seconds
    return pairs, frozenset().union(*(f[1] for f in found))


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


def pattern_needs(pattern: re.Pattern) -> Needs | None:
    """What any match of `pattern` needs among a text's words (`Needs`), or None when that
    cannot be said. A case-insensitive pattern's heads are lower case."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    fold = bool(pattern.flags & re.IGNORECASE)
    found = [_needs(a, fold) for a in _alternatives(list(_parser.parse(pattern.pattern, pattern.flags)))]
    return None if any(f is None for f in found) else _merged([f for f in found if f])
