"""The project's commands as a user runs them: the demo module and the Dagster CLI."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env(clio_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DAGSTER_HOME"] = str(clio_home / "dagster_home")
    Path(env["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    (Path(env["DAGSTER_HOME"]) / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return env


def test_workspace_loads_every_asset_and_check(clio_home: Path) -> None:
    dagster = Path(sys.executable).parent / "dagster"
    out = subprocess.run([str(dagster), "definitions", "validate", "-w", "workspace.yaml"], cwd=ROOT,
                         env=_env(clio_home), capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    listed = subprocess.run([str(dagster), "asset", "list", "-m", "clio_assets.definitions"], cwd=ROOT,
                            env=_env(clio_home), capture_output=True, text=True, timeout=300)
    assert listed.returncode == 0, listed.stderr
    for asset in ("raw_conversations", "conversation_facets", "facet_embeddings", "base_clusters",
                  "named_clusters", "cluster_hierarchy", "hierarchy_nodes", "facet_breakdowns"):
        assert asset in listed.stdout


def test_demo_command_prints_hierarchy_and_outputs(clio_home: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "clio_assets.demo.runner", "--date", "2026-11-01", "--n", "900",
                          "--users", "220"],
                         cwd=ROOT, env=_env(clio_home), capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    text = out.stdout
    assert "success" in text and "Top of the hierarchy" in text
    assert os.environ["CLIO_PUBLISHED_URI"] in text and "part-0.parquet" in text
    assert "demo_wall_s=" in text.splitlines()[-1]
    # quiet: the previous day in one line, then one line per stage; Dagster's events go to a file
    assert re.search(r"materialised 2026-10-31 \(the previous day, for trends\): success", text), text
    for asset in ("raw_conversations", "cluster_hierarchy", "hierarchy_nodes"):
        assert re.search(rf"^  {asset} +[\d,]+ rows +\d+\.\d+s", text, re.M), (asset, text)
    assert "DEBUG" not in text and "STEP_SUCCESS" not in text + out.stderr, text + out.stderr
    found = re.search(r"Dagster debug log : (\S+)", text)
    assert found, text
    log = Path(found.group(1))
    assert log.parent == clio_home / "logs" and re.search(r" - DEBUG - .* - STEP_SUCCESS - ", log.read_text())
    runs = list((clio_home / "dagster_home").rglob("*.db")) + list((clio_home / "dagster_home").rglob("runs*"))
    assert runs, "the demo's run should be recorded in DAGSTER_HOME for the UI"
