"""Two in-process runs of the same day never interleave: the second is refused at once,
while a run of another day goes ahead; a killed holder leaves no stale lock."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clio_assets.operations.day_lock import DayBusy, day_lock

HOLD = """
import sys, time
from pathlib import Path
from clio_assets.operations.day_lock import day_lock
with day_lock(Path(sys.argv[1]), sys.argv[2]):
    print("held", flush=True)
    time.sleep(600)
"""


def hold(home: Path, day: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(home), day], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_run_of_the_same_day_is_refused_and_another_day_is_not(tmp_path: Path) -> None:
    holder = hold(tmp_path, "2026-12-01")
    try:
        with pytest.raises(DayBusy, match=f"pid {holder.pid}"):
            with day_lock(tmp_path, "2026-12-01"):
                pytest.fail("the lock was taken twice")
        with day_lock(tmp_path, "2026-12-02") as path:  # another day is free
            assert path.name == "2026-12-02.lock"
        assert (tmp_path / "locks").stat().st_mode & 0o777 == 0o700
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with day_lock(tmp_path, "2026-12-01"):  # killed with -9: the OS released the lock
        pass


def test_the_run_command_exits_3_while_the_day_is_being_materialised(tmp_path: Path) -> None:
    day = "2026-12-01"
    source = tmp_path / "source" / day
    source.mkdir(parents=True)
    (source / "conversations.jsonl").write_text('{"conversation_id": "c1", "messages": '
                                               '[{"role": "user", "content": "hi"}]}\n', encoding="utf-8")
    holder = hold(tmp_path, day)
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}  # an in-memory instance
    env.update(CLIO_HOME=str(tmp_path), DAGSTER_DISABLE_TELEMETRY="1")
    try:
        run = subprocess.run([sys.executable, "-m", "clio_assets.run", "--date", day], env=env,
                             capture_output=True, text=True, timeout=600)
        assert run.returncode == 3, run.stdout + run.stderr
        assert "already being materialised" in run.stderr and f"pid {holder.pid}" in run.stderr
        assert not (tmp_path / "lancedb" / "restricted" / "raw_conversations.lance").exists()  # nothing written
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
