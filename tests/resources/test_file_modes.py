"""Restricted storage is owner-only (folders 0700, files 0600) whatever the umask;
published tables and exports get the documented 0755/0644."""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from clio_assets.llm.cache_store import LanceResponseStore
from clio_assets.shared import object_store
from resources.storage import ClioStorage

DAY = "2026-03-01"


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default, which would leave everything world-readable
    try:
        yield
    finally:
        os.umask(old)


def modes(root: Path) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {"dirs": {stat.S_IMODE(root.stat().st_mode)}, "files": set()}
    for path in root.rglob("*"):
        found["dirs" if path.is_dir() else "files"].add(stat.S_IMODE(path.stat().st_mode))
    return found


def test_restricted_is_owner_only_and_published_as_documented(tmp_path: Path, permissive_umask: None) -> None:
    home = tmp_path / "home"
    storage = ClioStorage(restricted_uri=str(home / "lancedb" / "restricted"),
                          published_uri=str(home / "lancedb" / "published"), export_dir=str(home / "exports"))
    frame = pd.DataFrame({"conversation_id": ["c1", "c2"], "request": ["a", "b"]})
    storage.write("restricted", "conversation_facets", DAY, frame)
    storage.write("restricted", "conversation_facets", DAY, frame.head(1))  # a replacement adds files too
    LanceResponseStore(storage.restricted_uri).save([{"key": "k", "stage": "facets", "model": "m",
                                                      "prompt_version": "1", "response_json": "{}"}])
    nodes = pd.DataFrame({"node_id": ["n1"], "conversations": [30]})
    storage.write("published", "hierarchy_nodes", DAY, nodes)
    storage.export_parquet("hierarchy_nodes", DAY, nodes)

    restricted = modes(home / "lancedb" / "restricted")
    assert len(restricted["files"]) and restricted == {"dirs": {0o700}, "files": {0o600}}
    assert (home / "lancedb" / "restricted" / "llm_response_cache.lance").is_dir()
    published = modes(home / "lancedb" / "published")
    assert len(published["files"]) and published == {"dirs": {0o755}, "files": {0o644}}
    exports = modes(home / "exports" / "hierarchy_nodes")
    assert exports == {"dirs": {0o755}, "files": {0o644}}
    assert (object_store.RESTRICTED_DIR, object_store.RESTRICTED_FILE) == (0o700, 0o600)


def test_an_existing_restricted_folder_is_made_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    folder = tmp_path / "restricted"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    storage = ClioStorage(restricted_uri=str(folder), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    assert storage.tables("restricted") == []
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
