"""General-purpose multilingual cue lexicons for the offline facet extractor.

These describe tasks and harms in general terms (a taxonomy, not any data set's
labels); they are the offline stand-in for an LLM's judgement and are deliberately
broad. Patterns are matched case-insensitively on word boundaries (substring for CJK).
The cue tables are data: ``lexicon_data/task_cues.yaml`` and ``lexicon_data/concern_cues.yaml``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).with_name("lexicon_data")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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


def cue_pattern(cues: list[str], flags: int = 0) -> re.Pattern:
    """One pattern for a table of cues (regular expressions): whole words for the cues in
    scripts with spaces, substrings for CJK cues; a table without cues matches nothing."""
    latin = [c for c in cues if not _CJK.search(c)]
    cjk = [c for c in cues if _CJK.search(c)]
    parts = ([rf"\b(?:{'|'.join(latin)})\b"] if latin else []) + ([f"(?:{'|'.join(cjk)})"] if cjk else [])
    return re.compile("|".join(parts) or r"(?!)", flags)
