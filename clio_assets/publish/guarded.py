"""Writing a published table only after the published-tier guard has passed."""
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.published_guard import guard_check, restricted_secrets
from resources.storage import ClioStorage


def publish_guarded(context: dg.AssetExecutionContext, storage: ClioStorage, table: str, frame: pd.DataFrame,
                    arrow: pa.Table | None = None) -> tuple[dg.AssetCheckResult, Path | None]:
    """Guard `frame`, then write it to the published LanceDB and Parquet, or — if the
    guard finds anything — remove this day's rows of that table and write nothing."""
    day = context.partition_key
    raw = storage.read("restricted", "raw_conversations", day, columns=["conversation_id", "user_id"])
    facets = storage.read("restricted", "conversation_facets", day, columns=["request"])
    check = guard_check(frame, restricted_secrets(raw, facets))
    if not check.passed:
        storage.delete_partition("published", table, day)
        storage.remove_export(table, day)
        context.log.error(f"published-tier guard failed for {table}: nothing was published")
        return check, None
    storage.write("published", table, day, arrow if arrow is not None else frame)
    return check, storage.export_parquet(table, day, frame)
