"""Coordinated use across accounts: groups of distinct accounts that send near-identical,
templated requests within one day.

1. Requests are normalised (lower case, digits -> 0, PII placeholders -> one token) and
   cut into word shingles (character shingles for CJK); MinHash signatures (seeded
   universal hashing mod 2^31-1, deterministic across runs) and LSH banding propose
   near-duplicate pairs, kept when their estimated Jaccard similarity reaches
   `min_similarity` (slot variation - a different product or site name - is allowed).
2. Connected pairs form groups. Each group is scored by how many accounts it spans,
   how similar its requests are, how *bursty* it is (largest share of its requests in
   any `window_minutes` window) and how *focused* its accounts are (share of each
   account's requests of the day that belong to the group). A popular prompt typed by
   many ordinary users is spread over the day by people who also do other things; an
   account network fires the template in a burst and does little else.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd

from clio_assets.clusters.terms import terms_of
from clio_assets.privacy.pii.names.gazetteer import is_first_name

_PRIME = (1 << 31) - 1
_TOKEN = re.compile(r"\[[A-Z_]+\]|[\u3040-\u30ff\u3400-\u9fff]|[^\W_]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class CoordinationParams:
    shingle: int = 2
    num_perm: int = 64
    bands: int = 16
    min_tokens: int = 6
    min_similarity: float = 0.5
    min_accounts: int = 5
    window_minutes: int = 60
    min_score: float = 0.7
    seed: int = 0


def tokens(text: str) -> list[str]:
    # digits become 0 before the cut: a digit stays a word character, so the tokens are the same
    return ["<pii>" if tok.startswith("[") else tok for tok in _TOKEN.findall(_DIGIT.sub("0", text.lower()))]


def shingles(toks: list[str], k: int) -> set[int]:
    cjk = sum(1 for t in toks if len(t) == 1 and "\u3040" <= t <= "\u9fff")
    k = k + 1 if cjk > len(toks) / 2 else k  # characters carry less than words
    grams = {" ".join(toks[i:i + k]) for i in range(max(1, len(toks) - k + 1))}
    return {zlib.crc32(g.encode()) % _PRIME for g in grams}


def signatures(texts: list[str], params: CoordinationParams) -> tuple[np.ndarray, np.ndarray]:
    """(MinHash signatures uint64 [n, num_perm], mask of texts long enough to compare)."""
    rng = np.random.default_rng(params.seed)
    a = rng.integers(1, _PRIME, size=params.num_perm, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=params.num_perm, dtype=np.int64)
    sig = np.full((len(texts), params.num_perm), _PRIME, dtype=np.int64)
    usable = np.zeros(len(texts), dtype=bool)
    for i, text in enumerate(texts):
        toks = tokens(text)
        if len(toks) < params.min_tokens:
            continue
        usable[i] = True
        x = np.fromiter(shingles(toks, params.shingle), dtype=np.int64)
        sig[i] = ((np.outer(x, a) + b) % _PRIME).min(axis=0)
    return sig, usable


def near_duplicate_groups(sig: np.ndarray, usable: np.ndarray, params: CoordinationParams) -> np.ndarray:
    """Group label per text (-1 = in no group): LSH candidates, verified, then union-find."""
    parent = np.arange(len(sig))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rows = params.num_perm // params.bands
    idx = np.flatnonzero(usable)
    for band in range(params.bands):
        keys = sig[idx, band * rows:(band + 1) * rows]
        _, inverse = np.unique(keys, axis=0, return_inverse=True)
        order = np.argsort(inverse, kind="stable")
        bounds = np.flatnonzero(np.diff(inverse[order])) + 1
        for bucket in np.split(idx[order], bounds):
            if len(bucket) < 2:
                continue
            similar = (sig[bucket[1:]] == sig[bucket[0]]).mean(axis=1) >= params.min_similarity
            for j in bucket[1:][similar]:
                ri, rj = find(int(bucket[0])), find(int(j))
                if ri != rj:
                    parent[rj] = ri
    roots = np.array([find(i) for i in range(len(sig))])
    sizes = pd.Series(roots).value_counts()
    labels = np.where(usable & (pd.Series(roots).map(sizes).to_numpy() >= 2), roots, -1)
    _, dense = np.unique(labels[labels >= 0], return_inverse=True)
    out = np.full(len(sig), -1)
    out[labels >= 0] = dense
    return out


def burstiness(seconds: np.ndarray, window_minutes: int) -> float:
    """Largest share of the timestamps inside any window of `window_minutes` (NaN if none)."""
    times = np.sort(seconds[~np.isnan(seconds)])
    if len(times) == 0:
        return float("nan")
    ends = np.searchsorted(times, times + window_minutes * 60, side="right")
    return float((ends - np.arange(len(times))).max() / len(times))


def words_of(text: str) -> list[str]:
    """The single words of a request that may describe a template (`terms_of` without bigrams)."""
    return [term for term in terms_of(text) if " " not in term]


def template_terms(words: list[list[str]], users: list[str], min_accounts: int, background: Counter | None = None,
                   limit: int = 8) -> list[str]:
    """Words (`words_of` each request) used by at least `min_accounts` (and half) of the
    group's accounts, most widely used first and, among those, the rarest in the whole day
    (`background`: conversations per word) first; no first names, no digits, no placeholders."""
    background = background or Counter()
    by_term: dict[str, set[str]] = {}
    for terms, user in zip(words, users):
        for term in terms:
            by_term.setdefault(term, set()).add(user)
    need = max(min_accounts, (len(set(users)) + 1) // 2)
    ranked = sorted(((len(u), t) for t, u in by_term.items() if len(u) >= need),
                    key=lambda x: (-x[0], background[x[1]], x[1]))
    return [t for _, t in ranked if not is_first_name(t) and not any(c.isdigit() for c in t)][:limit]


def score_groups(frame: pd.DataFrame, labels: np.ndarray, sig: np.ndarray, account_totals: pd.Series,
                 params: CoordinationParams) -> pd.DataFrame:
    """One row per group of >= min_accounts accounts. `frame`: conversation_id, user_id,
    request, seconds (UTC seconds of the day or NaN), concern, in `labels` order."""
    rows = []
    words = [words_of(text) for text in frame.request]  # once per request: the day's counts and the groups'
    frame = frame.assign(group=labels)
    background = Counter(t for terms in words for t in set(terms))
    for g, members in frame[frame.group >= 0].groupby("group"):
        accounts = members.user_id.nunique()
        if accounts < params.min_accounts:
            continue
        pos = members.index.to_numpy()
        sample = pos[:50]
        similarity = float((sig[sample][:, None, :] == sig[sample][None, :, :]).mean(axis=2)
                           [np.triu_indices(len(sample), 1)].mean())
        bursty = burstiness(members.seconds.to_numpy(dtype=float), params.window_minutes)
        per_account = members.groupby("user_id").size()
        focus = float((per_account / account_totals.reindex(per_account.index)).mean())
        parts = [(0.45, bursty), (0.45, focus), (0.10, similarity)]
        weight = sum(w for w, v in parts if not np.isnan(v))
        score = sum(w * v for w, v in parts if not np.isnan(v)) / weight
        rows.append({"group": int(g), "accounts": int(accounts), "conversations": len(members),
                     "template_similarity": round(similarity, 4),
                     "burstiness": None if np.isnan(bursty) else round(bursty, 4),
                     "account_focus": round(focus, 4), "coordination_score": round(score, 4),
                     "flagged": bool(score >= params.min_score),
                     "mean_concern": round(float(members.concern.mean()), 3),
                     "terms": template_terms([words[i] for i in pos], members.user_id.tolist(), params.min_accounts,
                                             background)})
    cols = ["group", "accounts", "conversations", "template_similarity", "burstiness", "account_focus",
            "coordination_score", "flagged", "mean_concern", "terms"]
    return pd.DataFrame(rows, columns=cols).sort_values(["coordination_score", "accounts"],
                                                        ascending=False).reset_index(drop=True)


def describe_template(terms: list[str], accounts: int) -> str:
    words = ", ".join(terms) if terms else "(no wording shared widely enough to show)"
    return f"Near-identical templated requests from {accounts} accounts; recurring words: {words}."
