"""Small self-contained SVG charts (no plotting library, no network), built from the
published tables only. Every label is data, so every string goes through `esc`."""
from __future__ import annotations

import base64
from html import escape

import pandas as pd

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
OTHER_COLOUR = "#bab0ac"
FONT = "font-family='system-ui, -apple-system, Segoe UI, Roboto, sans-serif' font-size='12'"


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' role='img' width='{width}' height='{height}' "
            f"viewBox='0 0 {width} {height}' {FONT}><title>{esc(title)}</title>"
            f"<rect width='{width}' height='{height}' fill='#ffffff'/>{''.join(body)}</svg>")


def bar_chart(labels: list[str], values: list[int], shares: list[float], title: str, width: int = 640) -> str:
    """Horizontal bars, longest first: label, bar, "count (share)"."""
    row, top, label_w = 24, 30, 230
    height = top + row * max(1, len(labels)) + 10
    bar_w = width - label_w - 120
    peak = max(values, default=0) or 1
    body = [f"<text x='8' y='18' font-weight='600'>{esc(title)}</text>"]
    if not labels:
        body.append(f"<text x='8' y='{top + 14}' fill='#666'>no published rows</text>")
    for i, (label, value, share) in enumerate(zip(labels, values, shares)):
        y = top + i * row
        w = max(1.0, bar_w * value / peak)
        body.append(f"<text x='{label_w - 6}' y='{y + 15}' text-anchor='end'><title>{esc(label)}</title>"
                    f"{esc(_clip(label, 34))}</text>")
        body.append(f"<rect x='{label_w}' y='{y + 3}' width='{w:.1f}' height='{row - 8}' rx='2' fill='{PALETTE[0]}'/>")
        body.append(f"<text x='{label_w + w + 6:.1f}' y='{y + 15}' fill='#333'>{value:,} ({share:.1%})</text>")
    return _svg(width, height, title, body)


def stacked_shares(rows: list[tuple[str, dict[str, float]]], title: str, width: int = 640) -> str:
    """One 100% bar per row, segments by category (a shared legend); categories are
    ordered by their total share, "other" last."""
    totals: dict[str, float] = {}
    for _, parts in rows:
        for key, value in parts.items():
            totals[key] = totals.get(key, 0.0) + value
    order = sorted(totals, key=lambda k: (k == "other", -totals[k], k))
    colour = {k: OTHER_COLOUR if k == "other" else PALETTE[i % len(PALETTE)] for i, k in enumerate(order)}
    row, top, label_w = 24, 30, 230
    legend_y = top + row * max(1, len(rows)) + 8
    height = legend_y + 22 * ((len(order) + 5) // 6) + 8
    bar_w = width - label_w - 20
    body = [f"<text x='8' y='18' font-weight='600'>{esc(title)}</text>"]
    for i, (label, parts) in enumerate(rows):
        y, x = top + i * row, float(label_w)
        body.append(f"<text x='{label_w - 6}' y='{y + 15}' text-anchor='end'><title>{esc(label)}</title>"
                    f"{esc(_clip(label, 34))}</text>")
        whole = sum(parts.values()) or 1.0
        for key in order:
            if parts.get(key, 0) <= 0:
                continue
            w = bar_w * parts[key] / whole
            body.append(f"<rect x='{x:.1f}' y='{y + 3}' width='{w:.1f}' height='{row - 8}' fill='{colour[key]}'>"
                        f"<title>{esc(key)}: {parts[key] / whole:.1%}</title></rect>")
            x += w
    for j, key in enumerate(order):
        lx, ly = 8 + (j % 6) * (width // 6), legend_y + 22 * (j // 6)
        body.append(f"<rect x='{lx}' y='{ly + 2}' width='12' height='12' fill='{colour[key]}'/>"
                    f"<text x='{lx + 16}' y='{ly + 12}'>{esc(_clip(key, 14))}</text>")
    return _svg(width, height, title, body)


def top_level_chart(nodes: pd.DataFrame) -> str:
    """The day's top-level distribution: conversations per level-1 node."""
    top = nodes[nodes.level == nodes.level.min()].sort_values("conversations", ascending=False) if len(nodes) else nodes
    return bar_chart(top.name.astype(str).tolist(), [int(v) for v in top.conversations],
                     [float(v) for v in top.share], "Top-level topics: conversations (share of the day)")


def language_chart(nodes: pd.DataFrame, breakdowns: pd.DataFrame) -> str:
    """Language mix of all published conversations and of each top-level node
    (from the published `language` breakdown cells; suppressed cells are not shown)."""
    if nodes.empty:
        return stacked_shares([], "Languages (share of conversations)")
    top = nodes[nodes.level == nodes.level.min()].sort_values("conversations", ascending=False)
    cells = breakdowns[(breakdowns.facet == "language") & breakdowns.node_id.isin(top.node_id)]
    per_node = {n: dict(zip(g.value.astype(str), g.conversations.astype(float))) for n, g in cells.groupby("node_id")}
    overall: dict[str, float] = {}
    for parts in per_node.values():
        for key, value in parts.items():
            overall[key] = overall.get(key, 0.0) + value
    rows = [("All top-level topics", overall)] + [(str(r.name), per_node.get(r.node_id, {})) for r in top.itertuples()]
    return stacked_shares(rows, "Languages: share of conversations, overall and per top-level topic")


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
