"""The explorer page's weight and load time, with and without the map.

    python3 dev.py bench explorer_page [--nodes 20,200,2000] [--loads 5]
    python3 dev.py bench explorer_page --home .clio --date 2026-12-02   # a materialised day

For each hierarchy (synthetic: N nodes on three levels with 512-d vectors and facet
cells, like a published day of that size, no other published tables; or a materialised
day: the page the asset wrote, and that page with its map section cut out) there are two
pages, with the map section and without it, and each is loaded
`--loads` times in headless Chromium (tests/support/browser.py). Figures: the HTML's
bytes, the bytes of all other resources the page fetched (the page is self-contained,
so 0), the time to build the map (layout and SVG), and the median load time
(navigation start to the load event's end, which includes the page's script drawing the
tree, treemap and detail). Ends with one name=value line: the map's extra load time for
the largest hierarchy."""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clio_assets.explorer import charts as svg_charts  # noqa: E402
from clio_assets.explorer import map_chart  # noqa: E402
from clio_assets.explorer import page as explorer_html  # noqa: E402
from tests.support.browser import chromium_driver  # noqa: E402

K, M = 10, 20


def synthetic(n_nodes: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """About n_nodes published nodes: tops ~ n/25, each with 4 children of 5 leaves-ish."""
    rng = np.random.default_rng(seed)
    tops = max(2, n_nodes // 25)
    rows: list[tuple] = []
    cells: list[tuple] = []
    per_top = max(1, (n_nodes - tops) // tops)
    mids = max(1, per_top // 6)
    leaves = max(1, (per_top - mids) // mids)
    for t in range(tops):
        tv = rng.normal(size=512)
        rows.append((f"L1-{t:04d}", None, 1, tv, 40_000 // tops))
        for m in range(mids):
            mv = tv + rng.normal(size=512) * 0.7
            mid = f"L2-{t * mids + m:04d}"
            rows.append((mid, f"L1-{t:04d}", 2, mv, 40_000 // tops // mids))
            for leaf in range(leaves):
                rows.append((f"L3-{(t * mids + m) * leaves + leaf:05d}", mid, 3, mv + rng.normal(size=512) * 0.4,
                             40_000 // tops // mids // leaves))
    nodes = pd.DataFrame(rows, columns=["node_id", "parent_id", "level", "vector", "conversations"])
    nodes["conversations"] = nodes.conversations.clip(lower=M)
    nodes["unique_users"] = (nodes.conversations // 3).clip(lower=K)
    nodes["share"] = nodes.conversations / 40_000
    nodes["name"] = [f"Topic {i} about some subject" for i in nodes.node_id]
    nodes["description"] = "Users ask for help with a recurring kind of task, in a few sentences."
    nodes["is_other"] = False
    for r in nodes.itertuples():
        for facet, values in (("language", ("en", "de", "fr")), ("concern", ("1", "2", "3")),
                              ("turns", ("1", "2", "4+")), ("task", ("write", "explain"))):
            for v, part in zip(values, (0.6, 0.3, 0.1)):
                cells.append((r.node_id, facet, v, int(r.conversations * part), part))
    return nodes, pd.DataFrame(cells, columns=["node_id", "facet", "value", "conversations", "share"])


def materialised(home: Path, day: str) -> tuple[int, str, str, float]:
    """The day's page as the asset wrote it (every published section), and the same page with
    the map section cut out; the map rebuilt from the day's published tables for its time."""
    import lancedb

    db = lancedb.connect(str(home / "lancedb" / "published"))
    read = lambda name: db.open_table(name).search().where(f"partition_date = '{day}'").limit(None).to_pandas()  # noqa: E731
    nodes, cells = read("hierarchy_nodes"), read("facet_breakdowns")
    start = time.perf_counter()
    map_chart.map_section(nodes, cells, K, M)
    build = time.perf_counter() - start
    html = (home / "exports" / "explorer" / f"date={day}" / "index.html").read_text(encoding="utf-8")
    without, cut = re.subn(r"<section id='map'.*?</section>", "", html, flags=re.S)
    assert cut == 1, "the page has no map section"
    return len(nodes), html, without, build


def pages(nodes: pd.DataFrame, cells: pd.DataFrame) -> tuple[int, str, str, float]:
    plain = nodes.drop(columns=["vector", "partition_date", "_clio_row_id"], errors="ignore")
    data = explorer_html.payload("2026-01-01", plain, cells, {})
    charts = {"top_level": svg_charts.top_level_chart(plain), "languages": svg_charts.language_chart(plain, cells)}
    start = time.perf_counter()
    _, section = map_chart.map_section(nodes, cells, K, M)
    build = time.perf_counter() - start
    return len(nodes), explorer_html.render(data, charts, section), explorer_html.render(data, charts, ""), build


def load(driver, path: Path, loads: int) -> tuple[float, int]:
    times, fetched = [], 0
    for _ in range(loads):
        driver.get(path.as_uri())
        nav = driver.execute_script("const n = performance.getEntriesByType('navigation')[0];"
                                    "return [n.loadEventEnd - n.startTime, performance.getEntriesByType('resource')"
                                    ".reduce((s, r) => s + (r.transferSize || r.decodedBodySize || 0), 0)];")
        times.append(float(nav[0]))
        fetched = max(fetched, int(nav[1]))
    return statistics.median(times), fetched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", default="20,200,2000")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--home")
    parser.add_argument("--date")
    args = parser.parse_args()
    cases = [(f"day {args.date}", materialised(Path(args.home), args.date))] if args.home else \
        [(f"synthetic-{n}", pages(*synthetic(int(n)))) for n in args.nodes.split(",")]
    delta = 0.0
    pages(*synthetic(20, seed=1))  # warm up (imports, first numpy calls) so build times compare
    with tempfile.TemporaryDirectory() as tmp:
        driver = chromium_driver(Path(tmp) / "profile")
        try:
            print(f"{'hierarchy':<24}{'nodes':>7}{'map':>5}{'html bytes':>12}{'other bytes':>12}{'map build ms':>14}"
                  f"{'load ms (median)':>18}")
            for name, (count, with_map, without, build) in cases:
                measured = {}
                for flag, html in (("1", with_map), ("0", without)):
                    path = Path(tmp) / f"page-{flag}.html"
                    path.write_text(html, encoding="utf-8")
                    ms, fetched = load(driver, path, args.loads)
                    measured[flag] = ms
                    print(f"{name:<24}{count:>7}{flag:>5}{len(html.encode()):>12,}{fetched:>12,}"
                          f"{build * 1000 if flag == '1' else 0:>14.0f}{ms:>18.1f}")
                delta = measured["1"] - measured["0"]
        finally:
            driver.quit()
    print(f"map_extra_load_ms={delta:.1f}")


if __name__ == "__main__":
    main()
