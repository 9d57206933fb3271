"""Seeded k-means base clusters.

Rule for k (documented in the README): k = clamp(round(N / target_size), 2, max_k), with
target_size = 100 conversations by default, so a 5,000-conversation day gets 50 base
clusters and 100,000 get 1,000 (capped by max_k). Big clusters relative to the privacy
thresholds keep most of them publishable; the hierarchy then groups them.
"""
from __future__ import annotations

import numpy as np
from sklearn.cluster import KMeans, MiniBatchKMeans

FULL_KMEANS_MAX_N = 30_000


def choose_k(n: int, target_size: int = 100, max_k: int = 1000) -> int:
    if n < 2:
        return 1
    return int(min(max(2, round(n / target_size)), max_k, n))


def kmeans(vectors: np.ndarray, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(labels, centroids); deterministic for a given seed. Clusters are renumbered by
    size (largest first), ties by first member, so ids are stable across equal runs."""
    if k <= 1 or len(vectors) <= 1:
        return np.zeros(len(vectors), dtype=np.int64), vectors.mean(axis=0, keepdims=True)
    if len(vectors) <= FULL_KMEANS_MAX_N:
        model = KMeans(n_clusters=k, n_init=3, random_state=seed)
    else:  # mini-batch keeps 100k+ rows within seconds and bounded memory
        model = MiniBatchKMeans(n_clusters=k, n_init=3, random_state=seed, batch_size=4096)
    labels = model.fit_predict(vectors)
    sizes = np.bincount(labels, minlength=k)
    first = np.array([np.argmax(labels == c) if sizes[c] else len(labels) for c in range(k)])
    order = sorted(range(k), key=lambda c: (-sizes[c], first[c]))
    remap = np.empty(k, dtype=np.int64)
    remap[order] = np.arange(k)
    new_labels = remap[labels]
    centroids = model.cluster_centers_[order].astype(np.float32)
    return new_labels, centroids


def distances_to_centroid(vectors: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    return np.linalg.norm(vectors - centroids[labels], axis=1).astype(np.float32)
