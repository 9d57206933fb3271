"""The offline harm taxonomy behind the concern score: cue tables and context rules.

The cue tables and prototype descriptions are data, kept as YAML files in ``data/``;
the modules here load them once at import (``read_data``) and keep the regex-building
code and the rules in Python.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).with_name("data")


def read_data(name: str) -> Any:
    """The parsed content of ``data/<name>.yaml`` (plain dicts, lists, strings, ints)."""
    return yaml.safe_load((DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def severity_table(raw: dict[str, dict[str, Any]]) -> dict[str, tuple[int, tuple[str, ...]]]:
    """``{category: {severity, cues}}`` as the ``category -> (severity, cues)`` tuples the
    concern score reads (YAML has no tuples; tuples keep the tables immutable)."""
    return {category: (int(entry["severity"]), tuple(entry["cues"])) for category, entry in raw.items()}
