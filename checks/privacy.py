"""Blocking privacy checks on the hierarchy, computed independently of the asset's
own bookkeeping: counts are recomputed from conversation membership, and names and
descriptions are re-scanned with a scanner that shares no code with the scrubber."""
from __future__ import annotations

import dagster as dg
import pandas as pd

from clio_assets.privacy.scan import find_pii

THRESHOLD_CHECK = "published_nodes_meet_thresholds"
PII_CHECK = "published_text_pii_free"
ASSET = "cluster_hierarchy"  # the checks gate this table's published rows


COUNTS = ["conversations", "unique_users", "distinct_requests"]


def threshold_check(nodes: pd.DataFrame, members: pd.DataFrame, min_users: int, min_conversations: int,
                    noisy: bool = False) -> dg.AssetCheckResult:
    """Recount every published node from membership: distinct users, and distinct
    requests (a request is one per user and near-duplicate request group, so one person's
    repeats count once) against M. With differential privacy the published counts are
    noisy by design, so the thresholds are checked on them."""
    published = nodes[nodes.published]
    if noisy:
        recount = published.set_index("node_id")[COUNTS]
    else:
        recount = members.groupby("node_id").agg(conversations=("conversation_id", "nunique"),
                                                 unique_users=("user_id", "nunique"),
                                                 distinct_requests=("request_key", "nunique"))
        recount = recount.reindex(published.node_id, fill_value=0)
    too_small = recount[(recount.unique_users < min_users) | (recount.distinct_requests < min_conversations)]
    mismatched = published.set_index("node_id")[COUNTS].ne(recount).any(axis=1)
    failures = sorted(set(too_small.index) | set(mismatched[mismatched].index))
    return dg.AssetCheckResult(
        check_name=THRESHOLD_CHECK, asset_key=ASSET, passed=not failures,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"published_nodes": len(published), "failing_nodes": len(failures),
                  "min_unique_users": min_users, "min_conversations": min_conversations,
                  "smallest_published_users": int(recount.unique_users.min()) if len(recount) else 0,
                  "smallest_published_requests": int(recount.distinct_requests.min()) if len(recount) else 0,
                  "failing_examples": dg.MetadataValue.json(failures[:20])},
    )


def pii_check(nodes: pd.DataFrame) -> dg.AssetCheckResult:
    published = nodes[nodes.published]
    findings = []
    for row in published.itertuples():
        for kind, _ in find_pii(f"{row.name}\n{row.description}"):
            findings.append({"node_id": row.node_id, "kind": kind})  # never echo the value itself
    return dg.AssetCheckResult(
        check_name=PII_CHECK, asset_key=ASSET, passed=not findings, severity=dg.AssetCheckSeverity.ERROR,
        metadata={"texts_scanned": 2 * len(published), "findings": len(findings),
                  "finding_kinds": dg.MetadataValue.json(findings[:20])},
    )


def privacy_specs(asset: str) -> list[dg.AssetCheckSpec]:
    return [
        dg.AssetCheckSpec(THRESHOLD_CHECK, asset=asset, blocking=True,
                          description="Every node to be published has >= K unique users and >= M distinct requests "
                                      "(recounted; one person's repeated request counts once)."),
        dg.AssetCheckSpec(PII_CHECK, asset=asset, blocking=True,
                          description="Names and descriptions to be published pass an independent PII scan."),
    ]
