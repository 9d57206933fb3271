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
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from clio_assets.clusters.terms import terms_of

MAX_NAME_TERMS = 3
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
                  "it": "Italian", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "tr": "Turkish",
                  "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "hi": "Hindi",
                  "vi": "Vietnamese", "id": "Indonesian", "und": "undetermined"}


@dataclass(frozen=True)
class GroupName:
    name: str
    description: str
    terms: tuple[str, ...]


def _user_term_counts(texts: list[str], users: list[str], groups: np.ndarray, n_groups: int, min_df: int):
    """(groups x terms) distinct-user counts, users per group, vocabulary."""
    # a term written in fewer than min_df conversations can never be used by enough users
    vec = CountVectorizer(analyzer=terms_of, binary=True, min_df=max(1, min_df), dtype=np.float32)
    try:
        docs = vec.fit_transform(texts).tocsr()
    except ValueError:  # no term is written often enough anywhere
        return (np.zeros((n_groups, 0), np.float32), np.bincount(groups, minlength=n_groups).astype(np.float64),
                np.array([], dtype=object), sparse.csr_matrix((0, 0), dtype=bool), np.zeros(0, np.int64))
    pair_keys: dict[tuple[int, str], int] = {}
    pair_index = np.array([pair_keys.setdefault((g, u), len(pair_keys)) for g, u in zip(groups.tolist(), users)])
    doc_to_pair = sparse.csr_matrix((np.ones(len(texts)), (pair_index, np.arange(len(texts)))),
                                    shape=(len(pair_keys), len(texts)))
    pair_terms = (doc_to_pair @ docs) > 0  # a user counts once per term per group
    pair_group = np.array([g for g, _ in pair_keys])
    group_of_pair = sparse.csr_matrix((np.ones(len(pair_keys)), (pair_group, np.arange(len(pair_keys)))),
                                      shape=(n_groups, len(pair_keys)))
    counts = (group_of_pair @ pair_terms.astype(np.float32)).toarray()
    users_per_group = np.bincount(pair_group, minlength=n_groups).astype(np.float64)
    return counts, users_per_group, vec.get_feature_names_out(), pair_terms.tocsr(), pair_group


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


def _describe(terms: list[str], tasks: Counter, languages: Counter) -> tuple[str, str]:
    task = tasks.most_common(1)[0][0] if tasks else "general"
    langs = [LANGUAGE_NAMES.get(code, code) for code, _ in languages.most_common(2)]
    if terms:
        name = ", ".join(terms)
        name = name[0].upper() + name[1:]
        about = ", ".join(terms[:-1]) + (" and " if len(terms) > 1 else "") + terms[-1]
        first = f"Conversations in which many different users ask about {about}."
    else:
        name = f"Mixed requests: {task}"
        first = "Conversations with no wording shared by enough different users to name them more specifically."
    second = f"The most common task is to {task}, mostly in {' and '.join(langs) or 'various languages'}."
    return name, f"{first} {second}"


def name_groups(texts: list[str], users: list[str], groups: np.ndarray, centroids: np.ndarray,
                tasks: list[str], languages: list[str], min_term_users: int, n_neighbours: int = 5) -> list[GroupName]:
    """One name per group id 0..len(centroids)-1, contrasted with its nearest groups."""
    n_groups = len(centroids)
    counts, users_per_group, vocab, user_terms, user_group = _user_term_counts(texts, users, groups, n_groups,
                                                                               min_term_users)
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
    out: list[GroupName] = []
    for g in range(n_groups):
        near = np.argsort(-sims[g], kind="stable")[: min(n_neighbours, n_groups - 1)]
        near_users = users_per_group[near].sum()
        contrast = counts[near].sum(axis=0) / near_users if len(near) and near_users else np.zeros(len(vocab))
        terms = _pick_terms(user_terms[user_group == g], share[g], contrast, counts[g] >= min_term_users, bonus, vocab)
        name, description = _describe(terms, task_counts[g], lang_counts[g])
        out.append(GroupName(name, description, tuple(terms)))
    return out
