"""base_clusters and named_clusters: k-means groups and their contrastive names."""

import dagster as dg
import numpy as np
import pandas as pd

from checks.schemas import BASE_CLUSTERS, NAMED_CLUSTERS, schema_check, schema_spec
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, table_metadata
from clio_assets.embeddings.assets import vectors_of
from clio_assets.clusters.algorithms import group_centroids, choose_k, cluster_vectors, distances_to_centroid
from clio_assets.models.embedding import language_centered
from resources.llm import LLMBackend
from resources.settings import AnalysisSettings, PrivacySettings
from resources.storage import ClioStorage


def load_vectors(storage: ClioStorage, day: str) -> tuple[pd.DataFrame, np.ndarray]:
    """Facets joined to their vectors (language-centred for clustering), in one order."""
    facets = storage.read("restricted", "conversation_facets", day)
    table = storage.read_arrow("restricted", "facet_embeddings", day)
    order = {cid: i for i, cid in enumerate(table.column("conversation_id").to_pylist())}
    vectors = vectors_of(table)[[order[c] for c in facets.conversation_id]]
    languages = [langs[0] if len(langs) else "und" for langs in facets.languages]
    return facets.reset_index(drop=True), language_centered(vectors, languages)


@dg.asset(
    deps=["facet_embeddings"], partitions_def=daily_partitions, group_name="restricted",
    kinds={"python", "scikitlearn", "lancedb"}, owners=OWNERS, code_version="2", metadata=RESTRICTED,
    check_specs=[schema_spec("base_clusters")],
)
def base_clusters(context: dg.AssetExecutionContext, analysis: AnalysisSettings, storage: ClioStorage):
    """Seeded base clusters over request embeddings (spectral clustering of the kNN graph
    up to 20k requests, k-means beyond); k = clamp(round(N / target_cluster_size), 2,
    max_base_clusters). One row per conversation with its cluster and distance."""
    day = context.partition_key
    facets, vectors = load_vectors(storage, day)
    k = choose_k(len(facets), analysis.target_cluster_size, analysis.max_base_clusters)
    context.log.info(f"base clusters: N={len(facets)} -> k={k} (seed {analysis.seed})")
    labels, centroids = cluster_vectors(vectors, k, analysis.seed)
    frame = pd.DataFrame({
        "conversation_id": facets.conversation_id, "user_id": facets.user_id,
        "cluster_id": labels.astype(int), "distance": distances_to_centroid(vectors, labels, centroids).astype(float),
    })
    storage.write("restricted", "base_clusters", day, frame)
    sizes = np.bincount(labels, minlength=k)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame[["cluster_id", "distance"]]),
        "k": k, "seed": analysis.seed, "largest_cluster": int(sizes.max()), "smallest_cluster": int(sizes.min()),
        "median_cluster": float(np.median(sizes)),
    })
    yield schema_check(BASE_CLUSTERS, frame)


@dg.asset(
    deps=["base_clusters"], partitions_def=daily_partitions, group_name="restricted",
    kinds={"python", "lancedb"}, owners=OWNERS, code_version="1", metadata=RESTRICTED,
    check_specs=[schema_spec("named_clusters")],
)
def named_clusters(context: dg.AssetExecutionContext, llm: LLMBackend, privacy: PrivacySettings, storage: ClioStorage):
    """A name (a few words) and a two-sentence description per base cluster, written from
    its members contrasted with the nearest non-members, using only wording shared by at
    least `min_unique_users` distinct users; with conversation and unique-user counts."""
    day = context.partition_key
    facets, vectors = load_vectors(storage, day)
    clusters = storage.read("restricted", "base_clusters", day).set_index("conversation_id").loc[facets.conversation_id]
    labels = clusters.cluster_id.to_numpy()
    k = int(labels.max()) + 1 if len(labels) else 0
    centroids = group_centroids(vectors, labels, k)
    names = llm.name_groups(facets.request.tolist(), facets.user_id.tolist(), vectors, labels, centroids,
                            facets.task.tolist(), [ls[0] if len(ls) else "und" for ls in facets.languages],
                            privacy.min_unique_users)
    stats = pd.DataFrame({"c": labels, "u": facets.user_id}).groupby("c").agg(n=("u", "size"), users=("u", "nunique"))
    frame = pd.DataFrame({
        "cluster_id": range(k), "name": [n.name for n in names], "description": [n.description for n in names],
        "terms": [list(n.terms) for n in names], "conversations": stats.n.reindex(range(k), fill_value=0).astype(int).tolist(),
        "unique_users": stats.users.reindex(range(k), fill_value=0).astype(int).tolist(), "centroid": list(centroids),
    })
    storage.write("restricted", "named_clusters", day, frame)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame.drop(columns=["centroid"]), ["cluster_id", "name", "conversations", "unique_users"], 15),
        "min_term_users": privacy.min_unique_users, **llm.usage_metadata("naming"),
    })
    yield schema_check(NAMED_CLUSTERS, frame)
