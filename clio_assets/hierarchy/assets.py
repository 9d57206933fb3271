"""cluster_hierarchy: base clusters organised into levels, with privacy decisions."""

import dagster as dg
import numpy as np
import pandas as pd

from checks.privacy import pii_check, privacy_specs, threshold_check
from checks.published_guard import Secrets, find_leaks, restricted_secrets
from checks.schemas import CLUSTER_HIERARCHY, schema_check, schema_spec
from clio_assets.clusters.assets import load_vectors
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, table_metadata
from clio_assets.clusters.algorithms import group_centroids
from clio_assets.hierarchy.tree import build_tree
from clio_assets.clusters.naming import GroupName
from clio_assets.hierarchy.nodes import membership_table, nodes_table
from clio_assets.privacy.thresholds import apply_thresholds
from resources.llm import LLMBackend
from resources.settings import AnalysisSettings, PrivacySettings
from resources.storage import ClioStorage

WITHHELD_NAME = "Name withheld by privacy audit"
WITHHELD_DESCRIPTION = "The wording of this group's name was withheld by the privacy audit; its counts are shown."


def withhold_copied_text(nodes: pd.DataFrame, secrets: Secrets) -> pd.DataFrame:
    """A name or description that repeats a conversation's own summary or an id is
    replaced (the published-tier guard would otherwise block the whole table)."""
    nodes = nodes.reset_index(drop=True)
    rows = sorted({leak["row"] for leak in find_leaks(nodes[["name", "description", "terms"]], secrets)})
    for row in rows:
        nodes.at[row, "name"], nodes.at[row, "description"] = WITHHELD_NAME, WITHHELD_DESCRIPTION
        nodes.at[row, "terms"], nodes.at[row, "audit_score"] = [], 1
    return nodes


def audit_nodes(nodes: pd.DataFrame, llm: LLMBackend) -> pd.DataFrame:
    """Layer 4: rate every name/description; failing text is replaced, not published."""
    nodes = nodes.copy()
    names = llm.audit(nodes.name.tolist())
    descriptions = llm.audit(nodes.description.tolist())
    nodes["audit_score"] = [min(a, b) for (a, _), (b, _) in zip(names, descriptions)]
    failed = np.array([not n or not d for (_, n), (_, d) in zip(names, descriptions)], dtype=bool)
    nodes.loc[failed, "name"] = WITHHELD_NAME
    nodes.loc[failed, "description"] = WITHHELD_DESCRIPTION
    return nodes


@dg.asset(
    deps=["named_clusters"], partitions_def=daily_partitions, group_name="restricted",
    kinds={"python", "scikitlearn", "lancedb"}, owners=OWNERS, code_version="3", metadata=RESTRICTED,
    check_specs=[*privacy_specs("cluster_hierarchy"), schema_spec("cluster_hierarchy")],
)
def cluster_hierarchy(context: dg.AssetExecutionContext, llm: LLMBackend, analysis: AnalysisSettings,
                      privacy: PrivacySettings, storage: ClioStorage):
    """Multi-level hierarchy over the base clusters (level 1 = broadest; level sizes in
    geometric progression), every node named contrastively, counted, audited, and marked
    `published` only if it has >= K unique users and >= M conversations; smaller nodes
    are folded into an "Other" sibling; a request one person repeats counts once toward M.
    Blocking checks stand before the published tier."""
    day = context.partition_key
    facets, vectors = load_vectors(storage, day)
    clusters = storage.read("restricted", "base_clusters", day).set_index("conversation_id").loc[facets.conversation_id]
    named = storage.read("restricted", "named_clusters", day).sort_values("cluster_id")
    leaf = clusters.cluster_id.to_numpy()
    leaf_names = [GroupName(r.name, r.description, tuple(r.terms)) for r in named.itertuples()]
    tree, grouper_names = build_tree(vectors, leaf, len(named), analysis.levels, analysis.top_size or None,
                                     grouper=llm.grouper(), leaf_names=leaf_names)
    context.log.info(f"hierarchy level sizes (top first): {tree.level_sizes}")
    texts, users = facets.request.tolist(), facets.user_id.tolist()
    tasks, langs = facets.task.tolist(), [ls[0] if len(ls) else "und" for ls in facets.languages]
    names: list[list[GroupName]] = []
    for i, size in enumerate(tree.level_sizes):
        if grouper_names[i] is not None:
            names.append(grouper_names[i])
            continue
        labels = tree.labels_at(i)  # offline: parents are named from their members' shared terms
        names.append(llm.name_groups(texts, users, vectors, labels, group_centroids(vectors, labels, size), tasks,
                                     langs, privacy.min_unique_users))
    membership = membership_table(tree, facets.conversation_id.tolist(), users, facets.request_key.tolist())
    nodes = nodes_table(tree, membership, names)
    dp = privacy.dp_settings()
    nodes, members = apply_thresholds(nodes, membership, privacy.min_unique_users, privacy.min_conversations,
                                      fold=privacy.fold_small_nodes, dp=dp, partition=day)
    nodes = audit_nodes(nodes, llm)
    raw_ids = storage.read("restricted", "raw_conversations", day, columns=["conversation_id", "user_id"])
    nodes = withhold_copied_text(nodes, restricted_secrets(raw_ids, facets))
    storage.write("restricted", "cluster_hierarchy", day, nodes)
    storage.write("restricted", "hierarchy_membership", day, members)
    published = nodes[nodes.published]
    yield dg.MaterializeResult(metadata={
        **table_metadata(nodes, ["node_id", "parent_id", "level", "name", "conversations", "unique_users", "published"], 20),
        "level_sizes": dg.MetadataValue.json(list(tree.level_sizes)),
        "published_nodes": int(len(published)), "withheld_nodes": int((~nodes.published).sum()),
        "audit_withheld_names": int((nodes.name == WITHHELD_NAME).sum()),
        "min_unique_users": privacy.min_unique_users, "min_conversations": privacy.min_conversations,
        "differential_privacy": f"epsilon={dp.epsilon}, C={dp.max_conversations_per_user}" if dp else "off",
        **llm.usage_metadata("naming", "hierarchy", "audit"),
    })
    yield threshold_check(nodes, members, privacy.min_unique_users, privacy.min_conversations, noisy=dp is not None)
    yield pii_check(nodes)
    yield schema_check(CLUSTER_HIERARCHY, nodes)
