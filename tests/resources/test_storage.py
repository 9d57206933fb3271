"""ClioStorage: idempotent day replacement and schema migration, on real LanceDB files."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from clio_assets.embeddings.assets import vectors_of
from resources.storage import ClioStorage


def _embeddings(dim: int, n: int, extra: bool = False) -> pa.Table:
    vectors = pa.FixedSizeListArray.from_arrays(pa.array(np.full(n * dim, 0.5, np.float32)), dim)
    columns = {"conversation_id": [f"c{i}" for i in range(n)], "vector": vectors}
    if extra:
        columns["model"] = ["m"] * n
    return pa.table(columns)


def test_rewriting_a_day_replaces_it(tmp_path: Path) -> None:
    storage = ClioStorage(restricted_uri=str(tmp_path / "r"), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    storage.write("restricted", "emb", "2026-01-01", _embeddings(4, 3))
    storage.write("restricted", "emb", "2026-01-01", _embeddings(4, 2))
    assert storage.read_arrow("restricted", "emb", "2026-01-01").num_rows == 2


def test_a_model_change_migrates_the_table_and_keeps_other_days(tmp_path: Path) -> None:
    storage = ClioStorage(restricted_uri=str(tmp_path / "r"), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    storage.write("restricted", "emb", "2026-01-01", _embeddings(256, 3))
    storage.write("restricted", "emb", "2026-01-02", _embeddings(256, 2))
    # a new model (512-d) and a new column for one day
    storage.write("restricted", "emb", "2026-01-02", _embeddings(512, 4, extra=True))
    new_day = storage.read_arrow("restricted", "emb", "2026-01-02")
    assert new_day.num_rows == 4 and vectors_of(new_day).shape == (4, 512)
    old_day = storage.read_arrow("restricted", "emb", "2026-01-01")
    # every row of the other day survives; its ids and partition are intact, its vectors
    # could not follow the new dimension and its new column is unknown
    assert sorted(old_day.column("conversation_id").to_pylist()) == ["c0", "c1", "c2"]
    assert old_day.column("vector").null_count == 3 and old_day.column("model").null_count == 3
    with pytest.raises(ValueError, match="re-materialise facet_embeddings"):
        vectors_of(old_day)
    storage.write("restricted", "emb", "2026-01-01", _embeddings(512, 3, extra=True))
    assert vectors_of(storage.read_arrow("restricted", "emb", "2026-01-01")).shape == (3, 512)


def test_a_table_written_before_row_ids_is_migrated_in_place(tmp_path: Path) -> None:
    import lancedb

    storage = ClioStorage(restricted_uri=str(tmp_path / "r"), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    legacy = pa.table({"conversation_id": ["a", "b", "c"], "partition_date": ["2026-01-01"] * 2 + ["2026-01-02"]})
    lancedb.connect(str(tmp_path / "r")).create_table("facets", data=legacy)
    storage.write("restricted", "facets", "2026-01-01", pa.table({"conversation_id": ["d"]}))
    assert storage.read_arrow("restricted", "facets", "2026-01-01").column("conversation_id").to_pylist() == ["d"]
    assert storage.read_arrow("restricted", "facets", "2026-01-02").column("conversation_id").to_pylist() == ["c"]
    stored = lancedb.connect(str(tmp_path / "r")).open_table("facets").to_arrow()
    assert stored.column("_clio_row_id").null_count == 0 and len(set(stored.column("_clio_row_id").to_pylist())) == 2
    # from now on a day is replaced by the single-commit merge
    storage.write("restricted", "facets", "2026-01-02", pa.table({"conversation_id": ["e", "f"]}))
    assert storage.read("restricted", "facets", "2026-01-02").conversation_id.tolist() == ["e", "f"]
    assert storage.read("restricted", "facets", "2026-01-01").columns.tolist() == ["conversation_id", "partition_date"]


def test_a_day_reads_back_in_the_order_it_was_written(tmp_path: Path) -> None:
    storage = ClioStorage(restricted_uri=str(tmp_path / "r"), published_uri=str(tmp_path / "p"),
                          export_dir=str(tmp_path / "e"))
    schema = pa.schema([("conversation_id", pa.string())])
    ids = [f"c{i:04d}" for i in range(3000)][::-1]
    chunks = [pa.record_batch({"conversation_id": ids[i:i + 7]}, schema) for i in range(0, len(ids), 7)]
    for _ in range(2):  # the first write creates the table, the second replaces the day by a merge
        storage.write_batches("restricted", "t", "2026-01-01", chunks, schema)
        assert storage.read("restricted", "t", "2026-01-01").conversation_id.tolist() == ids
        assert storage.read_arrow("restricted", "t", "2026-01-01", ["conversation_id"]).num_rows == 3000
