"""The Dagster instance settings clio runs with (dagster.yaml beside this module): the run
queue, per-day serialisation and the LLM pool. `dev.py` copies the file into DAGSTER_HOME;
tests and `bench/backfill.py` load it as instance overrides."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

INSTANCE_YAML = Path(__file__).with_name("dagster.yaml")


def instance_settings() -> dict[str, Any]:
    """The settings as a dict (`dg.instance_for_test(overrides=...)` takes it as is)."""
    return yaml.safe_load(INSTANCE_YAML.read_text(encoding="utf-8"))


def write_instance_yaml(dagster_home: Path) -> Path:
    """Copy the settings into `dagster_home` unless a user-edited file is there (one that
    no longer starts with the template's first line)."""
    target = dagster_home / "dagster.yaml"
    text = INSTANCE_YAML.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    if not target.exists() or target.read_text(encoding="utf-8").startswith(first):
        dagster_home.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return target
