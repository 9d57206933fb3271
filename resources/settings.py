"""Analysis and privacy settings, each overridable by a CLIO_* environment variable."""
from __future__ import annotations

import dagster as dg

DEFAULT_MIN_UNIQUE_USERS = 10
DEFAULT_MIN_CONVERSATIONS = 20


class PrivacySettings(dg.ConfigurableResource):
    """Publication thresholds: every published node (and breakdown cell) needs at least
    `min_unique_users` distinct users and `min_conversations` conversations."""

    min_unique_users: int = DEFAULT_MIN_UNIQUE_USERS
    min_conversations: int = DEFAULT_MIN_CONVERSATIONS
    # Only for proving the blocking checks work: skips folding small nodes away.
    fold_small_nodes: bool = True


class AnalysisSettings(dg.ConfigurableResource):
    """Clustering: k = clamp(round(N / target_cluster_size), 2, max_base_clusters);
    `levels` hierarchy levels whose sizes shrink geometrically to about `top_size`."""

    seed: int = 0
    target_cluster_size: int = 100
    max_base_clusters: int = 1000
    levels: int = 3
    top_size: int = 0  # 0 = derive from the number of base clusters


class RetentionSettings(dg.ConfigurableResource):
    """Restricted-tier partitions older than `window_days` are purged by `retention_job`."""

    window_days: int = 30
