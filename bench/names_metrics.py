"""The measures behind bench/names.py, as plain functions over the pipeline's tables.

Nothing here runs the pipeline or reads a file: give it pandas frames and strings, get
numbers back. Importing it has no side effects (the judge model and the language detector
load on first use). Run as a script, it prints what the pasted-material detector flags in
the lines of a text file, for checking the detector by eye:

    python bench/names_metrics.py some_requests.txt

The judge is `wordllama-l2_supercat-256`, a static-token model the pipeline does not use
for clustering (its default is `use-multilingual-v3`) or naming (names come from shared
member terms): nearness under a different model is evidence that a name says what its
members ask, not an echo of the space the clusters were cut in.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd

JUDGE_MODEL = "wordllama-l2_supercat-256"
USER_TEXT_CHARS = 2000
FALLBACK_PREFIX = "Mixed requests:"
CONFIDENT_LANGUAGE = 0.7

Embed = Callable[[list[str]], np.ndarray]


def judge_embed(texts: list[str]) -> np.ndarray:
    """L2-normalised judge vectors, one row per text."""
    from clio_assets.models.embedding import embed_texts

    return normalise(embed_texts(list(texts), JUDGE_MODEL))


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


def user_text(messages: Sequence[dict], limit: int = USER_TEXT_CHARS) -> str:
    """All user turns of a conversation joined, cut to `limit` characters."""
    return "\n".join(str(m.get("content", "")) for m in messages if m.get("role") == "user")[:limit]


# ---------------------------------------------------------------- the tree

def deepest_node_ids(cluster_ids: Iterable[int], level: int) -> list[str]:
    """A base cluster's node at the deepest level: the tree keeps the clustering's own
    labels there, and `nodes.node_id` formats them as L{level}-{label:04d}."""
    return [f"L{level}-{int(c):04d}" for c in cluster_ids]


def named_nodes(hierarchy: pd.DataFrame) -> pd.DataFrame:
    """Every node that is not an "Other (small groups)" pool, published or not."""
    return hierarchy[~hierarchy.is_other.astype(bool)]


def ancestors(hierarchy: pd.DataFrame, node_ids: Iterable[str]) -> pd.DataFrame:
    """One row per given node id, one column `l{level}` per level (l1 = top) with its
    ancestor (or itself) there, found by walking `parent_id`."""
    parent = dict(zip(hierarchy.node_id, hierarchy.parent_id))
    level = dict(zip(hierarchy.node_id, hierarchy.level.astype(int)))
    rows = []
    for nid in node_ids:
        chain: dict[str, str] = {}
        cur: object = nid
        while isinstance(cur, str) and cur in level:
            chain[f"l{level[cur]}"] = cur
            cur = parent.get(cur)
        rows.append(chain)
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- fidelity

def nearest_fidelity(text_vectors: np.ndarray, own: Sequence[str], candidates: Sequence[str],
                     embed: Embed = judge_embed) -> float:
    """Share of texts whose nearest candidate string (cosine of normalised judge vectors)
    is exactly their own. `candidates` are deduplicated first: two nodes with one name
    are one candidate."""
    if len(own) == 0:
        return float("nan")
    distinct = list(dict.fromkeys(candidates))
    nearest = np.argmax(normalise(text_vectors) @ normalise(embed(distinct)).T, axis=1)
    return float(np.mean([distinct[j] == mine for j, mine in zip(nearest, own)]))


def central_requests(vectors: np.ndarray, groups: Sequence[str], requests: Sequence[str]) -> dict[str, str]:
    """Per group, the request of the member whose (normalised) vector is closest to the
    group's mean vector."""
    vectors = normalise(vectors)
    frame = pd.DataFrame({"group": list(groups), "row": np.arange(len(groups))})
    out = {}
    for group, rows in frame.groupby("group", sort=True).row:
        idx = rows.to_numpy()
        mean = vectors[idx].mean(axis=0)
        out[str(group)] = str(requests[int(idx[np.argmax(vectors[idx] @ mean)])])
    return out


# ---------------------------------------------------------------- names

def is_fallback(name: str) -> bool:
    return str(name).startswith(FALLBACK_PREFIX)


def is_one_word(name: str) -> bool:
    return len(str(name).split()) == 1


def generic_counts(names: Sequence[str]) -> dict[str, int]:
    fallback = sum(is_fallback(n) for n in names)
    one_word = sum(is_one_word(n) and not is_fallback(n) for n in names)
    return {"fallback": fallback, "one_word": one_word, "generic": fallback + one_word}


def duplicate_pairs(nodes: pd.DataFrame) -> dict[str, int]:
    """Parent/child pairs with the same name, and sibling pairs with the same name, among
    the given nodes. Two names are the same when they have the same words in any order,
    ignoring case, punctuation and a number added to tell them apart ("Travel (2)")."""
    key = {nid: " ".join(sorted(re.findall(r"\w+", re.sub(r"\s*\(\d+\)$", "", str(name).strip()).casefold())))
           for nid, name in zip(nodes.node_id, nodes.name)}
    parent_child = sum(1 for nid, parent in zip(nodes.node_id, nodes.parent_id)
                       if isinstance(parent, str) and parent in key and key[parent] == key[nid])
    siblings = 0
    for _, group in nodes.groupby(nodes.parent_id.fillna("<root>")):
        for count in Counter(key[n] for n in group.node_id).values():
            siblings += count * (count - 1) // 2
    return {"parent_child": parent_child, "siblings": siblings}


_SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "CJK": "CJK"}


def script_of(text: str) -> str | None:
    """The writing system of most of the letters of `text` (LATIN, CYRILLIC, CJK for
    Han/kana/Hangul, ARABIC, GREEK, DEVANAGARI, ...), None without letters."""
    scripts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            first = unicodedata.name(ch, "UNKNOWN").split()[0]
            scripts[_SCRIPT_ALIASES.get(first, first)] += 1
    return scripts.most_common(1)[0][0] if scripts else None


def confident_language(text: str, threshold: float = CONFIDENT_LANGUAGE) -> str | None:
    """lingua's language for `text` when its confidence is >= threshold (the pipeline's
    own detector, `clio_assets.facets.languages.language_detector`)."""
    from clio_assets.facets.languages import language_detector

    values = language_detector().compute_language_confidence_values(text)
    if not values or values[0].value < threshold:
        return None
    return values[0].language.name


def name_terms(name: str) -> list[str]:
    return [t.strip() for t in str(name).split(",") if t.strip()]


def mixes_languages(name: str, language: Callable[[str], str | None] = confident_language) -> bool:
    """Its comma-separated terms are in different scripts, or two of them are each
    confidently detected as different languages."""
    terms = name_terms(name)
    if len(terms) < 2:
        return False
    if len({s for s in map(script_of, terms) if s}) > 1:
        return True
    return len({lang for lang in map(language, terms) if lang}) > 1


# ---------------------------------------------------------------- summaries

_CODE_CHARS = set("{};=()<>")
_DOCUMENT = re.compile(r"\bDear\b|\bSubject:|\bTo whom it may concern\b|\bSincerely\b|\bBest regards\b"
                       r"|\bKind regards\b")
_ROLE_PLAY = re.compile(r"\byou are\b|\bact as\b|\bpretend\b|\brole-?play\b|\bfor the rest of this conversation\b"
                        r"|\bfrom now on\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_ ]{1,30}\]")
_QUOTE = re.compile(r"(?:^|\n)\s*>")
MAX_OWN_WORDS = 40


def pasted_reasons(text: str) -> list[str]:
    """Why a request summary looks like it carries pasted material rather than a request.

    A general detector, written from what pasted material looks like and not fitted to any
    data set: code fences or backticks; a line with at least four of `{ } ; = ( ) < >`
    (two kinds at least) or an indented line after another line (code); letter / e-mail /
    document markers ("Dear", "Subject:", "Sincerely", ...) or a quoted line starting with
    `>`; role-play set-ups ("you are", "act as", "pretend", "role-play", "from now on",
    "for the rest of this conversation"); `[PERSON]`-style placeholders (the scrubber's,
    or a template's); more than 40 words (a summary that long is mostly the material)."""
    reasons = []
    if "`" in text:
        reasons.append("backticks")
    lines = text.splitlines() or [""]
    if any(sum(ch in _CODE_CHARS for ch in line) >= 4 and len(_CODE_CHARS & set(line)) >= 2 for line in lines) or \
            any(re.match(r"(?: {4}|\t)\S", line) for line in lines[1:]):
        reasons.append("code")
    if _DOCUMENT.search(text) or _QUOTE.search(text):
        reasons.append("document")
    if _ROLE_PLAY.search(text):
        reasons.append("role_play")
    if _PLACEHOLDER.search(text):
        reasons.append("placeholder")
    if len(text.split()) > MAX_OWN_WORDS:
        reasons.append("long")
    return reasons


PASTED_REASONS = ("backticks", "code", "document", "role_play", "placeholder", "long")


def summary_figures(requests: Sequence[str]) -> dict[str, float]:
    """Mean and p90 words of the summaries, the share that looks pasted, and the share
    flagged by each cue (a summary may carry several)."""
    words = np.array([len(str(r).split()) for r in requests], dtype=float)
    reasons = [pasted_reasons(str(r)) for r in requests]
    if not len(words):
        return {"words_mean": float("nan"), "words_p90": float("nan"), "pasted_share": float("nan")}
    out = {"words_mean": float(words.mean()), "words_p90": float(np.percentile(words, 90)),
           "pasted_share": float(np.mean([bool(r) for r in reasons]))}
    for cue in PASTED_REASONS:
        out[f"pasted_{cue}_share"] = float(np.mean([cue in r for r in reasons]))
    return out


# ---------------------------------------------------------------- gold labels

def intent_name(label: str) -> str:
    return str(label).replace("_", " ").strip()


def label_agreement(node_of: Sequence[str], gold: Sequence[str], node_names: dict[str, str],
                    embed: Embed = judge_embed) -> float:
    """Share of nodes whose name is nearer (judge cosine) to the intent name of the node's
    majority gold label than to any other intent name."""
    frame = pd.DataFrame({"node": list(node_of), "gold": list(gold)})
    majority = frame.groupby("node").gold.agg(lambda s: s.value_counts().index[0])
    majority = majority[majority.index.isin(list(node_names))]
    if majority.empty:
        return float("nan")
    intents = sorted(set(frame.gold))
    intent_vectors = embed([intent_name(x) for x in intents])
    name_vectors = embed([node_names[n] for n in majority.index])
    nearest = np.argmax(normalise(name_vectors) @ normalise(intent_vectors).T, axis=1)
    return float(np.mean([intents[j] == label for j, label in zip(nearest, majority.to_numpy())]))


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit("usage: python bench/names_metrics.py FILE  (one request summary per line)")
    with open(argv[0], encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if line.strip()]
    for line in lines:
        print(f"{','.join(pasted_reasons(line)) or '-':<24}{line[:100]}")
    print(f"pasted_share={np.mean([bool(pasted_reasons(x)) for x in lines]) if lines else float('nan'):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
