"""Shared fixtures: an isolated clio home per test, and the shared public data sets."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["DAGSTER_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = (PROJECT_ROOT / ".." / "shared" / "data").resolve()


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason when absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data not present ({path} missing): public data sets are only on the dev machines")
    return path


@pytest.fixture
def clio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every CLIO_* location at a fresh temporary folder."""
    home = tmp_path / "clio"
    env = {
        "CLIO_HOME": home, "CLIO_SOURCE_ROOT": home / "source", "CLIO_RESTRICTED_URI": home / "lancedb" / "restricted",
        "CLIO_PUBLISHED_URI": home / "lancedb" / "published", "CLIO_EXPORT_DIR": home / "exports",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, str(value))
    return home


def pytest_collection_finish(session: pytest.Session) -> None:
    """clio_assets.definitions binds its resources to the environment at import; a test
    module importing it at collection would pin every later test to the default locations
    (the repo's .clio) instead of the per-test clio home. Import it inside tests."""
    import sys

    if "clio_assets.definitions" in sys.modules:
        raise pytest.UsageError("a test module imports clio_assets.definitions at collection time: "
                                "import it inside the test or fixture that sets the environment")
