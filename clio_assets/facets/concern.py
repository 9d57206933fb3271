"""The offline concern score: a general harm taxonomy read in context.

`concern_level(text)` -> 1..5 (the facet), `concern_risk(text)` -> a continuous score
whose integer part is that level, for ranking (AUROC) and tie-breaking. Signals:

1. harm cues by category and severity (`harm_lexicon`, `harm_lexicon_i18n`, plus the
   original multilingual `lexicons.CONCERN_CUES`);
2. intent (`harm_intent`): evasion of detection, deception, a named relation as target,
   stereotyping of groups, prying into a named third person's private life, emotional
   reliance on the assistant; with a protective or victim framing ("how do I spot ...",
   "my card was stolen") the crime cues count for nothing: the user is the target;
3. optionally, similarity of the text's embedding to generic harm descriptions
   (`harm_prototypes`), which only orders texts within a level and lifts a level-1 text
   to 2 when it is much closer to a harm description than to any benign one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from clio_assets.facets.harm import intent as I
from clio_assets.facets.harm.lexicon import HARM_CUES
from clio_assets.facets.harm.lexicon_i18n import DECEPTION_I18N, EVASION_I18N, HARM_CUES_I18N
from clio_assets.facets.lexicons import CONCERN_CUES, cue_pattern
from clio_assets.shared.case_fold import foldable
from clio_assets.shared.word_gate import WordGate

GRAVE = frozenset({"mass_harm", "killing", "self_harm", "child_abuse"})
VICTIM_CATEGORIES = frozenset({"fraud", "cyber", "crime", "privacy", "stalking", "violence", "harassment", "weapons",
                               "profanity", "dual_use", "legacy_4", "legacy_3"})
MAX_ESCALATED = 4  # context raises a level by one, but only grave cues reach 5


@dataclass
class ConcernSignals:
    categories: dict[str, int] = field(default_factory=dict)  # category -> severity of the cues found
    hits: int = 0
    intent: frozenset[str] = frozenset()
    level: int = 1


@lru_cache(maxsize=1)
def _lowercase_intents() -> tuple[tuple[str, re.Pattern], ...]:
    named = (("evasion", I.EVASION), ("deception", I.DECEPTION), ("protective", I.PROTECTIVE),
             ("stereotype", I.STEREOTYPE), ("persona", I.PERSONA), ("assistant_private", I.ASSISTANT_PRIVATE),
             ("loaded", I.LOADED_NEGATIVE), ("targeting", I.TARGETING), ("intrusion", I.INTRUSION))
    return tuple((name, re.compile(p.pattern, p.flags & ~re.IGNORECASE)) for name, p in named)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, int, re.Pattern]]:
    out = []
    for category, (severity, cues) in HARM_CUES.items():
        out.append((category, severity, cue_pattern([*cues, *HARM_CUES_I18N.get(category, ())])))
    for severity, cues in CONCERN_CUES:  # the original lexicon (its weak severity-2 words left out)
        if severity >= 3:
            out.append((f"legacy_{severity}", severity, cue_pattern([re.escape(c) for c in cues])))
    return out


@lru_cache(maxsize=1)
def _i18n_intent() -> tuple[re.Pattern, re.Pattern]:
    return cue_pattern(list(EVASION_I18N)), cue_pattern(list(DECEPTION_I18N))


@lru_cache(maxsize=1)
def _lowercase_gate() -> tuple[list[str], WordGate]:
    """The cue categories, then the intents read on lower-cased text, then what the costliest
    patterns need (`intent.NEEDS`, named "needs:<pattern>"), behind one gate."""
    evasion, deception = _i18n_intent()
    intents = [("evasion", evasion), ("deception", deception), *_lowercase_intents()]
    needs = [(f"needs:{name}", pattern) for name, pattern in I.NEEDS.items()]
    names = [category for category, _, _ in _patterns()] + [name for name, _ in intents + needs]
    return names, WordGate([p for _, _, p in _patterns()] + [p for _, p in intents + needs])


@lru_cache(maxsize=1)
def _stereotype_parts() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((f"stereotype:{need}" if need else "", re.compile(alternative))
                 for need, alternative in I.STEREOTYPE_PARTS)


def _stereotyped(lower: str, ruled_out: frozenset[str]) -> bool:
    """Whether STEREOTYPE matches the lower-cased text: whether one of its alternatives does,
    each run only when the gate found what it needs possible (`intent.STEREOTYPE_PARTS`). The
    whole alternation tries a group word at every word start, ~0.6 ms on a long text."""
    return any(need not in ruled_out and alternative.search(lower) for need, alternative in _stereotype_parts())


def _ruled_out(text: str, candidates: list[int]) -> frozenset[str]:
    """The patterns of `intent.NEEDS` that cannot match: what they need cannot occur. The
    stereotype pattern and its alternatives read the lowered text, as the gate does, so they
    are ruled out on any text; the organisation patterns read the text as written, so they are
    ruled out only on text whose lower-casing keeps every word's bounds (`case_fold.foldable`)."""
    names = _lowercase_gate()[0]
    possible = {names[i].removeprefix("needs:") for i in candidates if names[i].startswith("needs:")}
    out = frozenset(I.NEEDS) - possible
    return out if foldable(text) else frozenset(n for n in out if n.split(":")[0] == "stereotype")


def _intent(text: str, lower: str, candidates: list[int]) -> frozenset[str]:
    names, gate = _lowercase_gate()
    first, last = len(_patterns()), len(names) - len(I.NEEDS)
    out = _ruled_out(text, candidates)
    found = {names[i] for i in candidates if first <= i < last and names[i] not in out
             and (_stereotyped(lower, out) if names[i] == "stereotype" else gate.patterns[i].search(lower))}
    # someone else's organisation, not the user's own (the cheap test first)
    if not I.FIRST_PERSON.search(text) and ("org_private" not in out and I.ORG_PRIVATE.search(text)
                                            or "named_org_private" not in out and I.NAMED_ORG_PRIVATE.search(text)):
        found.add("org_sensitive" if I.ORG_SENSITIVE.search(text) else "org_private")
    if I.NAMED_SECRETS.search(text):
        found.add("third_person_private")
    named = I.NAMED_THIRD_PERSON.search(text)
    if named:
        found.add("third_person_private" if I.PRIVATE_ATTRIBUTE.search(text) else "third_person")
    elif "?" in text and I.NAMED_PRIVATE.search(text):
        found.add("third_person")
    return frozenset(found)


def _escalate(level: int) -> int:
    return level if level >= MAX_ESCALATED else level + 1


def concern_signals(text: str) -> ConcernSignals:
    """Every signal the level is built from, for explanations and tests."""
    categories: dict[str, int] = {}
    hits = 0
    lower = text.lower()
    candidates = _lowercase_gate()[1].candidates(lower)  # the cue tables that can occur at all
    patterns = _patterns()
    for category, severity, pattern in (patterns[i] for i in candidates if i < len(patterns)):
        n = len(pattern.findall(lower))
        if n:
            hits += n
            categories[category] = max(categories.get(category, 0), severity)
    intent = _intent(text, lower, candidates)
    if "protective" in intent and "evasion" not in intent:  # the user is the target, not the actor
        categories = {c: s for c, s in categories.items() if c not in VICTIM_CATEGORIES}
        intent = intent - {"deception", "targeting"}
    level = max(categories.values(), default=1)
    context_floor = {"stereotype": 3, "third_person_private": 3, "assistant_private": 3, "intrusion": 3,
                     "org_sensitive": 3, "evasion": 2, "persona": 2, "loaded": 2, "third_person": 2, "deception": 2,
                     "org_private": 2}
    level = max([level, *(v for k, v in context_floor.items() if k in intent)])
    serious = [c for c, s in categories.items() if s >= 3]
    if "evasion" in intent and level >= 2:
        level = _escalate(level)
    elif "deception" in intent and level >= 3:
        level = _escalate(level)
    if "targeting" in intent and level >= 3:
        level = _escalate(level)
    if len(serious) >= 2:
        level = _escalate(level)
    return ConcernSignals(categories, hits, intent, min(5, level))


def concern_level(text: str) -> int:
    """1 (benign) .. 5 (grave harm): the offline concern facet."""
    return concern_signals(text).level


def concern_risk(text: str, semantic: float | None = None) -> float:
    """Level plus a fraction in [0, 1) from the amount of evidence and, when given, the
    semantic margin (`harm_prototypes.semantic_margin`, in [-1, 1])."""
    signals = concern_signals(text)
    evidence = min(signals.hits + len(signals.intent), 6) / 6.0
    fraction = 0.5 * evidence if semantic is None else 0.25 * evidence + 0.74 * (semantic + 1) / 2
    return signals.level + min(fraction, 0.99)
