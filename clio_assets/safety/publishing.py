"""Shared glue of the trust-and-safety assets: loading a day, publishing a table."""

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.published_guard import guard_spec
from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import thresholds_check, thresholds_spec
from clio_assets.shared.metadata import OWNERS, PUBLISHED, daily_partitions, table_metadata
from clio_assets.publish.guarded import publish_guarded
from clio_assets.safety.views import classifier_flags, joined
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

GROUP = "trust_safety"
_ARROW = {"string[pyarrow]": pa.string(), "str": pa.string(), "int64": pa.int64(), "Int64": pa.int64(),
          "float64": pa.float64(), "bool": pa.bool_()}


def arrow_table(frame: pd.DataFrame, schema, overrides: dict | None = None) -> pa.Table:
    """The frame with the column types of its pandera schema, so that an empty or all-null
    column does not fix a LanceDB table to the null type on its first write."""
    overrides = overrides or {}
    fields = [pa.field(name, overrides.get(name) or _ARROW[str(col.dtype)]) for name, col in schema.columns.items()]
    return pa.Table.from_pandas(frame[list(schema.columns)], schema=pa.schema(fields), preserve_index=False)


def load_day(storage: ClioStorage, day: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(published nodes, member rows with concern/language/flag, every conversation's facets)."""
    hierarchy = storage.read("restricted", "cluster_hierarchy", day)
    nodes = hierarchy[hierarchy.published].copy()
    nodes["parent_id"] = nodes.parent_id.where(nodes.parent_id.notna(), None)
    facets = storage.read("restricted", "conversation_facets", day)
    raw = storage.read("restricted", "raw_conversations", day)
    flags = pd.Series(classifier_flags(raw.metadata_json).to_numpy(), index=raw.conversation_id)
    rows = joined(storage.read("restricted", "hierarchy_membership", day), facets, flags)
    return nodes, rows, joined(facets.assign(node_id="all"), facets)


def publish(context: dg.AssetExecutionContext, storage: ClioStorage, privacy: PrivacySettings, table: str,
            frame: pd.DataFrame, schema, preview: list[str], **extra):
    """Write a published table (LanceDB + Parquet) behind the published-tier guard, and
    yield its result and checks. In differential-privacy mode nothing is published: these
    views have no DP mechanism, and exact counts would void the tier's guarantee."""
    if privacy.dp_epsilon.strip():
        frame = frame.iloc[0:0]
        extra = {**extra, "withheld": "differential-privacy mode (CLIO_DP_EPSILON) is on: this view has no DP "
                                      "mechanism, so it publishes no rows"}
    arrow = arrow_table(frame, schema)
    typed = arrow.to_pandas(types_mapper=pd.ArrowDtype)  # Parquet column types hold even when empty
    guard, path = publish_guarded(context, storage, table, typed, arrow)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame, preview, 20),
        "parquet": dg.MetadataValue.path(str(path) if path else "withheld by the published-tier guard"),
        "min_unique_users": privacy.min_unique_users, "min_conversations": privacy.min_conversations, **extra})
    yield guard
    yield schema_check(schema, frame)
    yield thresholds_check(table, frame, privacy.min_unique_users, privacy.min_conversations)


def published_asset(name: str, deps: list, code_version: str = "1"):
    """@asset for a published trust-and-safety table, with its schema and threshold checks."""
    return dg.asset(name=name, deps=deps, partitions_def=daily_partitions, group_name=GROUP, kinds={"lancedb", "parquet"},
                    owners=OWNERS, code_version=code_version, metadata=PUBLISHED,
                    check_specs=[guard_spec(name), schema_spec(name), thresholds_spec(name)])
