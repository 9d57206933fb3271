"""Name gazetteers for offline person-name detection.

There is no offline NER model for spaCy on PyPI, so person names are found from gazetteers
combined with context:
- first names: ~37k international first names from the `gender-guesser` package's nam_dict
  (European, American and many Asian names);
- surnames: the ~89k surnames of the US census that the `names` package ships (optional: the
  scrubber works without it, recalling fewer surnames), plus surname morphology
  (-ová, -ski, -sson, -dóttir, -enko, -ović, -poulos, -shvili, ...), which covers families of
  surnames no list does.
A lone capitalised first name without context is not flagged when it is also a common word
("Will", "May", "Grace"), which keeps precision on ordinary requests.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import gender_guesser

from clio_assets.privacy.pii.names.world import common_words, world_first_rank, world_gendered, world_surname_rank

# Capitalised words that start sentences or name things far more often than people.
NOT_NAMES = frozenset(
    """i a an the this that these those my your our their his her its we you they he she it
    can could will would may might must shall should do does did is are was were be been
    have has had if when what why how where which who please thanks thank hello hi hey dear
    yes no ok okay also and or but so then now here there today tomorrow yesterday
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december python java javascript sql excel
    english spanish french german chinese japanese italian portuguese google microsoft apple
    amazon christmas easter god""".split()
)
# First names that are also everyday words, brands or tools: flagged only with a surname or
# an unambiguous context ("my name is", "Dear", a title), never alone.
AMBIGUOUS = NOT_NAMES | frozenset(
    """amber angel april art autumn bill bishop blue bob brook brooke buck bud carol chance
    chase cherry clay cliff crystal daisy dale dash dawn dean destiny dick don dot drew dusty
    earl ebony eve faith fern flora forrest frank gale gene ginger gay glen glory golden grace
    grant guy hazel heath heather holly honey hope hunter iris ivy jack jade jasmine jay jewel
    joy june justice king lady lane lark laurel lee les liberty lily long love lucky mark marsh
    mason max melody mercy miles misty moon morning rich rob robin rock rose rosemary ruby rusty
    sage sandy scout september sky skye sol star sterling stone storm summer sunny sunshine
    taylor terry tiger trinity true victory violet wade walker ward warren will winter wolf
    young claude gemini julia ada alexa siri cortana django jupyter swift kotlin rust perl dart
    flask react angular vue docker linux ubuntu debian fedora windows android chrome firefox
    safari opera tesla mercedes dell visa kelvin newton pascal ampere watt joule hertz gauss ohm
    lincoln jordan victoria georgia florence paris sydney chelsea austin dallas phoenix orlando
    charlotte savannah adelaide israel china india kenya
    man son sun van von der den del la le de da di do du dos das mon bin""".split()
)
SURNAME_SUFFIXES = re.compile(
    r"(?:ová|ova|eva|ov|ev|ski|ska|sky|ský|ská|cki|cka|wicz|vich|vić|vic|ić|enko|chuk|czuk|"
    r"sson|dson|kson|lson|nson|rson|tson|pson|gson|bson|sen|dóttir|dottir|ström|strom|qvist|quist|"
    r"mann|stein|bauer|meier|mayer|escu|eanu|elli|etti|ucci|opoulos|poulos|idis|akis|iadis|yan|"
    r"shvili|dze|oğlu|oglu|auskas|avičius|evičius|ienė|aitė|ytė|nen|moto|mura|kawa|gawa|yama|"
    r"shita|guchi|zawa|sawa|bayashi|ez|az)$"
)
WORLD_COMMON_RANK = 1000  # a world first name this common somewhere may stand alone
# Ordinary words that happen to end like a surname.
_SUFFIX_EXCEPTIONS = frozenset(
    """person comparison lesson season reason poison prison garrison liaison unison mason
    seven eleven often open seen green queen screen between chosen frozen golden sudden
    hidden kitchen children women chicken listen garden heaven oven raven even then when
    alsen essen kitten written broken taken token woken dozen citizen linen ribbon
    review preview interview improv dev prev cov gov rev nov sky sov
    mann stein ski ska cyan geneva nova casanova supernova""".split()
)


def _gazetteer_words(token: str) -> list[str]:
    # '+' joins compound names ("Jean+Pierre"); keep each part.
    return [p.lower() for p in token.replace("+", " ").replace("-", " ").split() if len(p) > 2 and p.isalpha()]


@lru_cache(maxsize=1)
def _first_name_weights() -> dict[str, int]:
    """Lower-cased first name -> its highest frequency class in any country (1 rare .. 13 very common).

    nam_dict gives, per country, a hex digit for how common a name is; many rare entries are
    also ordinary words ("Visa", "Flip"), so weak evidence asks for a name common somewhere.
    """
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    weights: dict[str, int] = {}
    # the file is UTF-8 (gender_guesser reads it so); "=" lines pair a name with a variant
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            fields = line[3:].split("  ")[0].strip()
            codes = [int(c, 16) for c in line[30:].split("$")[0] if c in "123456789ABCD"]
            weight = max(codes, default=1)
            for token in fields.split(" ") if line.startswith("=") else [fields]:
                for word in _gazetteer_words(token):
                    weights[word] = max(weights.get(word, 0), weight)
    return {w: n for w, n in weights.items() if w not in NOT_NAMES}


def first_names() -> dict[str, int]:
    """Lower-cased first names (minus common capitalised words) -> frequency class."""
    return _first_name_weights()


def name_weight(word: str, world: bool = False) -> int:
    """How common ``word`` is as a first name somewhere: 0 unknown, 1 rare .. 13 very common.
    A hyphenated name ("Jean-Pierre") counts when each part is a first name. ``world`` adds
    the world list's names (Faker's locales, `world.py`; not common words): 2 when among a locale's top
    WORLD_COMMON_RANK, else 1."""
    weights = []
    for part in word.lower().split("-"):
        weight = _first_name_weights().get(part, 0)
        if weight < 2 and world and (rank := world_first_rank(part)):
            # only a common, gendered name that is not also a frequent word ("Said", "Per") may stand alone
            weight = 2 if rank <= WORLD_COMMON_RANK and part not in common_words() and world_gendered(part) else 1
        weights.append(weight)
    return min(weights) if weights else 0


@lru_cache(maxsize=1)
def surnames() -> dict[str, int]:
    """Lower-cased US-census surnames -> frequency rank (1 = most common); empty without `names`."""
    try:
        import names as names_pkg
    except ImportError:
        return {}
    path = Path(names_pkg.__file__).parent / "dist.all.last"
    ranks: dict[str, int] = {}
    with path.open(encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 4 and parts[0].isalpha() and len(parts[0]) > 2:
                ranks[parts[0].lower()] = int(parts[3])
    return ranks


def is_first_name(word: str, world: bool = False) -> bool:
    return word[:1].isupper() and name_weight(word, world) > 0


def is_unambiguous_first_name(word: str, world: bool = False) -> bool:
    """A first name not known only from one rare entry ("Visa", "Flip") and not also an everyday
    word, so it may stand alone."""
    return name_weight(word, world) >= 2 and word.lower() not in AMBIGUOUS


_ARTICLES = frozenset("al el ad ag an ar as ash at az bin ibn abu abd".split())


def _surname_parts(word: str) -> list[str]:
    """Lower-cased parts of a double-barrelled surname ("García-López", "al-Rashid" -> "rashid")."""
    parts = word.lower().rstrip("'’").replace("'", "").replace("’", "").split("-")  # "O'Brien" is "obrien" in the lists
    return [p for p in parts if p not in _ARTICLES] if len(parts) > 1 else parts


def looks_like_surname(word: str, world: bool = False) -> bool:
    """A known surname or a word shaped like one (by a typical surname ending); a double-barrelled
    one when any of its parts is."""
    parts = _surname_parts(word)
    if len(parts) > 1:
        return all(len(p) > 1 for p in parts) and any(looks_like_surname(p, world) for p in parts)
    low = parts[0] if parts else ""
    if len(low) < 3 or low in AMBIGUOUS or low in _SUFFIX_EXCEPTIONS:
        return False
    return low in surnames() or world and world_surname_rank(low) > 0 or bool(SURNAME_SUFFIXES.search(low))


def uncommon_surname(word: str) -> bool:
    """A known surname (census or world list) that is not also a common word ("Okonkwo", not "Fisher")."""
    parts = _surname_parts(word)
    if len(parts) != 1:
        return len(parts) > 1 and any(uncommon_surname(p) for p in parts)
    low = parts[0]
    return (low in surnames() or world_surname_rank(low) > 0) and low not in common_words() and low not in AMBIGUOUS
