"""First-name gazetteer for offline person-name detection.

There is no offline NER model for spaCy on PyPI, so person names are found from a
gazetteer of ~48k international first names (the `gender-guesser` package's nam_dict,
which covers European, American and many Asian first names) combined with context:
a first name followed by a capitalised surname, or a name after a title or an
introduction ("my name is", "me llamo", "Dear", "Dr."). A lone capitalised first name
without context is not flagged, which keeps precision on words like "Will" or "May".
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import gender_guesser

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


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names from the gazetteer, minus common capitalised words."""
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names: set[str] = set()
    with path.open(encoding="iso-8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            token = line[3:29].strip()
            # '+' joins compound names ("Jean+Pierre"); keep each part.
            for part in token.replace("+", " ").replace("-", " ").split():
                if len(part) > 2 and part.isalpha():
                    names.add(part.lower())
    return frozenset(names - NOT_NAMES)


def is_first_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() in first_names()
