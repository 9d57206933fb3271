"""The explorer's map, drawn server-side as inline SVG (no library, no network) from the
published tables only: one focusable disc per published node at its `map_layout` position,
area ~ share, coloured by top-level topic (or, via the page's toggle, by mean concern).
The page's script makes a disc open its node on click, Enter or Space; every label is data,
so every string goes through `esc`."""
from __future__ import annotations

import pandas as pd

from clio_assets.explorer.charts import FONT, OTHER_COLOUR, PALETTE, esc
from clio_assets.explorer.map_layout import layout, mappable, mean_concern

WIDTH, HEIGHT = 720, 560
PAD = 18
# the concern histogram's tones: 1 blue, 3 amber, 5 red
CONCERN_RAMP = ((1.0, (0x6a, 0x9f, 0xd4)), (3.0, (0xe8, 0xa3, 0x3d)), (5.0, (0xc0, 0x39, 0x2b)))


def concern_colour(score: float | None) -> str:
    """Blue (1, no concern) through amber (3) to red (5, high concern); grey when unknown."""
    if score is None:
        return OTHER_COLOUR
    score = min(max(score, CONCERN_RAMP[0][0]), CONCERN_RAMP[-1][0])
    for (a, ca), (b, cb) in zip(CONCERN_RAMP, CONCERN_RAMP[1:]):
        if score <= b:
            t = (score - a) / (b - a)
            return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb))
    return "#" + "".join(f"{c:02x}" for c in CONCERN_RAMP[-1][1])


def top_colours(nodes: pd.DataFrame) -> dict[str, str]:
    """Each node's colour: its top-level ancestor's palette colour (largest topic first)."""
    parent = dict(zip(nodes.node_id, nodes.parent_id.where(nodes.parent_id.isin(set(nodes.node_id)), None)))
    tops = nodes[[parent[i] is None or pd.isna(parent[i]) for i in nodes.node_id]]
    order = tops.sort_values(["conversations", "node_id"], ascending=[False, True]).node_id.tolist()
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(order)}
    out = {}
    for node in nodes.node_id:
        top = node
        while parent.get(top) is not None and not pd.isna(parent[top]):
            top = parent[top]
        out[node] = colour[top]
    return out


def map_svg(nodes: pd.DataFrame, breakdowns: pd.DataFrame, min_unique_users: int, min_conversations: int) -> str:
    """The map of the day's published nodes (needs their `vector`); nodes below the
    thresholds get no disc. Discs are drawn parents first, so children sit on top."""
    shown = mappable(nodes, min_unique_users, min_conversations)
    body: list[str] = []
    if shown.empty or "vector" not in shown.columns:
        why = "no published node vectors" if len(shown) else "no published nodes"
        body.append(f"<text x='16' y='30' fill='#666'>{why}</text>")
        return _svg(body, 0)
    pos = layout(shown)
    concern = mean_concern(breakdowns[breakdowns.node_id.isin(pos.node_id)]) if len(breakdowns) else {}
    fills = top_colours(shown)
    side = min(WIDTH, HEIGHT) - 2 * PAD  # room for the top-level labels above their discs
    ox, oy = (WIDTH - side) / 2, (HEIGHT - side) / 2
    drawn = shown.drop(columns=["parent_id", "level"]).merge(pos, on="node_id") \
        .sort_values(["level", "conversations", "node_id"], ascending=[True, False, True])
    labels = []
    for n in drawn.itertuples():
        cx, cy, r = ox + n.x * side, oy + n.y * side, max(3.0, n.r * side)
        score, top, fill = concern.get(n.node_id), pd.isna(n.parent_id), fills[n.node_id]
        label = f"{n.name}, {n.share:.1%} of conversations, level {n.level}"
        tip = f"{label}; {int(n.conversations):,} conversations"
        tip += f"; mean concern {score:.1f}" if score is not None else ""
        body.append(f"<g class='map-point' role='button' tabindex='0' data-id='{esc(n.node_id)}' "
                    f"data-level='{n.level}' aria-label='{esc(label)}'><title>{esc(tip)}</title>"
                    f"<circle cx='{cx:.1f}' cy='{cy:.1f}' r='{r:.1f}' fill='{fill}' data-topic-fill='{fill}' "
                    f"data-concern-fill='{concern_colour(score)}' fill-opacity='{0.35 if top else 0.8}' "
                    "stroke='#ffffff' stroke-width='1'/></g>")
        if top:
            text = n.name if len(n.name) <= 24 else n.name[:23] + "…"
            labels.append(f"<text x='{cx:.1f}' y='{max(12.0, cy - r - 4):.1f}' text-anchor='middle' font-weight='600'>"
                          f"{esc(text)}</text>")
    body.append("<g class='map-labels' aria-hidden='true' pointer-events='none' stroke='#ffffff' stroke-width='3' "
                f"paint-order='stroke' fill='#1d2330'>{''.join(labels)}</g>")
    return _svg(body, len(drawn))


def _svg(body: list[str], count: int) -> str:
    title = f"Map of {count} published topics: nearby discs have similar names, area is the share of conversations"
    return (f"<svg xmlns='http://www.w3.org/2000/svg' id='map-svg' role='group' aria-label='{esc(title)}' "
            f"width='{WIDTH}' height='{HEIGHT}' viewBox='0 0 {WIDTH} {HEIGHT}' {FONT}><title>{esc(title)}</title>"
            f"<rect width='{WIDTH}' height='{HEIGHT}' fill='#ffffff'/>{''.join(body)}</svg>")


def legends(shown: pd.DataFrame) -> str:
    """HTML legends for both colourings (swatches are tiny SVGs: the page's CSP allows no
    inline style attributes); the page shows the one in use."""
    fills = top_colours(shown) if len(shown) else {}
    tops = shown[[fills.get(i) is not None and (pd.isna(p) or p not in fills) for i, p in
                  zip(shown.node_id, shown.parent_id)]] if len(shown) else shown

    def swatch(colour: str, text: str) -> str:
        return (f"<li><svg width='12' height='12' aria-hidden='true'><rect width='12' height='12' fill='{colour}'/>"
                f"</svg> {esc(text)}</li>")

    topic = [swatch(fills[r.node_id], str(r.name)) for r in
             tops.sort_values(["conversations", "node_id"], ascending=[False, True]).itertuples()]
    concern = [swatch(concern_colour(float(s)), f"mean concern {s}") for s in (1, 2, 3, 4, 5)]
    concern.append(swatch(OTHER_COLOUR, "no published concern cell"))
    return (f"<ul class='map-legend' data-colour='topic' aria-label='Colour: top-level topic'>{''.join(topic)}</ul>"
            f"<ul class='map-legend' data-colour='concern' aria-label='Colour: mean concern' hidden>"
            f"{''.join(concern)}</ul>")


def map_section(nodes: pd.DataFrame, breakdowns: pd.DataFrame, min_unique_users: int,
                min_conversations: int) -> tuple[str, str]:
    """The map's SVG (also written beside the page) and the page section holding it, with
    its level filter, colour toggle and legends."""
    shown = mappable(nodes, min_unique_users, min_conversations)
    svg = map_svg(nodes, breakdowns, min_unique_users, min_conversations)
    levels = sorted({int(v) for v in shown.level}) if len(shown) else []
    level_buttons = "".join(f"<button type='button' data-map-level='{v}' aria-pressed='false'>Level {v}</button>"
                            for v in levels)
    return svg, (
        "<section id='map' class='panel' aria-labelledby='map-title'><h2 id='map-title'>Map</h2>"
        "<p class='note'>Every published topic as a disc: nearby discs have similar published names and "
        "descriptions (a PCA of their vectors, children inside their parent), area is the share of the day's "
        "conversations. Click a disc, or Tab to it and press Enter, to open the topic.</p>"
        "<div class='map-controls'><div role='group' aria-label='Levels shown'>"
        f"<button type='button' data-map-level='all' aria-pressed='true'>All levels</button>{level_buttons}</div>"
        "<div role='group' aria-label='Colour'>"
        "<button type='button' data-map-colour='topic' aria-pressed='true'>Colour: top-level topic</button>"
        "<button type='button' data-map-colour='concern' aria-pressed='false'>Colour: mean concern</button>"
        f"</div></div><div class='map-wrap'><div id='map-box' class='map-box'>{svg}</div>{legends(shown)}</div>"
        "</section>")
