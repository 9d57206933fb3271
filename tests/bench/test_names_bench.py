"""bench/names.py on a small demo day: the real assets run, the table and name=value line."""
from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_names_bench_measures_a_demo_day(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}  # an ephemeral Dagster instance
    env.update(HF_HUB_OFFLINE="1", DAGSTER_DISABLE_TELEMETRY="1", TMPDIR=str(tmp_path))
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "names.py"), "--sets", "demo", "--limit", "600",
                           "--no-show"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-4000:]
    lines = proc.stdout.strip().splitlines()

    pairs = [token.split("=", 1) for token in lines[-1].split()]
    assert pairs and all(len(p) == 2 and p[0] for p in pairs), lines[-1]
    figures = {key: float(value) for key, value in pairs}  # every value is a number
    assert figures["demo_conversations"] == 600
    assert figures["demo_memberships_checked"] > 0  # deepest nodes were matched against hierarchy_membership
    assert 0 <= figures["demo_fidelity"] <= 1
    assert figures["demo_chance"] > 0
    assert figures["demo_fidelity"] > figures["demo_chance"], "the names should beat guessing on the demo's topics"
    assert 0 <= figures["demo_central_fidelity"] <= 1
    assert 0 <= figures["demo_generic_share"] <= 1
    assert math.isclose(figures["demo_generic_share"], figures["demo_fallback_share"] + figures["demo_one_word_share"],
                        abs_tol=2e-4)  # the line rounds to 4 places
    assert 0 <= figures["demo_pasted_share"] <= 1 and figures["demo_summary_words_mean"] > 0
    assert 0 <= figures["demo_withheld_names"] <= figures["demo_named_nodes"]
    assert "demo_label_agreement" not in figures  # only the labelled sets have gold labels
    assert not any(math.isnan(v) for v in figures.values())

    header = next(i for i, line in enumerate(lines) if line.split()[:5] == ["set", "convs", "leaves", "names", "fid"])
    row = lines[header + 1].split()
    assert row[0] == "demo" and int(row[1]) == 600 and int(row[2]) == figures["demo_deepest_nodes"]
    assert float(row[4]) == round(figures["demo_fidelity"], 3)
    assert 1 <= figures["demo_distinct_names"] <= figures["demo_deepest_nodes"]
    assert "top two levels" not in proc.stdout  # --no-show keeps restricted summaries off the output
