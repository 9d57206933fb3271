"""Load test: a backfill of many demo-size days through the real Dagster daemon.

    python3 dev.py bench backfill [--days 14] [--n 300] [--users 80] [--start 2026-10-01] [--keep]

Generates `--days` demo days in a fresh clio home, writes clio's instance settings
(clio_assets/operations/dagster.yaml: run queue of 2, one run per day at a time, the
`clio_llm` pool) into a fresh DAGSTER_HOME, starts `dagster-daemon run` in its own session
(the code server and every run process are its children), submits one asset backfill of
every day asset for those days, waits for it, then stops the daemon's process group.

Reports wall time (submit → backfill done), peak RSS of the daemon's process tree (sum
over its processes, sampled every second), each day's runs, materialisations and check
results, whether the topic registry was built in date order, and the pool's slot count.
Ends with one line of name=value pairs.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def tree_rss(root: psutil.Process) -> int:
    total = 0
    for proc in [root, *root.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:  # a run process that just ended
            pass
    return total


def stop_group(proc: subprocess.Popen) -> None:
    """SIGTERM the daemon's process group (daemon, code server, run workers), SIGKILL after 30 s."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


@dataclass
class DayOutcome:
    runs: Counter = field(default_factory=Counter)  # run status -> runs
    materialised: int = 0  # day assets with a materialisation of the day
    checks_passed: int = 0
    failed: list[str] = field(default_factory=list)  # failed checks and steps


def day_outcomes(instance, backfill_id: str, days: list[str], asset_keys) -> dict[str, DayOutcome]:
    """Per day: run statuses, assets materialised (of all day assets), checks passed/failed."""
    import dagster as dg

    runs = instance.get_runs(filters=dg.RunsFilter(tags={"dagster/backfill": backfill_id}))
    out = {d: DayOutcome() for d in days}
    for run in runs:
        day = run.tags.get("dagster/partition")
        if day not in out:
            continue
        out[day].runs[run.status.value] += 1
        for record in instance.all_logs(run.run_id, of_type={dg.DagsterEventType.ASSET_CHECK_EVALUATION,
                                                             dg.DagsterEventType.STEP_FAILURE}):
            event = record.dagster_event
            data = event.event_specific_data
            if event.event_type == dg.DagsterEventType.STEP_FAILURE:
                out[day].failed.append(f"step {event.step_key}")
            elif data.passed:
                out[day].checks_passed += 1
            else:
                out[day].failed.append(f"{data.asset_key.to_user_string()}:{data.check_name}")
    for key in asset_keys:
        done = instance.get_materialized_partitions(key)
        for day in days:
            out[day].materialised += day in done
    return out


def registry_order(instance, days: list[str]) -> tuple[bool, list[int]]:
    """Was each day's topic_registry materialised after the previous day's, and how many
    earlier topics did each day see (its `known_topics` metadata)?"""
    import dagster as dg

    key = dg.AssetKey("topic_registry")
    records = instance.fetch_materializations(key, limit=1000).records
    latest: dict = {}
    for record in records:  # newest first: keep the latest materialisation per day
        latest.setdefault(record.partition_key, record)
    ids = [latest[d].storage_id if d in latest else -1 for d in days]
    known = [int(latest[d].asset_materialization.metadata["known_topics"].value) if d in latest else -1
             for d in days]
    return all(a < b for a, b in zip(ids, ids[1:], strict=False)) and -1 not in ids, known


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--n", type=int, default=300, help="conversations per day")
    parser.add_argument("--users", type=int, default=80)
    parser.add_argument("--start", default="2026-10-01")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--workdir", help="keep everything here (default: a temporary folder, removed after)")
    args = parser.parse_args()

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="clio-backfill-"))
    home, dagster_home = work / "clio", work / "dagster_home"
    env = {**os.environ, "CLIO_HOME": str(home), "CLIO_SOURCE_ROOT": str(home / "source"),
           "CLIO_RESTRICTED_URI": str(home / "lancedb" / "restricted"),
           "CLIO_PUBLISHED_URI": str(home / "lancedb" / "published"), "CLIO_EXPORT_DIR": str(home / "exports"),
           "DAGSTER_HOME": str(dagster_home), "DAGSTER_DISABLE_TELEMETRY": "1", "HF_HUB_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false"}
    import dagster as dg

    from clio_assets.demo.generator import generate_day
    from clio_assets.operations.backfill import backfill_done, backfill_status, day_assets, submit_backfill
    from clio_assets.operations.instance import write_instance_yaml

    first = date.fromisoformat(args.start)
    days = [(first + timedelta(days=i)).isoformat() for i in range(args.days)]
    for i, day in enumerate(days):
        generate_day(home / "source", day, n_conversations=args.n, n_users=args.users, seed=i)
    write_instance_yaml(dagster_home)
    print(f"{len(days)} days of {args.n} conversations ({args.users} users) in {home / 'source'}; "
          f"DAGSTER_HOME={dagster_home}", flush=True)

    log = (work / "daemon.log").open("w")
    daemon = subprocess.Popen([str(Path(sys.executable).parent / "dagster-daemon"), "run", "-w", "workspace.yaml"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    peak, status = 0, None
    try:
        from clio_assets.definitions import defs

        instance = dg.DagsterInstance.from_config(str(dagster_home))
        t0 = time.time()
        backfill_id = submit_backfill(instance, defs, days, title=f"bench: {len(days)} days")
        root = psutil.Process(daemon.pid)
        last = 0.0
        while not backfill_done(instance, backfill_id):
            if daemon.poll() is not None:
                raise RuntimeError(f"dagster-daemon exited with {daemon.returncode}; log: {work / 'daemon.log'}")
            if time.time() - t0 > args.timeout:
                raise TimeoutError(f"backfill not done after {args.timeout:.0f}s; log: {work / 'daemon.log'}")
            peak = max(peak, tree_rss(root))
            if time.time() - last > 60:
                done = sum(1 for r in instance.get_runs(filters=dg.RunsFilter(
                    tags={"dagster/backfill": backfill_id}, statuses=[dg.DagsterRunStatus.SUCCESS])))
                print(f"  {time.time() - t0:5.0f}s: {done} runs succeeded, tree RSS {tree_rss(root) / 2**20:.0f} MiB",
                      flush=True)
                last = time.time()
            time.sleep(1)
        wall = time.time() - t0
        status = backfill_status(instance, backfill_id).value
        keys = day_assets(defs)
        outcomes = day_outcomes(instance, backfill_id, days, keys)
        in_order, known = registry_order(instance, days)
        pool = instance.event_log_storage.get_concurrency_info("clio_llm")
    finally:
        stop_group(daemon)
        log.close()

    print(f"\nbackfill {backfill_id}: {status} in {wall:.0f}s (daemon log: {work / 'daemon.log'})")
    print(f"{'day':<12}{'runs':<24}{'assets':>8}{'checks ok':>10}  failed")
    complete = 0
    for day, known_topics in zip(days, known, strict=True):
        o = outcomes[day]
        ok = o.materialised == len(keys) and not o.failed and set(o.runs) == {"SUCCESS"}
        complete += ok
        runs = ",".join(f"{n} {s.lower()}" for s, n in sorted(o.runs.items()))
        print(f"{day:<12}{runs:<24}{o.materialised:>4}/{len(keys):<3}{o.checks_passed:>10}  "
              f"{', '.join(o.failed) or '-'}  (known topics {known_topics})")
    failed_checks = sum(len(o.failed) for o in outcomes.values())
    print(f"topic_registry in date order: {in_order}; clio_llm pool slots: {pool.slot_count}")
    print(f"peak RSS of the daemon's process tree: {peak / 2**20:.0f} MiB")
    print(f"days={len(days)} days_complete={complete} checks_or_steps_failed={failed_checks} "
          f"registry_in_order={int(in_order)} wall_s={wall:.0f} peak_rss_mib={peak / 2**20:.0f} n_per_day={args.n}")


if __name__ == "__main__":
    main()
