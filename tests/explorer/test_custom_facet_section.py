"""The explorer shows each custom facet (CLIO_FACETS_FILE) as one more breakdown section."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from clio_assets.explorer import page as explorer_html
from tests.explorer.test_explorer_html import tables
from tests.support.browser import chromium_driver, severe_console_errors


def test_custom_facets_get_a_section_like_the_built_in_ones(tmp_path: Path) -> None:
    nodes, cells, extras = tables()
    custom = pd.DataFrame([("L1-0000", "custom_goal", "learn", 200, 200 / 300),
                           ("L1-0000", "custom_goal", "other", 60, 60 / 300),
                           ("L1-0001", "custom_goal", "create", 150, 150 / 200),
                           ("L1-0000", "custom_files_shared", "2", 90, 90 / 300)], columns=cells.columns)
    data = explorer_html.payload("2026-01-02", nodes, pd.concat([cells, custom], ignore_index=True), extras)
    path = tmp_path / "index.html"
    path.write_text(explorer_html.render(data, {"top_level": "", "languages": ""}), encoding="utf-8")
    driver = chromium_driver(tmp_path / "profile")
    from selenium.webdriver.common.by import By

    try:
        driver.get(path.as_uri())
        titles = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#facets .facet h4")]
        assert titles[:4] == ["Languages", "Concern (1 = none … 5 = high)", "User turns", "Task"]
        assert titles[4:] == ["Files shared (custom facet)", "Goal (custom facet)"]
        goal = driver.find_element(By.CSS_SELECTOR, '#facets [data-facet="custom_goal"]').text
        assert "learn" in goal and "create" in goal  # the day view sums the top-level nodes
        first = driver.find_element(By.CSS_SELECTOR, "#tree > [role=treeitem]")
        first.click()  # one node: only its own cells
        goal = driver.find_element(By.CSS_SELECTOR, '#facets [data-facet="custom_goal"]').text
        assert "learn" in goal and "create" not in goal
        assert severe_console_errors(driver) == []
    finally:
        driver.quit()
