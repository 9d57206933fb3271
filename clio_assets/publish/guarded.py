"""Writing a published table only after the published-tier guard has passed."""
from __future__ import annotations

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.published_guard import Secrets, guard_check, restricted_secrets
from clio_assets.shared.assets import PUBLISHED
from clio_assets.shared.tables import PartitionTable
from clio_assets.shared.text import clean_display_arrow, clean_display_frame
from resources.storage import ClioStorage


def secrets_of(raw_conversations: PartitionTable, conversation_facets: PartitionTable) -> Secrets:
    """What no published string may contain: the day's ids and request summaries."""
    return restricted_secrets(raw_conversations.read(["conversation_id", "user_id"]),
                              conversation_facets.read(["request"]))


def publish_guarded(context: dg.AssetExecutionContext, storage: ClioStorage, table: str, frame: pd.DataFrame,
                    secrets: Secrets, arrow: pa.Table | None = None) -> tuple[dg.AssetCheckResult, str | None]:
    """Guard `frame`, then write it to the published LanceDB and Parquet, or — if the
    guard finds anything — remove this day's rows of that table and write nothing."""
    day = context.partition_key
    # nothing published carries control or bidi characters (U+202E could make a name display reversed)
    frame = clean_display_frame(frame)
    arrow = clean_display_arrow(arrow) if arrow is not None else None
    check = guard_check(frame, secrets)
    if not check.passed:
        storage.delete_partition(PUBLISHED, table, day)
        storage.remove_export(table, day)
        context.log.error(f"published-tier guard failed for {table}: nothing was published")
        return check, None
    storage.write(PUBLISHED, table, day, arrow if arrow is not None else frame)
    return check, storage.export_parquet(table, day, frame)
