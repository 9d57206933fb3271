"""Names across the levels of the hierarchy: broad levels read as broad areas, and no node
repeats the name of its parent or of a sibling.

The top level is called by the broad area of assistant use its members agree on, the
middle levels by the specific topic (else the area) they agree on (embeddings/areas.py);
the leaves keep "topic: key phrase" names. Then, top-down and largest group first, each
node takes the first of its candidate names that neither its parent nor an earlier
sibling already carries: its own name, the topic, its key phrase, combinations with the
area, its fallback, what its two largest children are about, and only then a numbered form.
A broad node whose members agree on no label is called by their shared wording before the
catch-all fallback.
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from clio_assets.clusters.naming import MAX_NAME_WORDS, GroupName, naming_words, qualified
from clio_assets.hierarchy.audit import WITHHELD_NAME
from clio_assets.hierarchy.tree import Tree


def _phrase(terms: tuple[str, ...]) -> str:
    text = ", ".join(terms)
    return text[:1].upper() + text[1:]


def candidates(name: GroupName) -> list[str]:
    """Names this group may carry, best first (duplicates removed)."""
    phrase = name.phrase or _phrase(name.terms)
    lower = phrase[:1].lower() + phrase[1:]
    options = [name.name, name.topic or "", *name.other_topics, phrase]
    if name.topic and phrase:
        options.append(qualified(name.topic, phrase))
    if name.area and phrase:
        options.append(qualified(name.area, phrase))
    options += [qualified(t, lower) for t in name.other_topics if phrase]
    options.append(name.fallback)
    return [o for o in dict.fromkeys(options) if o]


def name_key(name: str) -> str:
    """Names with the same words in another order ("Game, poem, story" and "Poem, game,
    story") read as one name."""
    return " ".join(sorted(re.findall(r"\w+", name.casefold())))


def _is_task(fallback: str) -> bool:
    """A fallback that names the group's most common task ("General questions and chat"),
    not its areas: the catch-all."""
    return fallback in set(naming_words()[1].values())


def _one_word(name: str) -> bool:
    return len(re.findall(r"\w+", name)) == 1


def _pick(options: list[str], taken: set[str]) -> str:
    options = [o for o in options if o]
    for option in options:
        if name_key(option) not in taken:
            return option
    base = options[0] if options else "Requests"
    k = 2
    while name_key(f"{base} ({k})") in taken:
        k += 1
    return f"{base} ({k})"


def children_label(labels: list[str]) -> str:
    """What a node's two largest children are about ("Explanations of concepts, general
    knowledge questions"): a name for a node whose own candidates are all taken."""
    distinct = list(dict.fromkeys(label for label in labels if label))[:2]
    if len(distinct) < 2:
        return distinct[0] if distinct else ""
    joined = f"{distinct[0]}, {distinct[1][:1].lower()}{distinct[1][1:]}"  # as an area mix reads
    return joined if len(joined.split()) <= MAX_NAME_WORDS else distinct[0]


def finalise_names(tree: Tree, names: list[list[GroupName]]) -> list[list[GroupName]]:
    """names[i][g] for level i (0 = top); broad levels take their agreed area, then every
    name differs from its parent's and its siblings'."""
    levels = len(names)

    def broad(i: int, n: GroupName) -> GroupName:
        if i == levels - 1:
            return n  # leaves keep their topic and wording
        label = n.area if i == 0 else (n.topic or n.area)
        # no agreed label: at the top, the members' main areas read as a broad level should;
        # below it, and failing those, their shared wording says more than the catch-all
        mix = n.fallback if i == 0 and not _is_task(n.fallback) else ""
        return replace(n, name=label or mix or n.phrase or _phrase(n.terms) or n.fallback)

    def about_descendants(i: int, g: int, skip: set[str]) -> list[str]:
        """What the group's children are about, then its grandchildren's, …: labels that
        are neither taken nor the group's own catch-all (a lone child says no more than
        its parent, so the level below it may)."""
        options, below = [], np.array([g])
        for d in range(i + 1, levels):
            below = np.flatnonzero(np.isin(tree.parents[d - 1], below))  # numbered by size: largest first
            labels = [n.topic or n.area or broad(d, n).name for n in (names[d][k] for k in below.tolist())]
            options.append(children_label([label for label in labels if name_key(label) not in skip]))
        return options

    out = [[broad(i, n) for n in level] for i, level in enumerate(names)]
    for i in range(levels):
        parent_of = tree.parents[i - 1] if i > 0 else np.zeros(len(out[i]), dtype=np.int64)
        taken_under: dict[int, set[str]] = {}
        for g, name in enumerate(out[i]):  # groups are numbered by size: larger siblings choose first
            parent = int(parent_of[g])
            taken = taken_under.setdefault(parent, {name_key(out[i - 1][parent].name)} if i > 0 else set())
            own = candidates(name)
            below = about_descendants(i, g, taken | {name_key(name.fallback)})
            # what the children are about says more than the catch-all task or area mix, and a
            # lone word names a group only when nothing longer is free
            catch_all = _is_task(name.fallback)
            longer = [o for o in own + below if not _one_word(o) and not (catch_all and o == name.fallback)]
            # last, the group's most common topics, which too few members may share to name it
            options = longer + [name.fallback, name.topic_mix] + [o for o in own + below if _one_word(o)]
            chosen = _pick(options, taken)
            taken.add(name_key(chosen))
            out[i][g] = replace(name, name=chosen)
    return out


def distinct_names(nodes: pd.DataFrame) -> pd.DataFrame:
    """After the audit replaced some names: any name still equal to its parent's or an
    earlier sibling's takes the first of its other taxonomy labels (`alternatives`) that is
    free, and only then a number. A withheld name stays withheld."""
    nodes = nodes.sort_values(["level", "node_id"]).reset_index(drop=True)
    name_of = dict(zip(nodes.node_id, nodes.name))
    taken: dict[str, set[str]] = {}
    for row in nodes.itertuples():
        parent = row.parent_id if isinstance(row.parent_id, str) else "root"
        used = taken.setdefault(parent, {name_key(name_of[parent])} if parent in name_of else set())
        alts = getattr(row, "alternatives", None)
        others = [str(a) for a in alts] if alts is not None and row.name != WITHHELD_NAME else []
        chosen = _pick([str(row.name), *others], used)
        used.add(name_key(chosen))
        if chosen != row.name:
            nodes.at[row.Index, "name"] = chosen
            name_of[row.node_id] = chosen
            if "name_note" in nodes.columns:
                note = str(nodes.at[row.Index, "name_note"] or "")
                renamed = "renamed to differ from its parent or a sibling"
                nodes.at[row.Index, "name_note"] = f"{note}; {renamed}" if note else renamed
    return nodes
