"""Names an analyst can read: broad levels read as broad areas, no name repeats its parent's
or a sibling's, generic words never name a group, one name is one language."""
from __future__ import annotations

import numpy as np
import pandas as pd

from clio_assets.clusters.naming import GroupName, compose, name_groups, qualified
from clio_assets.hierarchy.naming import distinct_names, finalise_names
from clio_assets.hierarchy.tree import Tree


def tree_of(parents: list[list[int]], sizes: list[int]) -> Tree:
    leaves = np.arange(sizes[-1])
    return Tree(level_sizes=tuple(sizes), parents=tuple(np.array(p) for p in parents), leaf_labels=leaves)


def g(name: str, area: str | None = None, topic: str | None = None, phrase: str = "", terms=()) -> GroupName:
    return GroupName(name, "d", tuple(terms), area, area or "General questions and chat", topic, phrase)


def test_broad_levels_take_agreed_labels_and_no_name_repeats_its_parent_or_a_sibling() -> None:
    tree = tree_of([[0, 0, 1], [0, 0, 1, 2]], [2, 3, 4])
    names = [
        [g("Code, python", area="Software development"), g("Poem, story", area="Creative writing")],
        [g("Code", area="Software development", topic="Python programming", phrase="Code"),
         g("Sql", area="Software development", topic="Python programming", phrase="Sql query"),
         g("Poem", area="Creative writing")],
        [g("Python programming: pandas", area="Software development", topic="Python programming", phrase="Pandas"),
         g("Python programming", area="Software development", topic="Python programming"),
         g("Sql query", area="Software development", phrase="Sql query"),
         g("Creative writing", area="Creative writing")],
    ]
    out = finalise_names(tree, names)
    assert [n.name for n in out[0]] == ["Software development", "Creative writing"]
    assert out[1][0].name == "Python programming"
    assert out[1][1].name != out[1][0].name  # siblings differ: the second takes its own wording
    assert out[1][2].name != "Creative writing"  # a child never repeats its parent
    for level in range(1, 3):
        for gi, name in enumerate(out[level]):
            parent = out[level - 1][int(tree.parents[level - 1][gi])].name
            assert name.name.lower() != parent.lower()
        for parent in set(tree.parents[level - 1].tolist()):
            sibling_names = [out[level][i].name.lower() for i in np.flatnonzero(tree.parents[level - 1] == parent)]
            assert len(sibling_names) == len(set(sibling_names))


def test_distinct_names_after_the_audit_numbers_only_what_still_clashes() -> None:
    nodes = pd.DataFrame({"node_id": ["L1-0000", "L2-0000", "L2-0001", "L2-0002"],
                          "parent_id": [None, "L1-0000", "L1-0000", "L1-0000"], "level": [1, 2, 2, 2],
                          "name": ["Travel", "Travel", "Trips to Rome", "Trips to Rome"]})
    out = distinct_names(nodes).set_index("node_id").name
    assert out["L1-0000"] == "Travel" and out["L2-0001"] == "Trips to Rome"
    assert out["L2-0000"] not in ("Travel",) and out["L2-0002"] != "Trips to Rome"


def test_compose_prefers_shared_wording_and_keeps_names_short() -> None:
    assert compose("Python programming", "Pandas, dataframe", "x") == "Pandas, dataframe"
    assert compose("Python programming", "Pandas", "x") == "Python programming: pandas"
    assert compose(None, "Story", "Writing and editing", "Creative writing") == "Creative writing: story"
    assert compose("Python programming", "", "x") == "Python programming"
    assert compose(None, "", "Software development") == "Software development"
    long = qualified("Python programming", "Data frame merge, csv file export, matplotlib chart")
    assert len(long.split()) <= 8 and long.startswith("Python programming")


def test_generic_words_and_other_languages_never_name_a_group() -> None:
    # 12 users each ask about a made-up topic word in English; everyone also writes
    # generic request words; a few Spanish requests in the group share their own word
    texts, users, langs = [], [], []
    for u in range(12):
        texts.append(f"please make a list of the best zorvex settings and tell me more {u}")
        users.append(f"u{u}")
        langs.append("en")
    for u in range(12, 16):
        texts.append("por favor dime la configuración de plimbo")
        users.append(f"u{u}")
        langs.append("es")
    for u in range(16, 40):  # a neighbouring group with other wording
        texts.append(f"what is the capital of country number {u}")
        users.append(f"u{u}")
        langs.append("en")
    groups = np.array([0] * 16 + [1] * 24)
    centroids = np.eye(2, dtype=np.float32)
    names = name_groups(texts, users, groups, centroids, ["t"] * 40, langs, min_term_users=3)
    assert "zorvex" in names[0].name.lower()
    for generic in ("make", "list", "best", "tell", "please"):
        assert generic not in names[0].name.lower().replace(",", " ").split()
    assert "plimbo" not in names[0].name.lower()  # a Spanish word in an English-led group


def test_a_node_with_no_agreed_label_uses_its_wording_and_a_lone_child_its_childrens_topics() -> None:
    # one top node with a single child of the same members (a chain), whose own candidates are
    # all the parent's name; the child has two children with agreed topics
    tree = tree_of([[0], [0, 0]], [1, 1, 2])
    names = [
        [g("x")],
        [g("x")],
        [g("Concepts", topic="Explanations of concepts"), g("Facts", topic="General knowledge questions")],
    ]
    out = finalise_names(tree, names)
    # no wording, no label: what the descendants are about before the catch-all fallback
    assert out[0][0].name == "Explanations of concepts, general knowledge questions"
    assert out[1][0].name == "General questions and chat"  # the lone child's only free candidate
    worded = finalise_names(tree_of([[0]], [1, 1]), [[g("x", terms=("poem", "story"))], [g("y")]])
    assert worded[0][0].name == "Poem, story"  # shared wording before the catch-all


def test_top_nodes_sharing_a_fallback_are_told_apart_by_their_children() -> None:
    tree = tree_of([[0, 1], [0, 1]], [2, 2, 2])
    names = [[g("x"), g("y")], [g("a"), g("b", area="General knowledge questions")],
             [g("c", topic="Poems"), g("d", topic="Facts about places")]]
    out = finalise_names(tree, names)
    assert out[0][0].name == "General questions and chat"
    assert out[0][1].name == "General knowledge questions"  # its one child's label, not "(2)"


def test_a_replaced_name_that_repeats_its_parent_takes_another_taxonomy_label() -> None:
    nodes = pd.DataFrame({"node_id": ["L1-0000", "L2-0000", "L2-0001"], "parent_id": [None, "L1-0000", "L1-0000"],
                          "level": [1, 2, 2], "name": ["Finance and money", "Finance and money", "Finance and money"],
                          "alternatives": [[], ["Taxes and tax returns", "Finance and money"], []],
                          "name_note": ["", "failed the privacy audit: replaced by the node's broad area or task", ""]})
    out = distinct_names(nodes).set_index("node_id")
    assert out.name["L2-0000"] == "Taxes and tax returns" and "renamed" in out.name_note["L2-0000"]
    assert out.name["L2-0001"] == "Finance and money (2)"  # nothing else to go by: a number, as before
