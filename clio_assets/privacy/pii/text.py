"""Character classes and word lists shared by the rule-based PII recognizers.

Python's ``re`` has no \\p{Lu}; names and addresses come in Latin (with every European
diacritic), Greek and Cyrillic scripts, so the upper/lower-case classes are generated
from ``str.isupper``/``str.islower`` over those blocks once at import.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Latin-1, Latin Extended-A/B, Greek, Cyrillic, Latin Extended Additional (Vietnamese)
_BLOCKS = [(0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF)]
_CHARS = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi + 1)]
UP = "[" + "".join(re.escape(c) for c in _CHARS if c.isupper()) + "]"
LO = "[" + "".join(re.escape(c) for c in _CHARS if c.islower()) + "ß'’]"
# A capitalised word ("Müller", "O'Neil", "McPherson", "Jean-Pierre"), an all-caps word
# ("LONDON", "ΑΓΛΑΝΤΖΙΑ") and any alphabetic word.
CAP = rf"{UP}{LO}+(?:{UP}{LO}+)?(?:-{UP}?{LO}+)*(?!\w)"
UPPER_WORD = rf"{UP}{{2,}}(?:-{UP}{{2,}})*(?!\w)"  # not the "NW" of the postcode "NW1 6XE"
ANY_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"

# Where a sentence starts a capitalised word proves nothing.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»()\[\]]\s*|\n\s*)$")


def at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 4):start]))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Function words of the languages we see most (spaCy ships these lists, no model needed)."""
    from spacy.lang.de.stop_words import STOP_WORDS as de
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.es.stop_words import STOP_WORDS as es
    from spacy.lang.fr.stop_words import STOP_WORDS as fr
    from spacy.lang.it.stop_words import STOP_WORDS as it
    from spacy.lang.nl.stop_words import STOP_WORDS as nl
    from spacy.lang.pt.stop_words import STOP_WORDS as pt

    return frozenset(en | es | fr | de | it | nl | pt)
