"""Where a day's conversations come from: <root>/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from clio_assets.ingest.parse import FORMATS, read_day
from clio_assets.shared.records import Conversation, Rejected


class ConversationSource(dg.ConfigurableResource):
    """Set CLIO_SOURCE_ROOT to point the pipeline at your own files. `format_override`
    (CLIO_SOURCE_FORMAT) forces one input format instead of per-record detection."""

    root: str
    format_override: str = ""

    def day_dir(self, partition_date: str) -> Path:
        return Path(self.root) / partition_date

    def read(self, partition_date: str) -> tuple[list[Conversation], list[Rejected]]:
        override = self.format_override or None
        if override and override not in FORMATS:
            raise ValueError(f"CLIO_SOURCE_FORMAT={override!r} is not one of {FORMATS}")
        return read_day(self.day_dir(partition_date), override)
