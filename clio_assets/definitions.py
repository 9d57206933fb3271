"""The clio code location: every asset, check, resource and job."""
from __future__ import annotations

from collections.abc import Mapping

import dagster as dg

from checks.expectations import published_expectation_checks
from clio_assets.clusters.assets import base_clusters, named_clusters
from clio_assets.embeddings.assets import facet_embeddings
from clio_assets.explorer.assets import build_explorer_page
from clio_assets.facets.assets import facet_extraction
from clio_assets.hierarchy.assets import hierarchy_building
from clio_assets.ingest.assets import ingested_day
from clio_assets.llm.cache_store import response_cache_spec
from clio_assets.operations.sensors import clio_source_days
from clio_assets.privacy.retention import retention_job, retention_schedule
from clio_assets.publish.assets import facet_breakdowns, hierarchy_nodes
from clio_assets.safety.assets import TNS_ASSETS
from clio_assets.shared import settings
from resources.compute import Compute
from resources.embedder import Embedder
from resources.llm import LLMBackend
from resources.settings import AnalysisSettings, PrivacySettings, RetentionSettings
from resources.source import ConversationSource
from resources.storage import ClioStorage
from resources.tables import PartitionTables

# in data order; each stage's module holds its assets beside the logic they call
all_assets: list = [ingested_day, facet_extraction, facet_embeddings, base_clusters, named_clusters,
                    hierarchy_building, hierarchy_nodes, facet_breakdowns]
all_assets += TNS_ASSETS  # trust & safety, cross-language and trends (clio_assets/safety/)
all_assets += published_expectation_checks  # great-expectations suites on the published tables
# Keep last: the explorer page is downstream of every published asset listed above.
all_assets.append(build_explorer_page(all_assets))

daily_job = dg.define_asset_job("clio_daily", selection=dg.AssetSelection.all(),
                                description="Every clio asset for one day.")


def build_resources(environ: Mapping[str, str] | None = None
                    ) -> dict[str, dg.ConfigurableResource | dg.ConfigurableIOManager]:
    """Every resource, bound once: `dg.EnvVar` for each CLIO_* variable that is set, its
    default (clio_assets/shared/settings.py) for each one that is not. Nothing is written
    to the environment."""
    s, i = (lambda n: settings.bind(n, environ)), (lambda n: settings.bind_int(n, environ))
    storage = storage_resource(environ)
    return {
        "source": ConversationSource(root=s("CLIO_SOURCE_ROOT"), format_override=s("CLIO_SOURCE_FORMAT"),
                                     max_record_bytes=i("CLIO_MAX_RECORD_BYTES"), max_turns=i("CLIO_MAX_TURNS"),
                                     max_file_bytes=i("CLIO_MAX_FILE_BYTES"),
                                     max_message_chars=i("CLIO_MAX_MESSAGE_CHARS")),
        "storage": storage,
        "io_manager": PartitionTables(storage=storage),
        "llm": LLMBackend(
            backend=s("CLIO_LLM_BACKEND"), api_key=s("ANTHROPIC_API_KEY"), base_url=s("CLIO_ANTHROPIC_BASE_URL"),
            facet_model=s("CLIO_FACET_MODEL"), naming_model=s("CLIO_NAMING_MODEL"),
            hierarchy_model=s("CLIO_HIERARCHY_MODEL"), audit_model=s("CLIO_AUDIT_MODEL"),
            openai_base_url=s("CLIO_OPENAI_BASE_URL"), openai_api_key=s("OPENAI_API_KEY"),
            openai_model=s("CLIO_OPENAI_MODEL"), openai_facet_model=s("CLIO_OPENAI_MODEL_FACETS"),
            openai_naming_model=s("CLIO_OPENAI_MODEL_NAMING"), openai_hierarchy_model=s("CLIO_OPENAI_MODEL_HIERARCHY"),
            openai_audit_model=s("CLIO_OPENAI_MODEL_AUDIT"), openai_structured=s("CLIO_OPENAI_STRUCTURED"),
            facet_mode=s("CLIO_FACET_MODE"), max_concurrency=i("CLIO_LLM_CONCURRENCY"),
            prices_json=s("CLIO_PRICES_JSON"), cache_uri=s("CLIO_RESTRICTED_URI"), seed=i("CLIO_SEED"),
            facets_file=s("CLIO_FACETS_FILE"),
        ),
        "embedder": Embedder(),
        "compute": Compute(executor=s("CLIO_EXECUTOR"), workers=i("CLIO_WORKERS"), ray_address=s("CLIO_RAY_ADDRESS")),
        "privacy": PrivacySettings(
            min_unique_users=i("CLIO_MIN_UNIQUE_USERS"), min_conversations=i("CLIO_MIN_CONVERSATIONS"),
            dp_epsilon=s("CLIO_DP_EPSILON"), dp_noise_key=s("CLIO_DP_NOISE_KEY"),
            dp_max_conversations_per_user=i("CLIO_DP_MAX_CONVERSATIONS_PER_USER"),
            missing_user_id=s("CLIO_MISSING_USER_ID"),
        ),
        "retention": RetentionSettings(window_days=i("CLIO_RETENTION_DAYS")),
        "analysis": AnalysisSettings(seed=i("CLIO_SEED"), levels=i("CLIO_LEVELS"),
                                     target_cluster_size=i("CLIO_CLUSTER_SIZE"),
                                     cluster_method=s("CLIO_CLUSTER_METHOD")),
    }


def storage_resource(environ: Mapping[str, str] | None = None) -> ClioStorage:
    return ClioStorage(restricted_uri=settings.bind("CLIO_RESTRICTED_URI", environ),
                       published_uri=settings.bind("CLIO_PUBLISHED_URI", environ),
                       export_dir=settings.bind("CLIO_EXPORT_DIR", environ))


def storage_from_env() -> ClioStorage:
    """The storage resource with its locations resolved now, for scripts outside a run."""
    where = settings.locations()
    return ClioStorage(restricted_uri=where.restricted_uri, published_uri=where.published_uri,
                       export_dir=str(where.export_dir))


resources = build_resources()
# Runs execute their steps in one process: a step process per asset would reload every model
# (seconds each); the LLM steps still take `clio_llm` pool slots (clio_assets/operations/).
defs = dg.Definitions(assets=[*all_assets, response_cache_spec], jobs=[daily_job, retention_job],
                      schedules=[retention_schedule], sensors=[clio_source_days], resources=resources,
                      executor=dg.in_process_executor)
