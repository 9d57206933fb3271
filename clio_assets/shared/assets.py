"""One way to declare a clio asset: daily partitions (UTC), the data team as owner, a
group, kinds, a code version and the privacy tier (in metadata and tags), so lineage
shows where restricted data lives. Side tables an asset writes beside its main table
are `table_spec`s of one `clio_multi_asset`, so every table is in the graph.

Upstream tables are named once, as a parameter of the asset function: the
`PartitionTables` IO manager (resources/tables.py) hands the asset a `PartitionTable`
for each, and the dependency edge follows from the parameter."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import dagster as dg

daily_partitions = dg.DailyPartitionsDefinition(start_date="2024-01-01", timezone="UTC", end_offset=1)
OWNERS = ["team:clio-data"]
RESTRICTED = "restricted"
PUBLISHED = "published"
TIERS = (RESTRICTED, PUBLISHED)
# Dagster pool of the steps that call the LLM: one budget shared by every run (operations/dagster.yaml)
LLM_POOL = "clio_llm"


def tier_metadata(tier: str) -> dict[str, str]:
    if tier not in TIERS:
        raise ValueError(f"unknown privacy tier {tier!r}; expected one of {TIERS}")
    return {"privacy_tier": tier}


def clio_asset(*, tier: str, group: str, kinds: Iterable[str], code_version: str, name: str | None = None,
               ins: Mapping[str, dg.AssetIn] | None = None, deps: Iterable[Any] = (),
               checks: Iterable[dg.AssetCheckSpec] = (), pool: str | None = None
               ) -> Callable[..., dg.AssetsDefinition]:
    """@asset with clio's shared defaults; the function's docstring is its description."""
    return dg.asset(name=name, ins=dict(ins or {}), deps=list(deps), partitions_def=daily_partitions,
                    group_name=group, kinds=set(kinds), owners=OWNERS, code_version=code_version,
                    metadata=tier_metadata(tier), tags={"privacy_tier": tier}, check_specs=list(checks), pool=pool)


def table_spec(key: str, *, tier: str, group: str, kinds: Iterable[str], code_version: str, description: str,
               deps: Iterable[Any] = ()) -> dg.AssetSpec:
    """One table of a multi-asset, with the same defaults as `clio_asset`."""
    return dg.AssetSpec(key, description=description, deps=list(deps), partitions_def=daily_partitions,
                        group_name=group, kinds=set(kinds), owners=OWNERS, code_version=code_version,
                        metadata=tier_metadata(tier), tags={"privacy_tier": tier})


def clio_multi_asset(*, name: str, specs: list[dg.AssetSpec], ins: Mapping[str, dg.AssetIn] | None = None,
                     checks: Iterable[dg.AssetCheckSpec] = (), pool: str | None = None
                     ) -> Callable[..., dg.AssetsDefinition]:
    """A step that writes several tables (a main table and its side tables); `pool`: LLM_POOL for a
    step that calls the LLM."""
    return dg.multi_asset(name=name, specs=specs, ins=dict(ins or {}), partitions_def=daily_partitions,
                          check_specs=list(checks), can_subset=False, pool=pool)
