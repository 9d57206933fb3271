"""pandera schemas for every table, and a helper that turns validation into a check result."""
from __future__ import annotations

import dagster as dg
import pandas as pd
import pandera.pandas as pa

from checks.rows import RowsCheck
from clio_assets.facets.custom import CustomFacets, Facet
from clio_assets.ingest.parse import FORMATS
from clio_assets.publish.breakdowns import FACETS

_id = pa.Column(str, pa.Check.str_length(min_value=1))
_count = pa.Column(int, pa.Check.ge(0))
_text = pa.Column(str)

RAW_CONVERSATIONS = pa.DataFrameSchema({
    "conversation_id": pa.Column(str, unique=True), "user_id": _id, "user_id_recorded": pa.Column(bool),
    "request_group": _count, "messages_json": _text,
    "n_messages": pa.Column(int, pa.Check.ge(1)), "source_format": pa.Column(str, pa.Check.isin(FORMATS)),
    "source_file": _text, "source_line": _count, "metadata_json": _text,
}, strict=True, coerce=True)

QUARANTINE = pa.DataFrameSchema({
    "source_file": _text, "source_line": _count, "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
    "excerpt": _text,
}, strict=True, coerce=True)

LLM_FAILURES = pa.DataFrameSchema({
    "conversation_id": _id, "stage": _id, "reason": pa.Column(str, pa.Check.str_length(min_value=1)),
    "attempts": _count,
}, strict=True, coerce=True)

CONVERSATION_FACETS = pa.DataFrameSchema({
    "conversation_id": pa.Column(str, unique=True), "user_id": _id, "request_key": _id, "request": _text, "task": _id,
    "languages": pa.Column(object), "concern": pa.Column(int, pa.Check.in_range(1, 5)),
    "turns": pa.Column(int, pa.Check.ge(1)), "model": _id, "prompt_version": _id,
}, strict=True, coerce=True)



def _custom_column(facet: Facet) -> pa.Column:
    """A custom facet's column: an enum's options or `other`, an integer in its range, a short
    text; null only where no backend could answer (an integer or text facet whose LLM answer
    never became valid)."""
    if facet.type == "enum":
        return pa.Column(str, pa.Check.isin(facet.values))
    if facet.type == "integer":
        return pa.Column("Int64", pa.Check.in_range(facet.minimum, facet.maximum), nullable=True)
    return pa.Column(str, pa.Check.str_length(min_value=1, max_value=facet.max_length), nullable=True)


def conversation_facets_schema(custom: CustomFacets | None) -> pa.DataFrameSchema:
    """CONVERSATION_FACETS plus one typed, validated column per custom facet of the file."""
    if custom is None:
        return CONVERSATION_FACETS
    return CONVERSATION_FACETS.add_columns({f.column: _custom_column(f) for f in custom.facets})


FACET_EMBEDDINGS = pa.DataFrameSchema({
    "conversation_id": pa.Column(str, unique=True), "facet": _id, "vector": pa.Column(object), "area": _id,
    "areas": pa.Column(object), "topics": pa.Column(object),
}, strict=True)

BASE_CLUSTERS = pa.DataFrameSchema({
    "conversation_id": pa.Column(str, unique=True), "user_id": _id, "cluster_id": _count,
    "distance": pa.Column(float, pa.Check.ge(0)),
}, strict=True, coerce=True)

NAMED_CLUSTERS = pa.DataFrameSchema({
    "cluster_id": pa.Column(int, unique=True), "name": _id, "description": _id, "terms": pa.Column(object),
    "area": _text, "topic": _text, "phrase": _text, "other_topics": pa.Column(object), "fallback_name": _text,
    "topic_mix": _text,
    "conversations": pa.Column(int, pa.Check.ge(1)), "unique_users": pa.Column(int, pa.Check.ge(1)),
    "centroid": pa.Column(object),
}, strict=True, coerce=True)

CLUSTER_HIERARCHY = pa.DataFrameSchema({
    "node_id": pa.Column(str, unique=True), "parent_id": pa.Column(str, nullable=True),
    "level": pa.Column(int, pa.Check.ge(1)), "name": _id, "description": _id, "terms": pa.Column(object),
    "conversations": _count, "unique_users": _count, "distinct_requests": _count,
    "share": pa.Column(float, pa.Check.in_range(0, 1)),
    "is_other": pa.Column(bool), "published": pa.Column(bool), "withheld_reason": _text,
    "audit_score": pa.Column(int, pa.Check.in_range(1, 5)), "area": _text, "fallback_name": _text,
    "name_note": _text, "alternatives": pa.Column(object),
}, strict=True, coerce=True)

HIERARCHY_MEMBERSHIP = pa.DataFrameSchema({
    "node_id": _id, "conversation_id": _id, "user_id": _id, "request_key": _id,
}, strict=True, coerce=True, unique=["node_id", "conversation_id"])

# Published tables: exactly these columns, so no id or text column can slip in.
HIERARCHY_NODES = pa.DataFrameSchema({
    "node_id": pa.Column(str, unique=True), "parent_id": pa.Column(str, nullable=True),
    "level": pa.Column(int, pa.Check.ge(1)), "name": _id, "description": _id,
    "conversations": pa.Column(int, pa.Check.ge(1)), "unique_users": pa.Column(int, pa.Check.ge(1)),
    "share": pa.Column(float, pa.Check.in_range(0, 1)), "is_other": pa.Column(bool),
}, strict=True, coerce=True)

FACET_BREAKDOWNS = pa.DataFrameSchema({
    "node_id": _id, "facet": pa.Column(str, pa.Check.isin(FACETS)), "value": _id,
    "conversations": pa.Column(int, pa.Check.ge(1)), "share": pa.Column(float, pa.Check.in_range(0, 1)),
}, strict=True, coerce=True, unique=["node_id", "facet", "value"])


def facet_breakdowns_schema(custom_columns: list[str]) -> pa.DataFrameSchema:
    """FACET_BREAKDOWNS whose facets are the built-in ones and the day's custom facets."""
    return FACET_BREAKDOWNS.update_column("facet", checks=pa.Check.isin([*FACETS, *custom_columns]))


def schema_check(schema: pa.DataFrameSchema, df: pd.DataFrame, asset_key: str | None = None) -> dg.AssetCheckResult:
    """Validate lazily (all failures at once) and report them as a check result."""
    check = RowsCheck(schema, asset_key)
    check.add(df)
    return check.result()


def schema_spec(asset: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec("schema", asset=asset, blocking=True, description="pandera schema of the table")
