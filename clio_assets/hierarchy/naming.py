"""Names across the levels of the hierarchy: broad levels read as broad areas, and no node
repeats the name of its parent or of a sibling.

The top level is called by the broad area of assistant use its members agree on, the
middle levels by the specific topic (else the area) they agree on (embeddings/areas.py);
the leaves keep "topic: key phrase" names. Then, top-down and largest group first, each
node takes the first of its candidate names that neither its parent nor an earlier
sibling already carries: its own name, the topic, its key phrase, combinations with the
area, its fallback, and only then a numbered form.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from clio_assets.clusters.naming import GroupName, qualified
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


def _pick(options: list[str], taken: set[str]) -> str:
    for option in options:
        if option.lower() not in taken:
            return option
    base = options[0] if options else "Requests"
    k = 2
    while f"{base} ({k})".lower() in taken:
        k += 1
    return f"{base} ({k})"


def finalise_names(tree: Tree, names: list[list[GroupName]]) -> list[list[GroupName]]:
    """names[i][g] for level i (0 = top); broad levels take their agreed area, then every
    name differs from its parent's and its siblings'."""
    levels = len(names)

    def broad(i: int, n: GroupName) -> GroupName:
        if i == levels - 1:
            return n  # leaves keep their topic and wording
        label = n.area if i == 0 else (n.topic or n.area)
        return replace(n, name=label or n.fallback)  # a broad node with no agreed label: its area mix

    out = [[broad(i, n) for n in level] for i, level in enumerate(names)]
    for i in range(levels):
        parent_of = tree.parents[i - 1] if i > 0 else np.zeros(len(out[i]), dtype=np.int64)
        taken_under: dict[int, set[str]] = {}
        for g, name in enumerate(out[i]):  # groups are numbered by size: larger siblings choose first
            parent = int(parent_of[g])
            taken = taken_under.setdefault(parent, {out[i - 1][parent].name.lower()} if i > 0 else set())
            chosen = _pick(candidates(name), taken)
            taken.add(chosen.lower())
            out[i][g] = replace(name, name=chosen)
    return out


def distinct_names(nodes: pd.DataFrame) -> pd.DataFrame:
    """After the audit replaced some names: any name still equal to its parent's or an
    earlier sibling's gets a number (rare; the replacements are broad areas)."""
    nodes = nodes.sort_values(["level", "node_id"]).reset_index(drop=True)
    name_of = dict(zip(nodes.node_id, nodes.name))
    taken: dict[str, set[str]] = {}
    for row in nodes.itertuples():
        parent = row.parent_id if isinstance(row.parent_id, str) else "root"
        used = taken.setdefault(parent, {name_of[parent].lower()} if parent in name_of else set())
        chosen = _pick([str(row.name)], used)
        used.add(chosen.lower())
        if chosen != row.name:
            nodes.at[row.Index, "name"] = chosen
            name_of[row.node_id] = chosen
    return nodes
