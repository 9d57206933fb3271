"""Which restricted partitions are past the retention window."""
from __future__ import annotations

from datetime import date, timedelta


def cutoff(today: date, window_days: int) -> date:
    """Partitions strictly older than this date are purged (today counts as day 0)."""
    if window_days < 1:
        raise ValueError("the retention window must be at least one day")
    return today - timedelta(days=window_days)


def expired(partitions: list[str], today: date, window_days: int) -> list[str]:
    limit = cutoff(today, window_days)
    return sorted(p for p in partitions if date.fromisoformat(p) < limit)
