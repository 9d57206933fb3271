"""Street addresses by a small postal grammar: a street core, then unit/city/state/postcode/country parts.

A core is a street line in one of the world's common shapes: "742 Evergreen Terrace" (number,
name, type), "Calle Mayor 12" / "12 rue de Rivoli" (type first), "Hauptstraße 5" /
"Nørregade 14" (compound ending), "Kastani 12" (name and house number), PO and military boxes,
"the corner of X and Y". The extension then follows the address over commas and line breaks
("Apt. 4", "Springfield, IL 62704", "LONDON", "Estonia 62488"). A core whose shape alone is not
convincing ("Windows 10") is kept only with an address context before it or such an extension.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from clio_assets.privacy.pii.address_words import (
    CONTEXT,
    EN_TYPES,
    PRE_TYPES,
    SUFFIX_WORDS,
    SUFFIXES,
    UNITS,
    alternation,
    country_names,
)
from clio_assets.privacy.pii.text import CAP, UPPER_WORD
from clio_assets.shared.pattern_digits import ANY_DIGIT, needs_digit

_NUM = r"\d{1,6}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?![.,]?\d)"
_ORD = r"\d{1,4}(?:st|nd|rd|th|e|º|ª)"
_PART = (r"(?:de|del|della|dei|degli|delle|di|da|do|dos|das|du|des|la|le|las|los|van|von|der|den|ten|ter|het|y|e|i|"
         r"al|el|of|on|upon|sur|am|im|an)")
_NW = rf"(?:{CAP}|{UPPER_WORD}|{_ORD})"
_NAME = rf"{_NW}(?:[ \t]+(?:{_PART}[ \t]+){{0,2}}{_NW}){{0,3}}"
_WORDS = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"  # any words (types mark the street)
_STREETISH = rf"(?:(?:{_NW}|{_PART}|\d+[\w/-]*|[a-z]{{1,3}}\.)\.?[ \t]+){{0,4}}(?:{_NW}|\d+[\w/-]*)\.?"
_EN = alternation(EN_TYPES)
_PRE = alternation(PRE_TYPES)
_SUFFIXED = rf"[^\W\d_][\w'’-]*(?:{alternation(SUFFIXES)})"

# (regex, strong): strong shapes stand alone, weak ones need context or an extension.
_CORES = [
    (rf"\b(?:{_NUM}[ \t]+){{1,2}}(?P<name>{_NAME})[ \t]+(?i:{_EN})\b\.?", True),
    (rf"(?<![\w/])(?:{_NUM},?[ \t]+)?(?i:{_PRE})[ \t]*(?P<name>(?:{_NW}|"
     rf"{_PART})(?:[ \t]+[^\W\d_][\w'’.-]*){{0,3}}),?[ \t]*(?:n[º°o]\.?[ \t]*)?{_NUM}\b\.?", True),
    (rf"\b(?:{_NUM}[ \t]+)?{_NUM},?[ \t]+(?i:{_PRE})[ \t]+(?P<name>{_WORDS})", True),
    (rf"\b(?:{_NUM}[ \t]+)?(?P<name>(?:{_NAME}[ \t]+)?{_SUFFIXED}|"
     rf"(?:{_NAME}[ \t]+)(?:[^\W\d_]+[ \t]+){{0,2}}(?i:{alternation(SUFFIX_WORDS)}))[ \t]+{_NUM}\b\.?", True),
    (r"(?i:\b(?:\d{1,6}[ \t]+)?(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?box|post office box|apartado(?: de correos)?|"
     r"case postale|postfach|casilla)[ \t]*\d{1,6})", True),
    (r"\b(?:PSC|CMR|Unit)[ \t]+\d{1,5},?[ \t]+Box[ \t]+\d{1,5}", True),
    (rf"\b(?:USNS|USNV|USS|USCGC)[ \t]+{CAP}(?:[ \t]+{CAP})?", True),
    (r"\b(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}\b", True),
    # "the corner of 35 Pentelis Str. and ul. Grochowa 80": any street-like words on either side
    (rf"(?i:(?:the[ \t]+)?(?:corner|intersection|junction)[ \t]+of)[ \t]+{_STREETISH}[ \t]+(?:and|&|"
     rf"with)[ \t]+{_STREETISH}", True),
    (rf"\b{_NUM}[ \t]+(?P<name>{_NAME})(?:[ \t]+{_NUM}\b\.?)?", False),
    (rf"(?<![\w.])(?P<name>{_NAME})[ \t]+{_NUM}\b\.?", False),
    # 東京都港区六本木1-2-3 / 大阪市北区梅田3丁目1-1
    (r"(?:東京都|北海道|京都府|大阪府|[^\s、。はがをにでのへと]{2,3}県)?[^\s、。はがをにでのへと]{1,6}?"
     r"[市区町村][^\s、。]{0,8}?\d{1,4}(?:丁目|-|－)\d{1,4}(?:[-－]\d{1,4})?(?:号)?", True),
    # 北京市朝阳区建国路88号
    (r"[^\s，。]{2,4}[省市][^\s，。]{1,8}?[区县][^\s，。]{1,10}?[路街道巷][^\s，。]{0,6}?\d{1,5}号", True),
]
_CORE_RES = [(re.compile(p), strong) for p, strong in _CORES]
_NEEDS_DIGIT = [needs_digit(regex) for regex, _ in _CORE_RES]  # house numbers, postcodes: not run without a digit

# between address parts: a comma, one or two line breaks (a line may start with a bullet), spaces
_BREAKS = r"(?:[ \t]*\n[ \t]*(?:[-*•·?>|]+[ \t]*)?){0,2}"
_SEP = re.compile(rf"{_BREAKS}[ \t]*,?[ \t]*{_BREAKS}[ \t]*")
_UNIT = re.compile(rf"(?i:{UNITS})\.?[ \t]*(?:no\.?[ \t]*)?#?[ \t]*[\w-]{{1,6}}\b\.?")
_POSTCODE = (r"(?:\d{5}(?:-\d{4})?|\d{4}|\d{3}[ \t]?\d{2}|\d{2}-\d{3}|\d{6}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
             r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4}[ \t]?[A-Z]{2})(?![\w-])")
_STATE_ZIP = re.compile(rf"(?:[A-Z]{{2,3}}|(?i:[a-z]{{2}}))[ \t]+{_POSTCODE}|[A-Z]{{2,3}}(?![\w:])")
_ZIP = re.compile(_POSTCODE)
_PLACE = re.compile(rf"(?P<name>{_NAME}|(?i:[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}))"
                    rf"(?:[ \t]*\([^()\n]{{1,30}}\))?(?![ \t]*:)")
_PARENS = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def _plain_words(name: str) -> bool:
    """True when the words include an English function word ("at The Park"): not a street name.

    Only English: other languages' lists hold words that name streets ("Calle Mayor").
    """
    words = [w.lower().strip(".") for w in name.split()]
    return any(w in EN_STOP_WORDS and not re.fullmatch(_PART, w) for w in words) or not words


def _country_at(text: str, pos: int) -> int:
    """End of a country name starting at ``pos`` (case-insensitive), or -1."""
    words = list(re.finditer(r"[^\W\d_][\w.'’-]*", text[pos:pos + 60]))
    for n in range(min(len(words), 8), 0, -1):
        if words[0].start() == 0 and text[pos:pos + words[n - 1].end()].lower() in country_names():
            end = pos + words[n - 1].end()
            parens = _PARENS.match(text, end)
            return parens.end() if parens else end
    return -1


def _extend(text: str, pos: int, lowercase: bool) -> tuple[int, bool]:
    """Follow unit, city, state, postcode and country parts; (end, found unit/postcode/country).

    A city line is taken when capitalised; in an all-lower-case text only once a postcode,
    state or country after it confirms it.
    """
    end, cursor, evidence, places = pos, pos, False, 0
    for _ in range(8):
        sep = _SEP.match(text, cursor)
        if not sep or sep.end() == cursor:
            break
        p = sep.end()
        m = _UNIT.match(text, p) or _STATE_ZIP.match(text, p) or _ZIP.match(text, p)
        country_end = -1 if m else _country_at(text, p)
        if m or country_end > 0:
            end = cursor = m.end() if m else country_end
            evidence = True
            continue
        m = _PLACE.match(text, p)
        if m and places < 3 and not _plain_words(m.group("name")) and "\n" not in m.group():
            cursor, places = m.end(), places + 1
            if m.group("name")[:1].isupper() and not lowercase:
                end = cursor
            continue
        break
    return end, evidence


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of street addresses in ``text``."""
    # all lower-case (some people type so): cased letters, none upper-case; CJK has no case
    lowercase = any(c.islower() for c in text) and not any(c.isupper() for c in text)
    # in an all-lower-case text, match on a copy with every word capitalised (same length)
    view = re.sub(r"\b[^\W\d_]", lambda m: m.group().upper() if len(m.group().upper()) == 1 else m.group(),
                  text) if lowercase else text
    found: list[tuple[int, int, float]] = []
    digits = ANY_DIGIT.search(view) is not None
    for (regex, strong), digit in zip(_CORE_RES, _NEEDS_DIGIT):
        if digit and not digits:
            continue
        for m in regex.finditer(view):
            name = m.groupdict().get("name")
            if name and _plain_words(name):
                continue
            end, evidence = _extend(view, m.end(), lowercase)
            context = bool(CONTEXT.search(text[max(0, m.start() - 60):m.start()]))
            if (strong and not lowercase) or evidence or context:
                found.append((m.start(), end, 0.7 if strong else 0.6))
    return found
