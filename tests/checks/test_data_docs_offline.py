"""The great-expectations Data Docs of a materialised day in headless Chromium with the
network off: the index tables fill in, result pages show every expectation and its mark,
the vendored CSS and fonts apply, and no request leaves file://. Also the one-click path
from the check's metadata and from the explorer page to the evidence."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import dagster as dg
import pandas as pd
import pytest

from tests.support.browser import ARTIFACTS, chromium_driver

DAY = "2026-11-20"
TABLES = ("hierarchy_nodes", "facet_breakdowns")
RESULT_ROWS = ".ge-index-page-validation-results-table tbody tr[data-href]"  # rows bootstrap-table drew
MARKS = "td:first-child i.fa-check-circle, td:first-child i.fa-times"  # GE's passed / failed marks


def materialise_day(home: Path, day: str = DAY) -> dg.ExecuteInProcessResult:
    """A small generated day, every asset and check materialised into `home` (the CLIO_*
    and DAGSTER_HOME variables must point there)."""
    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day

    generate_day(home / "source", day, n_conversations=400, n_users=120, seed=7)
    with dg.DagsterInstance.get() as instance:
        return dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources(),
                              instance=instance, raise_on_error=False)


def clio_env(home: Path) -> dict[str, Path]:
    (home / "dagster_home").mkdir(parents=True, exist_ok=True)
    (home / "dagster_home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return {"CLIO_HOME": home, "CLIO_SOURCE_ROOT": home / "source", "CLIO_EXPORT_DIR": home / "exports",
            "CLIO_RESTRICTED_URI": home / "lancedb" / "restricted",
            "CLIO_PUBLISHED_URI": home / "lancedb" / "published", "DAGSTER_HOME": home / "dagster_home"}


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("docs") / "clio"
    with pytest.MonkeyPatch.context() as mp:
        for name, value in clio_env(home).items():
            mp.setenv(name, str(value))
        result = materialise_day(home)
    assert result.success
    return {"home": home, "exports": home / "exports", "result": result}


@pytest.fixture
def browser(tmp_path: Path):
    """Headless Debian Chromium that can reach nothing outside and logs every request."""
    driver = chromium_driver(tmp_path / "profile", offline=True)
    driver.set_script_timeout(20)
    yield driver
    driver.quit()


def requested(driver) -> list[tuple[str, str]]:
    """(document URL, request URL) of every request since the last call (Network.requestWillBeSent
    in the performance log)."""
    messages = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    return [(m["params"].get("documentURL", ""), m["params"]["request"]["url"]) for m in messages
            if m["method"] == "Network.requestWillBeSent"]


def severe(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def local_path(url: str) -> Path:
    """The file a file:// URL names (Path.as_uri() escapes '=' in date=..., browsers do not)."""
    return Path(unquote(urlparse(url).path))


def settle(driver, path: Path | None = None) -> None:
    """Open `path` (or stay), then wait for the page, its scripts and its fonts."""
    from selenium.webdriver.support.ui import WebDriverWait

    if path is not None:
        driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    driver.execute_async_script("document.fonts.ready.then(arguments[arguments.length - 1])")


def wait_for(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(lambda d: local_path(d.current_url) == path)
    settle(driver)


def click_first_row(driver) -> None:
    """Click the index's first result row; bootstrap-table redraws the table once more after
    load (filter controls), so a row found too early can go stale: find it again then."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def click(d) -> bool:
        d.find_elements(By.CSS_SELECTOR, RESULT_ROWS)[0].click()
        return True
    WebDriverWait(driver, 20, ignored_exceptions=(StaleElementReferenceException,)).until(click)


def styles_and_fonts_applied(driver) -> None:
    """Bootstrap's CSS styled the page (browser defaults: a transparent div, an 8px body
    margin) and the Font Awesome webfont loaded through its relative ../webfonts/ path."""
    assert driver.execute_script("return getComputedStyle(document.querySelector('.alert-secondary'))"
                                 ".backgroundColor") == "rgb(226, 227, 229)"
    assert driver.execute_script("return getComputedStyle(document.body).margin") == "0px"
    assert driver.execute_script("return [...document.fonts].some(f => f.family.includes('Font Awesome') "
                                 "&& f.status === 'loaded')")


def check_result_page(driver, result: dict) -> None:
    """Every expectation of the suite has a row with its pass/fail mark, in colour."""
    from selenium.webdriver.common.by import By

    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, ".ge-section table tbody tr")
            if r.find_elements(By.CSS_SELECTOR, MARKS)]
    assert len(rows) == len(result["results"]) == result["statistics"]["evaluated_expectations"]
    passed = [r for r in rows if r.find_elements(By.CSS_SELECTOR, "td:first-child i.fa-check-circle.text-success")]
    failed = [r for r in rows if r.find_elements(By.CSS_SELECTOR, "td:first-child i.fa-times.text-danger")]
    assert (len(passed), len(failed)) == (result["statistics"]["successful_expectations"],
                                          result["statistics"]["unsuccessful_expectations"])
    mark = rows[0].find_element(By.CSS_SELECTOR, MARKS)
    assert driver.execute_script("return getComputedStyle(arguments[0], '::before').fontFamily", mark) \
        .strip('"').startswith("Font Awesome")
    assert mark.value_of_css_property("color") in ("rgba(40, 167, 69, 1)", "rgba(220, 53, 69, 1)")
    status = driver.find_element(By.CSS_SELECTOR, "#section-1").text
    assert ("Succeeded" if result["success"] else "Failed") in status


def only_local(requests: list[tuple[str, str]]) -> None:
    """Nothing went to the network, and our pages loaded only files (and data: URIs); the
    browser's own chrome:// pages (its new-tab page) are not ours."""
    assert not [url for _, url in requests if urlparse(url).scheme not in ("file", "data", "chrome")]
    ours = [url for document, url in requests if document.startswith("file:")]
    assert ours, "no request from the pages was recorded"
    assert {urlparse(url).scheme for url in ours} <= {"file", "data"}, ours


def test_data_docs_work_offline(day, browser) -> None:
    from selenium.webdriver.common.by import By

    evaluations = {c.asset_key.to_user_string(): c for c in day["result"].get_asset_check_evaluations()
                   if c.check_name == "expectations"}
    urls: list[tuple[str, str]] = []
    for table in TABLES:
        out = day["exports"] / "governance" / table / f"date={DAY}"
        index, result = out / "data_docs" / "index.html", json.loads((out / "validation_result.json").read_text())
        meta = evaluations[table].metadata  # the check's one-click links to the evidence
        assert local_path(meta["data_docs_url"].value) == index.resolve()
        result_page = local_path(meta["data_docs_result_url"].value)
        assert result_page.is_file() and result_page.is_relative_to((out / "data_docs" / "validations").resolve())
        assert "vega" not in index.read_text(encoding="utf-8")  # no page of ours draws a chart

        settle(browser, index)
        rows = browser.find_elements(By.CSS_SELECTOR, RESULT_ROWS)
        assert rows and all(r.find_elements(By.CSS_SELECTOR, "i.fa-check-circle") for r in rows)
        assert all((index.parent / r.get_attribute("data-href")).is_file() for r in rows)
        assert browser.find_elements(By.CSS_SELECTOR, ".ge-index-page-expectation_suites-table tbody tr[data-href]")
        styles_and_fonts_applied(browser)
        if table == TABLES[0]:
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / "data_docs_index_offline.png"))
        click_first_row(browser)  # a row of the index opens its validation result
        wait_for(browser, result_page)
        check_result_page(browser, result)
        styles_and_fonts_applied(browser)
        assert severe(browser) == []
        urls += requested(browser)
    only_local(urls)
    assert any(u.endswith("/static/vendor/bootstrap-table/bootstrap-table.min.js") for _, u in urls)
    assert any(u.endswith("/static/vendor/fontawesome/webfonts/fa-solid-900.woff2") for _, u in urls)


def test_failures_are_marked(day, browser, tmp_path: Path) -> None:
    from checks.expectations import hierarchy_suite, validate

    nodes = pd.read_parquet(day["exports"] / "hierarchy_nodes" / f"date={DAY}" / "part-0.parquet")
    bad = nodes.assign(share=nodes.share * 3, unique_users=1)
    summary = validate("hierarchy_nodes", DAY, bad, hierarchy_suite(bad, len(nodes), 10, 20), tmp_path / "gx")
    result = json.loads(summary["result_path"].read_text())
    assert not result["success"] and result["statistics"]["unsuccessful_expectations"] >= 2
    settle(browser, summary["result_page"])
    check_result_page(browser, result)
    assert severe(browser) == []
    only_local(requested(browser))


def test_a_chart_renders_with_the_vendored_vega(browser, tmp_path: Path) -> None:
    """Our suites draw no chart; an expectation that does gets the vendored vega, not a CDN's."""
    import great_expectations as gx
    from selenium.webdriver.support.ui import WebDriverWait

    from checks.expectations import validate

    frame = pd.DataFrame({"language": ["en", "de", "de", "fr"]})
    partition = {"values": ["en", "de", "fr"], "weights": [0.3, 0.4, 0.3]}
    summary = validate("langs", DAY, frame, [gx.expectations.ExpectColumnKLDivergenceToBeLessThan(
        column="language", partition_object=partition, threshold=0.6)], tmp_path / "gx")
    settle(browser, summary["result_page"])
    WebDriverWait(browser, 20).until(lambda d: d.execute_script(
        "return document.querySelectorAll('.vega-embed canvas, .vega-embed svg.marks').length >= 2"))
    assert browser.execute_script("return [vega.version, vegaLite.version]") == ["5.21.0", "4.17.0"]
    only_local(requested(browser))
    assert (tmp_path / "gx" / "data_docs" / "static" / "vendor" / "vega" / "LICENSE.vega").is_file()


def test_explorer_links_to_the_days_data_docs(day, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = day["exports"] / "explorer" / f"date={DAY}" / "index.html"
    meta = day["result"].asset_materializations_for_node("explorer_page")[0].metadata
    assert meta["data_docs_linked"].value == sorted(TABLES)
    settle(browser, page)
    links = {a.text: a for a in browser.find_elements(By.CSS_SELECTOR, "#data-docs a")}
    assert sorted(links) == sorted(TABLES)
    docs = {t: day["exports"] / "governance" / t / f"date={DAY}" / "data_docs" / "index.html" for t in TABLES}
    assert browser.execute_script("return arguments[0].getAttribute('href')", links["facet_breakdowns"]) \
        == f"../../governance/facet_breakdowns/date={DAY}/data_docs/index.html"  # relative: the exports can move
    assert local_path(links["facet_breakdowns"].get_attribute("href")) == docs["facet_breakdowns"]
    links["hierarchy_nodes"].click()
    wait_for(browser, docs["hierarchy_nodes"])
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, RESULT_ROWS))
    only_local(requested(browser))
