"""World-wide first names and surnames from Faker's per-locale name lists, and the common words.

gender-guesser's first names and the US census surnames miss much of the world (Hungarian,
Finnish, Slovene, Arabic, Turkish, Slavic names...). Faker (MIT) ships, for 86 locales, lists of
first names (by gender) and surnames that its contributors compiled from public sources:
national statistics offices' name statistics and Wikipedia's lists of common names. They are
lists of names, not records about anyone. The 1990 US census first names that the `names` package
ships (public domain, ranked by frequency) are added. We keep the names of at least three letters in Latin
or Cyrillic script that are not also common words; a name's rank is its place in a locale list
that gives frequencies, else the length of the (curated, short) list it is in.

Common words come from `wordfreq` (frequency lists shipped in its wheel): a word at or above
Zipf 3.5 (about once in 300,000 words) in a language we see is a word first and a name only
with context ("Happy", "Bora", "Leone" — lion in Italian). Frequent names are frequent words
too, so a first name the lists give (nearly) to one gender only is kept all the same ("Thiago").
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

COMMON_ZIPF = 3.5
COMMON_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
_NAME = re.compile(r"[A-Za-zÀ-ɏḀ-ỿЀ-ӿ]{3,}")  # one word, Latin (any diacritic) or Cyrillic letters
GENDERED_RATIO = 4
# (Chinese and Japanese locales also give their names romanised: "Guiying", "Takahashi")
_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "first_romanized_names",
          "first_romanized_names_male", "first_romanized_names_female")
_LAST = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")


@lru_cache(maxsize=4)
def frequent_words(languages: tuple[str, ...], zipf: float) -> frozenset[str]:
    """Lower-case words at or above ``zipf`` in any of ``languages`` (wordfreq's shipped lists)."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        return frozenset()
    floor = 10 ** (zipf - 9)
    return frozenset(w for lang in languages for w, f in get_frequency_dict(lang, "small").items() if f >= floor)


def common_words() -> frozenset[str]:
    """Lower-case words frequent in any of COMMON_LANGUAGES (names frequent in text count too:
    callers use this only for names no curated list knows)."""
    return frequent_words(COMMON_LANGUAGES, COMMON_ZIPF)


def _ranked(names: object) -> Iterable[tuple[str, int]]:
    """(name, rank) of one Faker list: by frequency where the list gives weights, else the list's length."""
    if isinstance(names, dict):
        ordered = sorted(names, key=lambda n: -float(names[n]))
        return ((n, i + 1) for i, n in enumerate(ordered))
    if isinstance(names, (list, tuple)):
        return ((n, len(names)) for n in names)
    return ()


def _census_first_names() -> dict[str, list[tuple[str, int]]]:
    """gender -> (name, rank) of the 1990 US census first names (`names` package), empty without it."""
    try:
        import names as names_pkg
    except ImportError:
        return {}
    out: dict[str, list[tuple[str, int]]] = {}
    for gender in ("male", "female"):
        path = Path(names_pkg.__file__).parent / f"dist.{gender}.first"
        rows = [line.split() for line in path.read_text(encoding="ascii").splitlines()]
        out[gender] = [(row[0].capitalize(), int(row[3])) for row in rows if len(row) == 4]
    return out


def _locale_providers() -> Iterable[type]:
    from faker.providers import person

    for module in pkgutil.iter_modules(person.__path__):
        yield importlib.import_module(f"faker.providers.person.{module.name}").Provider


WorldNames = tuple[dict[str, int], dict[str, int], frozenset[str]]


@lru_cache(maxsize=1)
def world_names() -> WorldNames:
    """(first names, surnames) -> best rank in any locale, and the first names the lists give to one
    gender only; empty when Faker is not installed."""
    try:
        providers = list(_locale_providers())
    except ImportError:
        return {}, {}, frozenset()
    common = common_words()
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    by_gender: dict[str, Counter[str]] = {"male": Counter(), "female": Counter()}
    lists = [(attr, _ranked(provider.__dict__.get(attr) or getattr(provider, attr, None)))
             for provider in providers for attr in _FIRST + _LAST]
    lists += [(f"first_names_{gender}", ranked) for gender, ranked in _census_first_names().items()]
    for attr, ranked in lists:
        for name, rank in ranked:
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                continue
            low = name.lower()
            target = first if attr in _FIRST else last
            target[low] = min(rank, target.get(low, rank))
            for gender in by_gender:
                if attr == f"first_names_{gender}":
                    by_gender[gender][low] += 1
    male, female = by_gender["male"], by_gender["female"]
    # two or more lists give it to one gender (three for an everyday word), GENDERED_RATIO times as many
    # as to the other: one or two lists' entries are noise ("Yen", "Carry", "Floor")
    gendered = frozenset(n for n in male.keys() | female.keys()
                         if max(male[n], female[n]) >= max(3 if n in common else 2,
                                                           GENDERED_RATIO * min(male[n], female[n])))
    # a frequent word is still a given name when the lists give it to one gender only ("Thiago",
    # "Andrzej"); other frequent words are words first ("Happy", "Bora")
    first = {n: r for n, r in first.items() if n not in common or n in gendered}
    last = {n: r for n, r in last.items() if n not in common}
    return first, last, gendered


def world_first_rank(low: str) -> int:
    """Best rank of ``low`` as a first name in any locale, 0 when unknown or a common word."""
    return world_names()[0].get(low, 0)


def world_surname_rank(low: str) -> int:
    return world_names()[1].get(low, 0)


def world_gendered(low: str) -> bool:
    """Is ``low`` a first name the lists give to one gender only (a given name, not a word put in a name field)?"""
    return low in world_names()[2]
