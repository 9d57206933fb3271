"""Person names from gazetteers, name grammar and context (no NER model exists offline).

Rules, most to least certain: a title, an introduction or a relation noun before capitalised words
("Dr.", "my name is", "me llamo", "my friend"); a known first name followed by surname(s), middle
initials and particles ("Ilse K. Brandt", "Joost van der Linde"); an unknown first name followed by
a surname-shaped word or a known surname that is not a common word ("Tamsin Okonkwo"); initials
before a surname ("J. Okafor"); a lone first name where it cannot be a capitalised sentence start;
the layout rules of `pii_person_layout` (letter heads, sign-offs, dialogue labels, lists, names of
address); and finally every other mention of a name already found. Names written in capitals
("ILSE BRANDT") are read as capitalised words; two words naming a place ("Santa Clara") are dropped.
"""
from __future__ import annotations

import re

from clio_assets.privacy.pii.address_words import EN_TYPES, place_names
from clio_assets.privacy.pii.names.gazetteer import (
    AMBIGUOUS,
    SURNAME_SUFFIXES,
    first_names,
    is_first_name,
    is_unambiguous_first_name,
    looks_like_surname,
    name_weight,
    surnames,
)
from clio_assets.privacy.pii.names.world import common_words, world_gendered
from clio_assets.privacy.pii.person_coordination import list_mates
from clio_assets.privacy.pii.person_cues import EN_KIN, RELATION
from clio_assets.privacy.pii.person_layout import (
    email_names,
    header_name,
    name_lists,
    other_mentions,
    sign_off,
    speaker_labels,
    surname_first,
    vocatives,
)
from clio_assets.privacy.pii.person_shapes import (
    fold_capitals,
    initials_surname,
    next_word,
    not_a_place,
    pronoun_follows,
)
from clio_assets.privacy.pii.person_words import (
    ARTICLES,
    CJK_INTRO,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_VERBS,
    SALUTATION,
    SPEECH,
    STRONG_INTRO,
    TITLE,
    VERB_CUE,
    WEAK_INTRO,
    Tok,
    plain,
    surname_ok,
    tokens,
)
from clio_assets.privacy.pii.text import UP, at_sentence_start

Span = tuple[int, int, float]
# cues that point at a person even in lower case ("for", "from", "is" point at anything)
_LOWER_CUE = re.compile(r"\b(?:to|with|and|tell|ask|told|asked|text|texted|call|called|email|emailed|message|ping|"
                        r"remind|invite|invited|thank|thanks|meet|met|this is|i'm|i am|named|marry|married|date|dating|"
                        r"kiss|hug|miss|me)[ \t,:]*$")
_DETERMINERS = frozenset("the a an my your our their his her its this these those it me us them him".split())
_PLACE_TYPES = frozenset(EN_TYPES)  # "olive garden", "ruby lake": a place named after a name
_NUMBER_AFTER = re.compile(r"[ \t]*\d")  # "jan 15th": a month, not a name
_CAPS_RUN = re.compile(rf"{UP}{{2,}}\.?[ \t]+{UP}{{2,}}")


def _full_name(toks: list[Tok], i: int, text: str) -> int:
    """Index one past the last token of a full name starting at toks[i], or -1."""
    t0 = toks[i]
    lower = t0.word.islower()
    if len(t0.word) < 2 or plain(t0.word) or not (t0.cap or lower):
        return -1
    low0 = t0.word.lower()
    if lower:  # "ilse brandt": a common first name and a surname-like word, nothing else marks a name
        if not is_unambiguous_first_name(low0, world=True):
            return -1
        evidence = "shape"
    elif is_first_name(t0.word, world=True):
        # after a name that is also a frequent word, a surname-like word: "Elder Scrolls" is no person
        evidence = "census" if low0 in AMBIGUOUS or not is_first_name(t0.word) and low0 in common_words() else "any"
    else:  # an unknown first word: only an everyday word ("Meet") needs a surname-shaped word after it
        evidence = "suffix" if low0 in common_words() else "shape"
    j, last = i + 1, -1
    while j < len(toks) and j - i <= 4 and toks[j].inline:
        w = toks[j]
        dotted = text[w.end - 1:w.end] == "."
        if w.initial and (w.word.isupper() and not lower or w.word.islower() and lower) and last < 0:
            # "Ilse K. Brandt": a middle initial marks a name, more so with its dot
            if not lower and evidence != "suffix":
                evidence = "any" if dotted else "census" if evidence == "shape" else evidence
        elif w.word.lower() in PARTICLES and not lower and last < 0 and j > i:
            evidence = "any"  # "Joost van der Linde": particles between capitalised words mark a name
        elif ((w.cap or w.arabic_article) and not lower or lower and w.word.islower() and len(w.word) > 1) \
                and surname_ok(w.word, evidence) \
                or w.word.isupper() and len(w.word) > 1 and not lower and evidence == "any" \
                and looks_like_surname(w.word, world=True):
            # (the last: a surname in capitals after a known first name, as in French: "Anna OKAFOR")
            last = j
            if lower or j - i >= 2:  # at most first + two surnames ("Lucía Fernández García")
                break
        else:
            break
        j += 1
    return last + 1 if last > 0 else -1


def _ends(regex: re.Pattern[str], text: str) -> set[int]:
    return {m.end() for m in regex.finditer(text)}


def find_persons(text: str) -> list[Span]:
    """(start, end, score) of person names in ``text``."""
    found = _find(text, any(c.islower() for c in text) and not any(c.isupper() for c in text))
    if _CAPS_RUN.search(text):  # names in capitals read as capitalised: only spans without lower-case letters,
        # and, since capitals are also acronyms ("PIN ASAP"), only after a title or ending in a surname
        for start, end, score in _find(fold_capitals(text), False):
            words = list(re.finditer(r"\S+", text[start:end]))
            while score < 0.85 and len(words) > 1 and not looks_like_surname(words[-1].group().strip(".,"), world=True):
                words.pop()  # "SOFIA BRANDT CALLED": drop the words after the surname
            if not any(c.islower() for c in text[start:end]) and (score >= 0.85 or len(words) > 1):
                found.append((start, start + words[-1].end(), score))
    return found


def _find(text: str, lowercase: bool) -> list[Span]:
    toks = tokens(text)
    # after a title, an introduction or a quote's "says": any capitalised words are a name
    strong, weak = _ends(STRONG_INTRO, text) | _ends(TITLE, text) | _ends(SPEECH, text), _ends(WEAK_INTRO, text)
    greeted = _ends(SALUTATION, text)
    relations = list(RELATION.finditer(text))
    related = {m.end(): m.group("en") for m in relations}  # cue end -> the English relation noun, if any
    cue_words = {i for i, t in enumerate(toks) for m in relations if m.start() <= t.start < m.end()}  # "meine Kollegin"
    found: list[Span] = []
    taken: set[int] = set()

    def add(i: int, j: int, score: float) -> None:
        found.append((toks[i].start, toks[j - 1].end, score))
        taken.update(range(i, j))

    def chain(i: int, allow_lower: bool) -> int:
        """End of a run of capitalised words, initials, particles from toks[i] (up to 5), or -1; lower-case
        words after the first only when surname-like ("my name is dario kovačević but")."""
        j = i
        while j < len(toks) and j - i < 5 and (j == i or toks[j].inline):
            w = toks[j]
            lower_ok = allow_lower and w.word.islower() and (j == i or surname_ok(w.word, "shape"))
            initial = w.initial and w.word.isupper() and j > i  # "Rui A Tavares" (not the article "A")
            # particles between capitalised words: "Maria van der Berg"
            particle = j > i and w.word in PARTICLES and any(t.cap for t in toks[j + 1:j + 3])
            if not (initial or particle
                    or (w.cap or lower_ok or j > i and w.arabic_article) and not plain(w.word, streets=False)):
                break
            j += 1
        while j > i and toks[j - 1].word in PARTICLES:  # never end on a particle
            j -= 1
        return j if j > i else -1

    for i, tok in enumerate(toks):
        if i in taken or i in cue_words or i + 1 < len(toks) and toks[i + 1].start in strong:
            continue  # "Mr", "is", "my friend": the cue itself
        if tok.start in strong:
            # lower case after "my name is" only in an all-lower-case text ("name is required")
            j = chain(i, tok.word.islower() and (lowercase or tok.word.lower() in first_names()))
            if j > 0:
                add(i, j, 0.85)
                continue
        if tok.start in related:  # "my friend Anna", "my cousin linda" (in lower case: a first name after a kin word)
            noun = (related[tok.start] or "").lower()
            lower_ok = tok.word.islower() and (not noun or noun in EN_KIN) \
                and is_unambiguous_first_name(tok.word, world=True)
            j = chain(i, False) if tok.cap else chain(i, True) if lower_ok else -1
            if j > 0:
                add(i, j, 0.75)
                continue
        j = _full_name(toks, i, text)
        # "The Princess Royal", "the Jordan River": after an article only a clear name
        if j > 0 and i > 0 and tok.inline and toks[i - 1].word.lower() in ARTICLES:
            j = j if name_weight(tok.word, world=True) >= 2 and tok.word.lower() not in AMBIGUOUS \
                or any(t.initial for t in toks[i:j]) else -1
            if j < 0:
                continue
        if j < 0 and tok.initial:
            j = initials_surname(toks, i, text)
        if j > 0:
            add(i, j, 0.75)
            continue
        if tok.cap and not plain(tok.word):
            _lone_name(text, toks, i, weak, greeted, add)
        elif lowercase \
                and (tok.start in weak and _LOWER_CUE.search(text, max(0, tok.start - 12), tok.start)
                     or tok.start in greeted) \
                and is_unambiguous_first_name(tok.word) and world_gendered(tok.word) and not plain(tok.word) \
                and tok.word not in place_names() and next_word(text, tok.end) not in _DETERMINERS \
                and not _NUMBER_AFTER.match(text, tok.end) and next_word(text, tok.end) not in _PLACE_TYPES:
            # all in lower case: "text ilse i'm late", "hi tamsin"; a gendered name, since many first names
            # are lower-case words too ("olive", "carry"); not a verb before its object ("to edit the")
            add(i, i + 1, 0.6)
    found += speaker_labels(text) + name_lists(text) + header_name(text) + sign_off(text) + vocatives(text)
    found += surname_first(text) + email_names(text, toks)
    found += [(m.start(1), m.end(1), 0.7) for m in CJK_INTRO.finditer(text)]
    found = not_a_place(text, found)
    found += list_mates(text, found)
    return found + other_mentions(toks, found)


def _lone_name(text: str, toks: list[Tok], i: int, weak: set[int], greeted: set[int], add) -> None:
    """One capitalised word, maybe with a surname after it, that no full-name rule took."""
    tok = toks[i]
    nxt = text[tok.end:tok.end + 3]
    possessive = nxt[:2] in ("'s", "’s")
    following: list[Tok] = []  # the next two words, only while joined by spaces
    for t in toks[i + 1:i + 3]:
        if not t.inline:
            break
        following.append(t)
    two = len(following) > 0 and following[0].cap and not plain(following[0].word)
    if (tok.start in weak and two and tok.word.lower() not in common_words()
            and looks_like_surname(following[0].word, world=True)
            and surnames().get(following[0].word.lower(), 1) <= 10000):
        add(i, i + 2, 0.7)  # "with Kasper Wrona": an introduction, then a name and a common surname
    elif tok.start in weak and is_unambiguous_first_name(tok.word, world=True) \
            or tok.start in greeted and is_first_name(tok.word, world=True):
        add(i, i + 1, 0.7)
    elif two and len(following) > 1 and following[1].word in PERSON_VERBS \
            or following and following[0].word in PERSON_VERBS \
            and (tok.word.lower() not in common_words() or is_first_name(tok.word)):
        add(i, i + 2 if two else i + 1, 0.6)  # "Anna Kowalczyk said", "Orsolya lives in" (not "Critics said")
    elif [t.word for t in following[:2]] == ["was", "born"] \
            or possessive and next_word(text, tok.end + 2) in PERSON_NOUNS \
            or tok.word.lower() not in common_words() and tok.word.lower() not in AMBIGUOUS \
            and pronoun_follows(text, tok.end) \
            and tok.word not in place_names():
        # "Orsolya was born", "Okonkwo's wife", "Cowley finished his career": only people are born or
        # married, or have a "his"
        add(i, i + 1, 0.6)
    else:
        known = is_unambiguous_first_name(tok.word, world=True)  # a clear first name may stand alone mid-sentence
        # "Kowalczyk's": a surname by its ending only; known surnames are brands as often ("Macy's")
        surname = possessive and SURNAME_SUFFIXES.search(tok.word.lower())
        # (a lone known surname is not enough: as many are brands and products, "Keras", "Atari")
        if known or surname:
            prev_cap = i > 0 and toks[i - 1].inline and toks[i - 1].cap \
                and not at_sentence_start(text, toks[i - 1].start)
            after = following[0].word.lower() if following else ""
            cue = nxt[:1] in (",", ":") or possessive or after in VERB_CUE
            if not prev_cap and (cue or known and not at_sentence_start(text, tok.start)):
                add(i, i + 1, 0.6)
