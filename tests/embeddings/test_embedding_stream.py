"""The embedding step streams: requests go to the executor in chunks, each chunk comes back
with its vectors and nearest areas and topics ranked, and is written as it arrives. What it
writes is what embedding and ranking the whole day at once gives, in the facets' order."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import dagster as dg
import numpy as np
import pytest

from clio_assets.embeddings.areas import ranked_areas, ranked_topics
from clio_assets.embeddings.assets import facet_embeddings, vectors_of
from clio_assets.facets.assets import facet_extraction
from clio_assets.ingest.assets import ingested_day
from clio_assets.models.embedding import EMBED_BATCH, embed_texts
from clio_assets.shared.assets import RESTRICTED
from resources.compute import Compute
from tests.support.generated_day import write_generated_day

T = TypeVar("T")
R = TypeVar("R")

DAY = "2026-03-06"


def _write_day(source: Path, n: int) -> None:
    write_generated_day(source, DAY, n, 50, seed=6)


def test_embeddings_are_written_chunk_by_chunk_as_the_whole_day_would_be(clio_home: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from clio_assets import definitions
    from resources import embedder

    monkeypatch.setattr(embedder, "CHUNK_TEXTS", EMBED_BATCH // 16)  # 32 texts: 130 requests make 5 chunks
    _write_day(clio_home / "source", 130)
    resources = definitions.build_resources()
    chunks: list[int] = []  # the request chunks (facet extraction hands over record batches)

    class CountingCompute(Compute):  # the real executor, with the chunk sizes it was handed recorded
        def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
            return super().map(fn, map(seen, items))

    def seen(chunk: T) -> T:
        if isinstance(chunk, list):
            chunks.append(len(chunk))
        return chunk

    resources["compute"] = CountingCompute()
    result = dg.materialize([ingested_day, facet_extraction, facet_embeddings], partition_key=DAY, resources=resources)
    assert result.success
    assert chunks == [32, 32, 32, 32, 2]
    checks = result.get_asset_check_evaluations()
    assert [c.passed for c in checks if c.asset_key == dg.AssetKey("facet_embeddings")] == [True]

    storage = definitions.storage_from_env()
    facets = storage.read(RESTRICTED, "conversation_facets", DAY)
    stored = storage.read_arrow(RESTRICTED, "facet_embeddings", DAY)
    assert stored.column("conversation_id").to_pylist() == facets.conversation_id.tolist()
    whole = embed_texts(facets.request.tolist())
    np.testing.assert_allclose(vectors_of(stored), whole, atol=1e-5)
    areas, topics = ranked_areas(whole, embed_texts), ranked_topics(whole, embed_texts)
    assert stored.column("areas").to_pylist() == [list(a) for a in areas]
    assert stored.column("area").to_pylist() == [a[0] for a in areas]
    assert stored.column("topics").to_pylist() == [list(t) for t in topics]
    metadata = result.asset_materializations_for_node("facet_embeddings")[0].metadata
    assert metadata["dagster/row_count"].value == 130
    areas_shown = metadata["areas"].value
    assert isinstance(areas_shown, dict) and sum(areas_shown.values()) == 130
