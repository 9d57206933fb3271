"""great-expectations suites on the published tables, validated for every partition.

Each check validates the partition's Parquet export (what BI tools read) against a suite,
in an ephemeral GE context, and writes the validation result (JSON) and a Data Docs site
to <CLIO_EXPORT_DIR>/governance/<table>/date=<day>/ (validation_result.json,
data_docs/index.html). The Data Docs are made self-contained (checks/data_docs.py): they
load nothing from outside hosts, so reviewers can read them offline. The checks are
blocking: the explorer page is built only from partitions whose published tables pass.
"""

import json
import logging
import os
import shutil
from pathlib import Path

import dagster as dg
import pandas as pd

from checks.data_docs import make_self_contained
from checks.schemas import FACET_BREAKDOWNS, HIERARCHY_NODES
from clio_assets.facets.custom import COLUMN
from clio_assets.publish.breakdowns import FACETS
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

CHECK = "expectations"
PUBLISHED_COLUMNS = {"hierarchy_nodes": list(HIERARCHY_NODES.columns),
                     "facet_breakdowns": list(FACET_BREAKDOWNS.columns)}


def hierarchy_suite(frame: pd.DataFrame, published_rows: int, min_users: int, min_conversations: int) -> list:
    import great_expectations as gx

    e = gx.expectations
    return [
        e.ExpectTableColumnsToMatchOrderedList(column_list=PUBLISHED_COLUMNS["hierarchy_nodes"]),
        e.ExpectTableRowCountToEqual(value=published_rows),
        e.ExpectTableRowCountToBeBetween(min_value=1),
        *[e.ExpectColumnValuesToNotBeNull(column=c) for c in PUBLISHED_COLUMNS["hierarchy_nodes"] if c != "parent_id"],
        e.ExpectColumnValuesToBeUnique(column="node_id"),
        e.ExpectColumnValuesToBeInSet(column="parent_id", value_set=sorted(map(str, frame.node_id))),
        e.ExpectColumnValuesToBeBetween(column="level", min_value=1),
        e.ExpectColumnValuesToBeBetween(column="conversations", min_value=min_conversations),
        e.ExpectColumnValuesToBeBetween(column="unique_users", min_value=min_users),
        e.ExpectColumnPairValuesAToBeGreaterThanB(column_A="conversations", column_B="unique_users", or_equal=True),
        e.ExpectColumnValuesToBeBetween(column="share", min_value=0, max_value=1),
        e.ExpectColumnValueLengthsToBeBetween(column="name", min_value=1, max_value=200),
        e.ExpectColumnValueLengthsToBeBetween(column="description", min_value=1, max_value=1000),
    ]


def breakdowns_suite(frame: pd.DataFrame, published_rows: int, node_ids: list[str], min_conversations: int) -> list:
    import great_expectations as gx

    e = gx.expectations
    return [
        e.ExpectTableColumnsToMatchOrderedList(column_list=PUBLISHED_COLUMNS["facet_breakdowns"]),
        e.ExpectTableRowCountToEqual(value=published_rows),
        *[e.ExpectColumnValuesToNotBeNull(column=c) for c in PUBLISHED_COLUMNS["facet_breakdowns"]],
        # a built-in facet, or a custom one (custom_<name>, CLIO_FACETS_FILE)
        e.ExpectColumnValuesToMatchRegex(column="facet", regex=f"^(?:{'|'.join(FACETS)}|{COLUMN.pattern[1:-1]})$"),
        e.ExpectColumnValuesToBeInSet(column="node_id", value_set=sorted(node_ids)),
        e.ExpectColumnValuesToBeBetween(column="conversations", min_value=min_conversations),
        e.ExpectColumnValuesToBeBetween(column="share", min_value=0, max_value=1),
        e.ExpectColumnValueLengthsToBeBetween(column="value", min_value=1),
        e.ExpectCompoundColumnsToBeUnique(column_list=["node_id", "facet", "value"]),
    ]


def validate(table: str, day: str, frame: pd.DataFrame, expectations: list, out_dir: Path) -> dict:
    """Run one suite in an ephemeral context; write the result JSON and a Data Docs site."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    shutil.rmtree(out_dir / "data_docs", ignore_errors=True)  # a re-run replaces the partition's docs
    out_dir.mkdir(parents=True, exist_ok=True)
    site = {"class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(out_dir / "data_docs")}}
    config = DataContextConfig(store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
                               data_docs_sites={"clio": site}, analytics_enabled=False,
                               progress_bars=ProgressBarsConfig(globally=False))
    context = gx.get_context(mode="ephemeral", project_config=config)
    batch = (context.data_sources.add_pandas("published").add_dataframe_asset(table)
             .add_batch_definition_whole_dataframe(day))
    suite = context.suites.add(gx.ExpectationSuite(name=f"{table}.published", expectations=expectations))
    definition = context.validation_definitions.add(gx.ValidationDefinition(name=f"{table} {day}", data=batch,
                                                                            suite=suite))
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name=f"{table}_published", validation_definitions=[definition], result_format="SUMMARY",
        actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs", site_names=["clio"])]))
    result = next(iter(checkpoint.run(batch_parameters={"dataframe": frame}).run_results.values()))
    docs = make_self_contained(out_dir / "data_docs")  # GE's pages load their assets from CDNs
    if docs["removed"] or docs["outside"]:
        logging.getLogger(__name__).warning(f"Data Docs for {table} {day}: outside assets left out {docs['removed']}, "
                                            f"still referenced {docs['outside']}")
    # the site is rebuilt for every run, so it holds this run's result page only
    pages = sorted((out_dir / "data_docs" / "validations").rglob("*.html"))
    (out_dir / "validation_result.json").write_text(json.dumps(result.to_json_dict(), indent=1, default=str))
    # great-expectations types a result's expectation_config as optional; a checkpoint's results all have one
    failed = [{"expectation": r.expectation_config.type,  # type: ignore[union-attr]
               "column": r.expectation_config.kwargs.get("column", ""),  # type: ignore[union-attr]
               "unexpected_count": (r.result or {}).get("unexpected_count")} for r in result.results if not r.success]
    return {"success": bool(result.success), "statistics": dict(result.statistics), "failed": failed,
            "data_docs": out_dir / "data_docs" / "index.html", "result_path": out_dir / "validation_result.json",
            "result_page": pages[0] if len(pages) == 1 else None}


def _export(storage: ClioStorage, table: str, day: str, columns: list[str] | None = None) -> pd.DataFrame | None:
    """The day's Parquet export (local or on an object store), None when there is none."""
    arrow = storage.read_export(table, day)
    return None if arrow is None else arrow.select(columns or arrow.schema.names).to_pandas()


def _missing(path: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(check_name=CHECK, passed=False, severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"reason": "no Parquet export for this partition (withheld or not written)",
                                         "expected_path": dg.MetadataValue.path(str(path))})


def _result(summary: dict) -> dg.AssetCheckResult:
    stats = summary["statistics"]
    # file:// links open the evidence from the Dagster UI in one click (the browser must run where the files are)
    urls = {"data_docs_url": dg.MetadataValue.url(Path(summary["data_docs"]).resolve().as_uri())}
    if summary.get("result_page"):
        urls["data_docs_result_url"] = dg.MetadataValue.url(Path(summary["result_page"]).resolve().as_uri())
    return dg.AssetCheckResult(
        check_name=CHECK, passed=summary["success"], severity=dg.AssetCheckSeverity.ERROR,
        metadata={"evaluated_expectations": int(stats.get("evaluated_expectations", 0)),
                  "successful_expectations": int(stats.get("successful_expectations", 0)),
                  "success_percent": float(stats.get("success_percent") or 0.0),
                  "failed_expectations": dg.MetadataValue.json(summary["failed"]),
                  "data_docs": dg.MetadataValue.path(str(summary["data_docs"])), **urls,
                  "validation_result": dg.MetadataValue.path(str(summary["result_path"]))},
    )


def _out_dir(storage: ClioStorage, table: str, day: str) -> Path:
    return storage.local_exports() / "governance" / table / f"date={day}"


def _validate(storage: ClioStorage, table: str, day: str, frame: pd.DataFrame, suite: list) -> dict:
    """Validate, then publish the Data Docs beside the exports (copied up when they are on an object store)."""
    summary = validate(table, day, frame, suite, _out_dir(storage, table, day))
    storage.upload_exports(f"governance/{table}/date={day}")
    return summary


@dg.asset_check(asset="hierarchy_nodes", name=CHECK, blocking=True,
                description="great-expectations suite on the day's hierarchy_nodes export: documented columns in "
                            "order, row count equals the published LanceDB table, unique ids, parents published, "
                            "thresholds, shares.")
def hierarchy_nodes_expectations(context: dg.AssetCheckExecutionContext, storage: ClioStorage,
                                 privacy: PrivacySettings) -> dg.AssetCheckResult:
    day = context.partition_key
    frame = _export(storage, "hierarchy_nodes", day)
    if frame is None:
        return _missing(storage.export_uri("hierarchy_nodes", day))
    rows = len(storage.read_arrow("published", "hierarchy_nodes", day))
    suite = hierarchy_suite(frame, rows, privacy.min_unique_users, privacy.min_conversations)
    return _result(_validate(storage, "hierarchy_nodes", day, frame, suite))


@dg.asset_check(asset="facet_breakdowns", name=CHECK, blocking=True, additional_deps=["hierarchy_nodes"],
                description="great-expectations suite on the day's facet_breakdowns export: documented columns in "
                            "order, row count equals LanceDB, known facets, only published nodes, cells above "
                            "thresholds, unique cells.")
def facet_breakdowns_expectations(context: dg.AssetCheckExecutionContext, storage: ClioStorage,
                                  privacy: PrivacySettings) -> dg.AssetCheckResult:
    day = context.partition_key
    frame, nodes = _export(storage, "facet_breakdowns", day), _export(storage, "hierarchy_nodes", day, ["node_id"])
    if frame is None or nodes is None:
        return _missing(storage.export_uri("facet_breakdowns" if frame is None else "hierarchy_nodes", day))
    rows = len(storage.read_arrow("published", "facet_breakdowns", day))
    node_ids = nodes.node_id.astype(str).tolist()
    suite = breakdowns_suite(frame, rows, node_ids, privacy.min_conversations)
    return _result(_validate(storage, "facet_breakdowns", day, frame, suite))


published_expectation_checks = [hierarchy_nodes_expectations, facet_breakdowns_expectations]
