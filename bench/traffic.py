"""Realistic traffic for the scale bench: real Chatbot Arena conversations replayed with a
seeded perturbation, plus a long tail of pasted documents and code.

Each output conversation is one arena conversation (`../shared/data/arena-even`) with
- a user id drawn from a Zipf-like pool (heavy users and a long tail of one-off users);
- its wording perturbed: digits redrawn, a few words of each user turn swapped with
  neighbours, dropped or repeated, and sometimes a short lead-in or sign-off added;
- with probability PASTE_SHARE a pasted block appended to one user turn: a document
  (several real assistant answers joined) or code (real code blocks from the answers),
  its length log-normal and capped at MAX_PASTE characters, so user text per conversation
  has the long tail of real traffic (issue 13: mean ~2,400, median ~400, max ~56,000).

Written as `part-NNNN.jsonl.gz` files of FILE_ROWS records in the `messages` format, one
chunk at a time, so generating a million conversations never holds them all in memory.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np

ARENA = Path(__file__).resolve().parents[2] / "shared" / "data" / "arena-even" / "conversations.jsonl"
FILE_ROWS = 50_000
PASTE_SHARE = 0.22
PASTE_LOG_MEDIAN = 8.75  # ln(characters): median paste ~6,300 characters
PASTE_LOG_SIGMA = 0.9
MAX_PASTE = 56_000
LEAD_INS = ("", "", "", "hi, ", "please ", "quick question: ", "ok so ", "can you help? ", "hey, ")
SIGN_OFFS = ("", "", "", " thanks", " thx!", " please", " asap", " :)")
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"```[^\n]*\n(.*?)```", re.S)


@dataclass(frozen=True)
class Corpus:
    conversations: list[list[dict]]  # messages per arena conversation
    documents: list[str]  # assistant answers (material for pasted documents)
    code: list[str]  # code blocks found in the answers


def load_corpus(path: Path = ARENA) -> Corpus:
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: the scale bench replays the arena-even data set")
    conversations: list[list[dict]] = []
    documents: list[str] = []
    code: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            messages = json.loads(line)["messages"]
            conversations.append(messages)
            for m in messages:
                if m["role"] == "assistant" and len(m["content"]) > 400:
                    documents.append(m["content"])
                    code.extend(block for block in _CODE.findall(m["content"]) if len(block) > 80)
    return Corpus(conversations, documents, code)


def _perturb(text: str, rng: np.random.Generator) -> str:
    text = _DIGIT.sub(lambda _: str(int(rng.integers(10))), text)
    words = text.split(" ")
    if len(words) > 3:
        for _ in range(int(rng.integers(0, 1 + len(words) // 12))):
            i = int(rng.integers(0, len(words) - 1))
            action = int(rng.integers(3))
            if action == 0:
                words[i], words[i + 1] = words[i + 1], words[i]
            elif action == 1:
                del words[i]
            else:
                words.insert(i, words[i])
            if len(words) < 3:
                break
    return LEAD_INS[int(rng.integers(len(LEAD_INS)))] + " ".join(words) + SIGN_OFFS[int(rng.integers(len(SIGN_OFFS)))]


def _paste(corpus: Corpus, rng: np.random.Generator) -> str:
    target = int(min(MAX_PASTE, rng.lognormal(PASTE_LOG_MEDIAN, PASTE_LOG_SIGMA)))
    pool = corpus.code if corpus.code and rng.random() < 0.4 else corpus.documents
    parts, size = [], 0
    while size < target:
        part = pool[int(rng.integers(len(pool)))]
        parts.append(part)
        size += len(part) + 2
    return "\n\n".join(parts)[:target]


def _user_pool(n_users: int, rng: np.random.Generator) -> np.ndarray:
    """Zipf-like weights: a few heavy users, many light ones."""
    weights = 1.0 / np.arange(1, n_users + 1) ** 0.8
    return rng.permutation(weights / weights.sum())


def conversations(corpus: Corpus, n: int, n_users: int, seed: int) -> Iterator[dict]:
    rng = np.random.default_rng(seed)
    weights = _user_pool(n_users, rng)
    for start in range(0, n, 10_000):
        size = min(10_000, n - start)
        users = rng.choice(n_users, size=size, p=weights)
        sources = rng.integers(len(corpus.conversations), size=size)
        for i in range(size):
            messages = [dict(m) for m in corpus.conversations[int(sources[i])]]
            user_turns = [j for j, m in enumerate(messages) if m["role"] == "user"]
            for j in user_turns:
                messages[j]["content"] = _perturb(messages[j]["content"], rng)
            if user_turns and rng.random() < PASTE_SHARE:
                j = user_turns[int(rng.integers(len(user_turns)))]
                messages[j]["content"] += "\n\n" + _paste(corpus, rng)
            yield {"conversation_id": f"scale-{seed}-{start + i:08d}", "user_id": f"user-{int(users[i]):07d}",
                   "messages": messages}


def write_day(day_dir: Path, n: int, n_users: int, seed: int = 0, corpus: Corpus | None = None) -> dict[str, float]:
    """Write n conversations into day_dir; returns user-text length figures (characters)."""
    day_dir.mkdir(parents=True, exist_ok=True)
    corpus = corpus or load_corpus()
    lengths = np.zeros(n, dtype=np.int64)
    handle: IO[str] | None = None
    for i, record in enumerate(conversations(corpus, n, n_users, seed)):
        if handle is None or i % FILE_ROWS == 0:
            if handle:
                handle.close()
            handle = gzip.open(day_dir / f"part-{i // FILE_ROWS:04d}.jsonl.gz", "wt", encoding="utf-8",
                               compresslevel=1)
        lengths[i] = sum(len(m["content"]) for m in record["messages"] if m["role"] == "user")
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return {"user_chars_mean": float(lengths.mean()), "user_chars_median": float(np.median(lengths)),
            "user_chars_max": float(lengths.max())}
