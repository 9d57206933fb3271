"""Scale: N generated conversations end to end offline, wall time and peak RSS.

    python3 dev.py bench scale [--n 100000] [--users 20000]

Runs the same code as the demo (generator + every asset through Dagster) in a
temporary CLIO_HOME and ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--date", default="2026-01-15")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clio-scale-") as tmp:
        home = Path(tmp)
        for name, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"),
                          ("CLIO_RESTRICTED_URI", "lancedb/restricted"),
                          ("CLIO_PUBLISHED_URI", "lancedb/published"), ("CLIO_EXPORT_DIR", "exports")]:
            os.environ[name] = str(home / sub)
        os.environ.pop("DAGSTER_HOME", None)  # ephemeral instance: the bench leaves no runs behind
        from clio_assets.demo.runner import run_demo

        start = time.time()
        outcome = run_demo(args.date, args.n, args.users, seed=0, previous_day=False)
        wall = time.time() - start
    # KiB on Linux; children = the facet-extraction worker processes
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_child_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stages = " ".join(f"{k}_s={v:.1f}" for k, v in outcome["stages"].items())
    print(f"scale_n={outcome['conversations']} success={outcome['success']} wall_s={wall:.1f} "
          f"generate_s={outcome['generate_s']:.1f} pipeline_s={outcome['pipeline_s']:.1f} peak_rss_mib={peak_mib:.0f} "
          f"peak_worker_rss_mib={peak_child_mib:.0f} {stages}")


if __name__ == "__main__":
    main()
