"""A day's request vectors in memory once: streamed from LanceDB into one preallocated
array in the facets' order, and language-centred in place, in chunks; or, where only group
means are wanted, streamed twice and never held (`centred_group_means`).

At a million requests of 512 floats a day's vectors are 2 GB; the straightforward path
(Arrow table, combined chunks, a float32 copy, a reordered copy, a centred copy and its
normalised copy) held four to five of those at once. Here the peak is the array itself
plus one batch. Below LEAN_MIN_N the original `language_centered` runs unchanged, so small
days (the demo, the quality benches) give bit-identical vectors and clusters.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
from scipy import sparse

from clio_assets.clusters.algorithms import group_sums
from clio_assets.models.embedding import language_centered
from clio_assets.shared.tables import PartitionTable

LEAN_MIN_N = 50_000
BATCH_ROWS = 20_000
MIN_LANGUAGE_GROUP = 20  # as language_centered


def _null_vectors_error(count: int) -> ValueError:
    return ValueError(f"{count} embeddings of this day were made by an earlier model and dropped when the model "
                      "changed: re-materialise facet_embeddings for this partition")


def _vector_batches(facet_embeddings: PartitionTable, position: dict[str, int], columns: list[str]
                    ) -> Iterator[tuple[np.ndarray, np.ndarray, pa.RecordBatch]]:
    """(each row's place in the day's order, or -1 for a conversation the facets no longer
    hold; the batch's vectors as float32; the batch) for every stored batch of the day."""
    for batch in facet_embeddings.batches(["conversation_id", "vector", *columns], BATCH_ROWS):
        vector = batch.column("vector")
        if vector.null_count:  # left by a storage migration after an embedding-model change
            raise _null_vectors_error(vector.null_count)
        dest = np.array([position.get(c, -1) for c in batch.column("conversation_id").to_pylist()], dtype=np.int64)
        values = vector.values.to_numpy(zero_copy_only=False).reshape(len(vector), -1).astype(np.float32, copy=False)
        yield dest, values, batch


def _missing_error(missing: int) -> KeyError:
    return KeyError(f"{missing} conversations of the day have facets but no embedding: "
                    "re-materialise facet_embeddings for this partition")


def read_vectors(facet_embeddings: PartitionTable, conversation_ids: list[str], columns: list[str]
                 ) -> tuple[np.ndarray, dict[str, list]]:
    """(vectors in the order of `conversation_ids`, {column: values in that order})."""
    out: np.ndarray | None = None
    filled = 0
    extra: dict[str, list] = {c: [None] * len(conversation_ids) for c in columns}
    position = {cid: i for i, cid in enumerate(conversation_ids)}
    for dest, values, batch in _vector_batches(facet_embeddings, position, columns):
        keep = dest >= 0  # rows of conversations the facets no longer hold are not read
        if out is None:
            out = np.empty((len(conversation_ids), values.shape[1]), dtype=np.float32)
        out[dest[keep]] = values[keep]
        filled += int(keep.sum())
        for c in columns:  # label lists: tuples of shared strings (a million rows hold few distinct names)
            column = extra[c]
            for i, value in zip(dest.tolist(), batch.column(c).to_pylist()):
                if i >= 0:
                    column[i] = tuple(map(sys.intern, value)) if isinstance(value, list) else value
    if filled != len(conversation_ids):
        raise _missing_error(len(conversation_ids) - filled)
    if out is None:
        out = np.zeros((0, 0), dtype=np.float32)
    return out, extra


def centred_group_means(facet_embeddings: PartitionTable, conversation_ids: list[str], languages: list[str],
                        rows: np.ndarray, labels: np.ndarray, n_groups: int) -> np.ndarray:
    """(groups x dims) float64 means of each group's language-centred, re-normalised vectors,
    where membership row j puts conversation `rows[j]` in group `labels[j]` (a conversation may
    be in several groups). The vectors are streamed twice, for the language means and then
    for the group sums, and never held at once: what `group_sums` over `read_vectors` and
    `centre_by_language` gives, in float64, in a few batches' memory."""
    position = {cid: i for i, cid in enumerate(conversation_ids)}
    codes, inverse = np.unique(np.asarray(languages, dtype=str), return_inverse=True)
    counts = np.bincount(inverse, minlength=len(codes))
    language_sums: np.ndarray | None = None
    filled = 0
    for dest, values, _ in _vector_batches(facet_embeddings, position, []):
        keep = dest >= 0
        part = group_sums(values[keep], inverse[dest[keep]], len(codes))
        language_sums = part if language_sums is None else language_sums + part
        filled += int(keep.sum())
    if filled != len(conversation_ids):
        raise _missing_error(len(conversation_ids) - filled)
    if language_sums is None:
        return np.zeros((n_groups, 0))
    means = _language_means(language_sums, counts)
    members = sparse.csc_matrix((np.ones(len(rows)), (labels, rows)), shape=(n_groups, len(conversation_ids)))
    sums = np.zeros((n_groups, language_sums.shape[1]))
    for dest, values, _ in _vector_batches(facet_embeddings, position, []):
        keep = dest >= 0
        at = dest[keep]
        sums += members[:, at] @ _centre(values[keep], means[inverse[at]]).astype(np.float64)
    return sums / np.maximum(np.bincount(labels, minlength=n_groups), 1)[:, None]


def _language_means(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each language's mean vector (float32), zero for a language below MIN_LANGUAGE_GROUP."""
    means = np.where((counts >= MIN_LANGUAGE_GROUP)[:, None], sums / np.maximum(counts, 1)[:, None], 0.0)
    return means.astype(np.float32)


def _centre(chunk: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """`chunk` minus each row's language mean, re-normalised, in place."""
    chunk -= offsets
    norms = np.linalg.norm(chunk, axis=1, keepdims=True)
    chunk /= np.where(norms == 0, 1.0, norms)
    return chunk


def centre_by_language(vectors: np.ndarray, languages: list[str]) -> np.ndarray:
    """`models.embedding.language_centered`, in place for large days (same arithmetic,
    summed in chunks, so it may differ from the small-day path in the last float bit)."""
    if len(vectors) < LEAN_MIN_N:
        return language_centered(vectors, languages)
    codes, inverse = np.unique(np.asarray(languages), return_inverse=True)
    counts = np.bincount(inverse, minlength=len(codes))
    means = _language_means(group_sums(vectors, inverse, len(codes), BATCH_ROWS), counts)
    for start in range(0, len(vectors), BATCH_ROWS):
        _centre(vectors[start:start + BATCH_ROWS], means[inverse[start:start + BATCH_ROWS]])
    return vectors
