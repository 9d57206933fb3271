"""Which models and prompt versions produced a partition, for published assets' metadata.

Read from the upstream assets' own materialisation metadata for the same partition
(`conversation_facets` records `model`/`prompt_version`; `cluster_hierarchy` records the
backend and, on an LLM backend, the model per stage), so a reviewer sees them on every published
asset without opening the restricted ones."""

import dagster as dg

from clio_assets.llm.prompts import PROMPT_DIR, load_prompt


def _latest_metadata(instance: dg.DagsterInstance, asset: str, partition: str) -> dict:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[partition]), limit=1).records
    if not records or records[0].asset_materialization is None:
        return {}
    return {k: getattr(v, "value", v) for k, v in records[0].asset_materialization.metadata.items()}


def upstream_versions(context: dg.AssetExecutionContext) -> dict:
    """{"llm_backend", "facet_model", "facet_prompt_version", "stage_models", "prompt_versions"}
    for this run's partition; empty values when upstream metadata is missing."""
    day = context.partition_key
    facets = _latest_metadata(context.instance, "conversation_facets", day)
    hierarchy = _latest_metadata(context.instance, "cluster_hierarchy", day)
    backend = str(hierarchy.get("llm_backend") or facets.get("llm_backend") or "")
    model, prompt = str(facets.get("model", "")), str(facets.get("prompt_version", ""))
    prompts = {"facets": prompt} if prompt else {}
    if backend not in ("", "offline"):  # an LLM backend ran every prompt
        prompts.update({p.stem: load_prompt(p.stem).version for p in sorted(PROMPT_DIR.glob("*.md"))})
    return {
        "llm_backend": backend, "facet_model": model, "facet_prompt_version": prompt,
        "stage_models": dict(hierarchy.get("models") or ({"facets": model} if model else {})),
        "prompt_versions": prompts,
    }


def user_counting(context: dg.AssetExecutionContext) -> dict:
    """How the partition counted users: the missing-user-id policy, how many conversations
    had no user id and, when counts are estimates, the warning (raw_conversations' metadata)."""
    raw = _latest_metadata(context.instance, "raw_conversations", context.partition_key)
    keys = ("missing_user_id_policy", "conversations_without_user_id", "user_counts_warning")
    return {k: raw[k] for k in keys if k in raw}


def versions_metadata(context: dg.AssetExecutionContext, versions: dict | None = None) -> dict:
    """Metadata entries: facet model, facet prompt version and the full version record."""
    versions = versions if versions is not None else upstream_versions(context)
    return {"facet_model": versions["facet_model"], "facet_prompt_version": versions["facet_prompt_version"],
            "model_versions": dg.MetadataValue.json(versions)}
