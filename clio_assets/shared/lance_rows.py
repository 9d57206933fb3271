"""The rows clio stores in LanceDB: every row carries its day (`partition_date`) and a
write-unique row id (`ROW_ID`), the key of the single-commit day replacement in
resources/storage.py. Also the schema migration that keeps other days' rows."""
from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator

import dagster as dg
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# A write-unique key on every LanceDB row: the day's replacement is a merge on it that
# inserts every new row and deletes the day's old rows in the same commit. Hidden from reads.
ROW_ID = "_clio_row_id"


class Counter:
    """Rows streamed so far."""

    rows = 0


def stored_schema(schema: pa.Schema) -> pa.Schema:
    """The table schema for rows of `schema`: plus the partition and the row id."""
    fields = [f for f in schema if f.name not in ("partition_date", ROW_ID)]
    return pa.schema([*fields, pa.field("partition_date", pa.string()), pa.field(ROW_ID, pa.int64())])


def stored_rows(batches: Iterable[pa.RecordBatch], partition_date: str, target: pa.Schema,
            counter: Counter) -> pa.RecordBatchReader:
    """The batches as stored rows (partition, fresh row ids, the target's column order and
    types), streamed: a batch is read from `batches` only when LanceDB asks for it."""
    start = secrets.randbits(62)  # row ids only need to differ from every stored one

    def rows() -> Iterator[pa.RecordBatch]:
        for batch in batches:
            n = batch.num_rows
            ids = pa.array(np.arange(start + counter.rows, start + counter.rows + n, dtype=np.int64))
            columns = {name: batch.column(name) for name in batch.schema.names}
            columns["partition_date"] = pa.array([partition_date] * n, pa.string())
            columns[ROW_ID] = ids
            counter.rows += n
            yield pa.RecordBatch.from_arrays([columns[f.name].cast(f.type) for f in target], schema=target)

    return pa.RecordBatchReader.from_batches(target, rows())


def same_fields(old: pa.Schema, new: pa.Schema) -> bool:
    return {f.name: f.type for f in old} == {f.name: f.type for f in new}


def _conform(old_rows: pa.Table, schema: pa.Schema) -> pa.Table:
    """Other days' rows in the new schema: a column kept with a castable type is cast; a
    new column, or one whose type cannot follow (say, a vector of another dimension after a
    model change), is null until that day is re-materialised."""
    columns = []
    for field in schema:
        column = None
        if field.name in old_rows.schema.names:
            try:
                column = old_rows.column(field.name).cast(field.type)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                column = None
        columns.append(column if column is not None else pa.nulls(old_rows.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def migrate(db, table: str, tbl, arrow: pa.Table, partition_date: str) -> None:
    """The table's schema changed (a new column, another embedding model, or a table from
    before row ids): rewrite it in the new schema in one commit, keeping every other day's
    rows (see `_conform`), then this day's rows, every row with a fresh row id."""
    others = tbl.search().where(f"partition_date != '{partition_date}'").limit(None).to_arrow()
    schema = pa.schema([f.with_nullable(True) for f in arrow.schema])
    rows = pa.concat_tables([_conform(others, schema), arrow.cast(schema)])
    start = secrets.randbits(62)
    rows = rows.append_column(pa.field(ROW_ID, pa.int64()),
                              pa.array(np.arange(start, start + rows.num_rows, dtype=np.int64)))
    dg.get_dagster_logger().warning(
        f"{table}: schema changed; rewrote {others.num_rows} rows of other days in the new schema "
        "(columns that could not follow are null until those days are re-materialised)")
    db.create_table(table, data=rows, mode="overwrite", on_bad_vectors="null")


def with_partition(arrow: pa.Table, partition_date: str) -> pa.Table:
    arrow = arrow.drop([c for c in ("partition_date", ROW_ID) if c in arrow.schema.names])
    return arrow.append_column("partition_date", pa.array([partition_date] * arrow.num_rows, pa.string()))


def in_write_order(rows: pa.Table) -> pa.Table:
    """A day's rows (with `ROW_ID`) in the order they were written, without `ROW_ID`: a
    day's row ids ascend in write order, and the merge that stores them may not keep it.
    Sorted only when needed (a sort copies the rows)."""
    ids = rows.column(ROW_ID)
    if len(ids) > 1 and not pc.all(pc.greater_equal(ids.slice(1), ids.slice(0, len(ids) - 1))).as_py():
        rows = rows.sort_by(ROW_ID)
    return rows.drop([ROW_ID])
