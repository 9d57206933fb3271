#!/usr/bin/env python3
"""Project commands that need nothing but python3: each sets up .venv when needed.

    python3 dev.py demo     # generate a demo day and materialise every asset for it
    python3 dev.py run --date YYYY-MM-DD [--source DIR]
                            # materialise every asset of that day from your own conversations in
                            # DIR/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet (DIR: CLIO_SOURCE_ROOT);
                            # exit 0 done, 1 an asset or blocking check failed, 2 usage error
    python3 dev.py test [pytest args]
                            # lint (ruff check .) and type-check (mypy), both configured in
                            # pyproject.toml, then run the test suite; stops if either finds anything
    python3 dev.py ui       # dagster dev -w workspace.yaml (the Dagster UI on :3000, with the daemon:
                            # the run queue, backfills and the clio_source_days sensor)
    python3 dev.py daemon   # dagster-daemon run -w workspace.yaml (queue, backfills, sensor; no UI)
    python3 dev.py bench quality|scale [args]   # benchmark scripts in bench/

CLIO_EXTRAS=quality (or minilm, e5; comma-separated) also installs those optional extras,
e.g. the heavier embedding models for `CLIO_EMBEDDING_MODEL`.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".clio-installed"


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DAGSTER_HOME", str(ROOT / ".dagster_home"))
    env["DAGSTER_DISABLE_TELEMETRY"] = "1"
    env["HF_HUB_OFFLINE"] = "1"
    env["TOKENIZERS_PARALLELISM"] = "false"
    env.setdefault("CLIO_HOME", str(ROOT / ".clio"))
    return env


def ensure_venv() -> None:
    """Create .venv and install the project (editable, with test extras and CLIO_EXTRAS)
    once per pyproject or extras change."""
    extras = ",".join(["dev", *[e.strip() for e in os.environ.get("CLIO_EXTRAS", "").split(",") if e.strip()]])
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest() + f" [{extras}]"
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[{extras}]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def ensure_browser() -> None:
    """The explorer's browser tests drive Debian's Chromium through its own ChromeDriver
    (never a downloaded browser); install both when missing and apt-get is usable."""
    if Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists():
        return
    apt = shutil.which("apt-get")
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if not apt or sudo is None:
        print("chromium/chromedriver missing and apt-get unavailable: browser tests will be skipped", file=sys.stderr)
        return
    print("installing Debian chromium + chromium-driver for the browser tests …", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, apt, "update", "-qq"], check=False, env=env)
    subprocess.run([*sudo, apt, "install", "-y", "-qq", "chromium", "chromium-driver"], check=False, env=env)


# the checks `test` runs before pytest, over the whole tree (configured in pyproject.toml)
CHECKS = (("ruff check .", ["-m", "ruff", "check", "."]), ("mypy", ["-m", "mypy"]))


def check() -> int:
    """Run every check (all of them, so one run shows every finding); 1 if any failed."""
    failed = [name for name, args in CHECKS if run([str(PY), *args]) != 0]
    if failed:
        print(f"\n{' and '.join(failed)} failed: fix the findings above (the tests did not run)", file=sys.stderr)
        return 1
    return 0


INSTANCE_YAML = ROOT / "clio_assets" / "operations" / "dagster.yaml"


def ensure_instance_yaml(home: Path) -> None:
    """DAGSTER_HOME/dagster.yaml from clio's settings (run queue, one run per day at a time,
    the LLM pool), unless the user edited it: an edited copy no longer starts with the
    template's first line and is kept."""
    home.mkdir(parents=True, exist_ok=True)
    text, target = INSTANCE_YAML.read_text(encoding="utf-8"), home / "dagster.yaml"
    if not target.exists() or target.read_text(encoding="utf-8").startswith(text.splitlines()[0]):
        target.write_text(text, encoding="utf-8")


def run(args: list[str]) -> int:
    ensure_instance_yaml(Path(environment()["DAGSTER_HOME"]))
    return subprocess.run(args, cwd=ROOT, env=environment()).returncode


def absolute_source(args: list[str]) -> list[str]:
    """`--source DIR` as an absolute path: the command runs in the repository, the user typed it elsewhere."""
    out = list(args)
    for i, arg in enumerate(out):
        if arg == "--source" and i + 1 < len(out):
            out[i + 1] = str(Path(out[i + 1]).resolve())
        elif arg.startswith("--source="):
            out[i] = "--source=" + str(Path(arg.split("=", 1)[1]).resolve())
    return out


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "demo":
        return run([str(PY), "-m", "clio_assets.demo.runner", *rest])
    if command == "run":
        return run([str(PY), "-m", "clio_assets.run", *absolute_source(rest)])
    if command == "test":
        if check() != 0:
            return 1
        ensure_browser()
        return run([str(PY), "-m", "pytest", *rest])
    if command == "ui":
        return run([str(VENV / "bin" / "dagster"), "dev", "-w", "workspace.yaml", *rest])
    if command == "daemon":
        return run([str(VENV / "bin" / "dagster-daemon"), "run", "-w", "workspace.yaml", *rest])
    if command == "bench":
        return run([str(PY), str(ROOT / "bench" / f"{rest[0]}.py"), *rest[1:]])
    print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
