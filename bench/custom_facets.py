"""Offline accuracy of custom enum facets, and the calibration of their abstain threshold.

    python bench/custom_facets.py [--limit N]      # evaluate on CLINC150 (test + out-of-scope test)
    python bench/custom_facets.py --calibrate      # recompute clio_assets/facets/custom_abstain.yaml

Evaluation: the custom facet of bench/custom_facets_clinc.yaml ("which area of daily life is
the request about?", one option per CLINC150 domain, descriptions written before any result)
is answered by the offline backend for every request of CLINC150's `test` split (4,500
in-scope requests, 10 domains) and its `oos_test` split (1,000 requests that fit no intent).
Each request goes through the pipeline's own path: a one-turn conversation, summarised and
scrubbed (facets/offline.scrubbed_requests), embedded with the pipeline's model, answered
with the calibrated threshold. Neither the train nor the val split is read; the threshold
is calibrated on the project's own taxonomy (topics.yaml), never on CLINC150.

Reports accuracy on in-scope requests (an abstention counts as wrong), accuracy among those
answered, the abstain rate on in-scope and on out-of-scope requests, and for context the
accuracy of the nearest option with no abstention; ends with one line of name=value pairs.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = (ROOT / ".." / "shared" / "data" / "clinc150").resolve()
FACETS_FILE = Path(__file__).with_name("custom_facets_clinc.yaml")


def calibrate() -> dict[str, float]:
    from clio_assets.embeddings.areas import labels
    from clio_assets.facets.custom_offline import THRESHOLDS, calibrate
    from clio_assets.models.embedding import USE_MULTILINGUAL, WORDLLAMA, embed_texts

    topics = labels("topics")
    found = {}
    for model in (USE_MULTILINGUAL, WORDLLAMA):  # the models of the base install
        found[model] = calibrate([t.description for t in topics], [t.examples for t in topics],
                                 partial(embed_texts, model=model))
    head = "".join(line for line in THRESHOLDS.read_text(encoding="utf-8").splitlines(keepends=True)
                   if line.startswith("#"))
    THRESHOLDS.write_text(head + yaml.safe_dump({"thresholds": found}, sort_keys=True), encoding="utf-8")
    return found


def evaluate(limit: int) -> dict[str, object]:
    from clio_assets.facets.custom import OTHER, load_facets
    from clio_assets.facets.custom_offline import abstain_threshold, enum_answers
    from clio_assets.facets.offline import scrubbed_requests
    from clio_assets.models.embedding import DEFAULT_MODEL, embed_texts
    from clio_assets.shared.records import Conversation, Message

    data = json.loads((DATA / "data_full.json").read_text(encoding="utf-8"))
    domain_of = {intent: domain for domain, intents in json.loads((DATA / "domains.json").read_text()).items()
                 for intent in intents}
    inscope = data["test"][:limit] if limit else data["test"]
    oos = data["oos_test"][:limit // 4] if limit else data["oos_test"]
    texts = [t for t, _ in inscope] + [t for t, _ in oos]
    truth = [domain_of[i] for _, i in inscope] + [OTHER] * len(oos)
    custom = load_facets(str(FACETS_FILE))
    assert custom is not None
    start = time.perf_counter()
    conversations = [Conversation(f"c{i}", f"u{i}", (Message("user", t),), "bench", "clinc150", i)
                     for i, t in enumerate(texts)]
    requests = scrubbed_requests(conversations)
    embed = lambda batch: embed_texts(batch, DEFAULT_MODEL)  # noqa: E731
    vectors = embed(requests)
    answers = enum_answers(custom, vectors, embed, abstain_threshold(DEFAULT_MODEL))["custom_domain"]
    nearest = enum_answers(custom, vectors, embed, -1.0)["custom_domain"]  # never abstains: for context
    seconds = time.perf_counter() - start
    got, want = np.array(answers), np.array(truth)
    ins, out = want != OTHER, want == OTHER
    answered = ins & (got != OTHER)
    confusion: dict[str, dict[str, int]] = {}
    for g, w in zip(got[ins], want[ins]):
        confusion.setdefault(w, {}).setdefault(g, 0)
        confusion[w][g] += 1
    for domain, row in sorted(confusion.items()):
        total = sum(row.values())
        wrong = sorted(((v, k) for k, v in row.items() if k not in (domain, OTHER)), reverse=True)[:2]
        print(f"{domain:20s} n={total:4d} right={row.get(domain, 0) / total:.1%} "
              f"abstain={row.get(OTHER, 0) / total:.1%} most_confused_with={[(str(k), v) for v, k in wrong]}")
    return {"model": DEFAULT_MODEL, "threshold": abstain_threshold(DEFAULT_MODEL),
            "inscope": int(ins.sum()), "oos": int(out.sum()),
            "accuracy": round(float((got[ins] == want[ins]).mean()), 4),
            "accuracy_answered": round(float((got[answered] == want[answered]).mean()), 4) if answered.any() else 0.0,
            "abstain_inscope": round(float((got[ins] == OTHER).mean()), 4),
            "accuracy_never_abstain": round(float((np.array(nearest)[ins] == want[ins]).mean()), 4),
            "abstain_oos": round(float((got[out] == OTHER).mean()), 4) if out.any() else 0.0,
            "requests_per_s": round(len(texts) / seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="first N in-scope (N/4 out-of-scope) requests; 0 = all")
    args = parser.parse_args()
    if args.calibrate:
        print(" ".join(f"threshold[{k}]={v}" for k, v in calibrate().items()))
        return
    if not DATA.exists():
        raise SystemExit(f"{DATA} is absent: CLINC150 is only on the dev machines (see ../shared/data/README.md)")
    print(" ".join(f"{k}={v}" for k, v in evaluate(args.limit).items()))


if __name__ == "__main__":
    main()
