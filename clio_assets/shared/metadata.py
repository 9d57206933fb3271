"""Metadata helpers for the Dagster UI: row counts, column schemas, previews, progress."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

import dagster as dg
import pandas as pd
from tqdm import tqdm

T = TypeVar("T")


def table_metadata(df: pd.DataFrame, preview_columns: list[str] | None = None, preview_rows: int = 10) -> dict:
    """Row count, column schema and a markdown preview for the Dagster UI."""
    columns = [dg.TableColumn(name=str(c), type=str(t)) for c, t in df.dtypes.items()]
    meta = {
        "dagster/row_count": dg.MetadataValue.int(len(df)),
        "dagster/column_schema": dg.TableSchema(columns=columns),
    }
    if preview_columns:
        preview = df[preview_columns].head(preview_rows)
        meta["preview"] = dg.MetadataValue.md(_markdown(preview))
    return meta


def _markdown(df: pd.DataFrame) -> str:
    if df.empty:
        return "_empty_"
    header = "| " + " | ".join(map(str, df.columns)) + " |"
    sep = "|" + "---|" * len(df.columns)
    body = ["| " + " | ".join(str(v).replace("|", "/").replace("\n", " ")[:80] for v in row) + " |"
            for row in df.itertuples(index=False)]
    return "\n".join([header, sep, *body])


def progress(items: Iterable[T], total: int, context: dg.AssetExecutionContext, label: str,
             every: int = 10) -> Iterator[T]:
    """Yield items with a terminal progress bar and a Dagster log line every ~10%."""
    step = max(1, total // every)
    bar = tqdm(items, total=total, desc=label, disable=not sys.stderr.isatty(), leave=False)
    for i, item in enumerate(bar, start=1):
        if i % step == 0 or i == total:
            context.log.info(f"{label}: {i}/{total}")
        yield item
