"""Trust-and-safety views of the published hierarchy: concern per node, a high-concern
view, disagreement with an existing classifier, languages over-represented per node.
Coordinated accounts are in `coordinated.py`, trends in `trends.py`; `TNS_ASSETS`
lists every trust-and-safety asset for `definitions.py`."""


from collections.abc import Iterator

import dagster as dg

from checks.tns_schemas import CLASSIFIER_DISAGREEMENT, HIGH_CONCERN_NODES, LANGUAGE_OVERREPRESENTATION, NODE_CONCERN
from clio_assets.publish.guarded import secrets_of
from clio_assets.safety.coordinated import coordinated_activity, coordination
from clio_assets.safety.publishing import load_day, publish, published_view
from clio_assets.safety.trends import emerging_topics, topic_registry, topic_trends
from clio_assets.safety.views import classifier_comparison, high_concern_view, language_overrepresentation, node_concern
from clio_assets.shared.tables import PartitionTable
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

Events = Iterator[dg.MaterializeResult | dg.AssetCheckResult]


class TrustSafetyConfig(dg.Config):
    high_concern_min_share: float = 0.2  # a node is "high concern" when >= this share is at concern 4-5
    disagreement_min_share: float = 0.25  # a disagreeing cell must be >= this share of its node
    min_lift: float = 1.5  # a language is over-represented in a node at >= this lift



@published_view("node_concern")
def node_concern_asset(context: dg.AssetExecutionContext, cluster_hierarchy: PartitionTable,
                       conversation_facets: PartitionTable, raw_conversations: PartitionTable,
                       hierarchy_membership: PartitionTable, privacy: PrivacySettings, storage: ClioStorage) -> Events:
    """Per published node: mean concern (1-5), share of conversations at concern 4-5 and,
    when the input carries a classifier flag, the share flagged. A share is withheld
    (null) when its cell or the rest of the node is below the privacy thresholds."""
    nodes, rows, _ = load_day(cluster_hierarchy, conversation_facets, raw_conversations, hierarchy_membership)
    frame = node_concern(nodes, rows, privacy.min_unique_users, privacy.min_conversations)
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets), "node_concern",
                       frame, NODE_CONCERN,
                       ["node_id", "level", "name", "mean_concern", "high_concern_share", "flag_rate"],
                       withheld_high_concern_shares=int(frame.high_concern_share.isna().sum()))


@published_view("high_concern_nodes")
def high_concern_nodes(context: dg.AssetExecutionContext, node_concern: PartitionTable,
                       cluster_hierarchy: PartitionTable, raw_conversations: PartitionTable,
                       conversation_facets: PartitionTable, config: TrustSafetyConfig, privacy: PrivacySettings,
                       storage: ClioStorage) -> Events:
    """Published nodes where at least `high_concern_min_share` of conversations are at
    concern 4-5, most concerning first, with name and description: where to look first."""
    concern = node_concern.read().drop(columns=["partition_date"])
    hierarchy = cluster_hierarchy.read(["node_id", "description", "published"])
    descriptions = hierarchy[hierarchy.published].set_index("node_id").description
    frame = high_concern_view(concern, descriptions, config.high_concern_min_share)
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets),
                       "high_concern_nodes", frame, HIGH_CONCERN_NODES,
                       ["node_id", "level", "name", "high_concern_share", "mean_concern", "flag_rate"],
                       min_share=config.high_concern_min_share)


@published_view("classifier_disagreement")
def classifier_disagreement(context: dg.AssetExecutionContext, cluster_hierarchy: PartitionTable,
                            conversation_facets: PartitionTable, raw_conversations: PartitionTable,
                            hierarchy_membership: PartitionTable, config: TrustSafetyConfig, privacy: PrivacySettings,
                            storage: ClioStorage) -> Events:
    """Where an existing trust-and-safety classifier (the input's `classifier_flag`)
    disagrees with the concern facet: likely false negatives (concern 4-5, not flagged)
    and likely false positives (flagged, concern 1-2), per node whose disagreeing cell
    passes the thresholds; Pearson r of flag rate vs mean concern across nodes in metadata."""
    nodes, rows, _ = load_day(cluster_hierarchy, conversation_facets, raw_conversations, hierarchy_membership)
    concern = node_concern(nodes, rows, privacy.min_unique_users, privacy.min_conversations)
    frame, summary = classifier_comparison(concern, rows, privacy.min_unique_users, privacy.min_conversations,
                                           config.disagreement_min_share)
    if not summary["conversations_with_flag"]:
        context.log.info("no classifier flag in the input records: nothing to compare")
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets),
                       "classifier_disagreement", frame, CLASSIFIER_DISAGREEMENT,
                       ["node_id", "level", "name", "kind", "disagreeing_share", "flag_rate", "mean_concern"],
                       **({"pearson_r": summary["pearson_r"]} if summary["pearson_r"] is not None else {}),
                       nodes_compared=summary["nodes_compared"],
                       conversations_with_flag=summary["conversations_with_flag"],
                       likely_false_negatives=int((frame.kind == "likely_false_negative").sum()),
                       likely_false_positives=int((frame.kind == "likely_false_positive").sum()))


@published_view("language_overrepresentation")
def language_overrepresentation_asset(context: dg.AssetExecutionContext, cluster_hierarchy: PartitionTable,
                                      conversation_facets: PartitionTable, raw_conversations: PartitionTable,
                                      hierarchy_membership: PartitionTable, config: TrustSafetyConfig,
                                      privacy: PrivacySettings, storage: ClioStorage) -> Events:
    """Per published node and primary language: the node's share in that language divided
    by the language's share of the whole day (lift), for cells that pass the thresholds;
    `overrepresented` at lift >= `min_lift`."""
    nodes, rows, everything = load_day(cluster_hierarchy, conversation_facets, raw_conversations,
                                       hierarchy_membership)
    frame = language_overrepresentation(nodes, rows, everything, privacy.min_unique_users,
                                        privacy.min_conversations, config.min_lift)
    top = frame[frame.overrepresented].head(10)
    yield from publish(context, storage, privacy, secrets_of(raw_conversations, conversation_facets),
                       "language_overrepresentation", frame, LANGUAGE_OVERREPRESENTATION,
                       ["node_id", "level", "name", "language", "lift", "node_share", "base_share"],
                       overrepresented_cells=int(frame.overrepresented.sum()),
                       top_lifts=dg.MetadataValue.md("\n".join(f"- **{r.name}** / {r.language}: x{r.lift:.1f}"
                                                              for r in top.itertuples()) or "_none_"))


TNS_ASSETS = [node_concern_asset, high_concern_nodes, classifier_disagreement, language_overrepresentation_asset,
              coordination, coordinated_activity, topic_registry, topic_trends, emerging_topics]
