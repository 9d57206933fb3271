"""General-purpose multilingual cue lexicons for the offline facet extractor.

These describe tasks and harms in general terms (a taxonomy, not any data set's
labels); they are the offline stand-in for an LLM's judgement and are deliberately
broad. Patterns are matched case-insensitively on word boundaries (substring for CJK).
The cue tables are data: ``lexicon_data/task_cues.yaml`` and ``lexicon_data/concern_cues.yaml``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).with_name("lexicon_data")


def _read(name: str) -> Any:
    """The parsed content of ``lexicon_data/<name>.yaml``."""
    return yaml.safe_load((DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


# task -> cue words/phrases in en, es, fr, de, pt, it, zh, ja (tuples: the tables stay immutable)
TASK_CUES: dict[str, tuple[str, ...]] = {task: tuple(cues) for task, cues in _read("task_cues").items()}
DEFAULT_TASK = "ask a general question or chat"

# Harm lexicon: (severity 2-5, cues). Severity 5 = grave harm to people; 4 = clear misuse;
# 3 = dual-use or risky; 2 = sensitive but usually benign.
CONCERN_CUES: tuple[tuple[int, tuple[str, ...]], ...] = tuple(
    (int(entry["severity"]), tuple(entry["cues"])) for entry in _read("concern_cues"))
