"""Analysis and privacy settings, each overridable by a CLIO_* environment variable."""
from __future__ import annotations

import os

import dagster as dg

from clio_assets.privacy.dp import DPSettings
from clio_assets.privacy.repeats import MissingUserIdPolicy, parse_policy
from clio_assets.shared.settings import DEFAULTS


class PrivacySettings(dg.ConfigurableResource):
    """Publication thresholds: every published node (and breakdown cell) needs at least
    `min_unique_users` distinct users and `min_conversations` conversations."""

    min_unique_users: int = int(DEFAULTS["CLIO_MIN_UNIQUE_USERS"])
    min_conversations: int = int(DEFAULTS["CLIO_MIN_CONVERSATIONS"])
    # Only for proving the blocking checks work: skips folding small nodes away.
    fold_small_nodes: bool = True
    # Differential privacy (off when empty): epsilon for all published counts of a day.
    dp_epsilon: str = ""
    dp_max_conversations_per_user: int = 5
    dp_noise_key: str = ""  # secret; keeps a day's noise identical across re-runs
    # Who a record without a user id is counted as: request (default), day or conversation.
    missing_user_id: str = MissingUserIdPolicy.REQUEST.value

    def missing_user_policy(self) -> MissingUserIdPolicy:
        return parse_policy(self.missing_user_id)

    def dp_settings(self) -> DPSettings | None:
        if not self.dp_epsilon.strip():
            return None
        epsilon = float(self.dp_epsilon)
        if epsilon <= 0:
            raise ValueError("CLIO_DP_EPSILON must be > 0 (or empty to disable differential privacy)")
        # Without a configured key every run draws fresh noise, and re-runs could be averaged.
        key = self.dp_noise_key.encode() if self.dp_noise_key else os.urandom(32)
        return DPSettings(epsilon, self.dp_max_conversations_per_user, key)


class AnalysisSettings(dg.ConfigurableResource):
    """Clustering: k = clamp(round(N / target_cluster_size), 2, max_base_clusters);
    `levels` hierarchy levels whose sizes shrink geometrically to about `top_size`."""

    seed: int = 0
    target_cluster_size: int = 100
    cluster_method: str = "auto"  # spectral up to 20k requests, k-means beyond; or "spectral" / "kmeans"
    max_base_clusters: int = 1000
    levels: int = 3
    top_size: int = 0  # 0 = derive from the number of base clusters


class RetentionSettings(dg.ConfigurableResource):
    """Restricted-tier partitions older than `window_days` are purged by `retention_job`."""

    window_days: int = 30
