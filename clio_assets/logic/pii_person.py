"""Person names from gazetteers, name grammar and context (no NER model exists offline).

Rules, most to least certain: a title or an introduction before capitalised words ("Dr.",
"my name is", "me llamo"); a known first name followed by surname(s), middle initials and
particles ("Faina D. Yefremova", "Maika van de Noort"); an unknown first name followed by a word
shaped like a surname ("Sieda Batukayev"); speaker labels of a dialogue; lists of surnames; a
lone unambiguous first name where it cannot be a capitalised sentence start; and finally every
other occurrence of a part of a name already found ("Kaczmarek ... Bonifacy Kaczmarek").
"""
from __future__ import annotations

import re

from clio_assets.logic.names_gazetteer import (
    AMBIGUOUS, SURNAME_SUFFIXES, first_names, is_first_name, is_unambiguous_first_name, looks_like_surname,
    name_weight, surnames,
)
from clio_assets.logic.pii_person_words import (
    ARTICLES, CJK_INTRO, HEADER_WORDS, NAME_LIST, PARTICLES, PERSON_VERBS, SALUTATION, SPEECH, STRONG_INTRO, TITLE,
    VERB_CUE,
    WEAK_INTRO, Tok, plain, surname_ok, tokens,
)
from clio_assets.logic.pii_text import at_sentence_start


def _full_name(toks: list[Tok], i: int, text: str) -> int:
    """Index one past the last token of a full name starting at toks[i], or -1."""
    t0 = toks[i]
    lower = t0.word.islower()
    if len(t0.word) < 2 or plain(t0.word) or not (t0.cap or lower):
        return -1
    low0 = t0.word.lower()
    if lower:  # "olga krylova": a common first name and a surname-shaped word, nothing else marks a name
        if not is_unambiguous_first_name(low0):
            return -1
        evidence = "shape"
    elif is_first_name(t0.word):
        evidence = "census" if low0 in AMBIGUOUS else "any"
    else:
        evidence = "shape"
    j, last = i + 1, -1
    while j < len(toks) and j - i <= 4 and toks[j].inline:
        w = toks[j]
        dotted = text[w.end - 1:w.end] == "."
        if w.initial and (w.word.isupper() and not lower or w.word.islower() and lower and dotted) and last < 0:
            if not lower:  # "Faina D. Yefremova": a middle initial marks a name, more so with its dot
                evidence = "any" if dotted else "census" if evidence == "shape" else evidence
        elif w.word.lower() in PARTICLES and not lower and last < 0 and j > i:
            evidence = "any"  # "Maika van de Noort": particles between capitalised words mark a name
        elif ((w.cap and not lower) or (lower and w.word.islower() and len(w.word) > 1)) and surname_ok(w.word, evidence):
            last = j
            if lower or j - i >= 2:  # at most first + two surnames ("Lucía Fernández García")
                break
        else:
            break
        j += 1
    return last + 1 if last > 0 else -1


def _ends(regex: re.Pattern[str], text: str) -> set[int]:
    return {m.end() for m in regex.finditer(text)}


def find_persons(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of person names in ``text``."""
    toks = tokens(text)
    lowercase = any(c.islower() for c in text) and not any(c.isupper() for c in text)
    # after a title, an introduction or a quote's "says": any capitalised words are a name
    strong, weak = _ends(STRONG_INTRO, text) | _ends(TITLE, text) | _ends(SPEECH, text), _ends(WEAK_INTRO, text)
    greeted = _ends(SALUTATION, text)
    found: list[tuple[int, int, float]] = []
    taken: set[int] = set()

    def add(i: int, j: int, score: float) -> None:
        found.append((toks[i].start, toks[j - 1].end, score))
        taken.update(range(i, j))

    def chain(i: int, allow_lower: bool) -> int:
        """End of a run of capitalised words, initials, particles from toks[i] (up to 5), or -1; lower-case
        words after the first only when surname-shaped ("my name is borna jerković but")."""
        j = i
        while j < len(toks) and j - i < 5 and (j == i or toks[j].inline):
            w = toks[j]
            lower_ok = allow_lower and w.word.islower() and (j == i or surname_ok(w.word, "shape"))
            initial = w.initial and w.word.isupper() and j > i  # "Martim A Pereira" (not the article "A")
            # particles between capitalised words: "Maria van der Berg"
            particle = j > i and w.word in PARTICLES and any(t.cap for t in toks[j + 1:j + 3])
            if not (initial or particle or (w.cap or lower_ok) and not plain(w.word, streets=False)):
                break
            j += 1
        while j > i and toks[j - 1].word in PARTICLES:  # never end on a particle
            j -= 1
        return j if j > i else -1

    for i, tok in enumerate(toks):
        if i in taken or i + 1 < len(toks) and toks[i + 1].start in strong:  # "Mr", "is": the cue itself
            continue
        if tok.start in strong:
            # lower case after "my name is" only in an all-lower-case text ("name is required")
            j = chain(i, tok.word.islower() and (lowercase or tok.word.lower() in first_names()))
            if j > 0:
                add(i, j, 0.85)
                continue
        j = _full_name(toks, i, text)
        # "The Princess Royal", "the Jordan River": after an article only a clear name
        # ("The Steffen Mauer version", "The Vide A. Persson version")
        if j > 0 and i > 0 and tok.inline and toks[i - 1].word.lower() in ARTICLES:
            j = j if name_weight(tok.word) >= 2 and tok.word.lower() not in AMBIGUOUS or any(t.initial for t in toks[i:j]) else -1
            if j < 0:
                continue
        if j > 0:
            add(i, j, 0.75)
            continue
        if not tok.cap or plain(tok.word):
            continue
        nxt = text[tok.end:tok.end + 3]
        possessive = nxt[:2] in ("'s", "’s")
        following = [t for t in toks[i + 1:i + 3] if t.inline]
        two = len(following) > 0 and following[0].cap and not plain(following[0].word)
        if tok.start in weak and two and looks_like_surname(following[0].word) and surnames().get(following[0].word.lower(), 1) <= 10000:
            add(i, i + 2, 0.7)  # "with Matheus Araujo": an introduction, then a common surname
        elif tok.start in weak and is_unambiguous_first_name(tok.word) or tok.start in greeted and is_first_name(tok.word):
            add(i, i + 1, 0.7)
        elif two and len(following) > 1 and following[1].word in PERSON_VERBS or following and following[0].word in PERSON_VERBS:
            add(i, i + 2 if two else i + 1, 0.6)  # "Anna Kowalczyk said", "Ciset lives on"
        elif is_unambiguous_first_name(tok.word) or possessive and looks_like_surname(tok.word) and SURNAME_SUFFIXES.search(tok.word.lower()):
            prev_cap = i > 0 and toks[i - 1].inline and toks[i - 1].cap and not at_sentence_start(text, toks[i - 1].start)
            next_word = following[0].word.lower() if following else ""
            cue = nxt[:1] in (",", ":") or possessive or next_word in VERB_CUE
            if not prev_cap and (cue or not at_sentence_start(text, tok.start)):
                add(i, i + 1, 0.6)
    found += _speaker_labels(text) + _name_lists(text) + _header_name(text)
    found += [(m.start(1), m.end(1), 0.7) for m in CJK_INTRO.finditer(text)]
    return found + _other_mentions(text, toks, found)


def _header_name(text: str) -> list[tuple[int, int, float]]:
    """The first line of a contact card or letter head ("Dreux Joly\nPaxata\n..."): a line of
    two or three capitalised words, one of them a known name, at the top of a multi-line text."""
    m = re.match(r"\s*[>*•-]?[ \t]*([^\n]{3,60})\n[^\n]*\n", text)
    if not m:
        return []
    words = m.group(1).strip().split()
    names = [w for w in words if len(w) > 1]
    if not (2 <= len(names) <= 3 and len(words) <= 4) or words[0].lower() in AMBIGUOUS:
        return []
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() and not plain(w) or re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return []
    if not any(is_first_name(w) or looks_like_surname(w) for w in names):
        return []
    return [(m.start(1), m.start(1) + len(m.group(1).rstrip()), 0.6)]


def _speaker_labels(text: str) -> list[tuple[int, int, float]]:
    """Dialogue speakers ("Lisa: ..."): all labels, once one of them is a known first name."""
    labels = [m for m in re.finditer(r"(?m)^[ \t]*([^\W\d_][\w'’-]+)[ \t]*:", text)
              if m.group(1)[:1].isupper() and m.group(1).lower() not in HEADER_WORDS and not plain(m.group(1))]
    if not any(is_unambiguous_first_name(m.group(1)) for m in labels):
        return []
    return [(m.start(1), m.end(1), 0.65) for m in labels]


def _name_lists(text: str) -> list[tuple[int, int, float]]:
    """"Kónya, Becker and Vasquez": single capitalised words, each a known name, one surely so."""
    out: list[tuple[int, int, float]] = []
    for m in NAME_LIST.finditer(text):
        items = list(re.finditer(r"[^\W\d_]+", m.group()))
        items = [w for w in items if w.group() not in ("and", "und", "et", "y", "e")]
        if not all(w.group()[:1].isupper() and not plain(w.group()) for w in items):
            continue
        strong = [is_unambiguous_first_name(w.group()) or bool(SURNAME_SUFFIXES.search(w.group().lower())) for w in items]
        known = [is_first_name(w.group()) or w.group().lower() in surnames() for w in items]
        if any(strong) and sum(k or s for k, s in zip(known, strong)) >= max(2, len(items) - 1):
            out += [(m.start() + w.start(), m.start() + w.end(), 0.6) for w in items]
    return out


def _other_mentions(text: str, toks: list[Tok], found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Every other occurrence of a word of a found name (the same person mentioned again)."""
    parts = {t.word for t in toks for s, e, _ in found
             if s <= t.start and t.end <= e and len(t.word) > 2 and not plain(t.word) and t.word.lower() not in AMBIGUOUS}
    return [(t.start, t.end, 0.6) for t in toks if t.word in parts]
