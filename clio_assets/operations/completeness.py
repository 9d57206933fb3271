"""When is a day's source folder complete? (pure; the sensor in sensors.py asks this)

A folder `<root>/<YYYY-MM-DD>/` is complete when either
- it holds a `_SUCCESS` file (the Hadoop/Spark convention: the producer writes it last), or
- no `_SUCCESS` is there, the quiet period is on (> 0), the folder holds at least one data
  file (`*.jsonl`, `*.jsonl.gz`, `*.parquet`, as ingest reads them) and nothing in it —
  data files, hidden temporary files, the folder itself — changed for the quiet period.

The signature says which delivery of the day was seen: a day fires again only when it
changes (a new `_SUCCESS`, or new or rewritten files after the quiet period).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUCCESS_MARKER = "_SUCCESS"
DATA_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
DAY_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DayFolder:
    day: str
    complete: bool
    signature: str  # "" while incomplete
    reason: str  # why it is (in)complete, for the sensor's log


def inspect_day(folder: Path, now: float, quiet_seconds: float) -> DayFolder:
    """Apply the completeness rule to one day folder at time `now` (epoch seconds)."""
    day = folder.name
    marker = folder / SUCCESS_MARKER
    if marker.is_file():
        return DayFolder(day, True, f"success:{marker.stat().st_mtime_ns}", f"{SUCCESS_MARKER} present")
    entries = list(folder.iterdir())
    data = [p for p in entries if p.name.endswith(DATA_SUFFIXES) and not p.name.startswith(".")]
    if quiet_seconds <= 0:
        return DayFolder(day, False, "", f"no {SUCCESS_MARKER} (quiet period off)")
    if not data:
        return DayFolder(day, False, "", "no data files yet")
    # every entry counts as activity: a producer writing `.part-3.jsonl.tmp` is not done
    newest = max([folder.stat().st_mtime_ns, *(p.stat().st_mtime_ns for p in entries)])
    quiet_for = now - newest / 1e9
    if quiet_for < quiet_seconds:
        return DayFolder(day, False, "", f"changed {quiet_for:.0f}s ago (quiet period {quiet_seconds:.0f}s)")
    return DayFolder(day, True, f"quiet:{newest}:{len(data)}", f"quiet for {quiet_for:.0f}s, {len(data)} data files")


def scan_days(root: Path, now: float, quiet_seconds: float) -> Iterator[DayFolder]:
    """Every `<root>/<YYYY-MM-DD>/` folder in date order, with its completeness."""
    if not root.is_dir():
        return
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and DAY_NAME.match(p.name)):
        yield inspect_day(folder, now, quiet_seconds)
