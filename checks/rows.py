"""Schema check and UI metadata of a table written as a stream of batches: each batch is
validated as it passes (pandera, lazily), so a day that never sits in memory is still
checked row by row. Constraints across batches (a unique id) are the writer's, reported
through `fail`."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import dagster as dg
import pandas as pd
import pandera.pandas as pa_schema
import pyarrow as pa

from clio_assets.shared.metadata import table_metadata

PREVIEW_ROWS = 10


class RowsCheck:
    def __init__(self, schema: pa_schema.DataFrameSchema, asset_key: str | None = None) -> None:
        self.schema, self.asset_key = schema, asset_key
        self.rows = 0
        self.failures = 0
        self.first_failures: list[str] = []
        self.head: pd.DataFrame | None = None

    def watch(self, batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            self.add(batch.to_pandas())
            yield batch

    def add(self, frame: pd.DataFrame) -> None:
        if self.head is None:
            self.head = frame.head(PREVIEW_ROWS)
        self.rows += len(frame)
        try:
            self.schema.validate(frame.drop(columns=["partition_date"], errors="ignore"), lazy=True)
        except pa_schema.errors.SchemaErrors as err:
            self.fail(err.failure_cases)

    def fail(self, cases: pd.DataFrame) -> None:
        self.failures += len(cases)
        if len(self.first_failures) < 20:
            self.first_failures.append(cases.head(20).to_string())

    def metadata(self, preview_columns: list[str] | None = None) -> dict:
        empty = pd.DataFrame(columns=list(self.schema.columns))  # a day whose every record was quarantined
        meta = table_metadata(self.head if self.head is not None else empty, preview_columns)
        meta["dagster/row_count"] = dg.MetadataValue.int(self.rows)
        return meta

    def result(self) -> dg.AssetCheckResult:
        if self.failures:
            return dg.AssetCheckResult(check_name="schema", passed=False, asset_key=self.asset_key, metadata={
                "failures": self.failures, "first_failures": dg.MetadataValue.text("\n".join(self.first_failures))})
        return dg.AssetCheckResult(check_name="schema", passed=True, asset_key=self.asset_key,
                                   metadata={"rows": self.rows})
