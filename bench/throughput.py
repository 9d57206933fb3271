"""Per-conversation throughput on realistic conversations: scrub, facets, embedding.

    python3 dev.py bench throughput [--n 600] [--seed 0] [--executor inprocess|processes|ray] [--workers N]

Conversations replay ../shared/data/arena-even (real Chatbot Arena traffic) with a seeded
perturbation: digits changed, follow-up questions borrowed from other conversations, and
pasted material (answers, documents, code) of heavy-tailed length, so that real user text
per conversation has about the shape of a day of production traffic (mean ~2,400
characters, median ~400, maximum ~56k; the figures are printed).

Stages, each timed alone in this process over the same conversations (CPU seconds of this
process, all its threads, so "per core" holds on a busy machine):
- scrub: the PII scrubbing the offline facet stage does (`scrub_work`);
- facets: offline facet extraction end to end, scrubbing included (`extract_facets`);
- embedding: the request summaries through the default embedding model.
`path` is the whole per-conversation path (facets + embedding) per core. With
`--executor`, facets + embedding run instead through the `Compute` resource the assets use
(in-process, worker processes or Ray tasks) on `--workers` workers, and the wall-clock rate
is printed (Ray: a local Ray of that many CPUs, models loaded before the clock starts).
Ends with one name=value line.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "arena-even" / "conversations.jsonl"
MAX_CHARS = 56_388  # the longest real user text of a conversation seen in a day of production traffic
_DIGIT = re.compile(r"\d")


def _paste(rng: random.Random, pool: list[str], length: int) -> str:
    """Pasted material of about `length` characters made of real assistant answers."""
    parts, used = [], 0
    while used < length:
        part = rng.choice(pool)
        parts.append(part)
        used += len(part) + 2
    return "\n\n".join(parts)[:length]


def realistic_conversations(n: int, seed: int = 0) -> list:
    """`n` conversations replayed from arena-even with a seeded perturbation (module doc)."""
    from clio_assets.shared.records import Conversation, Message

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    answers = [m["content"] for r in rows for m in r["messages"]
               if m["role"] == "assistant" and len(m["content"]) > 200]
    code = [a for a in answers if "```" in a]
    asks = [m["content"] for r in rows for m in r["messages"] if m["role"] == "user" and 10 < len(m["content"]) < 300]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        row = rng.choice(rows)
        messages = [(m["role"], _DIGIT.sub(lambda _: str(rng.randrange(10)), m["content"])) for m in row["messages"]]
        users = [k for k, (role, _) in enumerate(messages) if role == "user"]
        roll = rng.random()
        if roll < 0.35:  # a follow-up question from another conversation
            messages += [("assistant", rng.choice(answers)), ("user", rng.choice(asks))]
        if users and roll >= 0.55:  # pasted material in one user turn: mostly short, a heavy tail of long ones
            long_tail = roll >= 0.83
            length = int(rng.lognormvariate(8.9 if long_tail else 6.3, 0.9 if long_tail else 0.7))
            pool = code if long_tail and rng.random() < 0.5 else answers
            k = rng.choice(users)
            role, text = messages[k]
            room = MAX_CHARS - sum(len(t) for r, t in messages if r == "user") - 2
            length = room if i == n // 2 else min(room, max(80, length))  # one at the real maximum
            material = _paste(rng, pool, length)
            messages[k] = (role, f"{text}\n\n{material}" if rng.random() < 0.5 else f"{material}\n\n{text}")
        out.append(Conversation(conversation_id=f"c{i}", user_id=f"u{i % 997}",
                                messages=tuple(Message(r, t) for r, t in messages),
                                source_format="messages", source_file="arena-even", source_line=i))
    return out


def user_chars(conversations: list) -> list[int]:
    return [sum(len(t) for t in c.user_turns) for c in conversations]


def timed(fn, *args):
    """(result, CPU seconds of this process, wall seconds)."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def scrub_work(conversations: list) -> None:
    """The scrubbing the offline facet stage does, alone."""
    from clio_assets.facets import offline

    if hasattr(offline, "scrubbed_requests"):  # after: what the request summary is made of, and the summary
        offline.scrubbed_requests(conversations)
        return
    from clio_assets.facets.requests import request_summary
    from clio_assets.privacy.pii.scrub import scrub_text

    for conv in conversations:  # before: every user turn in full, then the request summary
        turns = [scrub_text(t) for t in conv.user_turns]
        scrub_text(request_summary(turns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--executor", choices=("inprocess", "processes", "ray"), default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--stages", default="scrub,facets,embedding")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 1
    from clio_assets.facets.offline import extract_facets
    from clio_assets.models.embedding import DEFAULT_MODEL, embed_texts

    conversations = realistic_conversations(args.n, args.seed)
    chars = user_chars(conversations)
    print(f"{len(conversations)} conversations, user text per conversation: mean {statistics.mean(chars):.0f}, "
          f"median {statistics.median(chars):.0f}, max {max(chars)} characters")
    warm = realistic_conversations(20, args.seed + 1)  # load the scrubber, lingua and the model outside the timing
    embed_texts([f.request for f in extract_facets(warm)])
    figures: dict[str, float] = {"n": len(conversations), "mean_chars": statistics.mean(chars)}
    stages = args.stages.split(",")
    if args.executor:  # only the executor's wall-clock rate
        figures |= executor_figures(conversations, args.executor, args.workers)
        print(" ".join(f"{k}={v:.1f}" for k, v in figures.items()))
        return 0
    if "scrub" in stages:
        _, cpu, wall = timed(scrub_work, conversations)
        figures |= {"scrub_per_core": len(conversations) / cpu, "scrub_wall_s": wall}
    facets, cpu, wall = timed(extract_facets, conversations)
    figures |= {"facets_per_core": len(conversations) / cpu, "facets_wall_s": wall}
    requests = [f.request for f in facets]
    _, ecpu, ewall = timed(embed_texts, requests, DEFAULT_MODEL)
    figures |= {"embedding_per_core": len(conversations) / ecpu, "embedding_wall_s": ewall,
                "path_per_core": len(conversations) / (cpu + ecpu)}
    for stage in ("scrub", "facets", "embedding", "path"):
        if f"{stage}_per_core" in figures:
            print(f"{stage:<10} {figures[f'{stage}_per_core']:8.1f} conversations/s per core")
    print(" ".join(f"{k}={v:.1f}" for k, v in figures.items()))
    return 0


def executor_figures(conversations: list, kind: str, workers: int, chunk: int = 100) -> dict[str, float]:
    """Facets + embeddings through the `Compute` resource the assets use, on `workers`
    workers, wall clock (after each worker has loaded its models)."""
    import dagster as dg

    from clio_assets.facets.offline import extract_facets
    from clio_assets.shared.executor import chunks_of
    from resources.compute import Compute
    from resources.embedder import Embedder

    compute = Compute(executor=kind, workers=workers)
    with compute.yield_for_execution(dg.build_init_resource_context()) as ready:
        list(ready.map(extract_facets, chunks_of(realistic_conversations(2 * workers, 99), 1)))  # load the models
        start = time.perf_counter()
        facets = [f for part in ready.map(extract_facets, chunks_of(conversations, chunk)) for f in part]
        Embedder().embed_chunks([f.request for f in facets], ready.map)
        wall = time.perf_counter() - start
    print(f"{kind} executor, {workers} worker(s): {len(conversations) / wall:.1f} conversations/s (wall)")
    return {f"{kind}_{workers}_per_s": len(conversations) / wall}


if __name__ == "__main__":
    sys.exit(main())
