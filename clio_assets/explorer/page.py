"""The explorer page: one self-contained HTML file per day, built from published tables.

Everything is inline (CSS, JS, SVG, data); a Content-Security-Policy forbids any fetch and
runs only the page's own script and style, named by their SHA-256 hashes (`csp`), so an
injected <script> or <style> would not run even if escaping failed.
Data reaches the page only as JSON inside <script type="application/json"> (with <, >
and & escaped, so no string can close the element) and is put on screen with
textContent; server-drawn SVG charts escape every label. Templates live in
clio_assets/templates/ (explorer.html, explorer.css, explorer.js).
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

TEMPLATES = Path(__file__).resolve().parent / "templates"
CORE_TABLES = ("hierarchy_nodes", "facet_breakdowns")
SECTIONS = (  # (key, title, words in a table name that put it in that section); first match wins
    ("language", "Language over-representation", ("language", "lang_")),
    ("safety", "Trust and safety", ("concern", "safety", "misuse", "coordinated", "classifier", "flag", "abuse")),
    ("trends", "Trends", ("trend", "emerging", "growth", "taxonomy")),
    ("other", "More published tables", ()),
)
MAX_EXTRA_ROWS = 5000
_PLACEHOLDER = re.compile(r"<!--CLIO:([A-Z_]+)-->")


def section_of(table: str) -> str:
    lowered = table.lower()
    for key, _, words in SECTIONS:
        if any(w in lowered for w in words):
            return key
    return "other"


def plain(value: object) -> object:
    """A JSON-safe Python value (NaN/NaT -> None, numpy scalars -> Python)."""
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.isoformat()
    return str(value)


def _scalar_columns(frame: pd.DataFrame) -> list[str]:
    """Columns worth showing: not the partition column, not vectors or other lists."""
    keep = []
    for column in frame.columns:
        if column in ("partition_date", "vector"):
            continue
        sample = frame[column].dropna().head(20).tolist()
        if any(isinstance(v, (list, tuple, dict, np.ndarray, bytes)) for v in sample):
            continue
        keep.append(str(column))
    return keep


def _kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "int"
    return "float" if pd.api.types.is_float_dtype(series) else "text"


def extra_table(name: str, frame: pd.DataFrame) -> dict:
    """Any other published table, generically: its scalar columns and rows."""
    columns = _scalar_columns(frame)
    kinds = [_kind(frame[c]) for c in columns]
    rows = [[plain(v) for v in row] for row in frame[columns].head(MAX_EXTRA_ROWS).itertuples(index=False)]
    node_column = columns.index("node_id") if "node_id" in columns else None
    section = section_of(name)
    return {"table": name, "section": section, "title": dict((k, t) for k, t, _ in SECTIONS)[section],
            "columns": columns, "kinds": kinds, "rows": rows, "node_column": node_column, "total_rows": int(len(frame)),
            "truncated": len(frame) > MAX_EXTRA_ROWS}


def payload(day: str, nodes: pd.DataFrame, breakdowns: pd.DataFrame, extras: dict[str, pd.DataFrame],
            versions: dict | None = None, user_counting: dict | None = None,
            data_docs: dict[str, str] | None = None) -> dict:
    """Everything the page's script needs, as plain JSON-able values. `data_docs` maps a
    table to the relative link of its great-expectations Data Docs for the day."""
    node_rows = [{
        "id": str(r.node_id), "parent": None if pd.isna(r.parent_id) else str(r.parent_id), "level": int(r.level),
        "name": str(r.name), "description": str(r.description), "conversations": int(r.conversations),
        "unique_users": int(r.unique_users), "share": float(r.share), "is_other": bool(r.is_other),
    } for r in nodes.sort_values(["level", "conversations"], ascending=[True, False]).itertuples()]
    cells: dict[str, dict[str, list]] = {}
    for r in breakdowns.itertuples():
        cells.setdefault(str(r.node_id), {}).setdefault(str(r.facet), []).append(
            [str(r.value), int(r.conversations), float(r.share)])
    top = nodes[nodes.level == nodes.level.min()] if len(nodes) else nodes
    with_share = top[top.share > 0]
    total = int(round(float(with_share.conversations.sum() / with_share.share.sum()))) if len(with_share) else 0
    tables = [{"name": "hierarchy_nodes", "rows": int(len(nodes))},
              {"name": "facet_breakdowns", "rows": int(len(breakdowns))}]
    tables += [{"name": name, "rows": int(len(frame))} for name, frame in sorted(extras.items())]
    return {
        "day": day, "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nodes": node_rows, "breakdowns": cells, "total_conversations": total,
        "levels": int(nodes.level.nunique()) if len(nodes) else 0,
        "root_description": "Every published top-level topic of the day. Select a topic in the tree, the treemap "
                            "or the search results to see its sub-topics and how its conversations break down.",
        "extras": [extra_table(name, frame) for name, frame in sorted(extras.items())],
        "sections": [{"key": k, "title": t} for k, t, _ in SECTIONS],
        "tables": tables,
        "versions": {k: v if isinstance(v, (dict, list)) else plain(v) for k, v in (versions or {}).items()
                     if v not in ("", None, {}, [])},
        "user_counting": {k: plain(v) for k, v in (user_counting or {}).items()},
        "data_docs": [{"table": t, "href": h} for t, h in sorted((data_docs or {}).items())],
    }


def script_json(data: dict) -> str:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(css: str, js: str) -> str:
    """Only the page's own inline style and script (by hash, not 'unsafe-inline'), nothing
    fetched, no <base>, no form targets; images only as data: URIs. The JSON data block is
    not script (type application/json), so it needs no hash."""
    return (f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def render(data: dict, charts: dict[str, str], map_section: str = "") -> str:
    """The page: the template with CSS, JS, charts, the map section (`map_chart`; none when
    empty) and data filled in, in one pass (a value is never scanned for placeholders again)."""
    from html import escape

    css = (TEMPLATES / "explorer.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "explorer.js").read_text(encoding="utf-8")
    values = {
        "DAY": escape(data["day"]),
        "CSP": csp(css, js),
        "CSS": css,
        "JS": js,
        "DATA": script_json(data),
        "CHART_TOP": charts.get("top_level", ""),
        "CHART_LANG": charts.get("languages", ""),
        "MAP": map_section,
    }
    template = (TEMPLATES / "explorer.html").read_text(encoding="utf-8")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
