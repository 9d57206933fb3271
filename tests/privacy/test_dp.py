"""Differential privacy mode: noise of the configured scale, bounded contributions,
thresholds on noisy counts, and reproducible noise for a re-run of the same day."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import numpy as np
import pandas as pd
from scipy import stats

from clio_assets.privacy.dp import DPSettings, bound_contributions, noisy_nodes


def test_noise_has_the_configured_laplace_scale() -> None:
    dp = DPSettings(epsilon=1.0, max_conversations_per_user=2, key=b"fixed-test-key")
    levels = 3
    expected_scale = 2 * levels * 2 / 0.5  # Δ = 2·L·C, ε_nodes = ε/2
    assert dp.node_scale(levels) == expected_scale
    true = pd.DataFrame({"node_id": [f"n{i}" for i in range(4000)], "conversations": 10_000, "unique_users": 5_000})
    noisy = noisy_nodes(true, dp, "2026-01-01", levels)
    errors = noisy.conversations.to_numpy() - 10_000
    # Kolmogorov-Smirnov against Laplace(0, b): the right distribution, not just the right variance
    assert stats.kstest(errors, "laplace", args=(0, expected_scale)).pvalue > 0.01
    assert abs(np.mean(errors)) < 4 * expected_scale * np.sqrt(2) / np.sqrt(len(errors))
    # ... and a wrong scale is rejected, so the test can fail
    assert stats.kstest(errors, "laplace", args=(0, expected_scale * 1.3)).pvalue < 0.01
    again = noisy_nodes(true, dp, "2026-01-01", levels)
    assert again.conversations.equals(noisy.conversations)  # same key + day -> same noise
    other_day = noisy_nodes(true, dp, "2026-01-02", levels)
    assert not other_day.conversations.equals(noisy.conversations)


def test_contributions_are_bounded_per_user() -> None:
    membership = pd.DataFrame({"conversation_id": [f"c{i}" for i in range(50)],
                               "user_id": ["heavy"] * 40 + [f"u{i}" for i in range(10)]})
    bounded = bound_contributions(membership, DPSettings(1.0, 3, b"k"), "2026-01-01")
    assert bounded.groupby("user_id").size().max() == 3 and len(bounded) == 13


def test_pipeline_in_dp_mode_publishes_noisy_thresholded_counts(clio_home: Path, monkeypatch) -> None:
    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env
    from clio_assets.demo.generator import generate_day

    day = "2026-11-23"
    generate_day(clio_home / "source", day, n_conversations=1500, n_users=400, seed=4)
    monkeypatch.setenv("CLIO_DP_EPSILON", "1.0")
    monkeypatch.setenv("CLIO_DP_NOISE_KEY", "test-noise-key")
    result = dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources())
    assert result.success and all(c.passed for c in result.get_asset_check_evaluations())
    storage = storage_from_env()
    nodes = storage.read("published", "hierarchy_nodes", day)
    assert (nodes.unique_users >= 10).all() and (nodes.conversations >= 20).all()
    restricted = storage.read("restricted", "cluster_hierarchy", day)
    members = storage.read("restricted", "hierarchy_membership", day)
    true_counts = members.groupby("node_id").size()
    published = nodes.set_index("node_id").conversations
    assert (published != true_counts.reindex(published.index)).any()  # noise was added
    assert members.groupby("user_id").conversation_id.nunique().max() <= 5  # bounded contributions
    assert len(restricted) >= len(nodes)
    # a re-run with the same key publishes exactly the same numbers
    assert dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources()).success
    again = storage.read("published", "hierarchy_nodes", day).set_index("node_id").conversations
    pd.testing.assert_series_equal(again.sort_index(), published.sort_index())
