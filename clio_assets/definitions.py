"""The clio code location: every asset, check, resource and job."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from checks.expectations import published_expectation_checks
from clio_assets.clusters.assets import base_clusters, named_clusters
from clio_assets.embeddings.assets import facet_embeddings
from clio_assets.explorer.assets import build_explorer_page
from clio_assets.facets.assets import conversation_facets
from clio_assets.hierarchy.assets import cluster_hierarchy
from clio_assets.ingest.assets import raw_conversations
from clio_assets.publish.assets import facet_breakdowns, hierarchy_nodes
from clio_assets.privacy.retention import retention_job, retention_schedule
from clio_assets.safety.assets import TNS_ASSETS
from resources.embedder import Embedder
from resources.llm import LLMBackend
from resources.settings import (
    DEFAULT_MIN_CONVERSATIONS, DEFAULT_MIN_UNIQUE_USERS, AnalysisSettings, PrivacySettings, RetentionSettings,
)
from resources.source import ConversationSource
from resources.storage import ClioStorage

# Defaults for every CLIO_* variable, so `dagster dev` works on a fresh clone; set them
# in the environment (or .env) to point clio at your data and storage.
_HOME = Path(os.environ.get("CLIO_HOME", Path.cwd() / ".clio")).resolve()
DEFAULTS = {
    "CLIO_HOME": str(_HOME),
    "CLIO_SOURCE_ROOT": str(_HOME / "source"),
    "CLIO_SOURCE_FORMAT": "",
    "CLIO_RESTRICTED_URI": str(_HOME / "lancedb" / "restricted"),
    "CLIO_PUBLISHED_URI": str(_HOME / "lancedb" / "published"),
    "CLIO_EXPORT_DIR": str(_HOME / "exports"),
    "CLIO_LLM_BACKEND": "offline",
    "ANTHROPIC_API_KEY": "",
    "CLIO_ANTHROPIC_BASE_URL": "",
    "CLIO_FACET_MODEL": "claude-haiku-4-5",
    "CLIO_NAMING_MODEL": "claude-sonnet-4-5",
    "CLIO_HIERARCHY_MODEL": "claude-sonnet-4-5",
    "CLIO_AUDIT_MODEL": "claude-sonnet-4-5",
    "CLIO_FACET_MODE": "sync",
    "CLIO_LLM_CONCURRENCY": "8",
    "CLIO_PRICES_JSON": "",
    "CLIO_MIN_UNIQUE_USERS": str(DEFAULT_MIN_UNIQUE_USERS),
    "CLIO_MIN_CONVERSATIONS": str(DEFAULT_MIN_CONVERSATIONS),
    "CLIO_SEED": "0",
    "CLIO_LEVELS": "3",
    "CLIO_RETENTION_DAYS": "30",
    "CLIO_DP_EPSILON": "",
    "CLIO_DP_MAX_CONVERSATIONS_PER_USER": "5",
    "CLIO_DP_NOISE_KEY": "",
    "CLIO_MISSING_USER_ID": "request",
}
for _name, _value in DEFAULTS.items():
    os.environ.setdefault(_name, _value)


all_assets = [raw_conversations, conversation_facets, facet_embeddings, base_clusters, named_clusters,
              cluster_hierarchy, hierarchy_nodes, facet_breakdowns]
all_assets += TNS_ASSETS  # trust & safety, cross-language and trends (clio_assets/trust_safety.py)
all_assets += published_expectation_checks  # great-expectations suites on the published tables
# Keep last: the explorer page is downstream of every published asset listed above.
all_assets.append(build_explorer_page(all_assets))

daily_job = dg.define_asset_job("clio_daily", selection=dg.AssetSelection.all(),
                                description="Every clio asset for one day.")

resources = {
    "source": ConversationSource(root=dg.EnvVar("CLIO_SOURCE_ROOT"), format_override=dg.EnvVar("CLIO_SOURCE_FORMAT")),
    "storage": ClioStorage(restricted_uri=dg.EnvVar("CLIO_RESTRICTED_URI"), published_uri=dg.EnvVar("CLIO_PUBLISHED_URI"),
                           export_dir=dg.EnvVar("CLIO_EXPORT_DIR")),
    "llm": LLMBackend(
        backend=dg.EnvVar("CLIO_LLM_BACKEND"), api_key=dg.EnvVar("ANTHROPIC_API_KEY"),
        base_url=dg.EnvVar("CLIO_ANTHROPIC_BASE_URL"), facet_model=dg.EnvVar("CLIO_FACET_MODEL"),
        naming_model=dg.EnvVar("CLIO_NAMING_MODEL"), hierarchy_model=dg.EnvVar("CLIO_HIERARCHY_MODEL"),
        audit_model=dg.EnvVar("CLIO_AUDIT_MODEL"), facet_mode=dg.EnvVar("CLIO_FACET_MODE"),
        max_concurrency=dg.EnvVar.int("CLIO_LLM_CONCURRENCY"), prices_json=dg.EnvVar("CLIO_PRICES_JSON"),
        cache_uri=dg.EnvVar("CLIO_RESTRICTED_URI"), seed=dg.EnvVar.int("CLIO_SEED"),
    ),
    "embedder": Embedder(),
    "privacy": PrivacySettings(
        min_unique_users=dg.EnvVar.int("CLIO_MIN_UNIQUE_USERS"), min_conversations=dg.EnvVar.int("CLIO_MIN_CONVERSATIONS"),
        dp_epsilon=dg.EnvVar("CLIO_DP_EPSILON"), dp_noise_key=dg.EnvVar("CLIO_DP_NOISE_KEY"),
        dp_max_conversations_per_user=dg.EnvVar.int("CLIO_DP_MAX_CONVERSATIONS_PER_USER"),
        missing_user_id=dg.EnvVar("CLIO_MISSING_USER_ID"),
    ),
    "retention": RetentionSettings(window_days=dg.EnvVar.int("CLIO_RETENTION_DAYS")),
    "analysis": AnalysisSettings(seed=dg.EnvVar.int("CLIO_SEED"), levels=dg.EnvVar.int("CLIO_LEVELS")),
}



def storage_from_env() -> ClioStorage:
    """The storage resource with its environment resolved, for scripts outside a run."""
    return ClioStorage(restricted_uri=os.environ["CLIO_RESTRICTED_URI"], published_uri=os.environ["CLIO_PUBLISHED_URI"],
                       export_dir=os.environ["CLIO_EXPORT_DIR"])


defs = dg.Definitions(assets=all_assets, jobs=[daily_job, retention_job], schedules=[retention_schedule],
                      resources=resources)
