"""explorer_page: a self-contained HTML explorer per day, built from published tables only."""

import logging
import os
from pathlib import Path

import dagster as dg
import pandas as pd

from clio_assets.explorer import charts as svg_charts
from clio_assets.explorer import map_chart
from clio_assets.explorer import page as explorer_html
from clio_assets.publish.versions import upstream_versions, user_counting, versions_metadata
from clio_assets.shared.assets import PUBLISHED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.settings import PrivacySettings
from resources.storage import ClioStorage

EXPLORER = "explorer_page"


def published_keys(assets: list) -> list[dg.AssetKey]:
    """Every published-tier asset in `assets` (by its `privacy_tier` metadata)."""
    keys = []
    for a in assets:
        if not isinstance(a, dg.AssetsDefinition) or isinstance(a, dg.AssetChecksDefinition):
            continue
        keys += [s.key for s in a.specs if (s.metadata or {}).get("privacy_tier") == "published"
                 and s.key.to_user_string() != EXPLORER]
    return keys


def read_published(storage: ClioStorage, day: str, log: logging.Logger) -> dict[str, pd.DataFrame]:
    """Every published table other than the two core ones, with rows for `day`."""
    extras: dict[str, pd.DataFrame] = {}
    for name in storage.tables("published"):  # local or object store
        if name in explorer_html.CORE_TABLES:
            continue
        try:
            frame = storage.read("published", name, day)
        except Exception as err:  # a table without a partition_date column, or unreadable: skip, say so
            log.warning(f"explorer: skipping published table {name!r}: {err}")
            continue
        if len(frame):
            extras[name] = frame
    return extras


def data_docs_links(export_dir: Path, day: str, page_dir: Path) -> dict[str, str]:
    """The day's great-expectations Data Docs published beside the explorer
    (governance/<table>/date=<day>/data_docs/index.html), as links relative to the page;
    only tables whose docs exist."""
    found = sorted((export_dir / "governance").glob(f"*/date={day}/data_docs/index.html"))
    return {index.parents[2].name: Path(os.path.relpath(index, page_dir)).as_posix() for index in found}


def chart_markdown(title: str, svg: str, path: Path) -> dg.MetadataValue:
    return dg.MetadataValue.md(f"![{title}]({svg_charts.data_uri(svg)})\n\n`{path}`")


def build_explorer_page(upstream: list) -> dg.AssetsDefinition:
    """The explorer asset, downstream of every published asset in `upstream` (so optional
    published tables such as language over-representation or trends are built first)."""
    core = {dg.AssetKey("hierarchy_nodes"), dg.AssetKey("facet_breakdowns")}
    deps = [key for key in published_keys(upstream) if key not in core]  # read generically, below

    # 4: the 2-D map; 5: a section per custom facet (CLIO_FACETS_FILE)
    @clio_asset(name=EXPLORER, tier=PUBLISHED, group="published", kinds={"html", "svg"}, code_version="5", deps=deps)
    def explorer_page(context: dg.AssetExecutionContext, hierarchy_nodes: PartitionTable,
                      facet_breakdowns: PartitionTable, storage: ClioStorage,
                      privacy: PrivacySettings) -> dg.MaterializeResult:
        """A self-contained HTML page for one day (no network: CSS, JS, SVG and data are
        inline) at <CLIO_EXPORT_DIR>/explorer/date=<day>/index.html, built from published
        tables only: drill-down tree and treemap with counts and shares, descriptions,
        per-node facet breakdowns, search, and sections for every other published table
        (language over-representation, trust and safety, trends) present that day, and a
        2-D map of the published nodes laid out from their published name vectors."""
        day = context.partition_key
        with_vectors = hierarchy_nodes.read().drop(columns=["partition_date"], errors="ignore")
        nodes = with_vectors.drop(columns=["vector"], errors="ignore")
        cells = facet_breakdowns.read().drop(columns=["partition_date"], errors="ignore")
        map_svg, map_html = map_chart.map_section(with_vectors, cells, privacy.min_unique_users,
                                                  privacy.min_conversations)
        extras = read_published(storage, day, context.log)
        charts = {"top_level": svg_charts.top_level_chart(nodes), "languages": svg_charts.language_chart(nodes, cells)}
        versions = upstream_versions(context)
        counting = user_counting(context)
        out_dir = storage.local_exports() / "explorer" / f"date={day}"  # a staging copy for an object store
        docs = data_docs_links(storage.local_exports(), day, out_dir)  # written by the blocking expectations checks
        data = explorer_html.payload(day, nodes, cells, extras, versions, counting, docs)
        out_dir.mkdir(parents=True, exist_ok=True)
        page = out_dir / "index.html"
        page.write_text(explorer_html.render(data, charts, map_html), encoding="utf-8")
        charts["map"] = map_svg  # written beside the page and shown in the metadata, like the others
        chart_paths = {name: out_dir / f"{name}.svg" for name in charts}
        for name, svg in charts.items():
            chart_paths[name].write_text(svg, encoding="utf-8")
        storage.upload_exports(f"explorer/date={day}")
        sections = sorted({t["title"] for t in data["extras"]})
        return dg.MaterializeResult(metadata={
            **table_metadata(nodes, ["node_id", "level", "name", "conversations", "share"], 10),
            "path": dg.MetadataValue.path(str(page)),
            "url": dg.MetadataValue.url(page.as_uri()),
            "bytes": page.stat().st_size,
            "published_tables_read": dg.MetadataValue.json([t["name"] for t in data["tables"]]),
            "extra_sections": dg.MetadataValue.json(sections),
            "data_docs_linked": dg.MetadataValue.json(sorted(docs)),
            "top_level_distribution": chart_markdown("top-level distribution", charts["top_level"],
                                                     chart_paths["top_level"]),
            "languages": chart_markdown("languages per top-level topic", charts["languages"], chart_paths["languages"]),
            "map": chart_markdown("map of the published topics", charts["map"], chart_paths["map"]),
            **versions_metadata(context, versions),
            **counting,
        })

    return explorer_page
