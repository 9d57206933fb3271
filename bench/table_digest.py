"""A digest of every table a day left behind, to show two code versions wrote the same data.

For each LanceDB table of both tiers and each Parquet export of the day: rows, and a
SHA-256 of the rows sorted (so row order does not matter). The explorer page is
digested with its generation time removed. Run after `python3 dev.py demo`, before and
after a change, and diff the two outputs:

    python3 dev.py bench table_digest --date 2026-12-02 [--home .clio]

Ends with one name=value line (the digest of all digests)."""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

import lancedb
import pyarrow as pa
import pyarrow.parquet as pq

# per-run values that legitimately differ between two runs of the same code
VOLATILE_COLUMNS = {"created_at"}


def table_digest(table: pa.Table) -> tuple[int, str]:
    keep = [c for c in table.column_names if c not in VOLATILE_COLUMNS]
    rows = [json.dumps(r, sort_keys=True, default=str) for r in table.select(keep).to_pylist()]
    return len(rows), hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", required=True)
    parser.add_argument("--home", default=".clio")
    args = parser.parse_args()
    home = Path(args.home)
    digests: dict[str, str] = {}
    for tier in ("restricted", "published"):
        db = lancedb.connect(str(home / "lancedb" / tier))
        for name in sorted(db.list_tables().tables):
            table = db.open_table(name).to_arrow()
            if "partition_date" in table.column_names:
                table = table.filter(pa.compute.equal(table["partition_date"], args.date))
            n, digest = table_digest(table)
            digests[f"{tier}/{name}"] = digest
            print(f"{tier:<11}{name:<32}{n:>8}  {digest}")
    for path in sorted((home / "exports").glob(f"*/date={args.date}/*.parquet")):
        n, digest = table_digest(pq.read_table(path))
        digests[f"parquet/{path.parent.parent.name}"] = digest
        print(f"{'parquet':<11}{path.parent.parent.name:<32}{n:>8}  {digest}")
    page = home / "exports" / "explorer" / f"date={args.date}" / "index.html"
    if page.exists():
        text = re.sub(r'"generated":"[^"]*"', '"generated":""', page.read_text(encoding="utf-8"))
        digests["explorer"] = hashlib.sha256(text.encode()).hexdigest()[:16]
        print(f"{'page':<11}{'explorer/index.html':<32}{len(text):>8}  {digests['explorer']}")
    total = hashlib.sha256(json.dumps(digests, sort_keys=True).encode()).hexdigest()[:16]
    print(f"tables={len(digests)} digest={total}")


if __name__ == "__main__":
    main()
