"""The Clio paper's hierarchy step with Claude, one level at a time:
neighbourhoods of ~40 clusters -> propose parent names -> deduplicate across
neighbourhoods -> assign each child (candidates shuffled) -> rename each parent."""
from __future__ import annotations

import math

import numpy as np

from clio_assets.clusters.algorithms import kmeans
from clio_assets.clusters.naming import GroupName
from clio_assets.llm.caller import LLMCaller, Request
from clio_assets.llm.prompts import load_prompt
from clio_assets.llm.tools import DEDUPE, NAME, PROPOSE, assign_tool
from clio_assets.privacy.pii.scrub import scrub_text

NEIGHBOURHOOD = 40


def _describe(names: list[GroupName]) -> str:
    return "\n".join(f"- {n.name}: {n.description}" for n in names)


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = " ".join(name.lower().split())
        if key and key not in seen:
            seen.add(key)
            out.append(" ".join(name.split()))
    return out


def propose(caller: LLMCaller, children: list[GroupName], centroids: np.ndarray, n_parents: int,
            model: str, seed: int) -> list[str]:
    n_hoods = max(1, round(len(children) / NEIGHBOURHOOD))
    hood, _ = kmeans(centroids, n_hoods, seed) if n_hoods > 1 else (np.zeros(len(children), dtype=int), None)
    prompt = load_prompt("hierarchy_propose")
    requests = []
    for h in range(n_hoods):
        members = [children[i] for i in np.flatnonzero(hood == h)]
        desired = max(1, math.ceil(n_parents * len(members) / len(children) * 1.5))
        requests.append(Request("hierarchy", model, prompt, prompt.render(
            n_children=len(members), n_desired=desired, children=_describe(members)), PROPOSE, 1500))
    proposals = [name for r in caller.call_many(requests) if r.data for name in r.data["categories"]]
    return _unique(proposals)


def deduplicate(caller: LLMCaller, candidates: list[str], n_parents: int, model: str) -> list[str]:
    n_max = max(n_parents, math.ceil(n_parents * 1.5))
    if len(candidates) <= n_parents:
        return candidates
    prompt = load_prompt("hierarchy_dedupe")
    result = caller.call(Request("hierarchy", model, prompt, prompt.render(
        candidates="\n".join(f"- {c}" for c in candidates), n_desired=n_parents, n_max=n_max), DEDUPE, 1500))
    chosen = _unique(result.data["categories"]) if result.data else []
    return (chosen or candidates)[:n_max]


def assign(caller: LLMCaller, children: list[GroupName], centroids: np.ndarray, categories: list[str],
           model: str, seed: int) -> np.ndarray:
    prompt = load_prompt("hierarchy_assign")
    rng = np.random.default_rng(seed)
    requests = []
    for child in children:
        shuffled = [categories[i] for i in rng.permutation(len(categories))]  # no position bias
        requests.append(Request("hierarchy", model, prompt, prompt.render(
            child=f"{child.name}: {child.description}", categories="\n".join(f"- {c}" for c in shuffled)),
            assign_tool(shuffled), 200))
    index = {c: i for i, c in enumerate(categories)}
    parent = np.array([index[r.data["category"]] if r.data else -1 for r in caller.call_many(requests)])
    # a child whose assignment never became valid joins its most similar assigned sibling
    done = np.flatnonzero(parent >= 0)
    for i in np.flatnonzero(parent < 0):
        parent[i] = parent[done[np.argmax(centroids[done] @ centroids[i])]] if len(done) else 0
    return parent


def rename(caller: LLMCaller, children: list[GroupName], parent: np.ndarray, n_parents: int,
           model: str) -> list[GroupName]:
    prompt = load_prompt("hierarchy_rename")
    requests = [Request("hierarchy", model, prompt, prompt.render(
        children=_describe([children[i] for i in np.flatnonzero(parent == p)])), NAME, 400) for p in range(n_parents)]
    names = []
    for p, result in enumerate(caller.call_many(requests)):
        if result.data is None:
            names.append(GroupName(f"Unnamed category {p + 1}",
                                   "The naming step failed for this category; see metadata.", ()))
        else:
            names.append(GroupName(scrub_text(result.data["name"].strip()),
                                   scrub_text(result.data["description"].strip()), ()))
    return names


def group_level(caller: LLMCaller, children: list[GroupName], centroids: np.ndarray, n_parents: int,
                model: str, seed: int) -> tuple[np.ndarray, list[GroupName]]:
    candidates = deduplicate(caller, propose(caller, children, centroids, n_parents, model, seed), n_parents, model)
    if not candidates:
        candidates = ["Other requests"]
    parent = assign(caller, children, centroids, candidates, model, seed)
    used = sorted(set(parent.tolist()))  # categories nobody chose disappear
    parent = np.searchsorted(used, parent)
    return parent, rename(caller, children, parent, len(used), model)
