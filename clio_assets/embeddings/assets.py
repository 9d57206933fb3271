"""facet_embeddings: a vector per conversation's request facet."""

from collections import Counter
from collections.abc import Iterator

import dagster as dg
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from checks.rows import RowsCheck
from checks.schemas import FACET_EMBEDDINGS, schema_spec
from clio_assets.embeddings.areas import Ranked
from clio_assets.models.embedding import dimensions
from clio_assets.shared.assets import RESTRICTED, clio_asset
from clio_assets.shared.tables import PartitionTable
from resources.compute import Compute
from resources.embedder import Embedder
from resources.storage import ClioStorage


def vectors_table(ids: list[str], vectors: np.ndarray, ranked: Ranked | None = None,
                  topics: Ranked | None = None) -> pa.Table:
    """LanceDB wants a fixed-size float32 list column named `vector` for search; with the
    nearest areas (`area` the nearest, `areas` the three) and topics when they are given."""
    flat = pa.array(vectors.astype(np.float32).ravel(), pa.float32())
    table = pa.table({
        "conversation_id": pa.array(ids, pa.string()),
        "facet": pa.array(["request"] * len(ids), pa.string()),
        "vector": pa.FixedSizeListArray.from_arrays(flat, vectors.shape[1]),
    })
    if ranked is None or topics is None:
        return table
    names = pa.list_(pa.string())
    return (table.append_column("area", pa.array([r[0] for r in ranked], pa.string()))
            .append_column("areas", pa.array([list(r) for r in ranked], names))
            .append_column("topics", pa.array([list(r) for r in topics], names)))


def vectors_of(table: pa.Table) -> np.ndarray:
    column = table.column("vector").combine_chunks()
    if column.null_count:  # left by a storage migration after an embedding-model change
        raise ValueError(f"{column.null_count} embeddings of this day were made by an earlier model and "
                         "dropped when the model changed: re-materialise facet_embeddings for this partition")
    return column.values.to_numpy(zero_copy_only=False).reshape(len(column), -1).astype(np.float32)


@clio_asset(tier=RESTRICTED, group="restricted", kinds={"python", "lancedb"}, code_version="5",
            checks=[schema_spec("facet_embeddings")])
def facet_embeddings(context: dg.AssetExecutionContext, conversation_facets: PartitionTable, embedder: Embedder,
                     storage: ClioStorage, compute: Compute) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Embedding of each conversation's request summary (LanceDB vector column), from a
    local model shipped inside a wheel: no hub download at run time; and the broad areas of
    assistant use (embeddings/areas.yaml) the request is nearest to (`area`, and the three
    nearest in `areas`) and its three nearest specific topics (topics.yaml), which name the
    groups whose members agree on one. The requests are embedded and ranked in chunks on the
    configured executor (CLIO_EXECUTOR) and written as they come back: the step holds a few
    chunks' vectors, never the day's."""
    facets = conversation_facets.arrow(["conversation_id", "request"])
    ids = facets.column("conversation_id")
    check, areas, topics = RowsCheck(FACET_EMBEDDINGS), Counter[str](), Counter[str]()
    if pc.count_distinct(ids).as_py() != len(ids):
        check.fail(pd.DataFrame({"column": ["conversation_id"], "check": ["unique across the day"]}))

    def batches() -> Iterator[pa.RecordBatch]:
        start = 0
        for vectors, ranked, nearest in embedder.ranked_chunks(facets.column("request"), compute.map):
            chunk_ids = ids[start:start + len(vectors)].to_pylist()
            start += len(vectors)
            areas.update(r[0] for r in ranked)
            topics.update(t[0] for t in nearest)
            yield vectors_table(chunk_ids, vectors, ranked, nearest).combine_chunks().to_batches()[0]

    schema = vectors_table([], np.zeros((0, dimensions(embedder.model)), np.float32), [], []).schema
    storage.write_batches(RESTRICTED, "facet_embeddings", context.partition_key, check.watch(batches()), schema)
    yield dg.MaterializeResult(metadata={
        **check.metadata(["facet", "area", "topics"]), "model": embedder.model,
        "dimensions": dimensions(embedder.model), "areas": dg.MetadataValue.json(dict(areas.most_common())),
        "nearest_topics": dg.MetadataValue.json(dict(topics.most_common(20))),
    })
    yield check.result()
