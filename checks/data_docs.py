"""Self-contained great-expectations Data Docs, and the one rule for outside assets.

GE's pages load their CSS, JS and fonts from CDNs and its logo from S3: offline they show
no styling and empty index tables. `make_self_contained` copies those libraries beside the
pages (`static/vendor/`) from pinned wheels or `data_docs_vendor/` (provenance and licences:
its PROVENANCE.md) and rewrites the pages to use them. `outside_references` defines an
outside asset; the tests apply it to every page clio writes."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "data_docs_vendor"
SITE_VENDOR = "static/vendor"

# files kept in data_docs_vendor/ (npm packages that are not on PyPI, and licences the wheels lack),
# at the same path they take under <site>/static/vendor/
VENDORED = ("bootstrap-table/bootstrap-table.min.js", "bootstrap-table/bootstrap-table.min.css",
            "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.js",
            "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css",
            "bootstrap-table/LICENSE", "bootstrap-dark/bootstrap-prefers-dark.min.css", "bootstrap-dark/LICENSE",
            "jquery/LICENSE.txt", "bootstrap/LICENSE", "bootstrap-datepicker/LICENSE",
            "vega/LICENSE.vega", "vega/LICENSE.vega-lite", "vega/LICENSE.vega-embed")
# file under <site>/static/vendor/ -> (package holding it, or None for data_docs_vendor/, path inside)
FILES: dict[str, tuple[str | None, str]] = {
    **{name: (None, name) for name in VENDORED},
    "jquery/jquery.min.js": ("xstatic.pkg.jquery", "data/jquery.min.js"),
    "bootstrap/css/bootstrap.min.css": ("xstatic.pkg.bootstrap", "data/css/bootstrap.min.css"),
    "bootstrap/js/bootstrap.bundle.min.js": ("xstatic.pkg.bootstrap", "data/js/bootstrap.bundle.min.js"),
    "fontawesome/css/all.min.css": ("xstatic.pkg.font_awesome", "data/css/all.min.css"),
    "fontawesome/LICENSE.txt": ("xstatic.pkg.font_awesome", "data/LICENSE.txt"),
    **{f"fontawesome/webfonts/{name}.{ext}": ("xstatic.pkg.font_awesome", f"data/webfonts/{name}.{ext}")
       for name in ("fa-brands-400", "fa-regular-400", "fa-solid-900", "fa-v4compatibility")
       for ext in ("woff2", "ttf")},  # all.min.css names both; keeps its ../webfonts/ paths working
    **{f"bootstrap-datepicker/{name}": ("xstatic.pkg.bootstrap_datepicker", f"data/{name}")
       for name in ("bootstrap-datepicker.js", "datepicker.css")},
    "vega/vega.js": ("altair_viewer", "scripts/vega-5.21.0.js"),
    "vega/vega-lite.js": ("altair_viewer", "scripts/vega-lite-4.17.0.js"),
    "vega/vega-embed.js": ("altair_viewer", "scripts/vega-embed-6.20.0.js"),
}
# an outside URL (no query or fragment) -> its replacement under static/vendor/ (or static/), None: drop the tag
RULES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple((re.compile(p, re.I), t) for p, t in (
    (r"/popper(\.min)?\.js$", None),  # bootstrap.bundle.min.js includes Popper
    (r"/bootstrap-table@1\..*/bootstrap-table-filter-control(\.min)?\.css$",
     "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css"),
    (r"/bootstrap-table@1\..*/bootstrap-table-filter-control(\.min)?\.js$",
     "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.js"),
    (r"/bootstrap-table@1\..*/bootstrap-table(\.min)?\.css$", "bootstrap-table/bootstrap-table.min.css"),
    (r"/bootstrap-table@1\..*/bootstrap-table(\.min)?\.js$", "bootstrap-table/bootstrap-table.min.js"),
    (r"/bootstrap-datepicker/1\..*/bootstrap-datepicker(\.min)?\.css$", "bootstrap-datepicker/datepicker.css"),
    (r"/bootstrap-datepicker/1\..*/bootstrap-datepicker(\.min)?\.js$", "bootstrap-datepicker/bootstrap-datepicker.js"),
    (r"/bootstrap-dark@1\..*/bootstrap-prefers-dark(\.min)?\.css$", "bootstrap-dark/bootstrap-prefers-dark.min.css"),
    (r"/bootstrap/4\.[\d.]+/css/bootstrap(\.min)?\.css$", "bootstrap/css/bootstrap.min.css"),
    (r"/bootstrap/4\.[\d.]+/js/bootstrap(\.bundle)?(\.min)?\.js$", "bootstrap/js/bootstrap.bundle.min.js"),
    (r"/jquery-3\.[\d.]+(\.min)?\.js$", "jquery/jquery.min.js"),
    (r"/font-awesome/6\.[\d.]+/css/all(\.min)?\.css$", "fontawesome/css/all.min.css"),
    (r"/npm/vega@5$", "vega/vega.js"),
    (r"/npm/vega-lite@5$", "vega/vega-lite.js"),
    (r"/npm/vega-embed@6$", "vega/vega-embed.js"),
    (r"great-expectations-web-assets\..*/(logo-long|full_logo_dark)\.png$", "static/images/logo-long.png"),  # GE's
))

_OUTSIDE = re.compile(r"^\s*(?:https?:)?//", re.I)  # http, https and protocol-relative URLs
# tags whose URL attributes make the browser fetch something (not <a>: a link is only followed on a click)
_TAG = re.compile(r"<(script|link|img|image|source|use|iframe|frame|embed|object|video|audio|track|input)\b"
                  r"([^>]*)>(\s*</script>)?", re.I)
_ATTR = re.compile(r"""(?<![\w:-])((?:xlink:)?href|src|srcset|poster|data)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
_REL = re.compile(r"""(?<![\w-])rel\s*=\s*["']?([^"'>]*)""", re.I)
_NAVIGATION_RELS = {"canonical", "alternate", "author", "license", "help", "bookmark", "next", "prev", "me", "search"}
_CSS_URL = re.compile(r"""url\(\s*(["']?)([^"')]*)\1\s*\)|@import\s+(["'])([^"']*)\3""", re.I)
_STYLE = re.compile(r"""(<style\b[^>]*>)(.*?)(</style>)|(\sstyle\s*=\s*)("[^"]*"|'[^']*')""", re.I | re.S)


def _fetching_urls(tag: str, attrs: str) -> list[re.Match[str]]:
    """The URL attributes of one tag that the browser fetches."""
    rel = _REL.search(attrs) if tag.lower() == "link" else None
    if rel and rel.group(1).split() and set(rel.group(1).lower().split()) <= _NAVIGATION_RELS:
        return []  # e.g. rel="canonical": a link, not a fetch
    return list(_ATTR.finditer(attrs))


def _is_outside(value: str) -> bool:
    return any(_OUTSIDE.match(part) for part in value.strip("\"'").split(","))  # srcset lists several


def _css_outside(css: str) -> list[str]:
    return [m.group(2) or m.group(4) for m in _CSS_URL.finditer(css) if _is_outside(m.group(2) or m.group(4) or "")]


def outside_references(text: str, css: bool = False) -> list[str]:
    """Every outside script, stylesheet, font, image or frame reference in an HTML or SVG
    document (or, with `css=True`, a stylesheet): fetching tags' src/href/srcset/poster/data,
    CSS url(...) and @import in <style> blocks, style attributes and stylesheets. Plain
    <a href> links and XML namespaces are not fetches and are not reported."""
    if css:
        return [f"css {url}" for url in _css_outside(text)]
    found = [f"<{m.group(1).lower()}> {a.group(3).strip(chr(34) + chr(39))}" for m in _TAG.finditer(text)
             for a in _fetching_urls(m.group(1), m.group(2)) if _is_outside(a.group(3))]
    for m in _STYLE.finditer(text):
        found += [f"style {url}" for url in _css_outside(m.group(2) if m.group(1) else m.group(5))]
    return found


def _target(url: str, uses_vega: bool) -> tuple[bool, str | None]:
    """(known, replacement under static/vendor/ or None to drop) for an outside URL."""
    bare = re.split(r"[?#]", url.strip(), maxsplit=1)[0]
    for pattern, target in RULES:
        if pattern.search(bare):
            return True, (target if uses_vega or not (target or "").startswith("vega/") else None)
    return False, None


class _Rewriter:
    """Rewrites one site's pages and stylesheets; remembers the libraries they now use."""

    def __init__(self, site: Path, uses_vega: bool) -> None:
        self.site, self.uses_vega = site, uses_vega
        self.libraries: set[str] = set()
        self.removed: set[str] = set()

    def _local(self, site_path: str, file: Path) -> str:
        """`site_path` (relative to the site root) as a link from `file`; notes the library used."""
        if site_path.startswith(SITE_VENDOR + "/"):
            self.libraries.add(site_path.split("/")[2])
        return Path(os.path.relpath(self.site / site_path, file.parent)).as_posix()

    def _url(self, url: str, file: Path) -> str | None:
        """The local replacement of `url`, the same URL when it is not outside, or None to drop."""
        if not _is_outside(url):
            rest = re.sub(r"^(\.\./)+", "", url)  # GE writes some pages' static/ links one level short
            return self._local(rest, file) if rest != url and rest.startswith("static/") else url
        known, target = _target(url, self.uses_vega)
        if not known:
            self.removed.add(url)
        if target is None:
            return None
        return self._local(target if target.startswith("static/") else f"{SITE_VENDOR}/{target}", file)

    def css(self, text: str, file: Path) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(4) is not None:  # @import "..."
                new = self._url(m.group(4), file)
                return f'@import "{new}"' if new else "@import url(data:,)"
            new = self._url(m.group(2), file)
            return f'url("{new}")' if new else "url(data:,)"
        return _CSS_URL.sub(one, text)

    def html(self, text: str, file: Path) -> str:
        def tag(m: re.Match[str]) -> str:
            attrs = m.group(2)
            for a in _fetching_urls(m.group(1), attrs):
                value = a.group(3).strip("\"'")
                new = self._url(value, file)
                if new is None:
                    return ""
                if new != value:  # a pinned integrity hash is for the CDN's file, not ours
                    attrs = attrs.replace(a.group(0), f'{a.group(1)}{a.group(2)}"{new}"')
                    attrs = re.sub(r"""\s(integrity|crossorigin)(\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""", "", attrs)
            return f"<{m.group(1)}{attrs}>{m.group(3) or ''}"

        def style(m: re.Match[str]) -> str:
            if m.group(1):
                return m.group(1) + self.css(m.group(2), file) + m.group(3)
            return m.group(4) + self.css(m.group(5), file)
        return _STYLE.sub(style, _TAG.sub(tag, text))


def _source(library_file: str) -> Path:
    package, inside = FILES[library_file]
    if package is None:
        return VENDOR / inside
    spec = importlib.util.find_spec(package)  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{package} is not installed; it is a clio dependency (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations)), inside)


def make_self_contained(site_dir: Path) -> dict:
    """Copy the libraries GE's pages load into `site_dir/static/vendor/` and rewrite every
    *.html, *.css and *.svg under `site_dir` to use them (outside URLs without a local copy
    are dropped and listed). Returns what was done and any outside reference left."""
    site_dir = Path(site_dir)
    files = [p for ext in ("html", "css", "svg") for p in sorted(site_dir.rglob(f"*.{ext}"))
             if SITE_VENDOR not in p.relative_to(site_dir).as_posix()]
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    rewriter = _Rewriter(site_dir, uses_vega=any("vegaEmbed(" in t for t in texts.values()))
    for path, text in texts.items():
        new = rewriter.css(text, path) if path.suffix == ".css" else rewriter.html(text, path)
        if new != text:
            path.write_text(new, encoding="utf-8")
    copied = [f for f in FILES if f.split("/")[0] in rewriter.libraries]
    for name in copied:
        (site_dir / SITE_VENDOR / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_source(name), site_dir / SITE_VENDOR / name)
    if copied:
        shutil.copyfile(VENDOR / "PROVENANCE.md", site_dir / SITE_VENDOR / "PROVENANCE.md")
    outside = {p.relative_to(site_dir).as_posix(): refs for p in site_dir.rglob("*")
               if p.suffix in (".html", ".css", ".svg")
               and (refs := outside_references(p.read_text(encoding="utf-8"), css=p.suffix == ".css"))}
    return {"pages": sum(p.suffix == ".html" for p in files), "libraries": sorted(rewriter.libraries),
            "files_copied": len(copied), "removed": sorted(rewriter.removed), "outside": outside}
