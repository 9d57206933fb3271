"""Person names found by where they stand: a letter head, a letter's signature, dialogue labels,
a list of surnames, a name of address ("See you soon, Ilse!"), and later mentions of a name already found.

Each rule is layout or grammar that holds for any text; the gazetteers only confirm that the
word in that place can be a name.
"""
from __future__ import annotations

import re

from clio_assets.privacy.pii.names.gazetteer import (
    AMBIGUOUS,
    NOT_NAMES,
    SURNAME_SUFFIXES,
    is_first_name,
    is_unambiguous_first_name,
    looks_like_surname,
    uncommon_surname,
)
from clio_assets.privacy.pii.names.world import common_words
from clio_assets.privacy.pii.person_cues import SIGN_OFF
from clio_assets.privacy.pii.person_words import HEADER_WORDS, NAME_LIST, Tok, plain
from clio_assets.privacy.pii.text import at_sentence_start

Span = tuple[int, int, float]
_WORD = r"[^\W\d_][\w'’-]*"
# ", Ilse!" / ", Grace?" / ", Tamsin." at the end of a sentence: a name of address
_VOCATIVE_END = re.compile(rf"([^\W_]+)?,[ \t]+({_WORD})[ \t]*(?=[!?]|\.(?:\s|$)|$)")
# "Grace, can you ..." at the start of a sentence: a name, a comma, then words addressed to that person
_VOCATIVE_START = re.compile(
    rf"({_WORD}),[ \t]+(?=(?i:you|your|can|could|would|will|please|i|i'm|i’m|we|let's|do|did|are|have|"
    r"what|where|when|how|why|thanks|thank|look|listen|come|wait|stop|tell|don't|don’t)\b)"
)


def header_name(text: str) -> list[Span]:
    """The first line of a contact card or letter head ("Ilse Brandt\nAcme GmbH\n..."): a line of
    two or three capitalised words, one of them a known name, at the top of a multi-line text.
    A bullet of any symbols may lead each line ("• ", "*** ")."""
    m = re.match(r"\s*(?:[^\w\s]{1,3}[ \t]*)?([^\n]{3,60})\n[^\n]*\n", text)
    if not m:
        return []
    words = m.group(1).strip().split()
    names = [w for w in words if len(w) > 1]
    if not (2 <= len(names) <= 3 and len(words) <= 4) or words[0].lower() in AMBIGUOUS:
        return []
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() and not plain(w) or re.fullmatch(r"[A-Z]\.?", w)
               for w in words):
        return []
    if not any(is_first_name(w, world=True) or looks_like_surname(w, world=True) for w in names):
        return []
    return [(m.start(1), m.start(1) + len(m.group(1).rstrip()), 0.6)]


def sign_off(text: str) -> list[Span]:
    """The writer's name on the line after a closing ("Best regards,\nAnna Brandt"): one to four
    name-like words (capitalised, initials, or a lone lower-case first name), one of them known."""
    out: list[Span] = []
    for m in SIGN_OFF.finditer(text):
        words = m.group(1).split()
        if not 1 <= len(words) <= 4:
            continue
        shaped = all(re.fullmatch(r"[A-Z]\.?", w)
                     or w[:1].isupper() and w[1:].islower() and w.isalpha() and not plain(w)
                     for w in words)
        lone_lower = len(words) == 1 and words[0].islower() and is_unambiguous_first_name(words[0], world=True)
        known = any(is_first_name(w, world=True) or uncommon_surname(w) or looks_like_surname(w, world=True)
                    for w in words)
        if shaped and known or lone_lower:
            out.append((m.start(1), m.end(1), 0.7))
    return out


# "Okafor, Tamsin" / "Name: Brandt, Ilse K." - a surname, a comma, a first name, at the start of a line or field
_SURNAME_FIRST = re.compile(rf"(?m)(?:^|[:;][ \t]*)[ \t]*({_WORD}),[ \t]+({_WORD})(?:[ \t]+[A-Z]\.?)?"
                            rf"(?=[ \t]*(?:$|[,;()]))")


def surname_first(text: str) -> list[Span]:
    """A listed name, surname first: a surname-like word, a comma, then a known first name."""
    out: list[Span] = []
    for m in _SURNAME_FIRST.finditer(text):
        last, first = m.group(1), m.group(2)
        if (last[:1].isupper() and not plain(last) and looks_like_surname(last, world=True)
                and is_first_name(first, world=True) and first.lower() not in AMBIGUOUS):
            out.append((m.start(1), m.end(), 0.65))
    return out


def speaker_labels(text: str) -> list[Span]:
    """Dialogue speakers ("Lisa: ..."): all labels, once one of them is a known first name."""
    labels = [m for m in re.finditer(r"(?m)^[ \t]*([^\W\d_][\w'’-]+)[ \t]*:", text)
              if m.group(1)[:1].isupper() and m.group(1).lower() not in HEADER_WORDS and not plain(m.group(1))]
    if not any(is_unambiguous_first_name(m.group(1), world=True) for m in labels):
        return []
    return [(m.start(1), m.end(1), 0.65) for m in labels]


def name_lists(text: str) -> list[Span]:
    """"Okafor, Lindqvist and Haddad": single capitalised words, each a known name, one surely so."""
    out: list[Span] = []
    for m in NAME_LIST.finditer(text):
        items = list(re.finditer(r"[^\W\d_]+", m.group()))
        items = [w for w in items if w.group() not in ("and", "und", "et", "y", "e")]
        if not all(w.group()[:1].isupper() and not plain(w.group()) for w in items):
            continue
        strong = [is_unambiguous_first_name(w.group(), world=True) or bool(SURNAME_SUFFIXES.search(w.group().lower()))
                  for w in items]
        known = [is_first_name(w.group(), world=True) or looks_like_surname(w.group(), world=True) for w in items]
        if any(strong) and sum(k or s for k, s in zip(known, strong)) >= max(2, len(items) - 1):
            out += [(m.start() + w.start(), m.start() + w.end(), 0.6) for w in items]
    return out


def _addressable(word: str) -> bool:
    """May ``word`` be the name someone is addressed by? A capitalised first name or an uncommon
    surname; an everyday-word name ("Grace", "Rose") too, since the grammar is the evidence."""
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower()) or plain(word) or low in NOT_NAMES:
        return False
    world = is_first_name(word, world=True) and low not in common_words()  # not "Umm"
    return is_first_name(word) or world or low in AMBIGUOUS or uncommon_surname(word)


def vocatives(text: str) -> list[Span]:
    """Names of address: ", Ilse!" closing a sentence, "Grace, can you ..." opening one.

    After a capitalised word the comma more likely separates places ("Atlanta, Georgia?"), so
    that is skipped; a closing "." accepts only names that are not also everyday words."""
    out: list[Span] = []
    for m in _VOCATIVE_END.finditer(text):
        before, word = m.group(1) or "", m.group(2)
        if before[:1].isupper() and not at_sentence_start(text, m.start(1)) or not _addressable(word):
            continue
        if text[m.end():m.end() + 1] in "!?" or word.lower() not in AMBIGUOUS:
            out.append((m.start(2), m.end(2), 0.6))
    for m in _VOCATIVE_START.finditer(text):
        word, after = m.group(1), text[m.end():m.end() + 8].lower()
        # an everyday-word name only before words that address a person ("Grace, can you", not "Paris, I love")
        if word.lower() in AMBIGUOUS \
                and not re.match(r"(?:you|your|can|could|would|will|please|do|did|are|have)\b", after):
            continue
        if at_sentence_start(text, m.start(1)) and _addressable(word):
            out.append((m.start(1), m.end(1), 0.6))
    return out


_EMAIL_LOCAL = re.compile(r"([A-Za-z][A-Za-z0-9._%+-]*)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# "Tamsin Okonkwo <tamsin@example.com>": the display name of an address
_DISPLAY_NAME = re.compile(rf"({_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*<[^<>@\s]+@")


def email_names(text: str, toks: list[Tok]) -> list[Span]:
    """Words that spell an e-mail address's local part: the display name before "<address>", and two
    adjacent words that together make the local part ("Ilse Brandt" ... "ilse.brandt@", "IlseBrandt@")."""
    if "@" not in text:
        return []
    out = [(m.start(1), m.end(1), 0.7) for m in _DISPLAY_NAME.finditer(text)
           if all(w[:1].isupper() and not plain(w) for w in m.group(1).split())]
    locals_ = {re.sub(r"[^a-z]", "", m.group(1).lower()) for m in _EMAIL_LOCAL.finditer(text)}
    for a, b in zip(toks, toks[1:]):
        pair = (a.word + b.word).lower()
        if b.inline and len(a.word) > 1 and len(b.word) > 1 and not plain(a.word) and not plain(b.word) \
                and any(pair in local or (b.word + a.word).lower() in local for local in locals_):
            out.append((a.start, b.end, 0.7))
    return out


def other_mentions(toks: list[Tok], found: list[Span]) -> list[Span]:
    """Every other occurrence of a word of a found name (the same person mentioned again)."""
    parts = {t.word for t in toks for s, e, _ in found
             if s <= t.start and t.end <= e and len(t.word) > 2 and not plain(t.word)
             and t.word.lower() not in AMBIGUOUS}
    return [(t.start, t.end, 0.6) for t in toks if t.word in parts]
