"""Shared glue of the trust-and-safety assets: loading a day, publishing a table."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import dagster as dg
import pandas as pd
import pandera.pandas as pandera
import pyarrow as pa

from checks.published_guard import Secrets, guard_spec
from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import thresholds_check, thresholds_spec
from clio_assets.publish.guarded import publish_guarded
from clio_assets.safety.views import classifier_flags, joined
from clio_assets.shared.assets import PUBLISHED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

GROUP = "trust_safety"
_ARROW = {"string[pyarrow]": pa.string(), "str": pa.string(), "int64": pa.int64(), "Int64": pa.int64(),
          "float64": pa.float64(), "bool": pa.bool_()}


def arrow_table(frame: pd.DataFrame, schema: pandera.DataFrameSchema, overrides: dict | None = None) -> pa.Table:
    """The frame with the column types of its pandera schema, so that an empty or all-null
    column does not fix a LanceDB table to the null type on its first write."""
    overrides = overrides or {}
    fields = [pa.field(name, overrides.get(name) or _ARROW[str(col.dtype)]) for name, col in schema.columns.items()]
    return pa.Table.from_pandas(frame[list(schema.columns)], schema=pa.schema(fields), preserve_index=False)


def published_nodes(cluster_hierarchy: PartitionTable) -> pd.DataFrame:
    hierarchy = cluster_hierarchy.read()
    nodes = hierarchy[hierarchy.published].copy()
    nodes["parent_id"] = nodes.parent_id.where(nodes.parent_id.notna(), None)
    return nodes


def load_day(cluster_hierarchy: PartitionTable, conversation_facets: PartitionTable, raw_conversations: PartitionTable,
             hierarchy_membership: PartitionTable) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(published nodes, member rows with concern/language/flag, every conversation's facets)."""
    facets = conversation_facets.read()
    raw = raw_conversations.read(["conversation_id", "metadata_json"])
    flags = pd.Series(classifier_flags(raw.metadata_json).to_numpy(), index=raw.conversation_id)
    rows = joined(hierarchy_membership.read(), facets, flags)
    return published_nodes(cluster_hierarchy), rows, joined(facets.assign(node_id="all"), facets)


def publish(context: dg.AssetExecutionContext, storage: ClioStorage, privacy: PrivacySettings, secrets: Secrets,
            table: str, frame: pd.DataFrame, schema: pandera.DataFrameSchema, preview: list[str],
            **extra: str | float | dg.MetadataValue) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Write a published table (LanceDB + Parquet) behind the published-tier guard, and
    yield its result and checks. In differential-privacy mode nothing is published: these
    views have no DP mechanism, and exact counts would void the tier's guarantee."""
    if privacy.dp_epsilon.strip():
        frame = frame.iloc[0:0]
        extra = {**extra, "withheld": "differential-privacy mode (CLIO_DP_EPSILON) is on: this view has no DP "
                                      "mechanism, so it publishes no rows"}
    arrow = arrow_table(frame, schema)
    typed = arrow.to_pandas(types_mapper=pd.ArrowDtype)  # Parquet column types hold even when empty
    guard, path = publish_guarded(context, storage, table, typed, secrets, arrow)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame, preview, 20),
        "parquet": dg.MetadataValue.path(str(path) if path else "withheld by the published-tier guard"),
        "min_unique_users": privacy.min_unique_users, "min_conversations": privacy.min_conversations, **extra})
    yield guard
    yield schema_check(schema, frame)
    yield thresholds_check(table, frame, privacy.min_unique_users, privacy.min_conversations)


def published_view(name: str, code_version: str = "1",
                   ins: dict[str, dg.AssetIn] | None = None) -> Callable[..., dg.AssetsDefinition]:
    """A published trust-and-safety table, with its guard, schema and threshold checks."""
    return clio_asset(name=name, tier=PUBLISHED, group=GROUP, kinds={"lancedb", "parquet"}, code_version=code_version,
                      ins=ins, checks=[guard_spec(name), schema_spec(name), thresholds_spec(name)])
