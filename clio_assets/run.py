"""Materialise every clio asset for one day, quietly: one line per stage on the console,
the full Dagster debug log in a file. The demo and `python3 dev.py run` both go through here.

    python -m clio_assets.run --date YYYY-MM-DD [--source DIR]

Exit code 0 on success, 1 when an asset or a blocking check fails, 2 for usage errors,
3 when another run of the same day is in progress (the second run is refused, never interleaved).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import dagster as dg

from clio_assets.operations.day_lock import DayBusy, day_lock
from clio_assets.shared import settings

LAYOUT = "<root>/<YYYY-MM-DD>/*.jsonl|*.jsonl.gz|*.parquet"
SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")
# The default console logger stays on the job but hears nothing; the instance's event log
# still records every event, and write_log copies it to a file.
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
Say = Callable[[str], None]


class UsageError(ValueError):
    """A bad date or a missing input folder: exit code 2, no run."""


@dataclass
class DayRun:
    """What one quiet materialisation of a day did."""

    success: bool  # every step succeeded and no blocking check failed
    seconds: float
    stages: dict[str, float]  # step -> seconds from its STEP_SUCCESS event, in execution order
    metadata: dict[str, dict]  # asset -> its materialization metadata, as plain values
    failed_checks: list[str]  # "asset.check", with " (blocking)" when it blocks
    log_path: Path

    def rows(self, asset: str) -> int | None:
        return self.metadata.get(asset, {}).get("dagster/row_count")


def check_day(day: str, environ: Mapping[str, str] | None = None) -> Path:
    """The day's input folder; UsageError when the date or the folder is not usable."""
    try:
        if datetime.strptime(day, "%Y-%m-%d").strftime("%Y-%m-%d") != day:
            raise ValueError
    except ValueError:
        raise UsageError(f"bad date {day!r}: expected a day as YYYY-MM-DD") from None
    folder = settings.locations(environ).source_root / day
    if not folder.is_dir() or not any(p.name.endswith(SUFFIXES) for p in folder.iterdir()):
        what = "no such folder" if not folder.is_dir() else "no *.jsonl, *.jsonl.gz or *.parquet files in"
        raise UsageError(f"{what} {folder}: expected the layout {LAYOUT} (set CLIO_SOURCE_ROOT or --source)")
    from clio_assets import definitions  # only now: the errors above need not wait for every asset to load

    days = next(a.partitions_def for a in definitions.all_assets if getattr(a, "partitions_def", None))
    if not days.has_partition_key(day):
        raise UsageError(f"{day} is not a partition ({days.get_first_partition_key()} … "
                         f"{days.get_last_partition_key()})")
    return folder


def instance_from_env() -> dg.DagsterInstance:
    """DAGSTER_HOME's instance (runs show up in the UI), else an in-memory one."""
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def write_log(instance: dg.DagsterInstance, run_id: str, path: Path) -> Path:
    """Every event of the run at every level, formatted like Dagster's console logger."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for entry in instance.all_logs(run_id):
            stamp = datetime.fromtimestamp(entry.timestamp, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
            kind = entry.dagster_event_type.value if entry.dagster_event_type else "LOG"
            out.write(f"{stamp} +0000 - dagster - {logging.getLevelName(entry.level)} - {entry.job_name} - {run_id} - "
                      f"{entry.step_key or '-'} - {kind} - {entry.message}\n")
            error = getattr(entry.dagster_event and entry.dagster_event.event_specific_data, "error", None)
            if error is not None:  # the stack trace the one-line message leaves out
                out.write(error.to_string())
    return path


def _error_message(error) -> str:
    while error.cause is not None:  # the user's exception, not Dagster's wrapper around it
        error = error.cause
    first = (error.message.strip().splitlines() or [""])[0]  # "module.Class: text"
    return f"{error.cls_name}: {first.split(': ', 1)[1] if ': ' in first else ''}"[:200]


def report(result: dg.ExecuteInProcessResult, steps: Mapping[str, list[str]], say: Say
           ) -> tuple[dict[str, float], dict[str, dict], list[str]]:
    """Say one line per asset (rows written, its step's seconds, checks passed), per failed
    check and per failed step; `steps` maps each step to its assets, in data order.
    Returns the seconds per step, each asset's metadata and the failed checks."""
    stages: dict[str, float] = {}
    metadata: dict[str, dict] = {}
    written: dict[str, list[str]] = {}
    checks: dict[str, list] = {}
    failed: list[str] = []
    ended: set[str] = set()
    for event in result.all_events:
        # these event types always carry a step key; the type decides the payload's class
        kind, step = event.event_type_value, cast(str, event.step_key)
        data: Any = event.event_specific_data
        if kind == "ASSET_MATERIALIZATION":
            asset = data.materialization.asset_key.to_user_string()
            metadata[asset] = {k: getattr(v, "value", v) for k, v in data.materialization.metadata.items()}
            written.setdefault(step, []).append(asset)
        elif kind == "ASSET_CHECK_EVALUATION":
            checks.setdefault(step, []).append(data)
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE", "STEP_SKIPPED"):
            ended.add(step)
            done = checks.get(step, [])
            if kind == "STEP_SUCCESS":
                stages[step] = data.duration_ms / 1000
                for name in written.get(step) or [step]:  # a checks-only step goes by its own name
                    mine = [c for c in done if c.asset_key.to_user_string() == name] if step in written else done
                    rows = metadata.get(name, {}).get("dagster/row_count")
                    figure = f"{rows:>9,} rows" if rows is not None else " " * 14
                    passed = f"  checks {sum(c.passed for c in mine)}/{len(mine)}" if mine else ""
                    shared = f"  (step {step})" if len(written.get(step, [])) > 1 else ""
                    say(f"  {name:<30}{figure} {stages[step]:7.1f}s{passed}{shared}")
            else:
                why = f"FAILED: {_error_message(data.error)}" if kind == "STEP_FAILURE" else "skipped"
                say(f"  {', '.join(steps.get(step) or [step]):<30}   {why}")
            for check in (c for c in done if not c.passed):
                name = f"{check.asset_key.to_user_string()}.{check.check_name}" \
                    + (" (blocking)" if check.blocking else "")
                failed.append(name)
                first_line = (check.description or "").strip().splitlines()[:1]
                say(f"    check FAILED: {name}" + (f" — {first_line[0][:160]}" if first_line else ""))
    if not_run := [a for step, assets in steps.items() if step not in ended for a in assets or [step]]:
        say(f"  not run (an upstream step failed): {', '.join(not_run)}")  # they never start, so no event
    return stages, metadata, failed


def materialize_day(day: str, environ: Mapping[str, str] | None = None, instance: dg.DagsterInstance | None = None,
                    say: Say = print) -> DayRun:
    """Materialise every asset for `day` with the console logger silenced, write the run's
    debug log to <CLIO_HOME>/logs/run-<day>-<run id>.log and say one line per stage."""
    from clio_assets import definitions

    instance = instance or instance_from_env()
    home = settings.locations(environ).home
    t0 = time.time()
    with day_lock(home, day):  # DayBusy when another run of this day is in progress
        result = dg.materialize(definitions.all_assets, run_config=QUIET, instance=instance, partition_key=day,
                                resources=definitions.build_resources(environ),
                                raise_on_error=False)  # failures are reported below
    seconds = time.time() - t0
    log_path = write_log(instance, result.run_id, home / "logs" / f"run-{day}-{result.run_id}.log")
    steps = {a.node_def.name: [k.to_user_string() for k in a.keys] for a in definitions.all_assets}
    stages, metadata, failed = report(result, steps, say)
    success = result.success and not any(name.endswith("(blocking)") for name in failed)
    return DayRun(success, seconds, stages, metadata, failed, log_path)


def output_lines(day: str, environ: Mapping[str, str] | None, instance: dg.DagsterInstance,
                 log_path: Path) -> list[str]:
    """Where a day's outputs are, one line each."""
    where = settings.locations(environ)
    return [f"  published LanceDB : {where.published_uri}  (tables hierarchy_nodes, facet_breakdowns)",
            f"  Parquet exports   : {where.export_dir}/<table>/date={day}/part-0.parquet",
            f"  explorer page     : {where.export_dir}/explorer/date={day}/index.html",
            f"  governance        : {where.export_dir}/governance/<table>/date={day}/data_docs/index.html",
            f"  restricted LanceDB: {where.restricted_uri}  (conversation-level; never publish)",
            f"  Dagster runs      : {getattr(instance, 'root_directory', None) or 'ephemeral'}"
            "  (python3 dev.py ui to browse lineage and checks)",
            f"  Dagster debug log : {log_path}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clio_assets.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", required=True, help="the day (partition) to materialise, YYYY-MM-DD")
    parser.add_argument("--source", help=f"input root laid out as {LAYOUT} (default: CLIO_SOURCE_ROOT)")
    args = parser.parse_args(argv)
    # handed down as a mapping; os.environ itself is never written
    environ = {**os.environ, **({"CLIO_SOURCE_ROOT": str(Path(args.source).resolve())} if args.source else {})}
    try:
        folder = check_day(args.date, environ)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    instance = instance_from_env()
    print(f"materialising every asset for {args.date} from {folder}")
    try:
        run = materialize_day(args.date, environ, instance)
    except DayBusy as busy:
        print(f"error: {busy}", file=sys.stderr)
        return 3
    raw = run.metadata.get("raw_conversations", {})
    rows = {a: "-" if run.rows(a) is None else run.rows(a)
            for a in ("raw_conversations", "quarantine", "hierarchy_nodes")}
    print(f"\n{args.date}: {'success' if run.success else 'FAILED'} in {run.seconds:.1f}s\n"
          f"  conversations ingested: {rows['raw_conversations']}"
          f"  (quarantined {raw.get('quarantined', rows['quarantine'])})\n"
          f"  published nodes       : {rows['hierarchy_nodes']}\n"
          f"  failed checks         : {', '.join(run.failed_checks) or 'none'}\nOutputs:")
    print("\n".join(output_lines(args.date, environ, instance, run.log_path)))
    return 0 if run.success else 1


if __name__ == "__main__":
    sys.exit(main())
