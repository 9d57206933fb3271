"""facet_embeddings: a vector per conversation's request facet."""

from collections.abc import Iterator

import dagster as dg
import numpy as np
import pandas as pd
import pyarrow as pa

from checks.schemas import FACET_EMBEDDINGS, schema_check, schema_spec
from clio_assets.embeddings.areas import ranked_areas, ranked_topics
from clio_assets.shared.assets import RESTRICTED, clio_asset
from clio_assets.shared.metadata import table_metadata
from clio_assets.shared.tables import PartitionTable
from resources.compute import Compute
from resources.embedder import Embedder
from resources.storage import ClioStorage


def vectors_table(ids: list[str], vectors: np.ndarray) -> pa.Table:
    """LanceDB wants a fixed-size float32 list column named `vector` for search."""
    flat = pa.array(vectors.astype(np.float32).ravel())
    return pa.table({
        "conversation_id": pa.array(ids, pa.string()),
        "facet": pa.array(["request"] * len(ids), pa.string()),
        "vector": pa.FixedSizeListArray.from_arrays(flat, vectors.shape[1]),
    })


def vectors_of(table: pa.Table) -> np.ndarray:
    column = table.column("vector").combine_chunks()
    if column.null_count:  # left by a storage migration after an embedding-model change
        raise ValueError(f"{column.null_count} embeddings of this day were made by an earlier model and "
                         "dropped when the model changed: re-materialise facet_embeddings for this partition")
    return column.values.to_numpy(zero_copy_only=False).reshape(len(column), -1).astype(np.float32)


@clio_asset(tier=RESTRICTED, group="restricted", kinds={"python", "lancedb"}, code_version="4",
            checks=[schema_spec("facet_embeddings")])
def facet_embeddings(context: dg.AssetExecutionContext, conversation_facets: PartitionTable, embedder: Embedder,
                     storage: ClioStorage, compute: Compute) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Embedding of each conversation's request summary (LanceDB vector column), from a
    local model shipped inside a wheel: no hub download at run time; and the broad areas of
    assistant use (embeddings/areas.yaml) the request is nearest to (`area`, and the three
    nearest in `areas`) and its three nearest specific topics (topics.yaml), which name the
    groups whose members agree on one. The requests are embedded in chunks on the configured
    executor (CLIO_EXECUTOR)."""
    facets = conversation_facets.read(["conversation_id", "request"])
    vectors = embedder.embed_chunks(facets.request.tolist(), compute.map)
    ranked, topics = ranked_areas(vectors, embedder.embed), ranked_topics(vectors, embedder.embed)
    area = [r[0] for r in ranked]
    table = vectors_table(facets.conversation_id.tolist(), vectors)
    table = table.append_column("area", pa.array(area, pa.string()))
    table = table.append_column("areas", pa.array([list(r) for r in ranked], pa.list_(pa.string())))
    table = table.append_column("topics", pa.array([list(r) for r in topics], pa.list_(pa.string())))
    storage.write(RESTRICTED, "facet_embeddings", context.partition_key, table)
    frame = pd.DataFrame({"conversation_id": facets.conversation_id, "facet": "request", "vector": list(vectors),
                          "area": area, "areas": [list(r) for r in ranked], "topics": [list(r) for r in topics]})
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame[["conversation_id", "facet", "area"]]),
        "model": embedder.model, "dimensions": int(vectors.shape[1]) if len(vectors) else 0,
        "areas": dg.MetadataValue.json(frame.area.value_counts().to_dict()),
        "nearest_topics": dg.MetadataValue.json(pd.Series([t[0] for t in topics]).value_counts().head(20).to_dict()),
    })
    yield schema_check(FACET_EMBEDDINGS, frame)
