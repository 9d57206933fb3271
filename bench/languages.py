"""The languages facet: lingua alone against fastText then lingua (`facets/languages.py`).

    python3 dev.py bench languages [--per-language 2500]

Labelled text: ner-wiki's Wikipedia sentences (`../shared/data/ner-wiki/wikineural-<lang>.jsonl`,
9 languages, the language is the file's), whole and cut to 60 and 30 characters (short chat
turns). For each: the share of sentences given their language, CPU milliseconds per text,
and the share the pair sends to lingua. Then, on real traffic without labels
(`../shared/data/arena-even`), how often the two agree on each conversation's primary language.
Ends with one name=value line.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
CUTS = (None, 60, 30)


def labelled(per_language: int) -> list[tuple[str, str]]:
    out = []
    for path in sorted((DATA / "ner-wiki").glob("wikineural-*.jsonl")):
        lang = path.stem.removeprefix("wikineural-")
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:per_language]
        out += [(json.loads(line)["text"], lang) for line in lines]
    return out


def timed(fn, texts: list[str]) -> tuple[list[str], float]:
    start = time.process_time()
    found = fn(texts)
    return found, (time.process_time() - start) * 1000 / max(1, len(texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=2500)
    args = parser.parse_args(argv)
    if not (DATA / "ner-wiki").exists():
        print(f"no data at {DATA / 'ner-wiki'}", file=sys.stderr)
        return 1
    from clio_assets.facets import languages as L

    rows = labelled(args.per_language)
    L.detect_languages(["warm up the models"])
    figures: dict[str, float] = {"texts": len(rows)}
    for cut in CUTS:
        texts = [t if cut is None else t[:cut] for t, _ in rows]
        gold = [g for _, g in rows]
        alone, alone_ms = timed(L.lingua_languages, [t[:L.MAX_CHARS] for t in texts])
        pair, pair_ms = timed(L.detect_languages, texts)
        unsure = sum(L.confident_language(t[:L.MAX_CHARS]) is None for t in texts)
        name = "whole" if cut is None else f"cut{cut}"
        figures |= {f"{name}_lingua_acc": sum(a == g for a, g in zip(alone, gold)) / len(gold),
                    f"{name}_pair_acc": sum(p == g for p, g in zip(pair, gold)) / len(gold),
                    f"{name}_lingua_ms": alone_ms, f"{name}_pair_ms": pair_ms,
                    f"{name}_lingua_share": unsure / len(texts)}
        print(f"{name:6} lingua {figures[f'{name}_lingua_acc']:.4f} ({alone_ms:.3f} ms/text)   "
              f"fastText+lingua {figures[f'{name}_pair_acc']:.4f} ({pair_ms:.3f} ms/text, "
              f"lingua reads {unsure / len(texts):.1%})")
    arena = DATA / "arena-even" / "conversations.jsonl"
    if arena.exists():
        convs = [json.loads(line) for line in arena.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts = [" ".join(m["content"] for m in c["messages"] if m["role"] == "user")[:L.MAX_CHARS] for c in convs]
        agree = sum(a == b for a, b in zip(L.lingua_languages(texts), L.detect_languages(texts))) / len(texts)
        figures["arena_agreement"] = agree
        print(f"arena-even: the two agree on {agree:.2%} of {len(texts)} conversations' primary language")
    print(" ".join(f"{k}={v:.4f}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
