"""The offline analysis chain on a list of request texts, and its quality measures.

Used by `bench/quality.py` and the quality tests, so both measure exactly the functions the
assets call: facets (`extract_facets`), embeddings (`embed_texts` + `language_centered`),
base clusters (`cluster_vectors`), the hierarchy (`build_tree`, offline grouper) and names
per level (`name_groups`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from clio_assets.clusters.algorithms import cluster_vectors, group_centroids
from clio_assets.clusters.naming import GroupName, name_groups
from clio_assets.clusters.terms import terms_of
from clio_assets.facets.offline import extract_facets
from clio_assets.hierarchy.tree import Grouper, Tree, build_tree, offline_grouper
from clio_assets.models.embedding import DEFAULT_MODEL, embed_texts, language_centered
from clio_assets.shared.records import Conversation, Message


@dataclass(frozen=True)
class Prepared:
    requests: list[str]
    users: list[str]
    tasks: list[str]
    languages: list[str]
    vectors: np.ndarray

    def subset(self, index: np.ndarray) -> Prepared:
        pick = lambda values: [values[i] for i in index]  # noqa: E731
        return Prepared(pick(self.requests), pick(self.users), pick(self.tasks), pick(self.languages),
                        self.vectors[index])


@dataclass(frozen=True)
class Analysis:
    labels: np.ndarray  # conversation -> base cluster
    tree: Tree
    names: list[list[GroupName]]  # per level, top first ([] when not named)


def prepare(texts: list[str], users: list[str] | None = None, model: str = DEFAULT_MODEL) -> Prepared:
    """Facets and embeddings of single-turn conversations, as the facet and embedding assets
    compute them. Without users, every text counts as its own user."""
    users = users or [f"u{i}" for i in range(len(texts))]
    conversations = [Conversation(f"q{i}", users[i], (Message("user", t),), "messages", "evaluation", i + 1)
                     for i, t in enumerate(texts)]
    facets = extract_facets(conversations)
    requests = [f.request for f in facets]
    languages = [f.languages[0] if f.languages else "und" for f in facets]
    vectors = language_centered(embed_texts(requests, model), languages)
    return Prepared(requests, list(users), [f.task for f in facets], languages, vectors)


def analyse(prep: Prepared, k: int, top_size: int | None, seed: int, levels: int = 3, min_term_users: int = 10,
            leaf_method: str = "auto", grouper: Grouper = offline_grouper, names: bool = True,
            top_down: bool | None = None) -> Analysis:
    """Base clusters, the hierarchy and offline names per level (top first)."""
    labels, _ = cluster_vectors(prep.vectors, k, seed, leaf_method)
    tree, _ = build_tree(prep.vectors, labels, int(labels.max()) + 1, levels, top_size, grouper=grouper,
                         top_down=top_down)
    level_names = []
    if names:
        for i, size in enumerate(tree.level_sizes):
            level_labels = tree.labels_at(i)
            level_names.append(name_groups(prep.requests, prep.users, level_labels,
                                           group_centroids(prep.vectors, level_labels, size), prep.tasks,
                                           prep.languages, min_term_users))
    return Analysis(labels, tree, level_names)


def purity(truth: list[str], labels: np.ndarray) -> float:
    """Share of items in their group's majority class."""
    truth_arr = np.asarray(truth)
    total = 0
    for c in np.unique(labels):
        _, counts = np.unique(truth_arr[labels == c], return_counts=True)
        total += counts.max()
    return total / len(truth_arr)


def _content_words(text: str) -> set[str]:
    return {t for t in terms_of(text) if " " not in t}


def name_coverage(requests: list[str], tree: Tree, level_names: list[list[GroupName]]) -> list[float]:
    """Per level (top first): the share of conversations whose own request contains at least
    one content word of its node's name (the naming tokeniser's unigrams: stop words, chat
    filler and placeholders removed, CJK as character bigrams). A node without name terms
    ("Mixed requests") covers nobody."""
    words_of_text = [_content_words(r) for r in requests]
    shares = []
    for i, names in enumerate(level_names):
        name_words = [_content_words(n.name) if n.terms else set() for n in names]
        labels = tree.labels_at(i)
        hits = sum(bool(words_of_text[j] & name_words[labels[j]]) for j in range(len(requests)))
        shares.append(hits / max(len(requests), 1))
    return shares


def identical(a: Analysis, b: Analysis) -> bool:
    """Same leaf labels, same parents at every level, same names."""
    return (np.array_equal(a.labels, b.labels) and a.tree.level_sizes == b.tree.level_sizes
            and all(np.array_equal(x, y) for x, y in zip(a.tree.parents, b.tree.parents))
            and [[(n.name, n.description) for n in lv] for lv in a.names]
            == [[(n.name, n.description) for n in lv] for lv in b.names])
