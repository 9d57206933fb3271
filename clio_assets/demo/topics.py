"""Phrase tables for the demo-data generator, read from ``phrases/*.yaml`` at import.

The tables are data, so they live in YAML files next to this module (one per topic
category plus ``shared.yaml``); this module only loads them and keeps the names the
generator reads (``T.TOPICS``, ``T.CLIENTS``, ...), with the exact Python types the
literal tables had.

``TOPICS`` maps category -> leaf -> language -> block. A block holds:

* ``requests``  - first user turns (templates with ``{slot}`` placeholders),
* ``followups`` - later user turns that stay on the same topic,
* ``replies``   - plausible short assistant turns,
* ``fillers``   - slot -> candidate values, in that language.

``SHARED_FILLERS[leaf]`` holds language-neutral slot values (library names, error
types, branch names, ...) merged under every language's fillers. No template
contains a person's name: names only ever enter text through PII injection, so the
ground truth of injected PII is complete.

Order inside every file matters: the generator draws by position from seeded random
streams, so reordering entries changes the generated data.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

PHRASES_DIR = Path(__file__).with_name("phrases")

# libyaml's CSafeLoader builds the same plain Python objects as yaml.safe_load (no
# Python tags) about ten times faster; the pure-Python SafeLoader is the fallback.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Block = dict[str, Any]              # requests / followups / replies / fillers of one language
Topic = dict[str, dict[str, Block]]  # leaf -> language -> block

# One data file per topic category. TOPICS keeps this order: the generator's leaf table,
# and therefore every seeded draw, depends on it.
CATEGORIES = ("coding", "education", "business", "creative_writing", "health_lifestyle", "science_tech",
              "personal_advice", "cyber_misuse", "fraud_scams", "violence_weapons", "self_harm")


def read_table(stem: str) -> Any:
    """The parsed content of ``phrases/<stem>.yaml`` (a fresh object on every call)."""
    with open(PHRASES_DIR / f"{stem}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_LOADER)


_SHARED: dict[str, Any] = read_table("shared")

# YAML has no tuple or set: the two tables that were not lists or dicts are converted back.
LANGUAGES: tuple[str, ...] = tuple(_SHARED["languages"])
LANGUAGE_WEIGHTS: dict[str, float] = _SHARED["language_weights"]
CATEGORY_WEIGHTS: dict[str, float] = _SHARED["category_weights"]
CONCERNING_CATEGORIES: frozenset[str] = frozenset(_SHARED["concerning_categories"])
LEAF_WEIGHTS: dict[str, float] = _SHARED["leaf_weights"]
SHARED_FILLERS: dict[str, dict[str, list[str]]] = _SHARED["shared_fillers"]

# Language-level decoration shared by all benign topics.
OPENERS: dict[str, list[str]] = _SHARED["openers"]
CLOSERS: dict[str, list[str]] = _SHARED["closers"]
ACKS: dict[str, list[str]] = _SHARED["acks"]
FOLLOWUP_REPLIES: dict[str, list[str]] = _SHARED["followup_replies"]
GENERIC_FOLLOWUPS: dict[str, list[str]] = _SHARED["generic_followups"]

# Personal data for injection.
FIRST_NAMES: dict[str, list[str]] = _SHARED["first_names"]
SURNAMES: dict[str, list[str]] = _SHARED["surnames"]
CJK_SURNAMES: dict[str, list[str]] = _SHARED["cjk_surnames"]
CJK_GIVEN_NAMES: dict[str, list[str]] = _SHARED["cjk_given_names"]
EMAIL_DOMAINS: dict[str, list[str]] = _SHARED["email_domains"]
ADDRESS_PARTS: dict[str, dict[str, list[str]]] = _SHARED["address_parts"]
PII_FRAMES: dict[str, dict[str, list[str]]] = _SHARED["pii_frames"]
TITLES: dict[str, list[str]] = _SHARED["titles"]

CLIENTS: list[str] = _SHARED["clients"]

# Rare, identifying situations (one or two users each).
RARE: dict[str, list[str]] = _SHARED["rare"]

TOPICS: dict[str, Topic] = {category: read_table(category) for category in CATEGORIES}

# The per-category names of the former literal tables; the same objects as in TOPICS.
CODING: Topic = TOPICS["coding"]
EDUCATION: Topic = TOPICS["education"]
BUSINESS: Topic = TOPICS["business"]
CREATIVE_WRITING: Topic = TOPICS["creative_writing"]
HEALTH_LIFESTYLE: Topic = TOPICS["health_lifestyle"]
SCIENCE_TECH: Topic = TOPICS["science_tech"]
PERSONAL_ADVICE: Topic = TOPICS["personal_advice"]
CYBER_MISUSE: Topic = TOPICS["cyber_misuse"]
FRAUD_SCAMS: Topic = TOPICS["fraud_scams"]
VIOLENCE_WEAPONS: Topic = TOPICS["violence_weapons"]
SELF_HARM: Topic = TOPICS["self_harm"]

del _SHARED  # every table has its public name now
