"""Deterministic demo data: one day of multilingual LLM conversations plus ground truth.

Pure Python + numpy, no Dagster. :func:`generate_day` writes::

    <root>/<YYYY-MM-DD>/conversations-NNN.jsonl      OpenAI/Anthropic-style records, 5,000 per shard
    <root>/<YYYY-MM-DD>/sharegpt-NNN.jsonl           mixed_formats=True: ~10% of records as ShareGPT
    <root>/<YYYY-MM-DD>/hh_rlhf-NNN.jsonl            mixed_formats=True: ~10% as hh-rlhf transcripts
    <root>/<YYYY-MM-DD>/malformed.jsonl              n_malformed > 0: deliberately bad lines
    <root>/ground_truth/<YYYY-MM-DD>.jsonl           one line per good conversation

The ground truth lives outside the day folder because the pipeline reads every
``<root>/<date>/*.jsonl``. Everything is a pure function of the arguments (seeded numpy
Generators and ``random.Random`` instances, no global state, no ``hash()``): the same
arguments give byte-identical files. Users (ids, home language, time zone, preferred
topics, activity) depend on ``seed`` only, so the same people come back day after day;
the day's traffic depends on ``seed`` and ``date``. Phrase tables are data files
(``phrases/*.yaml``) loaded by :mod:`clio_assets.demo.topics`.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import string
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

import numpy as np

from clio_assets.demo import topics as T

SHARD_SIZE = 5000
PII_RATE = 0.125               # share of conversations with injected personal data
TURN_WEIGHTS = (45, 30, 15, 10)  # relative frequency of 1, 2, 3, 4 user turns
HOME_LANGUAGE_RATE = 0.88      # a user's conversations are mostly in their home language
PREFERRED_TOPIC_RATE = 0.6     # ... and mostly about a few preferred topics
GENERIC_FOLLOWUP_RATE = 0.25   # benign follow-ups that are topic-neutral ("make it shorter")
FLAG_HIT_RATE = 0.70           # the simulated T&S classifier misses ~30% of concerning ones
FLAG_FALSE_POSITIVE_RATE = 0.01
ACTIVITY_SIGMA = 1.1           # lognormal spread of user activity: a few heavy users ...
ACTIVITY_CAP_SIGMAS = 3.0      # ... capped, so one user never dominates a large population
FORMAT_WEIGHTS = (("messages", 0.8), ("sharegpt", 0.1), ("hh_rlhf", 0.1))
FORMAT_FILE_PREFIX = {"messages": "conversations", "sharegpt": "sharegpt", "hh_rlhf": "hh_rlhf"}
MALFORMED_FILE = "malformed.jsonl"
# Everything generate_day may have written into a day folder; removed before a rewrite.
GENERATED_PATTERNS = ("conversations-*.jsonl", "sharegpt-*.jsonl", "hh_rlhf-*.jsonl", MALFORMED_FILE)

# Where speakers of each language live: (UTC offset in hours, weight).
TIMEZONES = {
    "en": ((-8, 0.2), (-5, 0.35), (0, 0.25), (5.5, 0.1), (10, 0.1)),
    "es": ((1, 0.55), (-6, 0.3), (-3, 0.15)),
    "fr": ((1, 0.9), (-5, 0.1)),
    "de": ((1, 1.0),),
    "zh": ((8, 1.0),),
    "ja": ((9, 1.0),),
}
# Relative activity per local hour 0..23: quiet at night, busy late morning and evening.
HOUR_WEIGHTS = (1.0, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3.5, 4.0, 4.0,
                3.5, 3.5, 4.0, 4.0, 3.8, 3.5, 3.5, 4.0, 4.2, 4.0, 3.0, 2.0)
# Region used for phone numbers and addresses, per conversation language.
REGIONS = {"en": ("us", "us", "uk"), "es": ("es",), "fr": ("fr",), "de": ("de",), "zh": ("zh",), "ja": ("ja",)}
ALL_REGIONS = ("us", "uk", "es", "fr", "de", "zh", "ja")
PII_TYPES = ("name", "email", "phone", "address")
PII_TYPE_WEIGHTS = (0.35, 0.25, 0.2, 0.2)

LANGS = T.LANGUAGES
EN = LANGS.index("en")


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_day` wrote; ``n_users`` counts users active that day."""

    date: str
    day_dir: Path
    ground_truth_path: Path
    n_conversations: int
    n_users: int
    n_malformed: int
    languages: dict[str, int]
    categories: dict[str, int]


# --------------------------------------------------------------------------- topic table


@dataclass(frozen=True)
class _Leaf:
    category: str
    leaf: str
    weight: float  # expected share of all traffic
    concerning: bool


def _leaf_table() -> list[_Leaf]:
    leaves = []
    for category, leaf_map in T.TOPICS.items():
        relative = {leaf: T.LEAF_WEIGHTS.get(leaf, 1.0) for leaf in leaf_map}
        total = sum(relative.values())
        for leaf, weight in relative.items():
            leaves.append(_Leaf(category, leaf, T.CATEGORY_WEIGHTS[category] * weight / total,
                                category in T.CONCERNING_CATEGORIES))
    return leaves


LEAVES = _leaf_table()
BENIGN = [leaf for leaf in LEAVES if not leaf.concerning]
CONCERNING = [leaf for leaf in LEAVES if leaf.concerning]
CONCERNING_RATE = sum(leaf.weight for leaf in CONCERNING) / sum(leaf.weight for leaf in LEAVES)
_BENIGN_CUM = list(itertools.accumulate(leaf.weight for leaf in BENIGN))
_CONCERNING_CUM = list(itertools.accumulate(leaf.weight for leaf in CONCERNING))
# Language-neutral fillers merged under each language's own, resolved once.
_FILLERS = {(cat, leaf, lang): {**T.SHARED_FILLERS.get(leaf, {}), **block["fillers"]}
            for cat, leaf_map in T.TOPICS.items() for leaf, langs in leaf_map.items()
            for lang, block in langs.items()}


def _sep(lang: str) -> str:
    """Sentence separator: CJK text runs on without spaces."""
    return "" if lang in ("zh", "ja") else " "


# --------------------------------------------------------------------------- users and day plan


@dataclass(frozen=True)
class _Users:
    ids: list[str]
    home: np.ndarray        # language index per user
    tz_seconds: np.ndarray  # UTC offset per user
    activity: np.ndarray    # probability that a conversation belongs to each user
    preferred: list[tuple[int, ...]]  # indices into BENIGN


def _make_users(n_users: int, seed: int) -> _Users:
    """User population; depends on ``seed`` only so users persist across days."""
    rng = np.random.default_rng([seed, 1])
    lang_p = np.array([T.LANGUAGE_WEIGHTS[lang] for lang in LANGS])
    home = rng.choice(len(LANGS), size=n_users, p=lang_p / lang_p.sum())
    activity = np.minimum(rng.lognormal(0.0, ACTIVITY_SIGMA, size=n_users),
                          np.exp(ACTIVITY_CAP_SIGMAS * ACTIVITY_SIGMA))
    tz = np.zeros(n_users)
    for index, lang in enumerate(LANGS):
        mask = home == index
        offsets, weights = zip(*TIMEZONES[lang])
        tz[mask] = rng.choice(offsets, size=int(mask.sum()), p=np.array(weights) / sum(weights))
    benign_p = np.array([leaf.weight for leaf in BENIGN])
    benign_p /= benign_p.sum()
    n_pref = rng.integers(1, 4, size=n_users)
    preferred = [tuple(int(i) for i in rng.choice(len(BENIGN), size=int(k), replace=False, p=benign_p))
                 for k in n_pref]
    ids = ["user-" + hashlib.sha256(f"{seed}:{i}".encode()).hexdigest()[:12] for i in range(n_users)]
    return _Users(ids, home, (tz * 3600).astype(np.int64), activity / activity.sum(), preferred)


@dataclass(frozen=True)
class _Rare:
    """A rare, identifying situation that only one or two users talk about."""

    slug: str
    occupation: str
    place: str
    problem: str
    address: str
    name: str | None


@dataclass(frozen=True)
class _Plan:
    user: np.ndarray     # user index per conversation, in output (time) order
    lang: np.ndarray     # language index per conversation
    seconds: np.ndarray  # UTC seconds into the day
    rare: dict[int, _Rare]  # output position -> rare topic
    text_seed: int


# Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ð": "d", "þ": "th", "ł": "l"})


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _make_rare(rr: random.Random, count: int, n_users: int, budget: int
               ) -> list[tuple[_Rare, list[int]]]:
    """Up to ``count`` rare topics, each with the user index of every conversation about it."""
    combos = [(o, p) for o in T.RARE["occupations"] for p in T.RARE["places"]]
    out: list[tuple[_Rare, list[int]]] = []
    for occupation, place in rr.sample(combos, min(count, len(combos))):
        users = rr.sample(range(n_users), min(n_users, rr.choice((1, 2))))
        convs = [u for u in users for _ in range(rr.choice((1, 1, 2)))]
        if len(convs) > budget:
            break
        budget -= len(convs)
        address = f"{rr.randint(2, 98)} {rr.choice(T.RARE['streets'])}, {place}"
        name = _person(rr, "en").full if rr.random() < 0.5 else None
        problem = rr.choice(T.RARE["problems"]).format(address=address)
        out.append((_Rare(f"{_slug(occupation)}-{_slug(place)}", occupation, place, problem, address, name), convs))
    return out


def _plan_day(date: str, n: int, users: _Users, seed: int, rare_topics: int) -> _Plan:
    """Who talks when, in which language; rare topics replace a few random slots."""
    rng = np.random.default_rng([seed, _date.fromisoformat(date).toordinal(), 2])
    user = rng.choice(len(users.ids), size=n, p=users.activity)
    home = users.home[user]
    lang_p = np.array([T.LANGUAGE_WEIGHTS[lang] for lang in LANGS])
    other = rng.choice(len(LANGS), size=n, p=lang_p / lang_p.sum())
    # Off-home conversations: non-English speakers mostly switch to English.
    away = np.where((home != EN) & (rng.random(n) < 0.6), EN, other)
    lang = np.where(rng.random(n) < HOME_LANGUAGE_RATE, home, away)

    rr = random.Random(int(rng.integers(2**62)))
    rare_at: dict[int, _Rare] = {}
    if rare_topics > 0 and n > 0:
        planned = _make_rare(rr, rare_topics, len(users.ids), budget=n // 2)
        slots = iter(rr.sample(range(n), sum(len(convs) for _, convs in planned)))
        for topic, convs in planned:
            for u in convs:
                pos = next(slots)
                user[pos], lang[pos] = u, EN  # rare stories are told in English
                rare_at[pos] = topic

    hour_p = np.array(HOUR_WEIGHTS) / sum(HOUR_WEIGHTS)
    local = rng.choice(24, size=n, p=hour_p) * 3600 + rng.integers(0, 3600, size=n)
    seconds = (local - users.tz_seconds[user]) % 86400
    order = np.argsort(seconds, kind="stable")
    position = {int(old): new for new, old in enumerate(order)}
    return _Plan(user[order], lang[order], seconds[order],
                 {position[old]: topic for old, topic in rare_at.items()}, int(rng.integers(2**62)))


# --------------------------------------------------------------------------- personal data


@dataclass(frozen=True)
class _Person:
    full: str   # as written in the text
    first: str  # romanised, for e-mail addresses
    last: str


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_FOLD)).encode("ascii", "ignore").decode().lower()


def _person(rng: random.Random, lang: str) -> _Person:
    """A fake person, mostly from the conversation's culture, with mixed-culture pairs too."""
    cultures = list(T.FIRST_NAMES)
    culture = lang if rng.random() < 0.65 else rng.choice(cultures)
    first = rng.choice(T.FIRST_NAMES[culture])
    last = rng.choice(T.SURNAMES[culture if rng.random() < 0.8 else rng.choice(cultures)])
    if lang in T.CJK_SURNAMES and rng.random() < 0.5:
        native = rng.choice(T.CJK_SURNAMES[lang]) + rng.choice(T.CJK_GIVEN_NAMES[lang])
        return _Person(native, first, last)
    return _Person(f"{first} {last}", first, last)


def _email(rng: random.Random, lang: str, person: _Person) -> str:
    first, last = _ascii(person.first), _ascii(person.last)
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first}_{last}",
                        f"{last}.{first}{rng.randint(70, 99)}", f"{first}{rng.randint(1975, 2006)}"))
    domains = T.EMAIL_DOMAINS[lang if rng.random() < 0.8 else rng.choice(LANGS)]
    return f"{local}@{rng.choice(domains)}"


def _region(rng: random.Random, lang: str) -> str:
    return rng.choice(REGIONS[lang]) if rng.random() < 0.8 else rng.choice(ALL_REGIONS)


def _phone(rng: random.Random, lang: str) -> str:
    """A phone number in one of several national and international formats."""
    def d(k: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(k))

    region = _region(rng, lang)
    options: tuple[str, ...]
    if region == "us":  # 555-01xx is the range reserved for fiction
        area = rng.choice(("212", "415", "312", "617", "206", "512", "303", "718"))
        options = (f"+1 {area} 555 01{d(2)}", f"({area}) 555-01{d(2)}", f"{area}-555-01{d(2)}",
                   f"+1-{area}-555-01{d(2)}")
    elif region == "uk":
        options = (f"+44 20 7946 0{d(3)}", f"020 7946 0{d(3)}", f"+44 7700 900{d(3)}", f"07700 900{d(3)}")
    elif region == "de":
        options = (f"+49 30 {d(6)}", f"030 {d(6)}", f"+49 151 {d(8)}", f"0151 {d(4)} {d(4)}")
    elif region == "fr":
        options = (f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}")
    elif region == "es":
        options = (f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}")
    elif region == "ja":
        options = (f"090-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}")
    else:  # zh
        options = (f"+86 138 {d(4)} {d(4)}", f"139{d(8)}", f"+86 10 {d(4)} {d(4)}", f"010-{d(8)}")
    return rng.choice(options)


def _address(rng: random.Random, lang: str) -> str:
    region = _region(rng, lang)
    parts = T.ADDRESS_PARTS[region]
    if region == "ja":
        return f"{rng.choice(parts['cities'])}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
    street, city = rng.choice(parts["streets"]), rng.choice(parts["cities"])
    if region == "zh":
        return f"{city}{street}{rng.randint(1, 300)}号"
    if region in ("es", "de"):
        return f"{street} {rng.randint(1, 120)}, {city}"
    if region == "us":
        return f"{rng.randint(10, 9899)} {street}, {city}"
    return f"{rng.randint(1, 220)} {street}, {city}"  # uk, fr


def _pii_sentences(rng: random.Random, lang: str) -> tuple[list[str], list[dict]]:
    """One to three sentences carrying personal data, and the exact values they carry."""
    k = rng.choices((1, 2, 3), weights=(70, 25, 5))[0]
    kinds: list[str] = []
    while len(kinds) < k:
        kind = rng.choices(PII_TYPES, weights=PII_TYPE_WEIGHTS)[0]
        if kind not in kinds:
            kinds.append(kind)
    person = _person(rng, lang)  # name and e-mail belong to the same person
    sentences, found = [], []
    for kind in kinds:
        if kind == "name":
            value = person.full
            text = rng.choice(T.PII_FRAMES[lang]["name"]).format(name=value, title=rng.choice(T.TITLES[lang]))
        elif kind == "email":
            value = _email(rng, lang, person)
            text = rng.choice(T.PII_FRAMES[lang]["email"]).format(email=value)
        elif kind == "phone":
            value = _phone(rng, lang)
            text = rng.choice(T.PII_FRAMES[lang]["phone"]).format(phone=value)
        else:
            value = _address(rng, lang)
            text = rng.choice(T.PII_FRAMES[lang]["address"]).format(address=value)
        sentences.append(text)
        found.append({"type": kind, "value": value})
    return sentences, found


# --------------------------------------------------------------------------- conversations


def _pick_leaf(rng: random.Random, preferred: tuple[int, ...]) -> _Leaf:
    if rng.random() < CONCERNING_RATE:
        return rng.choices(CONCERNING, cum_weights=_CONCERNING_CUM)[0]
    if preferred and rng.random() < PREFERRED_TOPIC_RATE:
        return BENIGN[rng.choice(preferred)]
    return rng.choices(BENIGN, cum_weights=_BENIGN_CUM)[0]


def _topic_turns(rng: random.Random, topic: _Leaf, lang: str) -> list[tuple[str, str]]:
    """(role, text) turns of a topical conversation with 1-4 user turns."""
    block = T.TOPICS[topic.category][topic.leaf][lang]
    values = {slot: rng.choice(options) for slot, options in _FILLERS[(topic.category, topic.leaf, lang)].items()}
    sep = _sep(lang)
    n_user = rng.choices((1, 2, 3, 4), weights=TURN_WEIGHTS)[0]
    decorate = topic.category != "self_harm"  # no "Hi! Quick question:" on a crisis message
    first = rng.choice(block["requests"]).format(**values)
    if decorate:
        first = rng.choice(T.OPENERS[lang]) + first + rng.choice(T.CLOSERS[lang])
    turns = [("user", first)]
    followups = rng.sample(block["followups"], min(n_user - 1, len(block["followups"])))
    replies = list(block["replies"])
    rng.shuffle(replies)
    turns.append(("assistant", replies[0].format(**values)))
    for i, followup in enumerate(followups, start=1):
        if not topic.concerning and rng.random() < GENERIC_FOLLOWUP_RATE:
            followup = rng.choice(T.GENERIC_FOLLOWUPS[lang])
        turns.append(("user", followup.format(**values)))
        if topic.concerning:
            reply = replies[i % len(replies)].format(**values)
        else:
            body = (rng.choice(T.FOLLOWUP_REPLIES[lang]) if rng.random() < 0.6
                    else replies[i % len(replies)].format(**values))
            reply = rng.choice(T.ACKS[lang]) + sep + body
        turns.append(("assistant", reply))
    return turns


def _rare_turns(rng: random.Random, topic: _Rare) -> tuple[list[tuple[str, str]], list[dict]]:
    name_sentence = f"My name is {topic.name}. " if topic.name else ""
    first = rng.choice(T.RARE["requests"]).format(
        occupation=topic.occupation, place=topic.place, problem=topic.problem,
        ask=rng.choice(T.RARE["asks"]), name_sentence=name_sentence)
    if topic.name and topic.name not in first:
        first = name_sentence + first
    turns = [("user", first), ("assistant", rng.choice(T.RARE["replies"]))]
    if rng.random() < 0.5:
        turns += [("user", rng.choice(T.RARE["followups"])), ("assistant", rng.choice(T.RARE["replies"]))]
    pii = [{"type": "address", "value": topic.address}]
    if topic.name:
        pii.insert(0, {"type": "name", "value": topic.name})
    return turns, pii


def _inject(rng: random.Random, turns: list[tuple[str, str]], lang: str) -> list[dict]:
    """Put personal data into one user turn (usually the first); returns what was put in."""
    sentences, found = _pii_sentences(rng, lang)
    user_positions = [i for i, (role, _) in enumerate(turns) if role == "user"]
    at = user_positions[0] if rng.random() < 0.7 else rng.choice(user_positions)
    sep = _sep(lang)
    extra = sep.join(sentences)
    role, text = turns[at]
    turns[at] = (role, text + sep + extra if rng.random() < 0.6 else extra + sep + text)
    return found


def iter_conversations(date: str, n_conversations: int, n_users: int, seed: int,
                       rare_topics: int = 0) -> Iterator[tuple[dict, dict]]:
    """Yield ``(record, ground_truth)`` for one day, in timestamp order, one at a time.

    ``record`` is in the default OpenAI/Anthropic style; ``ground_truth`` holds the
    language, category, leaf, concerning flag and the injected PII of that record.
    Arguments are checked at the call, not at the first ``next()``.
    """
    _check_args(date, n_conversations, n_users)
    return _conversations(date, n_conversations, n_users, seed, rare_topics)


def _conversations(date: str, n_conversations: int, n_users: int, seed: int,
                   rare_topics: int) -> Iterator[tuple[dict, dict]]:
    users = _make_users(n_users, seed)
    plan = _plan_day(date, n_conversations, users, seed, rare_topics)
    rng = random.Random(plan.text_seed)
    for i in range(n_conversations):
        u, lang = int(plan.user[i]), LANGS[int(plan.lang[i])]
        rare = plan.rare.get(i)
        if rare is not None:
            turns, pii = _rare_turns(rng, rare)
            category, leaf, concerning = "rare", f"rare:{rare.slug}", False
        else:
            topic = _pick_leaf(rng, users.preferred[u])
            turns = _topic_turns(rng, topic, lang)
            pii = _inject(rng, turns, lang) if rng.random() < PII_RATE else []
            category, leaf, concerning = topic.category, topic.leaf, topic.concerning
        flagged = rng.random() < (FLAG_HIT_RATE if concerning else FLAG_FALSE_POSITIVE_RATE)
        conversation_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        seconds = int(plan.seconds[i])
        record = {
            "conversation_id": conversation_id,
            "user_id": users.ids[u],
            "timestamp": f"{date}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}Z",
            "messages": [{"role": role, "content": text} for role, text in turns],
            "metadata": {"client": rng.choice(T.CLIENTS), "classifier_flag": flagged},
        }
        truth = {"conversation_id": conversation_id, "user_id": users.ids[u], "language": lang,
                 "category": category, "leaf": leaf, "concerning": concerning, "pii": pii}
        if rare is not None:  # the identifying details a leak test must never find published
            truth["rare_details"] = [rare.occupation, rare.place]
        yield record, truth


# --------------------------------------------------------------------------- other formats


def to_sharegpt(record: dict) -> dict:
    """The record in ShareGPT form (``human``/``gpt`` turns)."""
    names = {"user": "human", "assistant": "gpt"}
    return {"id": record["conversation_id"], "user_id": record["user_id"], "timestamp": record["timestamp"],
            "conversations": [{"from": names[m["role"]], "value": m["content"]} for m in record["messages"]]}


def to_hh_rlhf(record: dict) -> dict:
    """The record as an hh-rlhf ``chosen`` transcript."""
    names = {"user": "Human", "assistant": "Assistant"}
    transcript = "".join(f"\n\n{names[m['role']]}: {m['content']}" for m in record["messages"])
    return {"chosen": transcript, "user_id": record["user_id"], "conversation_id": record["conversation_id"],
            "timestamp": record["timestamp"]}


def malformed_lines(n: int, date: str) -> list[bytes]:
    """``n`` deliberately bad JSONL lines, cycling through the kinds a parser must reject."""
    def dump(obj: object) -> bytes:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")

    def kind(i: int) -> bytes:
        cid = f"malformed-{date}-{i:03d}"
        k = i % 8
        if k == 0:  # truncated JSON
            return (f'{{"conversation_id": "{cid}", "user_id": "user-malformed", '
                    f'"messages": [{{"role": "user", "content": "unterminated').encode()
        if k == 1:
            return dump({"conversation_id": cid, "user_id": "user-malformed",
                         "messages": [{"role": "assistant", "content": "Hello! How can I help you today?"}]})
        if k == 2:
            return dump({"conversation_id": cid, "user_id": "user-malformed",
                         "messages": [{"role": "robot", "content": "beep"}, {"role": "user", "content": "hello?"}]})
        if k == 3:
            return dump({"conversation_id": cid, "user_id": "user-malformed",
                         "messages": [{"role": "user", "content": "   "}, {"role": "assistant", "content": "Yes?"}]})
        if k == 4:
            return dump({"conversation_id": cid, "user_id": ["not", "a", "string"], "messages": "hello"})
        if k == 5:  # bytes neither UTF-8 nor cp1252 (0x81 is undefined there; ingest tries cp1252)
            return (f'{{"conversation_id": "{cid}", "user_id": "user-malformed", "messages": '
                    f'[{{"role": "user", "content": "caf').encode() + b"\xe9 cr\xe8me \x81\"}]}"
        if k == 6:
            return dump(["a", "list", "is", "not", "a", "record"])
        return dump({"conversation_id": cid, "prompt": "no known format", "response": "at all"})

    return [kind(i) for i in range(n)]


# --------------------------------------------------------------------------- files


class _ShardWriter:
    """Writes ``<prefix>-NNN.jsonl`` files of at most SHARD_SIZE lines each, lazily."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.folder, self.prefix = folder, prefix
        self.count = 0
        self.handle: BinaryIO | None = None

    def write(self, obj: dict) -> None:
        if self.count % SHARD_SIZE == 0:
            self.close()
            self.handle = open(self.folder / f"{self.prefix}-{self.count // SHARD_SIZE:03d}.jsonl", "wb")
        assert self.handle is not None  # opened at the first write of each shard
        self.handle.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
        self.count += 1

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def generate_day(root: Path, date: str, n_conversations: int = 5000, n_users: int = 1000,
                 seed: int = 0, mixed_formats: bool = False, n_malformed: int = 0,
                 rare_topics: int = 0) -> DemoSummary:
    """Write one day of conversations and its ground truth under ``root`` (see module doc).

    Re-running replaces the day's generated files (stale shards included) and its ground
    truth; files are built in a hidden staging folder first so a reader never sees a
    half-written day.
    """
    _check_args(date, n_conversations, n_users)
    if n_malformed < 0:
        raise ValueError("n_malformed must be >= 0")
    root = Path(root)
    day_dir, truth_dir = root / date, root / "ground_truth"
    staging = root / f".{date}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    truth_tmp = truth_dir / f".{date}.jsonl.partial"

    # Separate stream for the format choice: the content is the same with or without it.
    format_rng = random.Random(f"formats:{seed}:{date}")
    formats, weights = tuple(f for f, _ in FORMAT_WEIGHTS), tuple(w for _, w in FORMAT_WEIGHTS)
    writers = {fmt: _ShardWriter(staging, FORMAT_FILE_PREFIX[fmt]) for fmt in formats}
    convert = {"messages": lambda r: r, "sharegpt": to_sharegpt, "hh_rlhf": to_hh_rlhf}
    languages: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    active: set[str] = set()
    try:
        with open(truth_tmp, "wb") as truth_out:
            for record, truth in iter_conversations(date, n_conversations, n_users, seed, rare_topics):
                fmt = format_rng.choices(formats, weights=weights)[0] if mixed_formats else "messages"
                writers[fmt].write(convert[fmt](record))
                truth_out.write(json.dumps(truth, ensure_ascii=False).encode("utf-8") + b"\n")
                languages[truth["language"]] += 1
                categories[truth["category"]] += 1
                active.add(truth["user_id"])
    finally:
        for writer in writers.values():
            writer.close()
    if n_malformed:
        (staging / MALFORMED_FILE).write_bytes(b"\n".join(malformed_lines(n_malformed, date)) + b"\n")

    day_dir.mkdir(parents=True, exist_ok=True)
    for pattern in GENERATED_PATTERNS:
        for stale in day_dir.glob(pattern):
            stale.unlink()
    for path in sorted(staging.iterdir()):
        os.replace(path, day_dir / path.name)
    staging.rmdir()
    truth_path = truth_dir / f"{date}.jsonl"
    os.replace(truth_tmp, truth_path)
    return DemoSummary(date=date, day_dir=day_dir, ground_truth_path=truth_path,
                       n_conversations=n_conversations, n_users=len(active), n_malformed=n_malformed,
                       languages=dict(sorted(languages.items())), categories=dict(sorted(categories.items())))


def _check_args(date: str, n_conversations: int, n_users: int) -> None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ValueError(f"date must be YYYY-MM-DD, got {date!r}")
    _date.fromisoformat(date)  # rejects impossible dates such as 2025-02-30
    if n_conversations < 0:
        raise ValueError("n_conversations must be >= 0")
    if n_users < 1:
        raise ValueError("n_users must be >= 1")


def _default_root() -> Path:
    from clio_assets.shared.settings import locations

    return locations().source_root


def main(argv: list[str] | None = None) -> None:
    """Command line: generate one day and print a one-line summary."""
    parser = argparse.ArgumentParser(description="Generate a deterministic demo day of conversations.")
    parser.add_argument("--root", type=Path, default=None,
                        help="output root (default: $CLIO_SOURCE_ROOT, else $CLIO_HOME/source)")
    parser.add_argument("--date", default=(_date.today() - timedelta(days=1)).isoformat(), help="YYYY-MM-DD")
    parser.add_argument("--n", type=int, default=5000, help="conversations to generate")
    parser.add_argument("--users", type=int, default=1000, help="size of the user population")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mixed-formats", action="store_true", help="also write ShareGPT and hh-rlhf files")
    parser.add_argument("--malformed", type=int, default=0, metavar="N", help="bad lines in malformed.jsonl")
    parser.add_argument("--rare", type=int, default=0, metavar="N", help="rare identifying topics to inject")
    args = parser.parse_args(argv)
    summary = generate_day(args.root or _default_root(), args.date, n_conversations=args.n, n_users=args.users,
                           seed=args.seed, mixed_formats=args.mixed_formats, n_malformed=args.malformed,
                           rare_topics=args.rare)
    langs = ", ".join(f"{k}={v}" for k, v in summary.languages.items())
    print(f"{summary.date}: {summary.n_conversations} conversations from {summary.n_users} users ({langs}), "
          f"{summary.n_malformed} malformed -> {summary.day_dir} (ground truth {summary.ground_truth_path})")


if __name__ == "__main__":
    main()
