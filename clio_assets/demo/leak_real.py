"""Per-layer leak figures on real traffic: arena-even conversations with presidio-synth values planted
at a known rate, plus the person names already in the real text.

For each layer the share of conversations whose own values are still there: in the user turns as
written, in the request summary, in the names and descriptions of the deepest hierarchy level,
and anywhere in the published tier (LanceDB tables, Parquet exports, pages). The names already in
the text are found by a second detector that shares none of the scrubber's rules or name lists:
spaCy's statistical PERSON spans taken unfiltered, and natasha's for Cyrillic text. (The scrubber
also runs spaCy's model, behind a filter, so this detector is independent of its rules but not of
that model: residual names that model also misses are not counted.)
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from clio_assets.demo.leak_harness import run_day
from clio_assets.privacy import leak_search as la
from clio_assets.privacy.pii.ner_cyrillic import find_cyrillic_persons
from clio_assets.shared import settings

LAYERS = ("conversations", "summaries", "deepest_names", "published")


@lru_cache(maxsize=1)
def _spacy():
    import spacy

    from clio_assets.privacy.pii.scrub import NER_MODEL, NER_UNUSED_PIPES

    return spacy.load(NER_MODEL, exclude=list(NER_UNUSED_PIPES))


_NAME_SHAPE = re.compile(r"(?:[^\W\d_][^\W\d_'’.-]*[.]?)(?:[ ](?:[^\W\d_][^\W\d_'’.-]*[.]?)){0,3}")


def _name_shaped(span: str) -> bool:
    """Up to four words of letters, each capitalised, not all capitals, and not one everyday word
    (spaCy's small model tags code identifiers and common nouns as PERSON: "Python", "String")."""
    from clio_assets.privacy.pii.names.world import common_words

    words = span.split()
    return bool(_NAME_SHAPE.fullmatch(span)) and all(w[0].isupper() for w in words) and not span.isupper() \
        and not (len(words) == 1 and span.lower() in common_words())


def second_detector_names(text: str, max_chars: int = 20_000) -> list[str]:
    """Person names in ``text`` by the second detector (spaCy's PERSON spans without the scrubber's
    filter, natasha's for Cyrillic), kept when name-shaped."""
    text = text[:max_chars]
    names = [e.text for e in _spacy()(text).ents if e.label_ == "PERSON"]
    names += [text[a:b] for a, b, _ in find_cyrillic_persons(text)]
    return la.searchable([n for n in names if _name_shaped(n.strip())])


def load_arena(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _user_text(record: dict) -> str:
    return "\n".join(m["content"] for m in record["messages"] if m["role"] == "user")


def run_real_leak_audit(day: str, arena_path: Path, synth_path: Path, rate: float = 0.1, seed: int = 0) -> dict:
    """Needs the CLIO_* locations set; returns per-layer counts for planted values and real names."""
    records = load_arena(arena_path)
    real_names = {r["conversation_id"]: second_detector_names(_user_text(r)) for r in records}
    planted_pairs = list(la.plant(((r, {}) for r in records), la.synth_sentences(synth_path), rate, seed))
    planted = {r["conversation_id"]: la.searchable([p["value"] for p in t.get("pii", [])]) for r, t in planted_pairs}
    facets, hierarchy = run_day(day, [r for r, _ in planted_pairs])
    deepest = hierarchy[hierarchy.level == hierarchy.level.max()]
    deepest_text = la.normalise("\n".join(deepest.name.tolist() + deepest.description.tolist()))
    where = settings.locations()
    published = la.published_corpus(where.published_uri, where.export_dir)
    texts = {r["conversation_id"]: _user_text(r) for r, _ in planted_pairs}

    def layer_counts(values: dict[str, list[str]]) -> dict[str, int]:
        ids = [c for c, v in values.items() if v]
        summary = {c: str(facets.request.get(c, "")) for c in ids}
        return {"conversations": sum(la.contains_any(texts[c], values[c]) for c in ids),
                "summaries": sum(la.contains_any(summary[c], values[c]) for c in ids),
                "deepest_names": sum(la.contains_any(deepest_text, values[c]) for c in ids),
                "published": sum(bool(la.find_values(published, values[c])) for c in ids)}

    in_summaries = sorted({v for c, vs in real_names.items() for v in vs
                           if la.contains_any(str(facets.request.get(c, "")), [v])})
    leaked_real = sorted({v for vs in real_names.values() for v in la.find_values(published, vs)})
    leaked_planted = sorted({v for vs in planted.values() for v in la.find_values(published, vs)})
    return {"conversations": len(records), "planted": layer_counts(planted), "real_names": layer_counts(real_names),
            "values_planted": len({v for vs in planted.values() for v in vs}),
            "names_real": len({v for vs in real_names.values() for v in vs}),
            "leaked_planted": leaked_planted, "leaked_real": leaked_real,
            "real_in_summaries": in_summaries}
