"""Whether every match of a regular expression holds a digit, read from its parse tree.

A text without a digit (`\\d`: any Unicode decimal digit) then cannot match it, and the
pattern need not run: the street-address grammar's house-number and postcode patterns are
most of its cost on text that has no number at all.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser

ANY_DIGIT = re.compile(r"\d")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _is_digit_item(op: object, av: object) -> bool:
    """One consuming item that only digits match: `\\d`, a class of `\\d`s, an ASCII digit."""
    if op is C.LITERAL:
        return chr(av).isascii() and chr(av).isdigit()  # type: ignore[arg-type]
    if op is C.IN:
        return all(kind is C.CATEGORY and value is C.CATEGORY_DIGIT
                   or kind is C.LITERAL and chr(value).isascii() and chr(value).isdigit()
                   or kind is C.RANGE and ord("0") <= value[0] <= value[1] <= ord("9")
                   for kind, value in av)  # type: ignore[attr-defined]
    return False


def _needs(items: Sequence) -> bool:
    for op, av in items:
        if _is_digit_item(op, av):
            return True
        if op in _REPEATS and av[0] >= 1 and _needs(av[2]):
            return True
        if op is C.SUBPATTERN and _needs(av[3]):
            return True
        if op is C.BRANCH and all(_needs(alternative) for alternative in av[1]):
            return True
    return False  # lookarounds, conditionals and back-references are not relied on


def needs_digit(pattern: re.Pattern) -> bool:
    """True when every match of `pattern` holds a digit (a str pattern with Unicode `\\d`)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return False
    return _needs(list(_parser.parse(pattern.pattern, pattern.flags)))
