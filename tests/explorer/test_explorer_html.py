"""The explorer page from hand-made published tables: escaping, sections, no network, keyboard."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clio_assets.explorer import charts as svg_charts
from clio_assets.explorer import page as explorer_html
from tests.support.browser import chromium_driver, severe_console_errors

EVIL = "Coding </script><script>window.__xss=1</script>"
EVIL_DESC = 'Asks for <img src=x onerror="window.__xss=2"> & "quoted" help'


def tables() -> tuple[pd.DataFrame, pd.DataFrame, dict[str, pd.DataFrame]]:
    nodes = pd.DataFrame({
        "node_id": ["L1-0000", "L1-0001", "L2-0000", "L2-0001", "root/other"],
        "parent_id": [None, None, "L1-0000", "L1-0000", None], "level": [1, 1, 2, 2, 1],
        "name": [EVIL, "Writing help", "Python & <b>bold</b>", "Shell scripts", "Other (small groups)"],
        "description": [EVIL_DESC, "Letters and essays.", "Python questions.", "Bash questions.", "Small groups."],
        "conversations": [300, 200, 180, 120, 40], "unique_users": [90, 70, 60, 40, 20],
        "share": [0.5, 1 / 3, 0.3, 0.2, 40 / 600], "is_other": [False, False, False, False, True],
    })
    cells = pd.DataFrame([
        (n, "language", lang, c, c / t) for n, t in zip(nodes.node_id, nodes.conversations)
        for lang, c in (("en", int(t * 0.6)), ("de", int(t * 0.3)))
    ] + [("L1-0000", "concern", "1", 250, 250 / 300), ("L1-0000", "concern", "4", 40, 40 / 300),
         ("L1-0000", "turns", "1", 200, 200 / 300), ("L1-0000", "task", "write or modify code", 280, 280 / 300)],
        columns=["node_id", "facet", "value", "conversations", "share"])
    extras = {
        "language_overrepresentation": pd.DataFrame({
            "node_id": ["L1-0000", "L1-0000", "L1-0001"], "language": ["en", "de", "en"],
            "overrepresentation": [1.4, 0.5, np.nan], "vector": [np.zeros(3)] * 3,
            "partition_date": ["2026-01-02"] * 3}),
        "high_concern_nodes": pd.DataFrame({"node_id": ["L2-0000"], "mean_concern": [3.5],
                                            "high_concern_share": [0.4]}),
        "misuse_templates": pd.DataFrame({"accounts": [31], "template": ["</script><b>SEO</b> & spam"]}),
        "daily_summary": pd.DataFrame({"metric": ["x"], "value": [1]}),
    }
    return nodes, cells, extras


def page(tmp_path: Path) -> tuple[Path, dict, str]:
    nodes, cells, extras = tables()
    data = explorer_html.payload("2026-01-02", nodes, cells, extras, {"facet_model": "offline-extractive"})
    charts = {"top_level": svg_charts.top_level_chart(nodes), "languages": svg_charts.language_chart(nodes, cells)}
    html = explorer_html.render(data, charts)
    path = tmp_path / "index.html"
    path.write_text(html, encoding="utf-8")
    return path, data, html


def test_payload_reads_any_published_table_generically(tmp_path: Path) -> None:
    _, data, html = page(tmp_path)
    extras = {t["table"]: t for t in data["extras"]}
    assert {t: extras[t]["section"] for t in extras} == {
        "language_overrepresentation": "language", "high_concern_nodes": "safety", "misuse_templates": "safety",
        "daily_summary": "other"}
    lang = extras["language_overrepresentation"]
    assert lang["columns"] == ["node_id", "language", "overrepresentation"]  # no vector, no partition column
    assert lang["rows"][2] == ["L1-0001", "en", None] and lang["node_column"] == 0
    assert extras["misuse_templates"]["node_column"] is None
    assert data["total_conversations"] == 600 and data["levels"] == 2
    found = re.search(r'<script id="clio-data" type="application/json">(.*?)</script>', html, re.S)
    assert found
    embedded = found.group(1)
    assert json.loads(embedded) == data  # the escaping is lossless


def test_page_is_self_contained_and_escapes_every_string(tmp_path: Path) -> None:
    _, _, html = page(tmp_path)
    assert "<script>window.__xss" not in html and "onerror=" not in html.replace('onerror=\\"', "")
    assert html.count("</script>") == 2 and html.count("<script") == 2  # the data block and the page's script
    assert "&lt;/script&gt;" in html  # the chart labels, escaped
    assert re.findall(r"https?://[^\s'\"]+", html) == ["http://www.w3.org/2000/svg"] * 3  # SVG namespaces only
    markup = re.sub(r'<script id="clio-data".*?</script>', "", html, flags=re.S)  # data is JSON text, not markup
    assert not re.search(r"<(link|img|iframe|object|embed)\b", markup) and " src=" not in markup
    assert "default-src 'none'" in html


def test_hostile_names_are_text_and_the_tree_works_by_keyboard(tmp_path: Path) -> None:
    path, _, _ = page(tmp_path)
    driver = chromium_driver(tmp_path / "profile")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    try:
        driver.get(path.as_uri())
        assert driver.execute_script("return window.__xss === undefined")
        first = driver.find_element(By.CSS_SELECTOR, "#tree > [role=treeitem]")
        assert first.find_element(By.CLASS_NAME, "tname").text == EVIL  # shown literally, largest first
        assert [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#extra-sections h2")] == [
            "Language over-representation", "Trust and safety", "More published tables"]
        assert driver.find_element(By.CSS_SELECTOR, "#section-language table.heat")
        first.send_keys(Keys.ARROW_RIGHT)
        assert first.get_attribute("aria-expanded") == "true"
        first.send_keys(Keys.ARROW_DOWN)
        child = driver.switch_to.active_element
        assert child.get_attribute("data-id") == "L2-0000"
        child.send_keys(Keys.ENTER)
        assert driver.find_element(By.ID, "node-name").text == "Python & <b>bold</b>"
        assert "High concern" not in driver.find_element(By.ID, "node-extras").text
        assert "high_concern_nodes" in driver.find_element(By.ID, "node-extras").text
        child.send_keys(Keys.ARROW_LEFT)
        assert driver.switch_to.active_element.get_attribute("data-id") == "L1-0000"
        assert driver.find_element(By.ID, "node-name").text == EVIL
        assert driver.find_element(By.ID, "node-description").text == EVIL_DESC
        assert driver.execute_script("return window.__xss === undefined")
        assert severe_console_errors(driver) == []
    finally:
        driver.quit()


@pytest.mark.parametrize("name", ["a < b", "x & y", "\"q\" 'r'"])
def test_svg_labels_are_escaped(name: str) -> None:
    svg = svg_charts.bar_chart([name], [5], [0.5], "t < u")
    assert svg.count("<title>") == 2 and "t &lt; u" in svg
    assert name not in svg or name == svg_charts.esc(name)
