"""A day is replaced in one LanceDB commit: a writer killed with SIGKILL mid-write (a real
subprocess) leaves the day at its previous rows or its new rows, never empty or mixed."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from resources.storage import ClioStorage
from tests.resources.slow_writer import SCHEMA, batches

ROOT = Path(__file__).resolve().parents[2]
DAY, OTHER = "2026-03-01", "2026-03-02"


def storage_at(uri: str) -> ClioStorage:
    return ClioStorage(restricted_uri=uri, published_uri=uri + "-published", export_dir=uri + "-exports")


def state(storage: ClioStorage, day: str) -> tuple[set[str], int]:
    rows = storage.read_arrow("restricted", "events", day, ["tag", "conversation_id"])
    assert len(set(rows.column("conversation_id").to_pylist())) == rows.num_rows  # no row twice
    return set(rows.column("tag").to_pylist()), rows.num_rows


def writer(uri: str, tag: str, rows: int, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "tests.resources.slow_writer", uri, DAY, tag, str(rows), mode],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL  # it was still writing: the kill, not an exit, ended it


def test_a_writer_killed_mid_stream_leaves_the_previous_day(tmp_path: Path) -> None:
    uri = str(tmp_path / "restricted")
    storage = storage_at(uri)
    storage.write_batches("restricted", "events", DAY, batches("old", 300, False), SCHEMA)
    storage.write_batches("restricted", "events", OTHER, batches("other", 50, False), SCHEMA)
    version = storage._db("restricted").open_table("events").version
    proc = writer(uri, "new", 1000, "--batched")
    assert proc.stdout is not None
    for _ in range(3):  # LanceDB has taken three of the ten batches of the new day
        assert proc.stdout.readline().strip() == "streaming"
    assert state(storage, DAY) == ({"old"}, 300)  # a reader meanwhile sees the previous rows
    kill(proc)
    assert state(storage, DAY) == ({"old"}, 300)
    assert state(storage, OTHER) == ({"other"}, 50)
    assert storage._db("restricted").open_table("events").version == version  # nothing was committed
    # the table takes the next write as usual
    assert storage.write_batches("restricted", "events", DAY, batches("again", 20, False), SCHEMA) == 20
    assert state(storage, DAY) == ({"again"}, 20)
    assert state(storage, OTHER) == ({"other"}, 50)


def test_kills_at_arbitrary_points_of_repeated_writes_never_leave_a_day_empty_or_mixed(tmp_path: Path) -> None:
    uri = str(tmp_path / "restricted")
    storage = storage_at(uri)
    storage.write_batches("restricted", "events", DAY, batches("v", 400, False), SCHEMA)
    seen = set()
    for delay in (0.3, 1.3):
        proc = writer(uri, "v", 400, "--loop")
        assert proc.stdout is not None and proc.stdout.readline().strip() == "streaming"
        time.sleep(delay)
        kill(proc)
        tags, rows = state(storage, DAY)
        assert (tags, rows) in [({"v"}, 400), ({"v2"}, 407)], (tags, rows)
        seen.add(rows)
        assert state(storage, OTHER) == (set(), 0)
    # the loop rewrote the day many times before each kill (else this test proves little)
    assert storage._db("restricted").open_table("events").version > 4, seen
