"""Offline contrastive naming from terms used by many distinct users.

A group's name is made only of terms that at least `min_term_users` distinct users in
that group wrote; terms are ranked by how much more often group members use them than
members of the nearest other groups (the contrastive idea of the Clio paper, with term
shares instead of an LLM). No single person's wording can reach a name.

Terms are picked greedily: the first maximises (share in group - share in the nearest
groups); each next one maximises the same excess counted only over the group's users
that no chosen term covers yet. A broad group (a parent of many clusters) thus gets a
name whose words most of its members actually wrote, not three near-synonyms of its
largest child. `bench/quality.py` reports that coverage per level.

A name is read by an analyst, so a term must also say *what* is asked, not how: words any
request may contain ("make", "question", "following"; naming_words.yaml) are never part
of a name; the terms of one name are in the group's main language (a term counts when
most of the group's conversations that use it are in that language), so a name never
mixes languages; and a single word is a name only when it is specific to the group
(its neighbours hardly use it). A group with no such wording is named by the broad area
its members agree on (embeddings/areas.py) or, failing that, its most common task.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from clio_assets.clusters.terms import terms_of
from clio_assets.embeddings.areas import agreed_labels, area_mix, group_area

MAX_NAME_TERMS = 3
MAX_NAME_WORDS = 8
OTHER_TOPIC_AGREEMENT = 0.3  # a further topic that tells a group from its parent or siblings
SPECIFIC_EXCESS = 0.8  # a one-word name: neighbours use the word at most a fifth as often
LANGUAGE_SHARE = 0.5  # a term belongs to the main language when most of its uses are in it
WORDS = Path(__file__).with_name("naming_words.yaml")
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
                  "it": "Italian", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "tr": "Turkish",
                  "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "hi": "Hindi",
                  "vi": "Vietnamese", "id": "Indonesian", "und": "undetermined"}


@dataclass(frozen=True)
class GroupName:
    name: str
    description: str
    terms: tuple[str, ...]
    area: str | None = None  # the broad area most members agree on, if they do
    fallback: str = ""  # what to call the group when its name cannot be used (area or task)
    topic: str | None = None  # the specific topic most members agree on, if they do
    phrase: str = ""  # the members' shared wording as a name ("" when there is none)
    other_topics: tuple[str, ...] = ()  # further topics many members agree on, for telling groups apart
    topic_mix: str = ""  # the group's most common nearest topics, when no single one is agreed


@lru_cache(maxsize=1)
def naming_words() -> tuple[frozenset[str], dict[str, str]]:
    """(generic words, task -> name of the task)."""
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    return frozenset(str(w).lower() for w in data["generic"]), {str(k): str(v) for k, v in data["tasks"].items()}


def task_name(task: str) -> str:
    return naming_words()[1].get(task, task[:1].upper() + task[1:])


def topical(vocab: np.ndarray) -> np.ndarray:
    """True for terms that can carry a name: no word of the term is generic ("best zorvex"
    leaves "zorvex" to stand on its own)."""
    generic = naming_words()[0]
    return np.array([all(w not in generic for w in str(t).split()) for t in vocab], dtype=bool)


def _user_term_counts(texts: list[str], users: list[str], groups: np.ndarray, n_groups: int, min_df: int):
    """(groups x terms) distinct-user counts, users per group, vocabulary."""
    # a term written in fewer than min_df conversations can never be used by enough users
    vec = CountVectorizer(analyzer=terms_of, binary=True, min_df=max(1, min_df), dtype=np.float32)
    try:
        docs = vec.fit_transform(texts).tocsr()
    except ValueError:  # no term is written often enough anywhere
        return (np.zeros((n_groups, 0), np.float32), np.bincount(groups, minlength=n_groups).astype(np.float64),
                np.array([], dtype=object), sparse.csr_matrix((0, 0), dtype=bool), np.zeros(0, np.int64),
                sparse.csr_matrix((len(texts), 0), dtype=np.float32))
    pair_keys: dict[tuple[int, str], int] = {}
    pair_index = np.array([pair_keys.setdefault((g, u), len(pair_keys)) for g, u in zip(groups.tolist(), users)])
    doc_to_pair = sparse.csr_matrix((np.ones(len(texts)), (pair_index, np.arange(len(texts)))),
                                    shape=(len(pair_keys), len(texts)))
    pair_terms = (doc_to_pair @ docs) > 0  # a user counts once per term per group
    pair_group = np.array([g for g, _ in pair_keys])
    group_of_pair = sparse.csr_matrix((np.ones(len(pair_keys)), (pair_group, np.arange(len(pair_keys)))),
                                      shape=(n_groups, len(pair_keys)))
    counts = (group_of_pair @ pair_terms.astype(np.float32)).tocsc()
    # only a term that min_df users of one group wrote can ever be picked (`eligible`); the
    # rest add nothing but memory (groups x vocabulary, dense: ~1 GB at a million requests)
    keep = np.flatnonzero(np.asarray(counts.max(axis=0).todense()).ravel() >= max(1, min_df))
    users_per_group = np.bincount(pair_group, minlength=n_groups).astype(np.float64)
    return (counts[:, keep].toarray(), users_per_group, vec.get_feature_names_out()[keep],
            pair_terms.tocsc()[:, keep].tocsr(), pair_group, docs.tocsc()[:, keep].tocsr())


def _pick_terms(user_terms: sparse.csr_matrix, share: np.ndarray, contrast: np.ndarray, eligible: np.ndarray,
                bonus: np.ndarray, vocab: np.ndarray) -> list[str]:
    """Greedy: each term maximises its excess share over the users not yet covered.
    user_terms: (users of this group x vocabulary) booleans."""
    n_users = user_terms.shape[0]
    if n_users == 0 or len(vocab) == 0:
        return []
    # fraction of the group's use of a term that is in excess of its neighbours' use
    excess = np.where(eligible & (share > contrast), 1.0 - contrast / np.maximum(share, 1e-12), 0.0) * bonus
    covered = np.zeros(n_users, dtype=bool)
    chosen: list[str] = []
    while len(chosen) < MAX_NAME_TERMS and not covered.all():
        reach = np.asarray(user_terms[~covered].sum(axis=0)).ravel() / n_users
        scores = reach * excess
        pick = None
        for idx in np.argsort(-scores, kind="stable"):
            if scores[idx] <= 0:
                break
            words = set(str(vocab[idx]).split())
            if any(words & set(c.split()) for c in chosen):
                continue  # "sql" after "sql query" adds nothing
            pick = idx
            break
        if pick is None:
            break
        chosen.append(str(vocab[pick]))
        covered |= user_terms[:, pick].toarray().ravel()
    return chosen


def _in_language(docs: sparse.csr_matrix, members: np.ndarray, in_main: np.ndarray) -> np.ndarray:
    """Per term: do most of the group's conversations that use it speak its main language?"""
    uses = np.asarray(docs[members].sum(axis=0)).ravel()
    main = np.asarray(docs[members[in_main]].sum(axis=0)).ravel()
    return main >= LANGUAGE_SHARE * np.maximum(uses, 1)


def _phrase(terms: list[str], excess: dict[str, float]) -> str:
    """The terms as a name of at most MAX_NAME_WORDS words; "" when only one unspecific word."""
    while terms and sum(len(t.split()) for t in terms) > MAX_NAME_WORDS:
        terms = terms[:-1]
    if not terms or (len(terms) == 1 and " " not in terms[0] and excess[terms[0]] < SPECIFIC_EXCESS):
        return ""
    name = ", ".join(terms)
    return name[0].upper() + name[1:]


def _describe(terms: list[str], area: str | None, tasks: Counter, languages: Counter) -> str:
    task = tasks.most_common(1)[0][0] if tasks else "ask a general question or chat"
    langs = [LANGUAGE_NAMES.get(code, code) for code, _ in languages.most_common(2)]
    if terms:
        about = ", ".join(terms[:-1]) + (" and " if len(terms) > 1 else "") + terms[-1]
        first = f"Requests about {about}" + (f", in the area of {area.lower()}." if area else ".")
    elif area:
        first = f"Requests in the area of {area.lower()}, with no wording shared widely enough to say more."
    else:
        first = "Requests with no wording or area shared widely enough to describe them more specifically."
    second = f"The most common task is to {task}, mostly in {' and '.join(langs) or 'various languages'}."
    return f"{first} {second}"


def with_fallbacks(names: list[GroupName], groups: np.ndarray, tasks: list[str],
                   areas: list[tuple[str, ...]] | None, topics: list[tuple[str, ...]] | None) -> list[GroupName]:
    """Names written elsewhere (the Claude backend) with each group's labels and fallback."""
    out = []
    for g, name in enumerate(names):
        members = np.flatnonzero(groups == g)
        area, topic = group_area(areas or [], members), group_area(topics or [], members)
        common = Counter(tasks[i] for i in members.tolist()).most_common(1)
        mix = area_mix(areas or [], members)
        out.append(replace(name, area=area, topic=topic, phrase=name.name, topic_mix=topic_mix(topics or [], members),
                           fallback=area or mix or task_name(common[0][0] if common else "")))
    return out


def topic_mix(ranked: list[tuple[str, ...]], members: np.ndarray) -> str:
    """The group's two most common nearest topics, else the most common one however few share
    it: a last name before a number for a group nothing else tells apart from its parent."""
    mix = area_mix(ranked, members)
    if mix:
        return mix
    counts = Counter(ranked[i][0] for i in members.tolist() if ranked and ranked[i])
    return counts.most_common(1)[0][0] if counts else ""


def qualified(label: str, phrase: str) -> str:
    """"Label: phrase" in at most MAX_NAME_WORDS words (dropping the phrase's last terms),
    or the label alone."""
    words = f"{label}: {phrase[:1].lower()}{phrase[1:]}".split()
    while len(words) > MAX_NAME_WORDS and "," in " ".join(words):
        words = " ".join(words).rsplit(",", 1)[0].split()  # drop the last term
    return " ".join(words) if len(words) <= MAX_NAME_WORDS else label


def compose(topic: str | None, phrase: str, fallback: str, area: str | None = None) -> str:
    """A leaf's name: the members' own shared wording when it has two words or more
    ("Pandas, dataframe"); a lone word under the agreed topic, area or task ("Creative
    writing: story"); else the agreed topic; else the fallback."""
    if phrase and (" " in phrase or "," in phrase):
        return phrase  # the members' own shared wording says most about them
    if topic:
        return qualified(topic, phrase) if phrase else topic
    if phrase:
        return qualified(area or fallback, phrase)
    return fallback


def name_groups(texts: list[str], users: list[str], groups: np.ndarray, centroids: np.ndarray,
                tasks: list[str], languages: list[str], min_term_users: int, n_neighbours: int = 5,
                areas: list[tuple[str, ...]] | None = None,
                topics: list[tuple[str, ...]] | None = None) -> list[GroupName]:
    """One name per group id 0..len(centroids)-1, contrasted with its nearest groups.
    `areas`/`topics`: each conversation's nearest taxonomy labels, nearest first (optional)."""
    n_groups = len(centroids)
    counts, users_per_group, vocab, user_terms, user_group, docs = _user_term_counts(
        texts, users, groups, n_groups, min_term_users)
    share = counts / np.maximum(users_per_group[:, None], 1)
    sims = centroids @ centroids.T
    np.fill_diagonal(sims, -np.inf)
    task_counts: list[Counter[str]] = [Counter() for _ in range(n_groups)]
    lang_counts: list[Counter[str]] = [Counter() for _ in range(n_groups)]
    for g, task, lang in zip(groups.tolist(), tasks, languages):
        task_counts[g][task] += 1
        lang_counts[g][lang] += 1
    # bigrams get a small bonus: "cover letter" beats "cover" and "letter" alone
    bonus = np.array([1.15 if " " in str(t) else 1.0 for t in vocab])
    can_name = topical(vocab)
    language_of = np.asarray(languages)
    position = {str(t): i for i, t in enumerate(vocab)}
    out: list[GroupName] = []
    for g in range(n_groups):
        members = np.flatnonzero(groups == g)
        near = np.argsort(-sims[g], kind="stable")[: min(n_neighbours, n_groups - 1)]
        near_users = users_per_group[near].sum()
        contrast = counts[near].sum(axis=0) / near_users if len(near) and near_users else np.zeros(len(vocab))
        main = lang_counts[g].most_common(1)[0][0] if lang_counts[g] else "und"
        eligible = (counts[g] >= min_term_users) & can_name
        if len(vocab):
            eligible &= _in_language(docs, members, language_of[members] == main)
        terms = _pick_terms(user_terms[user_group == g], share[g], contrast, eligible, bonus, vocab)
        excess = {t: 1.0 - contrast[position[t]] / max(share[g][position[t]], 1e-12) for t in terms}
        area = group_area(areas or [], members)
        agreed = agreed_labels(topics or [], members, OTHER_TOPIC_AGREEMENT)
        topic = group_area(topics or [], members)
        common_task = task_counts[g].most_common(1)[0][0] if task_counts[g] else "ask a general question or chat"
        broad = area or area_mix(areas or [], members)
        fallback = broad or task_name(common_task)
        phrase = _phrase(terms, excess)
        out.append(GroupName(compose(topic, phrase, fallback, broad),
                             _describe(terms, topic or area, task_counts[g], lang_counts[g]),
                             tuple(terms), area, fallback, topic, phrase,
                             tuple(t for t in agreed if t != topic), topic_mix(topics or [], members)))
    return out
