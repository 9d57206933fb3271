"""Streaming ingest: chunked, spilled and re-read, it gives what the whole-day path gives."""
from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pyarrow as pa

from clio_assets.ingest.files import file_jobs, read_file
from clio_assets.ingest.limits import IngestLimits
from clio_assets.ingest.normalise import conversations_frame, dedupe
from clio_assets.ingest.parse import read_day
from clio_assets.ingest.stream import SCHEMA, first_pass, rows
from clio_assets.privacy.minhash import RequestIndex, coefficients, signatures
from clio_assets.privacy.repeats import MissingUserIdPolicy, identify_users, normalise_request, request_groups


def write_day(day: Path, seed: int = 3) -> None:
    rng = random.Random(seed)
    asks = ["write a haiku about the sea", "how do I reverse a list in python", "what is the capital of peru",
            "summarise this article about tides for me", "translate good morning into german"]
    day.mkdir(parents=True)
    for name, lines in (("a.jsonl", range(0, 50)), ("b.jsonl", range(50, 95)), ("c.jsonl", range(95, 120))):
        with (day / name).open("w") as fh:  # three files: repeated ids across them, chunks spanning them
            for i in lines:
                ask = rng.choice(asks) + rng.choice(["", " please", "!", f" {rng.randint(1, 99)}"])
                record = {"conversation_id": f"c{i % 113}", "messages": [  # 7 repeated ids: quarantined
                    {"role": "user", "content": ask}, {"role": "assistant", "content": "ok"}]}
                if i % 3:
                    record["user_id"] = f"u{rng.randint(0, 9)}"
                fh.write(json.dumps(record) + "\n")
                if i == 60:
                    fh.write("{not json\n")  # a rejection between two conversations of a file


def test_chunks_give_the_rows_of_the_whole_day(tmp_path: Path) -> None:
    day = tmp_path / "2026-01-01"
    write_day(day)
    for policy in MissingUserIdPolicy:
        conversations, rejected = dedupe(*read_day(day))
        whole = conversations_frame(conversations, identify_users(conversations, policy))
        spill = tmp_path / f"spill-{policy.value}"
        spill.mkdir()
        jobs = file_jobs(day, spill, None, IngestLimits(), chunk=7)
        streamed = first_pass(map(read_file, jobs), policy, chunk_size=7)
        table = pa.Table.from_batches(list(rows(streamed, batch_rows=11)), schema=SCHEMA).to_pandas()
        assert len(table) == len(whole) == 113
        assert [(r.source_file, r.source_line, r.reason) for r in streamed.rejected] == [
            (r.source_file, r.source_line, r.reason) for r in rejected] and len(rejected) == 8
        for column in whole.columns:
            assert table[column].tolist() == whole[column].tolist(), column


def test_request_groups_do_not_depend_on_chunks_or_order() -> None:
    rng = random.Random(5)
    texts = [rng.choice(["fix my python import error", "a poem about autumn leaves", "plan a trip to lisbon"])
             + rng.choice(["", " now", " thanks", " 2024"]) for _ in range(60)]
    whole = request_groups(texts)
    index = RequestIndex(1, 0.6)
    for start in range(0, len(texts), 9):
        index.add([normalise_request(t) for t in texts[start:start + 9]])
    assert index.groups().tolist() == whole.tolist()
    order = rng.sample(range(len(texts)), len(texts))
    shuffled = request_groups([texts[i] for i in order])
    same = {(whole[i], shuffled[j]) for j, i in enumerate(order)}  # one-to-one: the same partition
    assert len(same) == len(set(whole.tolist())) == len(set(shuffled.tolist())) == 3


def test_signatures_are_the_minhash_of_the_shingles() -> None:
    shingle, a, b = coefficients(0)
    for text in (normalise_request("The quick brown fox jumps over the lazy dog, twice!"),
                 normalise_request(" ".join(f"{w} brown fox {i}" for i, w in enumerate(["lazy", "dog"] * 60)))):
        assert_minhash(text, shingle, a, b)


def assert_minhash(text: str, shingle: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    hashes = np.array([int((points[i:i + 5] * shingle).sum()) % ((1 << 31) - 1) for i in range(len(points) - 4)])
    expected = ((hashes[:, None] * a + b) % ((1 << 31) - 1)).min(axis=0)  # the plain definition
    assert signatures([text], (shingle, a, b))[0].tolist() == expected.tolist()
