"""The leak-test harness: plant values, run the real pipeline, search every output.

Per-layer figures follow the Clio paper's measurement: the share of conversations
that still contain one of their own planted values after each privacy layer."""
import json
from pathlib import Path

import dagster as dg

from clio_assets.demo.generator import iter_conversations
from clio_assets.privacy import leak_search as la
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.shared import settings


def write_day(source_root: Path, day: str, records: list[dict]) -> None:
    day_dir = source_root / day
    day_dir.mkdir(parents=True, exist_ok=True)
    for old in day_dir.glob("*.jsonl"):
        old.unlink()
    with (day_dir / "conversations-000.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def run_day(day: str, records: list[dict]):
    """Write ``records`` as the source of ``day``, run the whole pipeline on it, and return the day's
    restricted (conversation_facets indexed by conversation id, cluster_hierarchy). Needs CLIO_* set."""
    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env

    write_day(settings.locations().source_root, day, records)
    result = dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources(),
                            raise_on_error=False)
    if not result.success:
        raise RuntimeError(f"the pipeline failed on {day} during the leak audit")
    storage = storage_from_env()
    facets = storage.read("restricted", "conversation_facets", day).set_index("conversation_id")
    return facets, storage.read("restricted", "cluster_hierarchy", day)


def run_leak_audit(day: str, n: int, users: int, synth_path: Path, rate: float = 0.1, rare: int = 5,
                   seed: int = 0) -> dict:
    """Needs the CLIO_* locations set; returns figures and the leaked values (if any)."""
    pairs = list(la.plant(iter_conversations(day, n, users, seed, rare_topics=rare), la.synth_sentences(synth_path),
                          rate, seed))
    facets, hierarchy = run_day(day, [r for r, _ in pairs])
    names = la.normalise("\n".join(hierarchy.name.tolist() + hierarchy.description.tolist()))

    planted = {r["conversation_id"]: la.searchable([p["value"] for p in t["pii"]]) for r, t in pairs}
    with_pii = [r for r, _ in pairs if planted[r["conversation_id"]]]
    user_text = {r["conversation_id"]: "\n".join(m["content"] for m in r["messages"] if m["role"] == "user")
                 for r in with_pii}
    layer = {
        "before_scrubbing": sum(la.contains_any(user_text[c], planted[c]) for c in user_text),
        "after_scrubbing": sum(la.contains_any(scrub_text(user_text[c]), planted[c]) for c in user_text),
        "after_summarisation": sum(la.contains_any(facets.request.get(c, ""), planted[c]) for c in user_text),
        "after_clustering": sum(la.contains_any(names, planted[c]) for c in user_text),
    }
    where = settings.locations()
    corpus = la.published_corpus(where.published_uri, where.export_dir)
    all_values = sorted({v for vs in planted.values() for v in vs})
    leaked = la.find_values(corpus, all_values)
    rare_details = sorted({la.normalise(d) for _, t in pairs for d in t.get("rare_details", [])})
    rare_visible = [d for d in rare_details if la.word_re(d).search(corpus)]
    figures = {"conversations": len(pairs), "conversations_with_pii": len(with_pii),
               "values_searched": len(all_values), "leaked_values": len(leaked),
               "rare_topics": len(rare_details) // 2, "rare_details_visible": len(rare_visible),
               **{f"pii_{k}": v / len(pairs) for k, v in layer.items()}}
    return {"figures": figures, "leaked": leaked, "rare_visible": rare_visible}
