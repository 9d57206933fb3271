"""A stable taxonomy and trends across daily partitions.

Partition mapping: `topic_registry` for day D depends on its own partitions D-7 .. D-1
(`TimeWindowPartitionMapping(start_offset=-7, end_offset=-1)`, missing ones allowed):
today's published nodes are matched by centroid to the topics of those earlier days, so
a topic keeps its id; the first day (or a day after a gap of more than 7 days) starts a
fresh registry. Materialise days in date order for stable ids (a backfill runs them so).
`topic_trends` and `emerging_topics` for D read the registry of D-7 .. D.
"""
import warnings
from datetime import date, timedelta

import dagster as dg
import numpy as np
import pandas as pd
import pyarrow as pa

from checks.schemas import schema_check, schema_spec
from checks.tns_schemas import EMERGING_TOPICS, TOPIC_REGISTRY, TOPIC_TRENDS
from clio_assets.clusters.assets import load_vectors
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, table_metadata
from clio_assets.safety.taxonomy import centroids, latest_topics, match_topics, trends
from clio_assets.safety.publishing import GROUP, arrow_table, publish, published_asset
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

WINDOW_DAYS = 7
NODE_COLUMNS = ["node_id", "level", "name", "is_other", "conversations", "unique_users", "share"]
NO_HISTORY = ("No earlier partition of topic_registry within the last {n} days, so nothing can be compared: "
              "emerging_topics is empty. Materialise the previous days first (in date order).")


class TaxonomyConfig(dg.Config):
    match_similarity: float = 0.7  # cosine between node centroids to keep a topic id
    new_below: float = 0.5  # an unmatched node is "new" only if no known topic is this close
    growth_factor: float = 2.0  # emerging at >= this x the trailing mean share
    min_share: float = 0.005  # only topics with at least this share of the day can be emerging


def previous_days(day: str, n: int = WINDOW_DAYS) -> list[str]:
    d = date.fromisoformat(day)
    return [(d - timedelta(days=i)).isoformat() for i in range(n, 0, -1)]


def read_days(storage: ClioStorage, table: str, days: list[str]) -> pd.DataFrame:
    frames = []
    for d in days:
        try:
            frames.append(storage.read("restricted", table, d))
        except FileNotFoundError:
            return pd.DataFrame()
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


with warnings.catch_warnings():  # allow_nonexistent_upstream_partitions is a beta parameter
    warnings.simplefilter("ignore", dg.BetaWarning)
    EARLIER_DAYS = dg.TimeWindowPartitionMapping(start_offset=-WINDOW_DAYS, end_offset=-1,
                                                 allow_nonexistent_upstream_partitions=True)


@dg.asset(
    deps=["cluster_hierarchy", "facet_embeddings", dg.AssetDep("topic_registry", partition_mapping=EARLIER_DAYS)],
    partitions_def=daily_partitions, group_name=GROUP, kinds={"python", "lancedb"}, owners=OWNERS, code_version="1",
    metadata=RESTRICTED, check_specs=[schema_spec("topic_registry")],
)
def topic_registry(context: dg.AssetExecutionContext, config: TaxonomyConfig, storage: ClioStorage):
    """Today's published nodes with a stable topic id: each node's centroid (mean request
    embedding of its conversations) is matched one-to-one, per level, to the latest
    centroid of the topics of the previous 7 partitions (cosine >= match_similarity);
    unmatched nodes start new topic ids, with their similarity to the nearest known topic.
    Restricted: centroids derive from conversations."""
    day = context.partition_key
    hierarchy = storage.read("restricted", "cluster_hierarchy", day)
    nodes = hierarchy[hierarchy.published][NODE_COLUMNS].reset_index(drop=True)
    facets, vectors = load_vectors(storage, day)
    cents, cohesion = centroids(storage.read("restricted", "hierarchy_membership", day),
                                facets.conversation_id.tolist(), vectors)
    nodes = nodes[nodes.node_id.isin(cents.keys())].reset_index(drop=True)
    nodes["centroid"] = [cents[n] for n in nodes.node_id]
    nodes["cohesion"] = nodes.node_id.map(cohesion)
    known = latest_topics(read_days(storage, "topic_registry", previous_days(day)))
    frame = match_topics(nodes, known, day, config.match_similarity)
    dim = int(vectors.shape[1]) if len(vectors) else 1
    frame["centroid"] = [np.asarray(c, dtype=np.float32) for c in frame.centroid]
    storage.write("restricted", "topic_registry", day,
                  arrow_table(frame, TOPIC_REGISTRY, {"centroid": pa.list_(pa.float32(), dim)}))
    matched = int(frame.match_similarity.notna().sum())
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame.drop(columns=["centroid"]), ["topic_id", "node_id", "level", "name", "match_similarity"], 20),
        "known_topics": len(known), "matched_nodes": matched, "new_topics": len(frame) - matched,
    })
    yield schema_check(TOPIC_REGISTRY, frame)


@published_asset("topic_trends", ["topic_registry"])
def topic_trends(context: dg.AssetExecutionContext, config: TaxonomyConfig, privacy: PrivacySettings,
                 storage: ClioStorage):
    """Each published node of the day under its stable topic id: share today, mean share
    over the trailing 7 partitions that exist (0 on days the topic was absent), growth and
    status (no_history, new, emerging, steady, declining)."""
    day = context.partition_key
    today = storage.read("restricted", "topic_registry", day)
    history = read_days(storage, "topic_registry", previous_days(day))
    present = sorted(history.partition_date.unique()) if len(history) else []
    frame = trends(today[["topic_id", *NODE_COLUMNS, "nearest_similarity", "cohesion"]], history, present,
                   config.growth_factor,
                   config.min_share, config.new_below)
    frame = frame[list(TOPIC_TRENDS.columns)]
    yield from publish(context, storage, privacy, "topic_trends", frame, TOPIC_TRENDS,
                       ["topic_id", "node_id", "level", "name", "share", "trailing_mean_share", "status"],
                       trailing_partitions=len(present), emerging=int(frame.emerging.sum()))


@published_asset("emerging_topics", ["topic_trends", "cluster_hierarchy"])
def emerging_topics(context: dg.AssetExecutionContext, privacy: PrivacySettings, storage: ClioStorage):
    """Topics that are new this day or grew by at least the growth factor against their
    trailing mean share, with name and description. Empty, with the reason in metadata,
    when no earlier partition exists to compare with."""
    day = context.partition_key
    trend = storage.read("published", "topic_trends", day).drop(columns=["partition_date"])
    hierarchy = storage.read("restricted", "cluster_hierarchy", day)
    frame = trend[trend.emerging].copy()
    frame["description"] = frame.node_id.map(hierarchy.set_index("node_id").description)
    frame = frame[list(EMERGING_TOPICS.columns)].reset_index(drop=True)
    history = int(trend.trailing_partitions.max()) if len(trend) else 0
    note = NO_HISTORY.format(n=WINDOW_DAYS) if history == 0 else f"Compared with {history} earlier partition(s)."
    if history == 0:
        context.log.info(note)
    yield from publish(context, storage, privacy, "emerging_topics", frame, EMERGING_TOPICS,
                       ["topic_id", "level", "name", "share", "trailing_mean_share", "growth", "status"],
                       explanation=note, trailing_partitions=history)
