"""The harm taxonomy of `harm_lexicon` in Spanish, French, German, Portuguese, Italian,
Chinese and Japanese: category -> cues (severity comes from the English table).

Latin-script cues are regex fragments on word boundaries; CJK cues match as substrings.
A general vocabulary of each harm, not fitted to any evaluation set. The tables are data:
``data/i18n_cues.yaml``.
"""
from __future__ import annotations

from clio_assets.facets.harm import read_data

_DATA = read_data("i18n_cues")

HARM_CUES_I18N: dict[str, tuple[str, ...]] = {category: tuple(cues) for category, cues in _DATA["harm_cues"].items()}

# Evasion and deception in the same languages (see `harm_intent`).
EVASION_I18N: tuple[str, ...] = tuple(_DATA["evasion"])
DECEPTION_I18N: tuple[str, ...] = tuple(_DATA["deception"])

del _DATA  # every table has its public name now
