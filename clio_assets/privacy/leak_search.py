"""Leak audit: plant known personal values in a day of conversations, then look for
every one of them in everything that was published (tables, Parquet, pages).

Used by bench/leaks.py and the leak test; the search itself (`find_values`) can audit
any published output against any list of known values."""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import lancedb
import pyarrow.parquet as pq

TARGET_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
                "STREET_ADDRESS"}
MIN_VALUE_CHARS = 5  # shorter values ("Li", "Bo") match ordinary text by chance


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def synth_sentences(path: Path) -> list[tuple[str, list[dict]]]:
    """presidio-synth sentences with their target-type values."""
    rows = json.loads(path.read_text())
    out = []
    for row in rows:
        values = [{"type": s["entity_type"], "value": s["entity_value"]} for s in row["spans"]
                  if s["entity_type"] in TARGET_TYPES]
        if values:
            out.append((row["full_text"], values))
    return out


def plant(records: Iterator[tuple[dict, dict]], sentences: list[tuple[str, list[dict]]], rate: float,
          seed: int) -> Iterator[tuple[dict, dict]]:
    """Append a presidio-synth sentence to the first user turn of `rate` of conversations."""
    rng = random.Random(seed)
    for record, truth in records:
        if rng.random() < rate:
            text, values = rng.choice(sentences)
            first = next(m for m in record["messages"] if m["role"] == "user")
            first["content"] = f"{first['content']} {text}"
            truth = {**truth, "pii": [*truth.get("pii", []), *values]}
        yield record, truth


def searchable(values: list[str]) -> list[str]:
    return sorted({normalise(v) for v in values if len(normalise(v)) >= MIN_VALUE_CHARS})


def published_corpus(published_uri: str, export_dir: Path) -> str:
    """Every string in the published LanceDB, the Parquet exports and any page, normalised."""
    parts: list[str] = []
    db = lancedb.connect(published_uri)
    for name in db.list_tables().tables:
        parts += _strings(db.open_table(name).to_arrow().to_pylist())
    for path in export_dir.rglob("*"):
        if path.suffix == ".parquet":
            parts += _strings(pq.read_table(path).to_pylist())
        elif path.suffix in {".html", ".json", ".md", ".txt", ".svg", ".csv"}:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return normalise("\n".join(parts))


def _strings(rows: list[dict]) -> list[str]:
    out: list[str] = []
    for row in rows:
        for value in row.values():
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, list):
                out += [v for v in value if isinstance(v, str)]
    return out


def word_re(phrase: str) -> re.Pattern:
    """A value as a whole token sequence: "20789" is not found inside "0.7520789"."""
    return re.compile(r"(?<!\w)" + re.escape(normalise(phrase)) + r"(?!\w)")


def find_values(corpus: str, values: list[str]) -> list[str]:
    """The values (already normalised) that occur in the corpus as whole tokens."""
    return [v for v in values if v in corpus and word_re(v).search(corpus)]


def contains_any(text: str, values: list[str]) -> bool:
    text = normalise(text)
    return any(v in text and word_re(v).search(text) for v in values)
