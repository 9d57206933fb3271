"""The package layout is the architecture: imports flow one way, in data order.

Stages import only earlier stages and the shared foundations (shared, privacy, llm);
the downstream views (safety, explorer) never import each other and no stage imports
them; nothing in the pipeline imports the demo; resources hold only ConfigurableResources."""
from __future__ import annotations

import ast
import inspect
from pathlib import Path

import dagster as dg

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "clio_assets"
# rank: a package may import packages of a lower rank (and its own); same rank = not each other
RANK = {"shared": 0, "privacy": 1, "llm": 1, "models": 1, "ingest": 2, "facets": 3, "embeddings": 4, "clusters": 5,
        "hierarchy": 6, "publish": 7, "safety": 8, "explorer": 8, "operations": 8.5, "definitions": 9, "run": 9.5,
        "demo": 10}
FOUNDATIONS = {"shared": set(), "privacy": {"shared"}, "llm": {"shared"}, "models": {"shared"}}


def imports_of(path: Path) -> set[str]:
    """Top-level clio_assets sub-packages that `path` imports (anywhere in the file)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
            [a.name for a in node.names] if isinstance(node, ast.Import) else []
        for name in names:
            parts = name.split(".")
            if parts[0] == "clio_assets" and len(parts) > 1:
                found.add(parts[1])
    return found


def owner(path: Path) -> str:
    rel = path.relative_to(PACKAGE).parts
    return rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")


def violations() -> list[str]:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = owner(path)
        if me == "__init__":
            continue
        for other in imports_of(path) - {me}:
            if other not in RANK:
                bad.append(f"{path.relative_to(ROOT)} imports unknown package clio_assets.{other}")
            elif me in FOUNDATIONS and other not in FOUNDATIONS[me]:
                bad.append(f"{path.relative_to(ROOT)} ({me}) imports clio_assets.{other}")
            elif RANK[other] >= RANK[me]:
                bad.append(f"{path.relative_to(ROOT)} ({me}) imports later or sibling stage clio_assets.{other}")
    return bad


def test_imports_flow_one_way_in_data_order() -> None:
    assert violations() == []


def test_every_package_is_a_known_room() -> None:
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert rooms | modules <= set(RANK), (rooms | modules) - set(RANK)
    assert not (PACKAGE / "logic").exists()


def test_resources_hold_only_configurable_resources() -> None:
    import importlib

    for path in sorted((ROOT / "resources").glob("*.py")):
        if path.stem == "__init__":
            continue
        module = importlib.import_module(f"resources.{path.stem}")
        classes = [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]
        assert classes, path
        for cls in classes:
            assert issubclass(cls, (dg.ConfigurableResource, dg.ConfigurableIOManager)), \
                f"{cls.__qualname__} in {path.name}"
