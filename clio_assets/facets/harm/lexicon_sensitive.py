"""Severity-2 categories of the harm taxonomy (see `harm_lexicon`): sensitive but usually
benign - risky specialised advice, claims to check, distress, violent content, vices,
dual-use security words, profanity. Regex fragments, matched on word boundaries.

The table itself is data: ``data/sensitive_cues.yaml``.
"""
from __future__ import annotations

from clio_assets.facets.harm import read_data, severity_table

SENSITIVE_CUES: dict[str, tuple[int, tuple[str, ...]]] = severity_table(read_data("sensitive_cues"))
