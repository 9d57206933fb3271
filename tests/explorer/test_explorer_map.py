"""The explorer's map: a deterministic layout from published name vectors only, no point below
the thresholds, and discs that open their topic by mouse and keyboard in a real browser."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from clio_assets.explorer import charts as svg_charts
from clio_assets.explorer import map_chart, map_layout
from clio_assets.explorer import page as explorer_html
from clio_assets.publish.assets import published_nodes
from tests.explorer.test_explorer_html import EVIL, tables
from tests.support.browser import chromium_driver, severe_console_errors

K, M = 10, 20  # the default thresholds


def hierarchy(seed: int = 3) -> pd.DataFrame:
    """Three levels of published nodes whose vectors say which topics are related: top-level
    topics in two families (A*, B*), children close to their parent, grandchildren likewise."""
    rng = np.random.default_rng(seed)
    family = {"A": rng.normal(size=16), "B": rng.normal(size=16)}
    rows: list[dict] = []

    def add(node_id: str, parent: str | None, level: int, vector: np.ndarray, conversations: int) -> None:
        rows.append({"node_id": node_id, "parent_id": parent, "level": level, "name": f"topic {node_id}",
                     "description": f"About {node_id}.", "conversations": conversations,
                     "unique_users": conversations // 3, "share": conversations / 4000, "is_other": False,
                     "vector": vector / np.linalg.norm(vector)})

    for t, fam in enumerate("AABB"):
        top = family[fam] * 3 + rng.normal(size=16)
        add(f"L1-{t:04d}", None, 1, top, 1000 - 100 * t)
        for c in range(3):
            child = top + rng.normal(size=16) * 0.6
            mid = f"L2-{3 * t + c:04d}"
            add(mid, f"L1-{t:04d}", 2, child, 300 - 40 * c)
            for g in range(2):
                add(f"L3-{6 * t + 2 * c + g:04d}", mid, 3, child + rng.normal(size=16) * 0.3, 120 - 30 * g)
    return pd.DataFrame(rows)


def test_layout_is_deterministic_and_ignores_row_order() -> None:
    nodes = hierarchy()
    first = map_layout.layout(nodes)
    again = map_layout.layout(nodes.copy())
    shuffled = map_layout.layout(nodes.sample(frac=1, random_state=5))
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(first, shuffled)
    assert sorted(first.node_id) == sorted(nodes.node_id)
    assert ((first.x - first.r) >= -1e-9).all() and ((first.x + first.r) <= 1 + 1e-9).all()
    assert ((first.y - first.r) >= -1e-9).all() and ((first.y + first.r) <= 1 + 1e-9).all()
    # area follows share: a node with twice the share has twice the area
    by_id = first.set_index("node_id")
    assert abs(by_id.r["L1-0000"] ** 2 / by_id.r["L2-0000"] ** 2 - 1000 / 300) < 1e-9


def test_related_topics_and_children_sit_near_each_other() -> None:
    at = map_layout.layout(hierarchy()).set_index("node_id")

    def dist(a: str, b: str) -> float:
        return float(np.hypot(at.x[a] - at.x[b], at.y[a] - at.y[b]))

    # the two A topics are closer to each other than to either B topic, and likewise for B
    assert dist("L1-0000", "L1-0001") < min(dist("L1-0000", "L1-0002"), dist("L1-0000", "L1-0003"))
    assert dist("L1-0002", "L1-0003") < min(dist("L1-0002", "L1-0000"), dist("L1-0002", "L1-0001"))
    # every child is nearer its own parent than any other node of its parent's level
    for node in at.index[at.level > 1]:
        own = at.parent_id[node]
        others = [p for p in at.index[at.level == at.level[own]] if p != own]
        assert dist(node, own) < min(dist(node, p) for p in others), node


def test_degenerate_groups_still_get_distinct_points() -> None:
    same = np.ones(4)
    frame = pd.DataFrame({"node_id": ["a", "b", "c"], "parent_id": [None] * 3, "level": [1] * 3,
                          "share": [0.2, 0.2, 0.2], "vector": [same, same, same]})
    at = map_layout.layout(frame)
    assert len({(round(x, 6), round(y, 6)) for x, y in zip(at.x, at.y)}) == 3
    alone = map_layout.layout(frame.head(1))
    assert alone.x[0] == 0.5 and alone.y[0] == 0.5


def test_a_parent_cycle_is_a_clear_error() -> None:
    frame = pd.DataFrame({"node_id": ["a", "b", "c"], "parent_id": [None, "c", "b"], "level": [1, 2, 2],
                          "share": [0.5, 0.2, 0.2], "vector": [np.ones(3), np.zeros(3), np.arange(3.0)]})
    with pytest.raises(ValueError, match=r"cycle.*\['b', 'c'\]"):
        map_layout.layout(frame)


def points(svg: str) -> list[str]:
    return re.findall(r"<g class='map-point'[^>]* data-id='([^']+)'", svg)


def test_nothing_below_the_thresholds_gets_a_point() -> None:
    nodes = hierarchy()
    planted = nodes.iloc[[0, 1]].assign(node_id=["L3-9998", "L3-9999"], parent_id="L2-0000", level=3,
                                        conversations=[M - 1, 400], unique_users=[40, K - 1])
    published = pd.concat([nodes, planted], ignore_index=True)
    svg, html = map_chart.map_section(published, pd.DataFrame(columns=["node_id", "facet", "value",
                                                                        "conversations", "share"]), K, M)
    assert sorted(points(svg)) == sorted(nodes.node_id)  # every published node, and not the planted two
    assert "L3-9998" not in html and "L3-9999" not in html
    # and through the publish stage: a cluster_hierarchy node that did not pass is never in the table mapped
    hier = published.drop(columns=["vector"]).assign(published=lambda f: ~f.node_id.isin(planted.node_id))
    table = published_nodes(hier)
    table["vector"] = table.node_id.map(dict(zip(published.node_id, published.vector)))
    assert sorted(points(map_chart.map_svg(table, pd.DataFrame(), 0, 0))) == sorted(nodes.node_id)


def test_without_published_vectors_the_map_says_so() -> None:
    svg, html = map_chart.map_section(hierarchy().drop(columns=["vector"]), pd.DataFrame(), K, M)
    assert points(svg) == [] and "no published node vectors" in svg and "id='map-box'" in html


def test_colours_by_top_level_topic_and_concern() -> None:
    nodes = hierarchy()
    cells = pd.DataFrame([("L1-0000", "concern", "1", 800, 0.8), ("L1-0000", "concern", "5", 200, 0.2),
                          ("L1-0000", "concern", "other", 50, 0.05), ("L1-0001", "concern", "5", 900, 1.0)],
                         columns=["node_id", "facet", "value", "conversations", "share"])
    assert map_layout.mean_concern(cells) == {"L1-0000": 1.8, "L1-0001": 5.0}
    svg = map_chart.map_svg(nodes, cells, K, M)
    fill = dict(re.findall(r"data-id='([^']+)'.*?data-topic-fill='([^']+)'", svg))
    for r in nodes.itertuples():  # a node has its top-level ancestor's colour
        top = r.node_id if r.level == 1 else nodes.set_index("node_id").parent_id[r.parent_id] \
            if r.level == 3 else r.parent_id
        assert fill[r.node_id] == fill[top]
    assert len({fill[f"L1-{t:04d}"] for t in range(4)}) == 4
    concern = dict(re.findall(r"data-id='([^']+)'.*?data-concern-fill='([^']+)'", svg))
    assert concern["L1-0001"] == "#c0392b" and concern["L1-0002"] == svg_charts.OTHER_COLOUR
    assert concern["L1-0000"] not in ("#c0392b", "#6a9fd4", svg_charts.OTHER_COLOUR)


def map_page(tmp_path: Path) -> tuple[Path, pd.DataFrame]:
    """The explorer test page (hostile names included) with the map, from vectors of the names."""
    nodes, cells, extras = tables()
    rng = np.random.default_rng(1)
    nodes["vector"] = [rng.normal(size=8) for _ in range(len(nodes))]
    map_svg, map_html = map_chart.map_section(nodes, cells, K, M)
    plain = nodes.drop(columns=["vector"])
    data = explorer_html.payload("2026-01-02", plain, cells, extras)
    charts = {"top_level": svg_charts.top_level_chart(plain), "languages": svg_charts.language_chart(plain, cells)}
    html = explorer_html.render(data, charts, map_html)
    assert "<script>window.__xss" not in map_svg and EVIL not in html.split('type="application/json">')[0]
    assert re.findall(r"https?://[^\s'\"]+", html) == ["http://www.w3.org/2000/svg"] * 4  # SVG namespaces only
    path = tmp_path / "index.html"
    path.write_text(html, encoding="utf-8")
    return path, nodes


def test_map_in_a_real_browser_opens_topics_by_click_and_keyboard(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    path, nodes = map_page(tmp_path)
    driver = chromium_driver(tmp_path / "profile")
    try:
        driver.get(path.as_uri())
        discs = driver.find_elements(By.CSS_SELECTOR, "#map-box .map-point")
        assert sorted(d.get_attribute("data-id") for d in discs) == sorted(nodes.node_id)
        assert all(d.size["width"] > 0 for d in discs)  # drawn, not just in the markup
        name = nodes.set_index("node_id").name
        shell = driver.find_element(By.CSS_SELECTOR, '#map-box .map-point[data-id="L2-0001"]')
        assert shell.get_attribute("aria-label") == "Shell scripts, 20.0% of conversations, level 2"
        shell.click()  # a child disc sits on top of its parent's
        assert driver.find_element(By.ID, "node-name").text == name["L2-0001"]
        assert driver.find_element(By.ID, "t-L2-0001").get_attribute("aria-selected") == "true"  # as the tree
        assert shell.get_attribute("aria-current") == "true"

        top = driver.find_element(By.CSS_SELECTOR, '#map-box .map-point[data-id="L1-0001"]')
        driver.execute_script("arguments[0].focus()", top)
        assert driver.switch_to.active_element.get_attribute("data-id") == "L1-0001"
        stroke = driver.execute_script("return getComputedStyle(arguments[0].querySelector('circle')).stroke", top)
        assert stroke == "rgb(217, 72, 15)"  # the page's visible focus colour
        top.send_keys(Keys.ENTER)
        assert driver.find_element(By.ID, "node-name").text == "Writing help"
        evil = driver.find_element(By.CSS_SELECTOR, '#map-box .map-point[data-id="L1-0000"]')
        driver.execute_script("arguments[0].focus()", evil)
        evil.send_keys(Keys.SPACE)
        assert driver.find_element(By.ID, "node-name").text == EVIL  # shown literally
        assert driver.execute_script("return window.__xss === undefined")

        # level filter: hidden discs leave the tab order; colour toggle swaps fills and legends
        driver.find_element(By.CSS_SELECTOR, "[data-map-level='2']").click()
        shown = [d.get_attribute("data-id") for d in discs if d.is_displayed()]
        assert sorted(shown) == ["L2-0000", "L2-0001"]
        driver.find_element(By.CSS_SELECTOR, "[data-map-colour='concern']").click()
        circle = driver.find_element(By.CSS_SELECTOR, '#map-box .map-point[data-id="L1-0000"] circle')
        assert circle.get_attribute("fill") == circle.get_attribute("data-concern-fill") != \
            circle.get_attribute("data-topic-fill")
        assert driver.find_element(By.CSS_SELECTOR, ".map-legend[data-colour='concern']").is_displayed()
        assert not driver.find_element(By.CSS_SELECTOR, ".map-legend[data-colour='topic']").is_displayed()
        assert severe_console_errors(driver) == []  # the page's CSP refused nothing of the map
    finally:
        driver.quit()
