"""A day of generated conversations written where the pipeline reads its sources."""
from __future__ import annotations

import json
from pathlib import Path

from clio_assets.demo.generator import iter_conversations


def write_generated_day(source: Path, day: str, n: int, users: int, seed: int) -> None:
    """`n` demo conversations of `users` users as <source>/<day>/conversations-000.jsonl."""
    folder = source / day
    folder.mkdir(parents=True)
    with (folder / "conversations-000.jsonl").open("w", encoding="utf-8") as out:
        for record, _ in iter_conversations(day, n, users, seed=seed):
            out.write(json.dumps(record) + "\n")
