"""Person-name recall and precision of the scrubber on real annotated text (ner-wiki).

    python3 dev.py bench pii_real [--split dev|held|all] [--lang en,de,...] [--limit N] [--errors N]

Sources (../shared/data/ner-wiki, provenance in its README): `wikigold-en` (hand-annotated English
Wikipedia sentences) and `wikineural-<lang>` (silver-standard Wikipedia sentences in de, en, es, fr, it,
nl, pl, pt, ru). Each file is split once by line number, fixed before any error was read: even lines
are the development half, odd lines the held-out half. Rules are only ever changed while looking at
`--split dev`; the held-out half is for the figures.

A gold PER span counts as caught when at least half of its non-space characters are covered by
predicted spans of any type (the name is gone, whatever we called it). Precision is the share of
predicted PERSON spans that overlap a gold PER span. Reports per source, then the pooled figures,
and the scrubbing cost in ms per text. Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "ner-wiki"
LANGS = ("en", "de", "es", "fr", "it", "nl", "pl", "pt", "ru")

from bench.pii import _covered_share  # noqa: E402

Span = tuple[int, int, str]


def sources(langs: tuple[str, ...]) -> dict[str, Path]:
    found = {"wikigold-en": DATA / "wikigold-en.jsonl"} if "en" in langs else {}
    found |= {f"wikineural-{lang}": DATA / f"wikineural-{lang}.jsonl" for lang in langs}
    return {name: path for name, path in found.items() if path.exists()}


def load(path: Path, split: str, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split != "all":
        rows = [r for i, r in enumerate(rows) if i % 2 == (0 if split == "dev" else 1)]
    return rows[:limit] if limit else rows


def evaluate(rows: list[dict], detect: Callable[[str], list[Span]]) -> dict:
    support = caught = n_person = n_true = 0
    missed: list[str] = []
    false_pos: list[str] = []
    elapsed = 0.0
    for row in rows:
        text = row["text"]
        t0 = time.perf_counter()
        preds = detect(text)
        elapsed += time.perf_counter() - t0
        gold = [(e["start"], e["end"]) for e in row["entities"] if e["label"] == "PER"]
        for gs, ge in gold:
            support += 1
            if _covered_share(text, gs, ge, preds) >= 0.5:
                caught += 1
            else:
                missed.append(f"{text[gs:ge]!r}  in  {text!r}")
        for ps, pe, kind in preds:
            if kind != "PERSON":
                continue
            n_person += 1
            if any(gs < pe and ps < ge for gs, ge in gold):
                n_true += 1
            else:
                false_pos.append(f"{text[ps:pe]!r}  in  {text!r}")
    return {"texts": len(rows), "support": support, "recall": caught / support if support else 1.0,
            "n_person": n_person, "precision": n_true / n_person if n_person else 1.0,
            "caught": caught, "true": n_true, "ms": 1000 * elapsed / max(len(rows), 1),
            "missed": missed, "false_pos": false_pos}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held", "all"), default="held")
    parser.add_argument("--lang", default=",".join(LANGS))
    parser.add_argument("--limit", type=int, default=None, help="texts per source")
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false positives per source")
    args = parser.parse_args(argv)
    found = sources(tuple(args.lang.split(",")))
    if not found:
        print(f"no ner-wiki data at {DATA}", file=sys.stderr)
        return 1
    from clio_assets.privacy.pii.scrub import detect

    detect("Warm up: load the analyzer and name lists outside the timing, Anna Schmidt.")
    print(f"ner-wiki person names, split={args.split}")
    print(f"{'source':<16}{'texts':>7}{'names':>7}{'recall':>8}{'found':>7}{'precision':>10}{'ms/text':>9}")
    pairs: list[str] = []
    totals = {"support": 0, "caught": 0, "n_person": 0, "true": 0, "texts": 0, "time": 0.0}
    for name, path in found.items():
        result = evaluate(load(path, args.split, args.limit), detect)
        print(f"{name:<16}{result['texts']:>7}{result['support']:>7}{result['recall']:>8.3f}"
              f"{result['n_person']:>7}{result['precision']:>10.3f}{result['ms']:>9.2f}")
        for key in ("support", "caught", "n_person", "true", "texts"):
            totals[key] += result[key]
        totals["time"] += result["ms"] * result["texts"]
        pairs += [f"recall_{name}={result['recall']:.3f}", f"precision_{name}={result['precision']:.3f}"]
        for example in result["missed"][:args.errors]:
            print(f"  MISSED {example}")
        for example in result["false_pos"][:args.errors]:
            print(f"  FALSE+ {example}")
    recall = totals["caught"] / max(totals["support"], 1)
    precision = totals["true"] / max(totals["n_person"], 1)
    ms = totals["time"] / max(totals["texts"], 1)
    print(f"{'pooled':<16}{totals['texts']:>7}{totals['support']:>7}{recall:>8.3f}{totals['n_person']:>7}"
          f"{precision:>10.3f}{ms:>9.2f}")
    print(" ".join([f"recall={recall:.3f}", f"precision={precision:.3f}", f"ms_per_text={ms:.2f}", *pairs]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
