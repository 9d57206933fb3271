"""Where a day's conversations come from: <root>/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dagster as dg

from clio_assets.ingest.limits import IngestLimits
from clio_assets.ingest.parse import FORMATS, read_day
from clio_assets.ingest.stream import conversations_of
from clio_assets.shared.records import Conversation, Rejected


class ConversationSource(dg.ConfigurableResource):
    """Set CLIO_SOURCE_ROOT to point the pipeline at your own files. `format_override`
    (CLIO_SOURCE_FORMAT) forces one input format instead of per-record detection. The limits
    (CLIO_MAX_RECORD_BYTES, CLIO_MAX_TURNS, CLIO_MAX_FILE_BYTES, CLIO_MAX_MESSAGE_CHARS) are in
    docs/limits.md."""

    root: str
    format_override: str = ""
    max_record_bytes: int = IngestLimits.max_record_bytes
    max_turns: int = IngestLimits.max_messages
    max_file_bytes: int = IngestLimits.max_file_bytes
    max_message_chars: int = IngestLimits.max_message_chars

    def limits(self) -> IngestLimits:
        return IngestLimits(max_record_bytes=self.max_record_bytes, max_messages=self.max_turns,
                            max_file_bytes=self.max_file_bytes, max_message_chars=self.max_message_chars)

    def day_dir(self, partition_date: str) -> Path:
        return Path(self.root) / partition_date

    def read(self, partition_date: str) -> tuple[list[Conversation], list[Rejected]]:
        override = self.format_override or None
        if override and override not in FORMATS:
            raise ValueError(f"CLIO_SOURCE_FORMAT={override!r} is not one of {FORMATS}")
        return read_day(self.day_dir(partition_date), override, self.limits())

    def stream(self, partition_date: str) -> Iterator[Conversation | Rejected]:
        """The day's conversations and rejections one by one (for days too large for memory)."""
        override = self.format_override or None
        if override and override not in FORMATS:
            raise ValueError(f"CLIO_SOURCE_FORMAT={override!r} is not one of {FORMATS}")
        return conversations_of(self.day_dir(partition_date), override, self.limits())
