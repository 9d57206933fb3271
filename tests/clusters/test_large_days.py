"""Large-day paths of the clusters stage: vectors streamed into one array in the facets'
order, and language centring in place, agree with the small-day path."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from clio_assets.clusters import vectors as lean
from clio_assets.models.embedding import language_centered
from clio_assets.shared.tables import PartitionTable
from resources.storage import ClioStorage

DAY = "2026-02-02"


def embeddings_table(tmp_path: Path, ids: list[str], vectors: np.ndarray) -> PartitionTable:
    storage = ClioStorage(restricted_uri=str(tmp_path / "r"), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    table = pa.table({"conversation_id": ids,
                      "vector": pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), vectors.shape[1]),
                      "areas": [[f"area-{i % 3}"] for i in range(len(ids))]})
    storage.write("restricted", "facet_embeddings", DAY, table)
    return PartitionTable(storage, "restricted", "facet_embeddings", (DAY,))


def test_vectors_come_back_in_the_facets_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lean, "BATCH_ROWS", 7)  # several batches
    rng = np.random.default_rng(0)
    ids = [f"c{i}" for i in range(40)]
    vectors = rng.normal(size=(40, 6)).astype(np.float32)
    table = embeddings_table(tmp_path, ids, vectors)
    order = rng.permutation(40)
    got, extra = lean.read_vectors(table, [ids[i] for i in order], ["areas"])
    assert np.array_equal(got, vectors[order])
    assert extra["areas"] == [(f"area-{i % 3}",) for i in order]
    with pytest.raises(KeyError, match="no embedding"):
        lean.read_vectors(table, [*ids, "missing"], [])


def test_in_place_centring_matches_language_centered(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(500, 16)).astype(np.float32)
    languages = [["en", "de", "fr"][i % 3] if i < 490 else "xx" for i in range(500)]  # "xx": below the minimum
    expected = language_centered(vectors, languages)
    assert np.array_equal(lean.centre_by_language(vectors.copy(), languages), expected)  # small day: same path
    monkeypatch.setattr(lean, "LEAN_MIN_N", 100)
    monkeypatch.setattr(lean, "BATCH_ROWS", 64)
    copy = vectors.copy()
    centred = lean.centre_by_language(copy, languages)
    assert centred is copy  # in place: no second copy of a large day
    np.testing.assert_allclose(centred, expected, atol=1e-5)
    assert not np.allclose(centred, vectors / np.linalg.norm(vectors, axis=1, keepdims=True), atol=1e-3)


def test_group_sums_are_the_sums_np_add_at_gives() -> None:
    from clio_assets.clusters.algorithms import group_sums

    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(1000, 8)).astype(np.float32)
    labels = rng.integers(0, 30, 1000)
    expected = np.zeros((31, 8))
    np.add.at(expected, labels, vectors)
    assert np.array_equal(group_sums(vectors, labels, 31), expected)  # one chunk: the same order of additions
    np.testing.assert_allclose(group_sums(vectors, labels, 31, chunk=64), expected, rtol=1e-12, atol=1e-12)
    assert not group_sums(vectors, labels, 31)[30].any()  # a group without members sums to zero


def test_streamed_group_means_match_the_in_memory_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clio_assets.clusters.algorithms import group_sums

    monkeypatch.setattr(lean, "BATCH_ROWS", 9)  # several batches, each pass
    rng = np.random.default_rng(4)
    ids = [f"c{i}" for i in range(120)]
    vectors = rng.normal(size=(120, 8)).astype(np.float32)
    vectors[:60] += 2.0  # a language far from the others: centring moves the means
    table = embeddings_table(tmp_path, [*ids, "gone"], np.vstack([vectors, np.ones((1, 8), np.float32)]))
    languages = ["de" if i < 60 else "en" if i < 115 else "xx" for i in range(120)]  # "xx": below the minimum
    order = rng.permutation(120)
    day_ids, day_languages = [ids[i] for i in order], [languages[i] for i in order]
    rows = np.concatenate([np.arange(120), np.arange(0, 120, 2)])  # every conversation once, half twice
    labels = np.concatenate([np.arange(120) % 5, np.full(60, 5)])
    got = lean.centred_group_means(table, day_ids, day_languages, rows, labels, 7)  # group 6: no members
    centred = language_centered(vectors[order], day_languages)
    expected = group_sums(centred, labels, 7, rows=rows) / np.maximum(np.bincount(labels, minlength=7), 1)[:, None]
    np.testing.assert_allclose(got, expected, atol=1e-6)
    assert not got[6].any() and got.shape == (7, 8)
    with pytest.raises(KeyError, match="no embedding"):
        lean.centred_group_means(table, [*day_ids, "missing"], [*day_languages, "en"], rows, labels, 7)
