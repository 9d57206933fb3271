"""Leak harness: personal values from presidio-synth planted in generated conversations,
plus rare topics only one or two users mention with identifying detail; runs the full
pipeline and searches every published table, Parquet export and page for every value.

    python3 dev.py bench leaks [--n 5000] [--users 1000] [--rate 0.1] [--rare 8]
    python3 dev.py bench leaks --real [--rate 0.1]

`--real` runs on real traffic instead (../shared/data/arena-even): presidio-synth values planted in
`rate` of the conversations, and the person names already in them found by a second detector
(clio_assets/demo/leak_real.py); it reports the share of conversations whose values are still in the
user text, the request summary, the deepest level's names and the published tier.

Target: 0 leaked values, 0 rare details visible. Also reports the share of conversations
containing their planted PII after each layer (Clio paper: ~10% -> 1.5% -> ~0).
Ends with one machine-readable line of name=value pairs."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SYNTH = ROOT.parent / "shared" / "data" / "presidio-synth" / "synth_dataset_v2.json"
ARENA = ROOT.parent / "shared" / "data" / "arena-even" / "conversations.jsonl"


def report_real(outcome: dict) -> None:
    from clio_assets.demo.leak_real import LAYERS

    n = outcome["conversations"]
    print(f"arena-even: {n} real conversations; {outcome['values_planted']} planted values, "
          f"{outcome['names_real']} person names already in the text (second detector)")
    print(f"{'layer':<16}{'planted PII':>14}{'real names':>14}   (share of all conversations)")
    pairs = []
    for layer in LAYERS:
        planted, real = outcome["planted"][layer], outcome["real_names"][layer]
        print(f"{layer:<16}{planted / n:>14.2%}{real / n:>14.2%}")
        pairs += [f"planted_{layer}={planted / n:.4f}", f"real_{layer}={real / n:.4f}"]
    print(f"published planted values: {outcome['leaked_planted'] or 'none'}")
    print(f"published real names: {outcome['leaked_real'] or 'none'}")
    print(f"real names left in request summaries ({len(outcome['real_in_summaries'])} distinct, for review): "
          + ", ".join(outcome["real_in_summaries"][:60]))
    print(" ".join(pairs + [f"leaked_planted={len(outcome['leaked_planted'])}",
                            f"leaked_real={len(outcome['leaked_real'])}"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=0.1,
                        help="share of conversations given a presidio-synth sentence")
    parser.add_argument("--rare", type=int, default=8)
    parser.add_argument("--real", action="store_true", help="plant in real arena-even conversations instead")
    args = parser.parse_args()
    if not SYNTH.exists():
        raise SystemExit(f"{SYNTH} is missing: the leak harness needs ../shared/data/presidio-synth")
    if args.real and not ARENA.exists():
        raise SystemExit(f"{ARENA} is missing: --real needs ../shared/data/arena-even")
    with tempfile.TemporaryDirectory(prefix="clio-leaks-") as tmp:
        for name, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"),
                          ("CLIO_RESTRICTED_URI", "lancedb/restricted"),
                          ("CLIO_PUBLISHED_URI", "lancedb/published"), ("CLIO_EXPORT_DIR", "exports")]:
            os.environ[name] = str(Path(tmp) / sub)
        os.environ.pop("DAGSTER_HOME", None)
        if args.real:
            from clio_assets.demo.leak_real import run_real_leak_audit

            report_real(run_real_leak_audit("2026-04-05", ARENA, SYNTH, args.rate))
            return
        from clio_assets.demo.leak_harness import run_leak_audit

        outcome = run_leak_audit("2026-04-04", args.n, args.users, SYNTH, args.rate, args.rare)
    figures = outcome["figures"]
    print(f"planted PII in {figures['conversations_with_pii']} of {figures['conversations']} conversations; "
          f"searched {figures['values_searched']} values and {figures['rare_topics']} rare topics")
    for layer in ("before_scrubbing", "after_scrubbing", "after_summarisation", "after_clustering"):
        print(f"  conversations containing their PII {layer.replace('_', ' '):<22} {figures['pii_' + layer]:.2%}")
    print(f"leaked values: {figures['leaked_values']}   rare details visible: {figures['rare_details_visible']}")
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
