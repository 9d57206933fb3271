"""Every page clio writes (explorer, great-expectations Data Docs, charts) loads nothing from
outside: no http(s) script, stylesheet, font, image or frame. One rule, in
checks.data_docs.outside_references, checked here on hand-written snippets and on every
*.html, *.css and *.svg file of a materialised day's exports."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.data_docs import make_self_contained, outside_references
from tests.checks.test_data_docs_offline import DAY, clio_env, materialise_day

FLAGGED_HTML = [
    '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>',
    "<script type='text/javascript' src='http://cdn.example.org/a.js'></script>",
    '<script src=//cdn.example.org/protocol-relative.js></script>',
    '<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>',
    '<link href="https://fonts.example.org/font.woff2" rel="preload" as="font">',
    '<link rel="icon" href="https://example.org/favicon.ico">',
    '<link\n  rel="shortcut icon"\n  href="https://example.org/favicon.ico">',
    '<img\n  class="NO-CACHE"\n  src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1"\n/>',
    '<img src="local.png" srcset="local.png 1x, https://example.org/big.png 2x">',
    '<iframe src="https://example.org/embed"></iframe>',
    '<svg><image xlink:href="https://example.org/pic.png"/></svg>',
    '<style>.brand a { background: url(\'https://example.org/logo.png\') no-repeat; }</style>',
    '<style>@import url("https://fonts.example.org/css?family=Roboto");</style>',
    '<style>@import "//fonts.example.org/roboto.css";</style>',
    '<div style="background-image: url(https://example.org/bg.png)"></div>',
    "'<span><img src=\"https://example.org/in-a-js-string.png\"></span>'",  # markup a script will insert
]
FLAGGED_CSS = [
    "@font-face { src: url(https://example.org/fa.woff2) format('woff2'); }",
    '.x { background: url("http://example.org/a.png") }',
    "@import 'https://example.org/other.css';",
    "@import url(//example.org/other.css);",
]
NOT_FLAGGED_HTML = [
    '<a href="https://greatexpectations.io">Great Expectations</a>',
    '<a class="btn" href="https://docs.greatexpectations.io/docs/guides" target="_blank">docs</a>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect/></svg>',
    '<!-- Generator: Sketch 56.3 (81716) - https://sketch.com -->',
    '<link rel="canonical" href="https://example.org/page">',
    '<script src="static/vendor/jquery/jquery.min.js"></script>',
    '<link rel="stylesheet" href="../../static/vendor/bootstrap/css/bootstrap.min.css">',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<div data-href="validations/x.html" data-url="https://example.org">row</div>',
    '<script>const ns = "http://www.w3.org/2000/svg"; fetchLater("https://x");</script>',
    '<p>See https://example.org/page and url(https://example.org/text) in prose.</p>',
    '<style>.x { background: url("data:image/svg+xml,%3csvg xmlns=\'http://www.w3.org/2000/svg\'%3e") }</style>',
]
NOT_FLAGGED_CSS = [
    ".fa { src: url(../webfonts/fa-solid-900.woff2) format('woff2'); }",
    ".x { background: url(\"data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg'%3e%3c/svg%3e\") }",
    "/*! Bootstrap v4.5.3 (https://getbootstrap.com/) */",
    "/*# sourceMappingURL=bootstrap.min.css.map */",
]


@pytest.mark.parametrize("snippet", FLAGGED_HTML)
def test_outside_assets_in_html_are_flagged(snippet: str) -> None:
    assert len(outside_references(snippet)) == 1, snippet


@pytest.mark.parametrize("snippet", FLAGGED_CSS)
def test_outside_assets_in_css_are_flagged(snippet: str) -> None:
    assert len(outside_references(snippet, css=True)) == 1, snippet


@pytest.mark.parametrize("snippet", NOT_FLAGGED_HTML)
def test_links_namespaces_and_local_assets_are_not_flagged(snippet: str) -> None:
    assert outside_references(snippet) == [], snippet


@pytest.mark.parametrize("snippet", NOT_FLAGGED_CSS)
def test_local_and_data_urls_in_css_are_not_flagged(snippet: str) -> None:
    assert outside_references(snippet, css=True) == [], snippet


def test_make_self_contained_rewrites_a_ge_like_page(tmp_path: Path) -> None:
    site = tmp_path / "data_docs"
    page = site / "validations" / "t" / "run" / "page.html"
    page.parent.mkdir(parents=True)
    (site / "static" / "images").mkdir(parents=True)
    (site / "static" / "images" / "logo-long.png").write_bytes(b"png")
    page.write_text("\n".join(FLAGGED_HTML[:2] + [
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js" '
        'integrity="sha384-x" crossorigin="anonymous"></script>',
        '<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" '
        'integrity="sha384-y" crossorigin="anonymous"></script>',
        '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>',
        '<link rel="shortcut icon" href="../../static/images/favicon.ico"/>',  # one level short, as GE writes it
        FLAGGED_HTML[7], FLAGGED_HTML[11].replace("logo.png", "full_logo_dark.png").replace(
            "example.org", "great-expectations-web-assets.s3.us-east-2.amazonaws.com"),
        NOT_FLAGGED_HTML[0]]), encoding="utf-8")
    done = make_self_contained(site)
    html = page.read_text(encoding="utf-8")
    assert done["outside"] == {} and outside_references(html) == []
    assert done["removed"] == ["http://cdn.example.org/a.js"]  # unknown: its tag is dropped, and reported
    assert '<script src="../../../static/vendor/jquery/jquery.min.js"></script>' in html
    assert '<script src="../../../static/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>' in html
    assert "popper" not in html and "vega" not in html and "integrity" not in html  # Popper is in the bundle
    assert 'href="../../../static/images/favicon.ico"' in html
    assert html.count("../../../static/images/logo-long.png") == 2
    assert '<a href="https://greatexpectations.io">' in html
    assert (site / "static" / "vendor" / "jquery" / "jquery.min.js").stat().st_size > 80_000
    assert (site / "static" / "vendor" / "PROVENANCE.md").is_file()
    assert not (site / "static" / "vendor" / "vega").exists()  # no page draws a chart


def test_vendored_files_ship_with_the_checks_package() -> None:
    import checks.data_docs as data_docs

    vendor = Path(data_docs.__file__).parent / "data_docs_vendor"
    assert vendor == data_docs.VENDOR and (vendor / "PROVENANCE.md").is_file()
    provenance = (vendor / "PROVENANCE.md").read_text(encoding="utf-8")
    for name, (package, inside) in data_docs.FILES.items():
        assert data_docs._source(name).is_file(), name
        if package is None:
            assert f"`{inside}`" in provenance, f"{inside} is vendored but not in PROVENANCE.md"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("outside") / "clio"
    with pytest.MonkeyPatch.context() as mp:
        for name, value in clio_env(home).items():
            mp.setenv(name, str(value))
        assert materialise_day(home).success
    return home / "exports"


def test_no_page_clio_writes_loads_anything_from_outside(exports: Path) -> None:
    files = sorted(p for ext in ("html", "css", "svg") for p in exports.rglob(f"*.{ext}"))
    names = {p.relative_to(exports).as_posix() for p in files}
    assert {f"explorer/date={DAY}/index.html", f"explorer/date={DAY}/top_level.svg",
            f"governance/hierarchy_nodes/date={DAY}/data_docs/index.html",
            f"governance/facet_breakdowns/date={DAY}/data_docs/index.html"} <= names
    assert any("/data_docs/validations/" in n for n in names) and any(n.endswith("/all.min.css") for n in names)
    found = {p.relative_to(exports).as_posix(): refs for p in files
             if (refs := outside_references(p.read_text(encoding="utf-8"), css=p.suffix == ".css"))}
    assert found == {}
