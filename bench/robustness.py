"""Robustness bench: the bad-input corpus (tests/robustness/corpus.py) beside a demo day,
through a real Dagster run of every asset on the offline backend.

Prints the classes tried and each one's outcome, days completed, crashes (failed runs or
steps), good records lost (conversations that should have been kept and were not), and the
quarantine reasons by count; ends with one `name=value` line. By default the big inputs
have the issue's sizes and the limits their defaults, so the gzip bomb decompresses past the
real 1 GiB file cap (`--bomb-mb`); `--small` uses the test suite's sizes instead.

    python3 dev.py bench robustness [--days N] [--small] [--conversations N]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=1, help="days to run, each with the whole corpus")
    parser.add_argument("--conversations", type=int, default=200, help="good demo conversations per day")
    parser.add_argument("--small", action="store_true", help="the test suite's sizes and file cap")
    parser.add_argument("--bomb-mb", type=int, default=1100, help="decompressed size of the gzip bomb")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="clio-robustness-")) / "clio"
    env = {"CLIO_HOME": home, "CLIO_SOURCE_ROOT": home / "source", "CLIO_RESTRICTED_URI": home / "lancedb/restricted",
           "CLIO_PUBLISHED_URI": home / "lancedb/published", "CLIO_EXPORT_DIR": home / "exports",
           "CLIO_MIN_UNIQUE_USERS": "3", "CLIO_MIN_CONVERSATIONS": "3", "DAGSTER_DISABLE_TELEMETRY": "1",
           "HF_HUB_OFFLINE": "1"}
    os.environ.update({k: str(v) for k, v in env.items()})

    from tests.robustness import corpus

    sizes = corpus.Sizes() if args.small else corpus.Sizes(bomb_bytes=args.bomb_mb * corpus.MiB,
                                                           max_file_bytes=_default_file_cap())
    os.environ.update(sizes.limits_env())

    import dagster as dg

    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day

    first = date(2026, 9, 14)
    completed = crashes = lost = unexpected = 0
    reasons: Counter[str] = Counter()
    classes: list[str] = []
    started = time.perf_counter()
    for offset in range(args.days):
        day = (first + timedelta(days=offset)).isoformat()
        demo = generate_day(home / "source", day, n_conversations=args.conversations,
                            n_users=max(10, args.conversations // 3), seed=offset)
        cases = corpus.build(demo.day_dir, sizes)
        classes = [c.name for c in cases]
        try:
            result = dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources(),
                                    instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
        except Exception as exc:  # a crash outside any step still counts, and the bench goes on
            print(f"{day}: run crashed: {exc!r}")
            crashes += 1
            continue
        failed_steps = [str(e.step_key) for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
        crashes += len(failed_steps) + (0 if result.success or failed_steps else 1)
        completed += int(result.success)
        storage = definitions.storage_from_env()
        raw = storage.read("restricted", "raw_conversations", day)
        quarantine = storage.read("restricted", "quarantine", day)
        kept = set(raw.conversation_id)
        truth = [json.loads(line)["conversation_id"]
                 for line in (home / "source" / "ground_truth" / f"{day}.jsonl").read_text().splitlines()]
        lost_day = len(set(truth) - kept)
        got = Counter((f, r.split(":")[0]) for f, r in zip(quarantine.source_file, quarantine.reason))
        print(f"\n{day}: {'completed' if result.success else 'FAILED ' + ', '.join(failed_steps)}; "
              f"{len(raw)} conversations kept, {len(quarantine)} quarantined")
        print(f"  {'class':<44}{'expected outcome':<80}ok")
        for case in cases:
            missing = set(case.kept) - kept
            want = Counter(case.reasons)
            have = Counter({k: v for k, v in got.items() if k[0] in {f for f, _ in case.reasons}})
            ok = not missing and want == have
            lost_day += len(missing)
            unexpected += int(not ok)
            print(f"  {case.name:<44}{case.outcome[:78]:<80}{'yes' if ok else 'NO: ' + str(sorted(missing))}")
        lost += lost_day
        reasons.update(r.split(":")[0] for r in quarantine.reason)
    seconds = time.perf_counter() - started
    print("\nquarantine reasons:", ", ".join(f"{r} {n}" for r, n in sorted(reasons.items())))
    print(f"{len(classes)} classes, {completed}/{args.days} days completed, {crashes} crashes, {lost} good records "
          f"lost, {unexpected} classes with an unexpected outcome, {seconds:.0f} s")
    figures = {"classes": len(classes), "days": args.days, "days_completed": completed, "crashes": crashes,
               "good_records_lost": lost, "unexpected_outcomes": unexpected, "seconds": round(seconds, 1),
               "quarantine_reasons": ",".join(f"{r}:{n}" for r, n in sorted(reasons.items()))}
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


def _default_file_cap() -> int:
    from clio_assets.shared.settings import default

    return int(default("CLIO_MAX_FILE_BYTES"))


if __name__ == "__main__":
    main()
