"""Scale: realistic conversations end to end, per stage, for several day sizes.

    python3 dev.py bench scale [--sizes 10000,100000,1000000] [--users-per 5] [--keep DIR]

For each N: write a day of N conversations with real-traffic lengths and shapes
(bench/traffic.py: Chatbot Arena conversations replayed with seeded perturbation, new user
ids, and a long tail of pasted documents and code) as `part-*.jsonl.gz` source files, then
materialise every asset of that day through Dagster (clio_assets.run, the same path as
`python3 dev.py run`) in a child process, in a temporary CLIO_HOME. This process samples
the child's whole process tree (workers included) every SAMPLE_S seconds for RSS and CPU
time, and reads each step's start and end from the run's log, so it reports per stage:
wall seconds, CPU seconds, and for the per-conversation stages conversations per second
per core (N / CPU seconds of the tree during the stage). It prints a table, the peak RSS,
the ratio of pipeline times between consecutive sizes (t(1M)/t(100k) when both run), and
ends with one `name=value` line.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE_S = 0.5
PER_CONVERSATION = ("ingested_day", "facet_extraction", "facet_embeddings")
_EVENT = re.compile(r"^(\S+ \S+) \+0000 - dagster - \w+ - \S+ - \S+ - (\S+) - (STEP_START|STEP_SUCCESS|STEP_FAILURE) -")


class TreeSampler(threading.Thread):
    """RSS and CPU seconds of a process and all its descendants, sampled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.samples: list[tuple[float, float, int]] = []  # (time, cpu seconds of the tree, rss bytes of the tree)
        self.stop = threading.Event()

    def measure(self) -> tuple[float, int] | None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return None
        cpu, rss = 0.0, 0
        for i, proc in enumerate(procs):
            try:
                t = proc.cpu_times()
                cpu += t.user + t.system + (t.children_user + t.children_system if i == 0 else 0.0)
                rss += proc.memory_info().rss
            except psutil.NoSuchProcess:
                continue
        return cpu, rss

    def run(self) -> None:
        while not self.stop.is_set():
            sample = self.measure()
            if sample is not None:
                self.samples.append((time.time(), *sample))
            self.stop.wait(SAMPLE_S)

    def cpu_between(self, start: float, end: float) -> float:
        inside = [s for s in self.samples if start <= s[0] <= end]
        before = [s for s in self.samples if s[0] < start][-1:]
        span = before + inside
        if len(span) < 2:
            return 0.0
        # a sample's tree CPU can drop when a worker exits before it is reaped: count rises only
        return sum(max(0.0, b[1] - a[1]) for a, b in zip(span, span[1:]))

    def rss_between(self, start: float, end: float) -> int:
        return max((s[2] for s in self.samples if start <= s[0] <= end), default=0)

    @property
    def peak_rss(self) -> int:
        return max((s[2] for s in self.samples), default=0)



def run_child(day: str, env: dict[str, str], label: str, script: str = __file__) -> tuple[dict, TreeSampler]:
    """Run `script --child day` (a bench's materialising child) with its process tree sampled
    for RSS and CPU; its last stdout line, parsed, and the sampler."""
    proc = subprocess.Popen([sys.executable, script, "--child", day], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0 or not out.strip():
        raise SystemExit(f"{label}: the pipeline process failed ({proc.returncode}):\n{err[-4000:]}")
    return json.loads(out.strip().splitlines()[-1]), sampler

def failed_steps(log_path: Path) -> list[str]:
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [m.group(2) for m in map(_EVENT.match, lines) if m and m.group(3) == "STEP_FAILURE"]


def step_intervals(log_path: Path) -> dict[str, tuple[float, float]]:
    """step -> (start, end) epoch seconds, from the run's debug log."""
    starts: dict[str, float] = {}
    spans: dict[str, tuple[float, float]] = {}
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _EVENT.match(line)
        if not match:
            continue
        stamp = datetime.strptime(match.group(1) + "+0000", "%Y-%m-%d %H:%M:%S.%f%z").timestamp()
        step, kind = match.group(2), match.group(3)
        if kind == "STEP_START":
            starts[step] = stamp
        elif step in starts:
            spans[step] = (starts[step], stamp)
    return spans


def child(day: str) -> None:
    """Materialise `day` (CLIO_* already set by the parent) and print its outcome as JSON."""
    from clio_assets.run import instance_from_env, materialize_day

    run = materialize_day(day, instance=instance_from_env(), say=lambda line: print(line, file=sys.stderr))
    print(json.dumps({"success": run.success, "seconds": run.seconds, "stages": run.stages,
                      "failed_checks": run.failed_checks, "log_path": str(run.log_path),
                      "rows": run.rows("raw_conversations"), "nodes": run.rows("hierarchy_nodes")}))


def run_size(n: int, users: int, day: str, seed: int, home: Path) -> dict:
    from bench.traffic import write_day

    env = {**os.environ, "CLIO_HOME": str(home), "CLIO_SOURCE_ROOT": str(home / "source"),
           "CLIO_RESTRICTED_URI": str(home / "lancedb/restricted"),
           "CLIO_PUBLISHED_URI": str(home / "lancedb/published"), "CLIO_EXPORT_DIR": str(home / "exports")}
    env.pop("DAGSTER_HOME", None)  # ephemeral instance: the bench leaves no runs behind
    t0 = time.time()
    shape = write_day(home / "source" / day, n, users, seed)
    generate_s = time.time() - t0
    print(f"N={n:,}: generated in {generate_s:.0f}s (user chars per conversation: mean {shape['user_chars_mean']:.0f}, "
          f"median {shape['user_chars_median']:.0f}, max {shape['user_chars_max']:.0f}); materialising…", flush=True)
    outcome, sampler = run_child(day, env, f"N={n}")
    spans = step_intervals(Path(outcome["log_path"]))
    stages = {}
    for step, seconds in outcome["stages"].items():
        cpu = sampler.cpu_between(*spans[step]) if step in spans else 0.0
        rss = sampler.rss_between(*spans[step]) if step in spans else 0
        stages[step] = {"s": seconds, "cpu_s": cpu, "rss_mib": rss / 2**20,
                        "conv_per_core_s": (n / cpu if cpu > 0 else float("nan")) if step in PER_CONVERSATION else None}
    return {"n": n, "users": users, "generate_s": generate_s, "pipeline_s": outcome["seconds"],
            "success": outcome["success"], "stages": stages,
            "failed_checks": outcome["failed_checks"] + [f"step {s}" for s in failed_steps(Path(outcome["log_path"]))],
            "peak_rss_mib": sampler.peak_rss / 2**20, "nodes": outcome["nodes"], **shape}


def print_table(results: list[dict]) -> None:
    steps = list(dict.fromkeys(step for r in results for step in r["stages"]))
    header = f"{'stage':<28}" + "".join(f"{'N=' + format(r['n'], ','):>44}" for r in results)
    print("\n" + header + "\n" + f"{'':<28}"
          + "".join(f"{'s':>10}{'cpu s':>10}{'conv/s/core':>14}{'peak MiB':>10}" for _ in results))
    for step in steps:
        row = f"{step:<28}"
        for r in results:
            st = r["stages"].get(step)
            if st is None:
                row += f"{'-':>44}"
                continue
            rate = f"{st['conv_per_core_s']:,.0f}" if st["conv_per_core_s"] is not None else ""
            row += f"{st['s']:>10.1f}{st['cpu_s']:>10.1f}{rate:>14}{st['rss_mib']:>10.0f}"
        print(row)
    print(f"{'pipeline (wall)':<28}" + "".join(f"{r['pipeline_s']:>10.1f}{'':>34}" for r in results))
    print(f"{'peak RSS, process tree':<28}" + "".join(f"{r['peak_rss_mib']:>9.0f}M{'':>34}" for r in results))
    for small, big in zip(results, results[1:]):
        print(f"t({big['n']:,})/t({small['n']:,}) = {big['pipeline_s'] / small['pipeline_s']:.2f} "
              f"(N ratio {big['n'] / small['n']:.0f})")


def figures_line(results: list[dict]) -> str:
    pairs = [f"scale_sizes={','.join(str(r['n']) for r in results)}",
             f"success={int(all(r['success'] for r in results))}"]
    for r in results:
        n = r["n"]
        pairs += [f"t_{n}_s={r['pipeline_s']:.1f}", f"peak_rss_mib_{n}={r['peak_rss_mib']:.0f}"]
        pairs += [f"{step}_{n}_s={st['s']:.1f}" for step, st in r["stages"].items()]
        pairs += [f"{step}_{n}_conv_per_core_s={st['conv_per_core_s']:.1f}" for step, st in r["stages"].items()
                  if st["conv_per_core_s"] is not None]
    for small, big in zip(results, results[1:]):
        pairs.append(f"ratio_{big['n']}_{small['n']}={big['pipeline_s'] / small['pipeline_s']:.2f}")
    return " ".join(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated numbers of conversations")
    parser.add_argument("--users-per", type=int, default=5, help="conversations per user on average (users = N / this)")
    parser.add_argument("--date", default="2026-01-15")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", help="keep each size's CLIO_HOME under this folder instead of a temporary one")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    results = []
    for n in sizes:
        users = max(1, n // args.users_per)
        if args.keep:
            home = Path(args.keep) / f"n{n}"
            home.mkdir(parents=True, exist_ok=True)
            results.append(run_size(n, users, args.date, args.seed, home))
        else:
            with tempfile.TemporaryDirectory(prefix=f"clio-scale-{n}-") as tmp:
                results.append(run_size(n, users, args.date, args.seed, Path(tmp)))
        r = results[-1]
        print(f"N={n:,}: {'success' if r['success'] else 'FAILED ' + ', '.join(r['failed_checks'])} in "
              f"{r['pipeline_s']:.0f}s, peak RSS {r['peak_rss_mib']:.0f} MiB, {r['nodes']} published nodes", flush=True)
        print_table(results)  # after every size: a larger one that fails leaves the smaller ones' figures
    print(figures_line(results))


if __name__ == "__main__":
    main()
