"""cluster_hierarchy and hierarchy_membership: base clusters organised into levels, with
the privacy decisions; blocking checks stand before the published tier."""

from collections.abc import Iterator

import dagster as dg

from checks.privacy import pii_check, privacy_specs, threshold_check
from checks.published_guard import restricted_secrets
from checks.schemas import CLUSTER_HIERARCHY, HIERARCHY_MEMBERSHIP, schema_check, schema_spec
from clio_assets.clusters.algorithms import group_centroids
from clio_assets.clusters.assets import cluster_labels, group_name_of, load_vectors
from clio_assets.clusters.naming import GroupName
from clio_assets.hierarchy.audit import WITHHELD_NAME, audit_nodes, withhold_copied_text
from clio_assets.hierarchy.naming import distinct_names, finalise_names
from clio_assets.hierarchy.nodes import membership_table, nodes_table
from clio_assets.hierarchy.tree import build_tree
from clio_assets.privacy.thresholds import apply_thresholds
from clio_assets.shared.assets import LLM_POOL, RESTRICTED, clio_multi_asset, table_spec
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.llm import LLMBackend
from resources.settings import AnalysisSettings, PrivacySettings
from resources.storage import ClioStorage

GROUP, KINDS, VERSION = "restricted", {"python", "scikitlearn", "lancedb"}, "7"
READS = ["conversation_facets", "facet_embeddings", "base_clusters", "named_clusters", "raw_conversations"]


@clio_multi_asset(
    name="hierarchy_building",
    specs=[
        table_spec("cluster_hierarchy", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION, deps=READS,
                   description=(
                       "Multi-level hierarchy over the base clusters (level 1 = broadest; level sizes in geometric "
                       "progression), every node named contrastively, counted, audited, and marked `published` only "
                       "if it has >= K unique users and >= M distinct requests (one person's repeated request counts "
                       "once); smaller nodes are folded into an \"Other\" sibling. Blocking checks stand before the "
                       "published tier.")),
        table_spec("hierarchy_membership", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION, deps=READS,
                   description=(
                       "Which conversations (with their user and request key) make up each published node: the "
                       "membership the blocking threshold check recounts, and what breakdowns and trust-and-safety "
                       "views are counted from.")),
    ],
    checks=[*privacy_specs("cluster_hierarchy"), schema_spec("cluster_hierarchy"), schema_spec("hierarchy_membership")],
    pool=LLM_POOL,
)
def hierarchy_building(context: dg.AssetExecutionContext, conversation_facets: PartitionTable,
                       facet_embeddings: PartitionTable, base_clusters: PartitionTable, named_clusters: PartitionTable,
                       raw_conversations: PartitionTable, llm: LLMBackend, analysis: AnalysisSettings,
                       privacy: PrivacySettings, storage: ClioStorage
                       ) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Build, name, count, threshold and audit the day's hierarchy."""
    day = context.partition_key
    facets, vectors = load_vectors(conversation_facets, facet_embeddings,
                                   ["user_id", "request", "task", "request_key"])
    leaf = cluster_labels(base_clusters, facets)
    named = named_clusters.read().sort_values("cluster_id")
    leaf_names = [group_name_of(r) for r in named.itertuples()]
    tree, grouper_names = build_tree(vectors, leaf, len(named), analysis.levels, analysis.top_size or None,
                                     grouper=llm.grouper(), leaf_names=leaf_names)
    context.log.info(f"hierarchy level sizes (top first): {tree.level_sizes}")
    texts, users = facets.request.tolist(), facets.user_id.tolist()
    tasks, langs = facets.task.tolist(), [ls[0] if len(ls) else "und" for ls in facets.languages]
    names: list[list[GroupName]] = []
    for i, size in enumerate(tree.level_sizes):
        known = grouper_names[i]
        if known is not None:
            names.append(known)
            continue
        labels = tree.labels_at(i)  # offline: parents are named from their members' shared terms
        names.append(llm.name_groups(texts, users, vectors, labels, group_centroids(vectors, labels, size), tasks,
                                     langs, privacy.min_unique_users, areas=facets.areas.tolist(),
                                     topics=facets.topics.tolist()))
    names = finalise_names(tree, names)
    membership = membership_table(tree, facets.conversation_id.tolist(), users, facets.request_key.tolist())
    nodes = nodes_table(tree, membership, names)
    dp = privacy.dp_settings()
    nodes, members = apply_thresholds(nodes, membership, privacy.min_unique_users, privacy.min_conversations,
                                      fold=privacy.fold_small_nodes, dp=dp, partition=day)
    nodes = audit_nodes(nodes, llm)
    secrets = restricted_secrets(raw_conversations.read(["conversation_id", "user_id"]), facets)
    nodes = distinct_names(withhold_copied_text(nodes, secrets, llm))
    storage.write(RESTRICTED, "cluster_hierarchy", day, nodes)
    storage.write(RESTRICTED, "hierarchy_membership", day, members)
    published = nodes[nodes.published]
    yield dg.MaterializeResult(asset_key="cluster_hierarchy", metadata={
        **table_metadata(nodes,
                         ["node_id", "parent_id", "level", "name", "conversations", "unique_users", "published"], 20),
        "level_sizes": dg.MetadataValue.json(list(tree.level_sizes)),
        "published_nodes": int(len(published)), "withheld_nodes": int((~nodes.published).sum()),
        "audit_withheld_names": int((nodes.name == WITHHELD_NAME).sum()),
        "audit_replaced_names": int(nodes.name_note.str.contains("replaced").sum()),
        "named_by_area": int(((nodes.area != "") & (nodes.name == nodes.area)).sum()),
        "min_unique_users": privacy.min_unique_users, "min_conversations": privacy.min_conversations,
        "differential_privacy": f"epsilon={dp.epsilon}, C={dp.max_conversations_per_user}" if dp else "off",
        **llm.usage_metadata("naming", "hierarchy", "audit"),
    })
    yield dg.MaterializeResult(asset_key="hierarchy_membership", metadata={
        **table_metadata(members, ["node_id"]), "published_nodes": int(members.node_id.nunique()),
    })
    yield threshold_check(nodes, members, privacy.min_unique_users, privacy.min_conversations, noisy=dp is not None)
    yield pii_check(nodes)
    yield schema_check(CLUSTER_HIERARCHY, nodes, "cluster_hierarchy")
    yield schema_check(HIERARCHY_MEMBERSHIP, members, "hierarchy_membership")
