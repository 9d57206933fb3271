"""A handle on an upstream table: the rows of one tier's LanceDB table for the partition(s)
the asset depends on, read only when and as far as the asset asks (a column subset, as
pandas or Arrow)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa

if TYPE_CHECKING:
    from resources.storage import ClioStorage


@dataclass(frozen=True)
class PartitionTable:
    storage: ClioStorage
    tier: str
    name: str
    partitions: tuple[str, ...]

    @property
    def day(self) -> str:
        if len(self.partitions) != 1:
            raise ValueError(f"{self.name} spans {len(self.partitions)} partitions; read() them together")
        return self.partitions[0]

    def arrow(self, columns: list[str] | None = None) -> pa.Table:
        """One partition's rows as Arrow (the table must exist)."""
        return self.storage.read_arrow(self.tier, self.name, self.day, columns)

    def batches(self, columns: list[str] | None = None, batch_size: int = 10_000) -> pa.RecordBatchReader:
        """One partition's rows streamed in record batches (the table must exist)."""
        return self.storage.read_batches(self.tier, self.name, self.day, columns, batch_size)

    def read(self, columns: list[str] | None = None) -> pd.DataFrame:
        """The rows of every partition as one frame. For a window of days (a partition
        mapping), days or a table that do not exist yet contribute nothing."""
        if len(self.partitions) == 1:
            return self.storage.read(self.tier, self.name, self.day, columns)
        if self.name not in self.storage.tables(self.tier):
            return pd.DataFrame()
        frames = [self.storage.read(self.tier, self.name, day, columns) for day in self.partitions]
        filled = [f for f in frames if len(f)]
        if filled:
            return pd.concat(filled, ignore_index=True)
        return frames[0] if frames else pd.DataFrame()  # keep the columns when every day is empty
