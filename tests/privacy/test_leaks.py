"""The leak test: planted personal values and rare identifying topics never reach
anything published."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import shared_data


def test_no_planted_value_or_rare_topic_is_published(clio_home: Path) -> None:
    from clio_assets.demo.leak_harness import run_leak_audit

    synth = shared_data("presidio-synth", "synth_dataset_v2.json")
    outcome = run_leak_audit("2026-11-24", n=1500, users=350, synth_path=synth, rate=0.12, rare=5, seed=1)
    f = outcome["figures"]
    assert f["values_searched"] > 100 and f["rare_topics"] >= 3
    assert outcome["leaked"] == [] and f["leaked_values"] == 0
    assert outcome["rare_visible"] == []
    # each layer removes personal data; nothing survives clustering
    assert f["pii_before_scrubbing"] > 0.1
    assert f["pii_after_scrubbing"] < f["pii_before_scrubbing"] / 3
    assert f["pii_after_summarisation"] <= f["pii_after_scrubbing"]
    assert f["pii_after_clustering"] == 0
