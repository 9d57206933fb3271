"""The three interfaces on a materialised day: the explorer page in a real browser, the
governance views (great-expectations results, Dagster UI over GraphQL) and BI (DuckDB)."""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from tests.support.browser import ARTIFACTS, chromium_driver, severe_console_errors

DAY = "2026-11-20"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory):
    """One generated day materialised (every asset and check) into a DAGSTER_HOME instance."""
    from clio_assets.demo.generator import generate_day

    home = tmp_path_factory.mktemp("published") / "clio"
    dagster_home = home / "dagster_home"
    dagster_home.mkdir(parents=True)
    (dagster_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {"CLIO_HOME": home, "CLIO_SOURCE_ROOT": home / "source",
           "CLIO_RESTRICTED_URI": home / "lancedb" / "restricted",
           "CLIO_PUBLISHED_URI": home / "lancedb" / "published", "CLIO_EXPORT_DIR": home / "exports",
           "DAGSTER_HOME": dagster_home}
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, str(value))
        from clio_assets import definitions

        generate_day(home / "source", DAY, n_conversations=1200, n_users=250, seed=7)
        with dg.DagsterInstance.get() as instance:
            result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=definitions.build_resources(),
                                    instance=instance, raise_on_error=False)
        assert result.success
        yield {"home": home, "exports": home / "exports", "result": result, "storage": definitions.storage_from_env()}


def test_explorer_page_in_a_real_browser(day, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    nodes = day["storage"].read("published", "hierarchy_nodes", DAY)
    cells = day["storage"].read("published", "facet_breakdowns", DAY)
    page = day["exports"] / "explorer" / f"date={DAY}" / "index.html"
    mat = day["result"].asset_materializations_for_node("explorer_page")[0]
    assert mat.metadata["path"].value == str(page) and page.exists()
    assert mat.metadata["top_level_distribution"].value.startswith(
        "![top-level distribution](data:image/svg+xml;base64,")

    def children(parent: str | None) -> pd.DataFrame:
        kids = nodes[nodes.parent_id.isna()] if parent is None else nodes[nodes.parent_id == parent]
        return kids.sort_values(["conversations", "node_id"], ascending=[False, True])

    top, = children(None).head(1).itertuples()
    mid, = children(top.node_id).head(1).itertuples()
    leaf, = children(mid.node_id).head(1).itertuples()
    driver = chromium_driver(tmp_path / "profile")
    try:
        driver.get(page.as_uri())
        tree_names = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#tree > [role=treeitem] > .row .tname")]
        assert tree_names == children(None).name.tolist()
        # level 1 by mouse, level 2 by keyboard, level 3 through the treemap
        driver.find_element(By.CSS_SELECTOR, f'[data-id="{top.node_id}"] > .row').click()
        assert driver.find_element(By.ID, "node-name").text == top.name
        driver.switch_to.active_element.send_keys(Keys.ARROW_RIGHT)
        assert driver.switch_to.active_element.get_attribute("data-id") == mid.node_id
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        assert driver.find_element(By.ID, "node-name").text == mid.name
        cells_shown = driver.find_elements(By.CSS_SELECTOR, "#treemap-box g[role=button]")
        assert [c.get_attribute("data-id") for c in cells_shown] == children(mid.node_id).node_id.tolist()
        cells_shown[0].click()
        assert driver.find_element(By.ID, "node-name").text == leaf.name
        assert driver.find_element(By.ID, "node-description").text == leaf.description
        crumbs = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#breadcrumb li")]
        assert crumbs == ["All topics", top.name, mid.name, leaf.name]
        stats = driver.find_element(By.ID, "node-stats").text
        assert f"{leaf.conversations:,}" in stats and f"{leaf.unique_users:,}" in stats
        assert f"{100 * leaf.conversations / mid.conversations:.1f}%" in stats  # share of parent
        languages = cells[(cells.node_id == leaf.node_id) & (cells.facet == "language")]
        shown = driver.find_element(By.CSS_SELECTOR, '[data-facet="language"]').text
        assert all(f"{100 * s:.1f}%" in shown for s in languages.share)
        assert driver.find_element(By.CSS_SELECTOR, '[data-facet="concern"] .hist')
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "explorer_drilldown.png"))

        # the map: one disc per published node, laid out from the published name vectors
        discs = driver.find_elements(By.CSS_SELECTOR, "#map-box .map-point")
        assert sorted(d.get_attribute("data-id") for d in discs) == sorted(nodes.node_id)
        assert mat.metadata["map"].value.startswith("![map of the published topics](data:image/svg+xml;base64,")
        disc = driver.find_element(By.CSS_SELECTOR, f'#map-box .map-point[data-id="{mid.node_id}"]')
        assert disc.get_attribute("aria-label").startswith(f"{mid.name}, {mid.share:.1%} of conversations")
        driver.execute_script("arguments[0].focus()", disc)
        disc.send_keys(Keys.ENTER)
        assert driver.find_element(By.ID, "node-name").text == mid.name
        driver.find_element(By.CSS_SELECTOR, "[data-map-level='3']").click()  # leaves only, none hidden below
        driver.find_element(By.CSS_SELECTOR, f'#map-box .map-point[data-id="{leaf.node_id}"]').click()
        assert driver.find_element(By.ID, "node-name").text == leaf.name
        driver.execute_script("document.getElementById('map').scrollIntoView()")
        driver.save_screenshot(str(ARTIFACTS / "explorer_map.png"))

        # search over names and descriptions: every word must match
        word = leaf.name.split(",")[0].split()[0].lower()
        expected = {r.node_id for r in nodes.itertuples() if word in f"{r.name} {r.description}".lower()}
        box = driver.find_element(By.ID, "search")
        box.send_keys(word)
        results = driver.find_elements(By.CSS_SELECTOR, "#search-results button")
        assert {b.get_attribute("data-id") for b in results} == expected and leaf.node_id in expected
        assert str(len(expected)) in driver.find_element(By.ID, "search-status").text
        driver.save_screenshot(str(ARTIFACTS / "explorer_search.png"))
        hit = next(b for b in results if b.get_attribute("data-id") == leaf.node_id)
        hit.click()  # opens the topic in the tree (and closes the result list)
        assert driver.switch_to.active_element.get_attribute("data-id") == leaf.node_id
        assert driver.find_element(By.ID, "node-name").text == leaf.name
        box.click()  # focusing the search box shows the results again
        box.send_keys(" zzzunlikelyzzz")
        assert driver.find_elements(By.CSS_SELECTOR, "#search-results button") == []
        assert "No topic matches" in driver.find_element(By.ID, "search-status").text
        assert severe_console_errors(driver) == []
    finally:
        driver.quit()



def test_explorer_page_holds_nothing_from_the_restricted_tier(day) -> None:
    storage = day["storage"]
    html = (day["exports"] / "explorer" / f"date={DAY}" / "index.html").read_text(encoding="utf-8")
    raw = storage.read("restricted", "raw_conversations", DAY)
    facets = storage.read("restricted", "conversation_facets", DAY)
    ids = set(raw.conversation_id) | set(raw.user_id)
    assert not [i for i in ids if f'"{i}"' in html]
    assert not [r for r in facets.request if len(r) > 20 and r in html]


def test_great_expectations_results_and_data_docs(day) -> None:
    evaluations = {(c.asset_key.to_user_string(), c.check_name): c for c in day["result"].get_asset_check_evaluations()}
    for table in ("hierarchy_nodes", "facet_breakdowns"):
        check = evaluations[(table, "expectations")]
        assert check.passed and check.metadata["evaluated_expectations"].value >= 9
        out = day["exports"] / "governance" / table / f"date={DAY}"
        result = json.loads((out / "validation_result.json").read_text())
        assert result["success"] is True and result["statistics"]["unsuccessful_expectations"] == 0
        docs = out / "data_docs" / "index.html"
        assert check.metadata["data_docs"].value == str(docs) and docs.exists()
        assert list((out / "data_docs" / "validations").rglob("*.html"))
    # a broken export fails the suite
    from checks.expectations import hierarchy_suite, validate

    nodes = pd.read_parquet(day["exports"] / "hierarchy_nodes" / f"date={DAY}" / "part-0.parquet")
    bad = nodes.assign(share=nodes.share * 3, unique_users=1)
    summary = validate("hierarchy_nodes", DAY, bad, hierarchy_suite(bad, len(nodes), 10, 20), day["home"] / "gx_bad")
    assert not summary["success"]
    assert {(f["expectation"], f["column"]) for f in summary["failed"]} >= {
        ("expect_column_values_to_be_between", "share"), ("expect_column_values_to_be_between", "unique_users")}


def test_published_metadata_shows_schema_versions_tier_and_owners(day) -> None:
    from clio_assets import definitions

    for asset in ("hierarchy_nodes", "facet_breakdowns", "explorer_page"):
        meta = day["result"].asset_materializations_for_node(asset)[0].metadata
        assert meta["dagster/row_count"].value > 0 and meta["dagster/column_schema"].value.columns
        assert meta["facet_model"].value == "offline-extractive" and meta["facet_prompt_version"].value
        assert meta["model_versions"].value["llm_backend"] == "offline"
    graph = definitions.defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.metadata.get("privacy_tier") in {"restricted", "published"} \
            and node.owners == ["team:clio-data"], key



def readme_duckdb_query() -> str:
    """The SQL block that follows the `duckdb-example` marker in README.md, verbatim."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- duckdb-example[^>]*-->\s*```sql\n(.*?)```", text, re.S)
    assert found, "README.md lost its duckdb-example SQL block"
    return found.group(1)


def test_readme_duckdb_query_runs_on_the_parquet_exports(day, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    monkeypatch.chdir(day["exports"])  # the README runs it from the export folder
    relation = duckdb.sql(readme_duckdb_query())
    assert relation is not None
    rows = relation.df()
    nodes = day["storage"].read("published", "hierarchy_nodes", DAY)
    cells = day["storage"].read("published", "facet_breakdowns", DAY)
    top = nodes[nodes.level == 1]
    assert {str(d)[:10] for d in rows.date} == {DAY}
    assert rows.drop_duplicates("topic").topic.tolist() \
        == top.sort_values("conversations", ascending=False).name.tolist()
    for r in top.itertuples():
        languages = cells[(cells.node_id == r.node_id) & (cells.facet == "language")]
        assert set(rows[rows.topic == r.name].language) == set(languages.value)
        assert (rows[rows.topic == r.name].conversations == r.conversations).all()


def documented_columns() -> dict[str, list[tuple[str, str]]]:
    """docs/tables.md: `## <table>` sections with `| column | type | meaning |` rows."""
    docs: dict[str, list[tuple[str, str]]] = {}
    table = None
    for line in (ROOT / "docs" / "tables.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table = line[3:].strip() if re.fullmatch(r"[a-z_]+", line[3:].strip()) else None
        elif table and line.startswith("| ") and not line.startswith(("| column", "|---")):
            cells = [c.strip() for c in line.strip("|").split("|")]
            docs.setdefault(table, []).append((cells[0], cells[1]))
    return docs


def test_docs_tables_md_documents_every_exported_column(day) -> None:
    import duckdb

    from checks.expectations import PUBLISHED_COLUMNS

    docs = documented_columns()
    exported = sorted({p.parents[1].name for p in day["exports"].rglob("*.parquet")})
    assert set(exported) <= set(docs), f"published tables missing from docs/tables.md: {set(exported) - set(docs)}"
    for table in exported:
        glob = (day["exports"] / table / "*" / "*.parquet").as_posix()
        relation = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
        assert relation is not None
        described = relation.fetchall()
        assert [(r[0], r[1]) for r in described] == docs[table], table
    for table, columns in PUBLISHED_COLUMNS.items():
        assert [c for c, _ in docs[table] if c != "date"] == columns


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.loads(response.read())
    assert "errors" not in body, body["errors"]
    return body["data"]


ASSETS_QUERY = """{ assetNodes { assetKey { path } dependencyKeys { path } groupName isPartitioned
  partitionStats { numMaterialized numPartitions }
  assetMaterializations(partitions: ["DAY"]) { partition }
  assetChecksOrError { ... on AssetChecks { checks { name blocking
    executionForLatestMaterialization { status evaluation { success } } } } } } }""".replace('"DAY"', f'"{DAY}"')


def test_dagster_webserver_shows_graph_partitions_and_checks(day) -> None:
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(day["home"] / "dagster_home"), "CLIO_HOME": str(day["home"]),
           "CLIO_SOURCE_ROOT": str(day["home"] / "source"), "CLIO_EXPORT_DIR": str(day["exports"]),
           "CLIO_RESTRICTED_URI": str(day["home"] / "lancedb" / "restricted"),
           "CLIO_PUBLISHED_URI": str(day["home"] / "lancedb" / "published"), "DAGSTER_DISABLE_TELEMETRY": "1"}
    webserver = Path(sys.executable).parent / "dagster-webserver"
    proc = subprocess.Popen([str(webserver), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    assert proc.stderr is not None
    try:
        deadline = time.time() + 240
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-3000:]
            try:
                data = _graphql(port, ASSETS_QUERY)
                if data["assetNodes"]:
                    break
            except (OSError, AssertionError):
                pass
            assert time.time() < deadline, "dagster-webserver did not serve the asset graph in time"
            time.sleep(2)
        nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
        assert {"raw_conversations", "conversation_facets", "facet_embeddings", "base_clusters", "named_clusters",
                "cluster_hierarchy", "hierarchy_nodes", "facet_breakdowns", "explorer_page"} <= set(nodes)
        deps = {k: {"/".join(d["path"]) for d in n["dependencyKeys"]} for k, n in nodes.items()}
        chain = ["raw_conversations", "conversation_facets", "facet_embeddings", "base_clusters", "named_clusters",
                 "cluster_hierarchy", "hierarchy_nodes"]
        assert all(up in deps[down] for up, down in zip(chain, chain[1:])), deps
        assert {"hierarchy_nodes", "facet_breakdowns"} <= deps["explorer_page"]
        for key, node in nodes.items():
            if key == "llm_response_cache":  # declared for lineage; written by the LLM stages, never partitioned
                continue
            assert node["isPartitioned"] and node["partitionStats"]["numMaterialized"] >= 1, key
            assert [m["partition"] for m in node["assetMaterializations"]] == [DAY], key
        checks = {(k, c["name"]): c for k, n in nodes.items() for c in n["assetChecksOrError"].get("checks", [])}
        for check_key in [("cluster_hierarchy", "published_nodes_meet_thresholds"),
                          ("cluster_hierarchy", "published_text_pii_free"),
                          ("hierarchy_nodes", "expectations"), ("facet_breakdowns", "expectations"),
                          ("hierarchy_nodes", "schema")]:
            execution = checks[check_key]["executionForLatestMaterialization"]
            assert execution["status"] == "SUCCEEDED" and execution["evaluation"]["success"], (check_key, execution)
        assert checks[("cluster_hierarchy", "published_nodes_meet_thresholds")]["blocking"]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
