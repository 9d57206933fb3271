"""One in-process run of a day at a time: `python3 dev.py run` and the demo take an
exclusive lock on <CLIO_HOME>/locks/<day>.lock before materialising, so two runs of the
same partition never interleave their writes. (Runs launched from the UI, the sensor or a
backfill go through the run queue instead, which allows one run per partition; see
docs/operations.md.) The lock is the operating system's: it is released when the process
ends, however it ends, so a killed run never leaves a stale lock behind."""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class DayBusy(RuntimeError):
    """Another process is materialising the same day."""


@contextmanager
def day_lock(home: Path, day: str) -> Iterator[Path]:
    """Hold the day's lock for the duration of the block; DayBusy at once if it is held."""
    folder = home / "locks"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{day}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            raise DayBusy(f"{day} is already being materialised (pid {holder}); "
                          f"wait for that run to end (lock: {path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        os.close(fd)  # closing releases the lock
