"""Published exploration tables: aggregates only, behind the blocking privacy checks."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd
import pyarrow as pa

from checks.published_guard import guard_spec
from checks.schemas import HIERARCHY_NODES, facet_breakdowns_schema, schema_check, schema_spec
from clio_assets.embeddings.assets import vectors_table
from clio_assets.publish.breakdowns import breakdowns, custom_facets
from clio_assets.publish.guarded import publish_guarded, secrets_of
from clio_assets.publish.versions import versions_metadata
from clio_assets.shared.assets import PUBLISHED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.embedder import Embedder
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

NODE_COLUMNS = list(HIERARCHY_NODES.columns)


def published_nodes(hierarchy: pd.DataFrame) -> pd.DataFrame:
    nodes = hierarchy[hierarchy.published][NODE_COLUMNS].copy()
    nodes["parent_id"] = nodes.parent_id.where(nodes.parent_id.notna(), None)
    return nodes.sort_values(["level", "node_id"]).reset_index(drop=True)


def parquet_metadata(path: object) -> dg.MetadataValue:
    return dg.MetadataValue.path(str(path) if path else "withheld by the published-tier guard")


@clio_asset(tier=PUBLISHED, group="published", kinds={"lancedb", "parquet"}, code_version="1",
            checks=[guard_spec("hierarchy_nodes"), schema_spec("hierarchy_nodes")])
def hierarchy_nodes(context: dg.AssetExecutionContext, cluster_hierarchy: PartitionTable,
                    raw_conversations: PartitionTable, conversation_facets: PartitionTable, embedder: Embedder,
                    storage: ClioStorage) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """The published hierarchy: node id, parent, level, name, description, conversation
    count, unique-user count and share of the day, for nodes that passed every privacy
    check. LanceDB (with a vector of the name+description for semantic search) and Parquet.
    Reads the day's ids and summaries only for the published-tier guard."""
    nodes = published_nodes(cluster_hierarchy.read())
    vectors = embedder.embed([f"{n}. {d}" for n, d in zip(nodes.name, nodes.description)])
    table = vectors_table(nodes.node_id.tolist(), vectors).drop(["conversation_id", "facet"])
    arrow = pa.Table.from_pandas(nodes, preserve_index=False).append_column("vector", table.column("vector"))
    guard, path = publish_guarded(context, storage, "hierarchy_nodes", nodes,
                                  secrets_of(raw_conversations, conversation_facets), arrow)
    top = nodes[nodes.level == 1].sort_values("conversations", ascending=False)
    yield dg.MaterializeResult(metadata={
        **table_metadata(nodes, ["node_id", "level", "name", "conversations", "unique_users", "share"], 20),
        "top_level": dg.MetadataValue.md("\n".join(f"- **{r.name}**: {r.conversations} ({r.share:.1%})"
                                                   for r in top.itertuples())),
        "parquet": parquet_metadata(path),
        **versions_metadata(context),
    })
    yield guard
    yield schema_check(HIERARCHY_NODES, nodes)


# 2: custom facets (CLIO_FACETS_FILE); a value "other" is pooled with the small cells
@clio_asset(tier=PUBLISHED, group="published", kinds={"lancedb", "parquet"}, code_version="2",
            checks=[guard_spec("facet_breakdowns"), schema_spec("facet_breakdowns")])
def facet_breakdowns(context: dg.AssetExecutionContext, cluster_hierarchy: PartitionTable,
                     hierarchy_membership: PartitionTable, conversation_facets: PartitionTable,
                     raw_conversations: PartitionTable, privacy: PrivacySettings,
                     storage: ClioStorage) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Per published node: how its conversations split by language, concern score, number
    of turns, task and each custom facet (CLIO_FACETS_FILE). Cells below the privacy
    thresholds are pooled into "other" or suppressed."""
    day = context.partition_key
    nodes = cluster_hierarchy.read(["node_id", "level", "conversations", "published"])
    published = nodes[nodes.published]
    facets = conversation_facets.read()
    frame = breakdowns(hierarchy_membership.read(), facets, privacy.min_unique_users,
                       privacy.min_conversations, node_totals=published.set_index("node_id").conversations,
                       dp=privacy.dp_settings(), partition=day, levels=int(nodes.level.max()) if len(nodes) else 1)
    guard, path = publish_guarded(context, storage, "facet_breakdowns", frame,
                                  secrets_of(raw_conversations, conversation_facets))
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame, ["node_id", "facet", "value", "conversations", "share"], 20),
        "parquet": parquet_metadata(path),
        **versions_metadata(context),
    })
    yield guard
    yield schema_check(facet_breakdowns_schema(custom_facets(facets)), frame)
