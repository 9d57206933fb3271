"""A stable taxonomy and trends across daily partitions.

Partition mapping: `topic_registry` for day D depends on its own partitions D-7 .. D-1
(`TimeWindowPartitionMapping(start_offset=-7, end_offset=-1)`, missing ones allowed):
today's published nodes are matched by centroid to the topics of those earlier days, so
a topic keeps its id; the first day (or a day after a gap of more than 7 days) starts a
fresh registry. Materialise days in date order for stable ids (a backfill runs them so).
`topic_trends` and `emerging_topics` for D read the registry of D-7 .. D.
"""

import warnings
from collections.abc import Iterator

import dagster as dg
import numpy as np
import pyarrow as pa

from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import EMERGING_TOPICS, TOPIC_REGISTRY, TOPIC_TRENDS
from clio_assets.clusters.vectors import centred_group_means
from clio_assets.publish.guarded import secrets_of
from clio_assets.safety.publishing import GROUP, arrow_table, publish, published_view
from clio_assets.safety.taxonomy import centroids, latest_topics, match_topics, membership_groups, trends
from clio_assets.shared.assets import RESTRICTED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

Events = Iterator[dg.MaterializeResult | dg.AssetCheckResult]

WINDOW_DAYS = 7
NODE_COLUMNS = ["node_id", "level", "name", "is_other", "conversations", "unique_users", "share"]
NO_HISTORY = ("No earlier partition of topic_registry within the last {n} days, so nothing can be compared: "
              "emerging_topics is empty. Materialise the previous days first (in date order).")


class TaxonomyConfig(dg.Config):
    match_similarity: float = 0.7  # cosine between node centroids to keep a topic id
    new_below: float = 0.5  # an unmatched node is "new" only if no known topic is this close
    growth_factor: float = 2.0  # emerging at >= this x the trailing mean share
    min_share: float = 0.005  # only topics with at least this share of the day can be emerging


with warnings.catch_warnings():  # allow_nonexistent_upstream_partitions is a beta parameter
    warnings.simplefilter("ignore", dg.BetaWarning)
    EARLIER_DAYS = dg.TimeWindowPartitionMapping(start_offset=-WINDOW_DAYS, end_offset=-1,
                                                 allow_nonexistent_upstream_partitions=True)
    WINDOW_AND_DAY = dg.TimeWindowPartitionMapping(start_offset=-WINDOW_DAYS, end_offset=0,
                                                   allow_nonexistent_upstream_partitions=True)


@clio_asset(tier=RESTRICTED, group=GROUP, kinds={"python", "lancedb"}, code_version="1",
            ins={"earlier_topics": dg.AssetIn("topic_registry", partition_mapping=EARLIER_DAYS)},
            checks=[schema_spec("topic_registry")])
def topic_registry(context: dg.AssetExecutionContext, earlier_topics: PartitionTable,
                   cluster_hierarchy: PartitionTable, hierarchy_membership: PartitionTable,
                   conversation_facets: PartitionTable, facet_embeddings: PartitionTable, config: TaxonomyConfig,
                   storage: ClioStorage) -> Events:
    """Today's published nodes with a stable topic id: each node's centroid (mean request
    embedding of its conversations) is matched one-to-one, per level, to the latest
    centroid of the topics of the previous 7 partitions (cosine >= match_similarity);
    unmatched nodes start new topic ids, with their similarity to the nearest known topic.
    Restricted: centroids derive from conversations."""
    day = context.partition_key
    hierarchy = cluster_hierarchy.read()
    nodes = hierarchy[hierarchy.published][NODE_COLUMNS].reset_index(drop=True)
    facets = conversation_facets.read(["conversation_id", "languages"])
    ids, languages = facets.conversation_id.tolist(), [ls[0] if len(ls) else "und" for ls in facets.languages]
    members = hierarchy_membership.read(["node_id", "conversation_id"])
    groups, rows, labels = membership_groups(members, ids)
    means = centred_group_means(facet_embeddings, ids, languages, rows, labels, len(groups))  # streamed
    cents, cohesion = centroids(groups, means)
    nodes = nodes[nodes.node_id.isin(cents.keys())].reset_index(drop=True)
    nodes["centroid"] = [cents[n] for n in nodes.node_id]
    nodes["cohesion"] = nodes.node_id.map(cohesion)
    known = latest_topics(earlier_topics.read())
    frame = match_topics(nodes, known, day, config.match_similarity)
    dim = int(means.shape[1]) or 1
    frame["centroid"] = [np.asarray(c, dtype=np.float32) for c in frame.centroid]
    storage.write(RESTRICTED, "topic_registry", day,
                  arrow_table(frame, TOPIC_REGISTRY, {"centroid": pa.list_(pa.float32(), dim)}))
    matched = int(frame.match_similarity.notna().sum())
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame.drop(columns=["centroid"]),
                         ["topic_id", "node_id", "level", "name", "match_similarity"], 20),
        "known_topics": len(known), "matched_nodes": matched, "new_topics": len(frame) - matched,
    })
    yield schema_check(TOPIC_REGISTRY, frame)


@published_view("topic_trends", ins={"registry_window": dg.AssetIn("topic_registry", partition_mapping=WINDOW_AND_DAY)})
def topic_trends(context: dg.AssetExecutionContext, registry_window: PartitionTable,
                 raw_conversations: PartitionTable, conversation_facets: PartitionTable, config: TaxonomyConfig,
                 privacy: PrivacySettings, storage: ClioStorage) -> Events:
    """Each published node of the day under its stable topic id: share today, mean share
    over the trailing 7 partitions that exist (0 on days the topic was absent), growth and
    status (no_history, new, emerging, steady, declining)."""
    day = context.partition_key
    registry = registry_window.read()
    today = registry[registry.partition_date == day] if len(registry) else registry
    history = registry[registry.partition_date < day] if len(registry) else registry
    present = sorted(history.partition_date.unique()) if len(history) else []
    frame = trends(today[["topic_id", *NODE_COLUMNS, "nearest_similarity", "cohesion"]], history, present,
                   config.growth_factor,
                   config.min_share, config.new_below)
    frame = frame[list(TOPIC_TRENDS.columns)]
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets), "topic_trends",
                       frame, TOPIC_TRENDS,
                       ["topic_id", "node_id", "level", "name", "share", "trailing_mean_share", "status"],
                       trailing_partitions=len(present), emerging=int(frame.emerging.sum()))


@published_view("emerging_topics")
def emerging_topics(context: dg.AssetExecutionContext, topic_trends: PartitionTable, cluster_hierarchy: PartitionTable,
                    raw_conversations: PartitionTable, conversation_facets: PartitionTable, privacy: PrivacySettings,
                    storage: ClioStorage) -> Events:
    """Topics that are new this day or grew by at least the growth factor against their
    trailing mean share, with name and description. Empty, with the reason in metadata,
    when no earlier partition exists to compare with."""
    trend = topic_trends.read().drop(columns=["partition_date"])
    hierarchy = cluster_hierarchy.read(["node_id", "description"])
    frame = trend[trend.emerging].copy()
    frame["description"] = frame.node_id.map(hierarchy.set_index("node_id").description)
    frame = frame[list(EMERGING_TOPICS.columns)].reset_index(drop=True)
    history = int(trend.trailing_partitions.max()) if len(trend) else 0
    note = NO_HISTORY.format(n=WINDOW_DAYS) if history == 0 else f"Compared with {history} earlier partition(s)."
    if history == 0:
        context.log.info(note)
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets),
                       "emerging_topics", frame, EMERGING_TOPICS,
                       ["topic_id", "level", "name", "share", "trailing_mean_share", "growth", "status"],
                       explanation=note, trailing_partitions=history)
