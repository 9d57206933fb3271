"""Small helpers of the person rules: initials before a surname, names in capitals, places, next word."""
from __future__ import annotations

import re

from clio_assets.privacy.pii.address_words import place_names
from clio_assets.privacy.pii.names.gazetteer import SURNAME_SUFFIXES, surnames, uncommon_surname
from clio_assets.privacy.pii.person_words import ARTICLES, Tok, plain
from clio_assets.privacy.pii.text import UP

Span = tuple[int, int, float]


def initials_surname(toks: list[Tok], i: int, text: str) -> int:
    """End of "J. Okafor" / "A. B. Lindqvist" starting at toks[i], or -1: dotted capital initials,
    then a surname (by its ending, a known surname that is not a common word, or a very common one
    such as "Smith", unless an article makes the initial a grade or a letter: "an A. Good job")."""
    j = i
    while j < len(toks) and (j == i or toks[j].inline) and toks[j].initial and toks[j].word.isupper() \
            and text[toks[j].end - 1] == ".":
        j += 1
    if j == i or j >= len(toks) or not toks[j].inline or not toks[j].cap or plain(toks[j].word):
        return -1
    word, low = toks[j].word, toks[j].word.lower()
    article = i > 0 and toks[i - 1].word.lower() in ARTICLES
    if SURNAME_SUFFIXES.search(low) or uncommon_surname(word) or not article and surnames().get(low, 10**6) <= 1000:
        return j + 1
    return -1


def fold_capitals(text: str) -> str:
    """``text`` with its words in capitals capitalised, keeping every offset ("ILSE BRANDT" -> "Ilse Brandt")."""
    def fold(m: re.Match[str]) -> str:
        word = m.group()
        rest = "".join(c.lower() if len(c.lower()) == 1 else c for c in word[1:])
        return word[0] + rest
    return re.sub(rf"{UP}{{2,}}", fold, text)


def not_a_place(text: str, spans: list[Span]) -> list[Span]:
    """Two or more words that name a place ("Santa Clara", "Hong Kong") are not a person."""
    places = place_names()
    return [s for s in spans
            if " " not in text[s[0]:s[1]].strip() or " ".join(text[s[0]:s[1]].lower().split()) not in places]


def next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\W\d_]+)", text[pos:pos + 30])
    return m.group(1).lower() if m else ""


# "Cowley finished his career", "Sant migrated with his parents": a person's pronoun within a few
# lower-case words after a capitalised word, in the same clause, makes that word a person's name
_PERSON_PRONOUN_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,4}?[ \t]+(?:his|himself|herself)\b")


def pronoun_follows(text: str, end: int) -> bool:
    """Whether a person's possessive or reflexive pronoun follows text[:end] within five lower-case words."""
    return bool(_PERSON_PRONOUN_AFTER.match(text, end, min(len(text), end + 60)))
