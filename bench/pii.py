"""PII scrubber quality on presidio-research's synthetic sentences (presidio-synth).

    python3 dev.py bench pii [--split all|even|odd] [--limit N] [--errors N]
    python3 dev.py bench pii --negatives [N]


Scores `clio_assets.privacy.pii.scrub.detect` span by span. A gold span counts as caught when at
least half of its non-space characters are covered by predicted spans of ANY of our types
(for privacy what matters is that it is gone); type-exact recall is reported too. Precision
is the share of predicted spans overlapping any gold span, targets or incidental (GPE,
ORGANIZATION, ... are not targets, but removing them is not a privacy error). `--split`
selects even or odd template ids, so a rule written while looking at one half can be checked
on the other. Ends with one machine-readable line of name=value pairs.
`--negatives` instead runs detect over ordinary requests (CLINC150, BANKING77 and arena-even's user turns)
and prints the PERSON and PHONE spans found there with their counts, most frequent first: those
requests hold few names (some do: "text john i'm late"), so the list is for a reviewer to judge.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "presidio-synth" / "synth_dataset_v2.json"

# dataset type -> our entity type (our names follow presidio's, so the map is the identity)
TARGETS = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL_ADDRESS", "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN_CODE", "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS", "STREET_ADDRESS": "STREET_ADDRESS",
}
SHORT = {"PERSON": "person", "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "CREDIT_CARD": "credit_card",
         "IBAN_CODE": "iban", "US_SSN": "ssn", "IP_ADDRESS": "ip", "STREET_ADDRESS": "address"}
CAUGHT_SHARE = 0.5

Span = tuple[int, int, str]


def load(split: str = "all", limit: int | None = None) -> list[dict]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    if split != "all":
        parity = 0 if split == "even" else 1
        rows = [r for r in rows if r["template_id"] % 2 == parity]
    return rows[:limit] if limit else rows


def _covered_share(text: str, start: int, end: int, preds: Iterable[Span]) -> float:
    """Share of the non-space characters of text[start:end] covered by ``preds``."""
    covered = [False] * (end - start)
    for ps, pe, _ in preds:
        for i in range(max(ps, start), min(pe, end)):
            covered[i - start] = True
    chars = [c for i, c in enumerate(covered) if not text[start + i].isspace()]
    return sum(chars) / len(chars) if chars else 1.0


def evaluate(rows: list[dict], detect: Callable[[str], list[Span]]) -> dict:
    """Per-type recall (any type / exact type), precision, and examples of both error kinds."""
    support: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    false_pos: dict[str, list[str]] = defaultdict(list)
    n_pred = n_true_pred = 0
    incidental_hits: Counter[str] = Counter()  # predictions that overlap only non-target gold spans
    elapsed = 0.0
    for row in rows:
        text = row["full_text"]
        t0 = time.perf_counter()
        preds = detect(text)
        elapsed += time.perf_counter() - t0
        gold = [(s["start_position"], s["end_position"], s["entity_type"]) for s in row["spans"]]
        for gs, ge, gtype in gold:
            support[gtype] += 1
            if _covered_share(text, gs, ge, preds) >= CAUGHT_SHARE:
                caught[gtype] += 1
            else:
                missed[gtype].append(f"{text[gs:ge]!r}  in  {text!r}")
            if gtype in TARGETS \
                    and _covered_share(text, gs, ge, [p for p in preds if p[2] == TARGETS[gtype]]) >= CAUGHT_SHARE:
                exact[gtype] += 1
        for ps, pe, ptype in preds:
            n_pred += 1
            hits = [g for g in gold if g[0] < pe and ps < g[1]]
            if hits:
                n_true_pred += 1
                if all(g[2] not in TARGETS for g in hits):
                    incidental_hits[hits[0][2]] += 1
            else:
                false_pos[ptype].append(f"{text[ps:pe]!r}  in  {text!r}")
    return {
        "support": support, "caught": caught, "exact": exact, "missed": missed, "false_pos": false_pos,
        "n_pred": n_pred, "precision": n_true_pred / n_pred if n_pred else 1.0,
        "incidental_hits": incidental_hits, "ms_per_text": 1000 * elapsed / max(len(rows), 1),
    }


def recall(result: dict, gtype: str, exact: bool = False) -> float:
    n = result["support"][gtype]
    return (result["exact" if exact else "caught"][gtype] / n) if n else 1.0


def report(result: dict, n_errors: int = 0) -> str:
    lines = [f"{'entity type':<20}{'support':>8}{'recall':>9}{'exact':>9}"]
    for gtype in TARGETS:
        lines.append(f"{gtype:<20}{result['support'][gtype]:>8}{recall(result, gtype):>9.3f}"
                     f"{recall(result, gtype, True):>9.3f}")
    lines.append("incidental (not targets; removed share, and predictions landing only on them):")
    for gtype in sorted(set(result["support"]) - set(TARGETS)):
        lines.append(f"  {gtype:<18}{result['support'][gtype]:>8}{recall(result, gtype):>9.3f}"
                     f"{result['incidental_hits'][gtype]:>9}")
    fp = sum(len(v) for v in result["false_pos"].values())
    lines.append(f"precision {result['precision']:.3f} ({result['n_pred']} predicted spans, {fp} false positives: "
                 + ", ".join(f"{k} {len(v)}" for k, v in sorted(result["false_pos"].items())) + ")")
    lines.append(f"time {result['ms_per_text']:.2f} ms per text")
    if n_errors:
        for gtype in TARGETS:
            for example in result["missed"][gtype][:n_errors]:
                lines.append(f"MISSED {gtype}: {example}")
        for ptype, examples in sorted(result["false_pos"].items()):
            for example in examples[:n_errors]:
                lines.append(f"FALSE+ {ptype}: {example}")
    pairs = [f"recall_{SHORT[t]}={recall(result, t):.3f}" for t in TARGETS]
    pairs += [f"precision={result['precision']:.3f}", f"ms_per_text={result['ms_per_text']:.2f}"]
    lines.append(" ".join(pairs))
    return "\n".join(lines)


def negatives(detect: Callable[[str], list[Span]], show: int) -> str:
    """PERSON and PHONE spans over CLINC150 and BANKING77 requests, per corpus, for review."""
    import csv

    shared = ROOT.parent / "shared" / "data"
    corpora: dict[str, list[str]] = {}
    clinc = shared / "clinc150" / "data_full.json"
    if clinc.exists():
        corpora["clinc150"] = [t for split in json.loads(clinc.read_text(encoding="utf-8")).values() for t, _ in split]
    bank = [shared / "banking77" / f"{name}.csv" for name in ("train", "test")]
    if all(p.exists() for p in bank):
        corpora["banking77"] = [r["text"] for p in bank for r in csv.DictReader(p.open(encoding="utf-8"))]
    arena = shared / "arena-even" / "conversations.jsonl"
    if arena.exists():  # real user turns: some names are real, the list is for a reviewer to judge
        corpora["arena-even"] = [m["content"] for line in arena.read_text(encoding="utf-8").splitlines() if line
                                 for m in json.loads(line)["messages"] if m["role"] == "user"]
    lines = []
    for name, texts in corpora.items():
        spans: dict[str, Counter] = {"PERSON": Counter(), "PHONE_NUMBER": Counter()}
        t0 = time.perf_counter()
        for text in texts:
            for start, end, kind in detect(text):
                if kind in spans:
                    spans[kind][text[start:end]] += 1
        ms = 1000 * (time.perf_counter() - t0) / max(len(texts), 1)
        lines.append(f"{name}: {len(texts)} texts, {ms:.2f} ms per text, "
                     + ", ".join(f"{k} {sum(c.values())} spans ({len(c)} distinct)" for k, c in spans.items()))
        for kind, counts in spans.items():
            shown = ", ".join(f"{w!r} {n}" for w, n in counts.most_common(show))
            lines.append(f"  {kind}: {shown}")
    return "\n".join(lines) if lines else "no CLINC150 or BANKING77 data found"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false positives per type")
    parser.add_argument("--negatives", type=int, nargs="?", const=1000, default=None,
                        help="scan CLINC150 and BANKING77 requests instead and list up to N distinct spans")
    args = parser.parse_args(argv)
    if args.negatives is not None:
        from clio_assets.privacy.pii.scrub import detect

        detect("warm up")
        print(negatives(detect, args.negatives))
        return 0
    if not DATA.exists():
        print(f"no data at {DATA}", file=sys.stderr)
        return 1
    from clio_assets.privacy.pii.scrub import detect

    detect("warm up: load the analyzer and gazetteers outside the timing")
    rows = load(args.split, args.limit)
    print(f"presidio-synth, split={args.split}, {len(rows)} texts")
    print(report(evaluate(rows, detect), args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
