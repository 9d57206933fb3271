"""Topic centroids from a membership that lists each conversation once per level."""
from __future__ import annotations

import numpy as np
import pandas as pd

from clio_assets.clusters.algorithms import group_sums
from clio_assets.safety.taxonomy import centroids, membership_groups


def test_centroids_are_each_nodes_normalised_member_mean() -> None:
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(40, 8)).astype(np.float32)
    ids = [f"c{i}" for i in range(40)]
    leaf = [f"L{i % 5}" for i in range(40)]
    top = ["T0" if i % 5 < 2 else "T1" for i in range(40)]
    members = pd.DataFrame({"node_id": leaf + top + ["L9"], "conversation_id": ids + ids + ["not-today"]})
    nodes, rows, labels = membership_groups(members, ids)
    means = group_sums(vectors, labels, len(nodes), rows=rows) / np.bincount(labels, minlength=len(nodes))[:, None]
    cents, cohesion = centroids(nodes, means)
    assert sorted(cents) == ["L0", "L1", "L2", "L3", "L4", "T0", "T1"]  # a node of unknown members only is left out
    for node in cents:
        member_rows = [i for i, (a, b) in enumerate(zip(leaf, top)) if node in (a, b)]
        mean = vectors[member_rows].astype(np.float64).mean(axis=0)
        assert cohesion[node] == round(float(np.linalg.norm(mean)), 4)
        np.testing.assert_allclose(cents[node], mean / cohesion[node], rtol=1e-5, atol=1e-6)  # by the cohesion kept
        assert cents[node].dtype == np.float32


def test_no_members_no_centroids() -> None:
    nodes, rows, labels = membership_groups(pd.DataFrame({"node_id": [], "conversation_id": []}), ["c0"])
    assert nodes == [] and len(rows) == len(labels) == 0
    cents, cohesion = centroids(nodes, np.zeros((0, 4)))
    assert cents == {} and cohesion == {}
