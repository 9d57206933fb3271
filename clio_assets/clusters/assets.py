"""base_clusters and named_clusters: groups of like requests and their contrastive names."""

from collections.abc import Iterator

import dagster as dg
import numpy as np
import pandas as pd

from checks.schemas import BASE_CLUSTERS, NAMED_CLUSTERS, schema_check, schema_spec
from clio_assets.clusters.algorithms import choose_k, cluster_vectors, distances_to_centroid, group_centroids
from clio_assets.clusters.naming import GroupName
from clio_assets.clusters.vectors import centre_by_language, read_vectors
from clio_assets.shared.assets import LLM_POOL, RESTRICTED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.llm import LLMBackend
from resources.settings import AnalysisSettings, PrivacySettings
from resources.storage import ClioStorage


def load_vectors(conversation_facets: PartitionTable, facet_embeddings: PartitionTable, columns: list[str],
                 ranked: bool = True) -> tuple[pd.DataFrame, np.ndarray]:
    """The facet `columns` (with `conversation_id` and `languages`, and each request's nearest
    broad `areas` and specific `topics` when `ranked`) joined to their vectors
    (language-centred for clustering), in one order. Only the columns asked for are read: at a
    million conversations every unused string column is hundreds of megabytes."""
    wanted = list(dict.fromkeys(["conversation_id", "languages", *columns]))
    facets = conversation_facets.read(wanted).reset_index(drop=True)
    vectors, labels = read_vectors(facet_embeddings, facets.conversation_id.tolist(),
                                   ["areas", "topics"] if ranked else [])
    if ranked:
        facets = facets.assign(areas=labels["areas"], topics=labels["topics"])
    languages = [langs[0] if len(langs) else "und" for langs in facets.languages]
    return facets, centre_by_language(vectors, languages)


def group_name_of(row: object) -> GroupName:
    """A named_clusters row back as the GroupName it was written from."""
    get = row.__getattribute__
    return GroupName(get("name"), get("description"), tuple(get("terms")), get("area") or None, get("fallback_name"),
                     get("topic") or None, get("phrase"), tuple(get("other_topics")), getattr(row, "topic_mix", ""))


def cluster_labels(base_clusters: PartitionTable, facets: pd.DataFrame) -> np.ndarray:
    """Each conversation's base cluster, in the order of `facets`."""
    clusters = base_clusters.read(["conversation_id", "cluster_id"]).set_index("conversation_id")
    return clusters.loc[facets.conversation_id].cluster_id.to_numpy()


@clio_asset(tier=RESTRICTED, group="restricted", kinds={"python", "scikitlearn", "lancedb"}, code_version="2",
            checks=[schema_spec("base_clusters")])
def base_clusters(context: dg.AssetExecutionContext, conversation_facets: PartitionTable,
                  facet_embeddings: PartitionTable, analysis: AnalysisSettings,
                  storage: ClioStorage) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Seeded base clusters over request embeddings (spectral clustering of the kNN graph
    up to 20k requests, k-means beyond); k = clamp(round(N / target_cluster_size), 2,
    max_base_clusters). One row per conversation with its cluster and distance."""
    facets, vectors = load_vectors(conversation_facets, facet_embeddings, ["user_id"], ranked=False)
    k = choose_k(len(facets), analysis.target_cluster_size, analysis.max_base_clusters)
    context.log.info(f"base clusters: N={len(facets)} -> k={k} (seed {analysis.seed})")
    labels, centroids = cluster_vectors(vectors, k, analysis.seed, analysis.cluster_method)
    frame = pd.DataFrame({
        "conversation_id": facets.conversation_id, "user_id": facets.user_id,
        "cluster_id": labels.astype(int), "distance": distances_to_centroid(vectors, labels, centroids).astype(float),
    })
    storage.write(RESTRICTED, "base_clusters", context.partition_key, frame)
    sizes = np.bincount(labels, minlength=k)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame[["cluster_id", "distance"]]),
        "k": k, "seed": analysis.seed, "largest_cluster": int(sizes.max()), "smallest_cluster": int(sizes.min()),
        "median_cluster": float(np.median(sizes)),
    })
    yield schema_check(BASE_CLUSTERS, frame)


@clio_asset(tier=RESTRICTED, group="restricted", kinds={"python", "lancedb"}, code_version="3",
            checks=[schema_spec("named_clusters")], pool=LLM_POOL)
def named_clusters(context: dg.AssetExecutionContext, conversation_facets: PartitionTable,
                   facet_embeddings: PartitionTable, base_clusters: PartitionTable, llm: LLMBackend,
                   privacy: PrivacySettings,
                   storage: ClioStorage) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """A name (a few words) and a two-sentence description per base cluster, written from
    its members contrasted with the nearest non-members, using only wording shared by at
    least `min_unique_users` distinct users; with conversation and unique-user counts."""
    facets, vectors = load_vectors(conversation_facets, facet_embeddings, ["user_id", "request", "task"])
    labels = cluster_labels(base_clusters, facets)
    k = int(labels.max()) + 1 if len(labels) else 0
    centroids = group_centroids(vectors, labels, k)
    names = llm.name_groups(facets.request.tolist(), facets.user_id.tolist(), vectors, labels, centroids,
                            facets.task.tolist(), [ls[0] if len(ls) else "und" for ls in facets.languages],
                            privacy.min_unique_users, areas=facets.areas.tolist(),
                            topics=facets.topics.tolist())
    stats = pd.DataFrame({"c": labels, "u": facets.user_id}).groupby("c").agg(n=("u", "size"), users=("u", "nunique"))
    frame = pd.DataFrame({
        "cluster_id": range(k), "name": [n.name for n in names], "description": [n.description for n in names],
        "terms": [list(n.terms) for n in names], "area": [n.area or "" for n in names],
        "topic": [n.topic or "" for n in names], "phrase": [n.phrase for n in names],
        "other_topics": [list(n.other_topics) for n in names], "fallback_name": [n.fallback for n in names],
        "topic_mix": [n.topic_mix for n in names],
        "conversations": stats.n.reindex(range(k), fill_value=0).astype(int).tolist(),
        "unique_users": stats.users.reindex(range(k), fill_value=0).astype(int).tolist(), "centroid": list(centroids),
    })
    storage.write(RESTRICTED, "named_clusters", context.partition_key, frame)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame.drop(columns=["centroid"]), ["cluster_id", "name", "conversations", "unique_users"], 15),
        "min_term_users": privacy.min_unique_users, **llm.usage_metadata("naming"),
    })
    yield schema_check(NAMED_CLUSTERS, frame)
