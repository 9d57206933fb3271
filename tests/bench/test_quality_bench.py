"""bench/quality.py on any labelled JSONL: the documented table and name=value line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from clio_assets.demo.generator import iter_conversations

ROOT = Path(__file__).resolve().parents[2]


def test_quality_bench_scores_a_labelled_jsonl(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    with labelled.open("w") as fh:
        for record, truth in iter_conversations("2026-01-01", 1200, 240, 3):
            text = next(m["content"] for m in record["messages"] if m["role"] == "user")
            fh.write(json.dumps({"text": text, "leaf": truth["leaf"], "top": truth["category"],
                                 "user": record["user_id"]}) + "\n")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "quality.py"), "--jsonl", str(labelled), "--fix-counts"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600, check=True).stdout
    lines = out.strip().splitlines()
    assert lines[0].split()[:4] == ["data", "n", "leaves", "leaf_nmi"]
    figures = dict(pair.split("=", 1) for pair in lines[-1].split())
    leaves = len({json.loads(line)["leaf"] for line in labelled.read_text().splitlines()})
    assert int(figures["labelled_n"]) == 1200 and int(figures["labelled_leaves"]) == leaves
    assert float(figures["labelled_leaf_nmi"]) > 0.7  # the demo's topics are well separated
    assert 0 < float(figures["labelled_top_purity"]) <= 1
    assert figures["labelled_same_seed_identical"] == "1"
    assert 0 <= float(figures["labelled_seed_ari"]) <= 1
    assert all(0 <= float(figures[f"labelled_name_cover_l{i}"]) <= 1 for i in (1, 2, 3))
