"""Optional differential privacy for published counts (beyond what Clio published).

Mechanism (user-level, pure epsilon-DP, Laplace):
1. Contribution bounding: each user contributes at most C conversations (a keyed,
   deterministic sample), so adding or removing one user changes, per hierarchy level,
   the conversation counts by at most C in total (L1) and the unique-user counts by at
   most C in total.
2. Noise: every published node count gets Laplace noise of scale Δ/ε_nodes with
   Δ = 2·L·C (L levels, two statistics); every breakdown cell gets scale Δ'/ε_cells with
   Δ' = 2·F·L·C (F facets). The budget is split ε_nodes = ε_cells = ε/2.
3. Thresholds are applied to the noisy counts; "Other" nodes and shares are computed from
   noisy counts only (post-processing, no extra budget).
Noise is derived from a secret key and the partition, so re-running a day reproduces
the same noise instead of offering fresh samples to average away.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class DPSettings:
    epsilon: float
    max_conversations_per_user: int
    key: bytes

    def rng(self, *parts: str) -> np.random.Generator:
        digest = hmac.new(self.key, "|".join(parts).encode(), hashlib.sha256).digest()
        return np.random.default_rng(int.from_bytes(digest[:16], "big"))

    def node_scale(self, levels: int) -> float:
        return 2 * levels * self.max_conversations_per_user / (self.epsilon / 2)

    def cell_scale(self, levels: int, facets: int) -> float:
        return 2 * facets * levels * self.max_conversations_per_user / (self.epsilon / 2)


def bound_contributions(membership: pd.DataFrame, dp: DPSettings, partition: str) -> pd.DataFrame:
    """At most C conversations per user, chosen by a keyed hash (stable across re-runs)."""
    order = membership.conversation_id.map(
        lambda cid: hmac.new(dp.key, f"{partition}|{cid}".encode(), hashlib.sha256).hexdigest())
    ranked = membership.assign(_order=order).sort_values(["user_id", "_order"])
    kept = ranked.groupby("user_id", sort=False).head(dp.max_conversations_per_user)
    return kept.drop(columns="_order").sort_index()


def laplace(values: np.ndarray, scale: float, rng: np.random.Generator) -> np.ndarray:
    """Noisy non-negative integer counts."""
    noisy = np.asarray(values, dtype=float) + rng.laplace(0.0, scale, size=len(values))
    return np.maximum(0, np.rint(noisy)).astype(int)


def noisy_nodes(nodes: pd.DataFrame, dp: DPSettings, partition: str, levels: int) -> pd.DataFrame:
    """Replace node counts by noisy counts (true counts must come from bounded membership)."""
    out = nodes.copy()
    scale = dp.node_scale(levels)
    rng = dp.rng(partition, "nodes")
    out["conversations"] = laplace(out.conversations.to_numpy(), scale, rng)
    out["unique_users"] = np.minimum(laplace(out.unique_users.to_numpy(), scale, rng), out.conversations)
    return out
