"""A general harm taxonomy for the offline concern score: category -> (severity, cues).

Written from public harm taxonomies (grave physical harm, weapons, violent and
non-violent crime, cyber misuse, fraud, sexual content and exploitation, hate and
harassment, privacy intrusion, disinformation, risky specialised advice, self-harm,
emotional reliance on the assistant) and not fitted to any evaluation set. Cues are
regex fragments matched case-insensitively on word boundaries. Severity: 5 grave harm to
people; 4 clear misuse; 3 risky, dual-use or intrusive; 2 sensitive but usually benign.
The severity 3-5 table is data (``data/severe_cues.yaml``); severity-2 categories are in
`harm_lexicon_sensitive`, other languages in `harm_lexicon_i18n`, context rules (intent,
protection) in `harm_intent`.
"""
from __future__ import annotations

from clio_assets.facets.harm import read_data, severity_table
from clio_assets.facets.harm.intent import RELATIONS
from clio_assets.facets.harm.lexicon_sensitive import SENSITIVE_CUES

_PEOPLE = rf"(?:him|her|them|someone|somebody|people|a person|a child|(?:my|his|her|their|our) {RELATIONS})"
# The data file writes this shared alternation as a token, so the relations stay defined once (in `harm_intent`).
PEOPLE_TOKEN = "{people}"


def _with_people(cues: tuple[str, ...]) -> tuple[str, ...]:
    # str.replace, not str.format: the cues are regexes full of {m,n} quantifiers
    return tuple(cue.replace(PEOPLE_TOKEN, _PEOPLE) for cue in cues)


SEVERE_CUES: dict[str, tuple[int, tuple[str, ...]]] = {
    category: (severity, _with_people(cues))
    for category, (severity, cues) in severity_table(read_data("severe_cues")).items()}

HARM_CUES: dict[str, tuple[int, tuple[str, ...]]] = {**SEVERE_CUES, **SENSITIVE_CUES}
