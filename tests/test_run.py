"""`python -m clio_assets.run`: one day of a user's own conversations, materialised quietly."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = "2026-03-02"


def _env(tmp_path: Path) -> dict[str, str]:
    """The clio_home fixture's CLIO_* variables plus a fresh DAGSTER_HOME, telemetry off."""
    dagster_home = tmp_path / "dagster_home"
    dagster_home.mkdir()
    shutil.copy(ROOT / ".dagster_home" / "dagster.yaml", dagster_home / "dagster.yaml")
    return {**os.environ, "DAGSTER_HOME": str(dagster_home), "DAGSTER_DISABLE_TELEMETRY": "1", "HF_HUB_OFFLINE": "1"}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clio_assets.run", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)


def test_run_materialises_a_day_from_source_quietly(clio_home: Path, tmp_path: Path) -> None:
    from clio_assets.demo.generator import generate_day

    source = tmp_path / "my-conversations"  # not CLIO_SOURCE_ROOT: --source must be what is read
    generate_day(source, DAY, n_conversations=600, n_users=150, seed=1)
    assert not (Path(os.environ["CLIO_SOURCE_ROOT"]) / DAY).exists()

    out = _run(["--date", DAY, "--source", str(source)], _env(tmp_path))
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    lines = out.stdout.splitlines()
    for asset in ("raw_conversations", "conversation_facets", "hierarchy_nodes", "explorer_page"):
        assert any(re.match(rf"\s+{asset}\s+[\d,]+ rows\s+\d+\.\d+s", line) for line in lines), (asset, out.stdout)
    assert re.search(r"conversations ingested: 600\b", out.stdout), out.stdout
    assert re.search(r"published nodes\s+: [1-9]", out.stdout), out.stdout
    assert len(lines) < 80, out.stdout
    # no Dagster event reaches the console, on either stream
    assert "DEBUG" not in out.stdout and "STEP_SUCCESS" not in out.stdout + out.stderr, out.stdout + out.stderr

    logged = re.search(r"Dagster debug log : (\S+)", out.stdout)
    assert logged, out.stdout
    log = Path(logged.group(1))
    assert log.is_file() and log.parent == clio_home / "logs" and DAY in log.name
    text = log.read_text(encoding="utf-8")
    assert re.search(r" - DEBUG - .* - \w+ - STEP_SUCCESS - Finished execution of step ", text), text[:2000]
    # every step that succeeded has its line(s): by asset name, or "(step name)" when it writes several
    stages = [re.match(r"  (\w+) +(?:[\d,]+ rows)? +\d+\.\d+s.*?(?:\(step (\w+)\))?$", line) for line in lines]
    assert set(re.findall(r" - (\w+) - STEP_SUCCESS - ", text)) == {m[2] or m[1] for m in stages if m}, out.stdout


def test_missing_day_folder_is_a_usage_error(clio_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "my-conversations"
    source.mkdir()
    env = _env(tmp_path)
    out = _run(["--date", DAY, "--source", str(source)], env)
    assert out.returncode == 2, out.stdout + out.stderr
    assert str(source / DAY) in out.stderr and "<YYYY-MM-DD>" in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr

    bad = _run(["--date", "2026-3-2", "--source", str(source)], env)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr, bad.stderr


def test_a_day_of_unparseable_records_reports_its_outcome(clio_home: Path, tmp_path: Path) -> None:
    """Every record quarantined: the summary says so, and the exit code agrees with it."""
    day = tmp_path / "src" / DAY
    day.mkdir(parents=True)
    (day / "broken.jsonl").write_text('not json\n{"messages": []}\n', encoding="utf-8")
    out = _run(["--date", DAY, "--source", str(tmp_path / "src")], _env(tmp_path))
    assert out.returncode in (0, 1), out.stdout[-3000:] + out.stderr[-3000:]
    assert "conversations ingested: 0  (quarantined 2)" in out.stdout, out.stdout
    assert out.returncode == (1 if f"{DAY}: FAILED" in out.stdout else 0), out.stdout
    if out.returncode:  # what failed is named on the console, not only in the log file
        assert re.search(r"^  .+ +FAILED: \w+", out.stdout, re.M), out.stdout
    assert "DEBUG" not in out.stdout and re.search(r"Dagster debug log : \S+", out.stdout)
