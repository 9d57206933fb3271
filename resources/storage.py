"""LanceDB storage in two tiers, plus Parquet exports of the published tier.

restricted: conversation-level data (text, ids, facets, embeddings, clusters).
published: aggregates only. Separate databases so access can be granted separately.
Every table carries a `partition_date` column; writing a partition replaces it, so a
re-run of a day is idempotent.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import lancedb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

TIERS = ("restricted", "published")


class ClioStorage(dg.ConfigurableResource):
    """Where clio keeps its tables. URIs may be local paths or object-store URIs."""

    restricted_uri: str
    published_uri: str
    export_dir: str

    def _db(self, tier: str):
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; expected one of {TIERS}")
        uri = self.restricted_uri if tier == "restricted" else self.published_uri
        if "://" not in uri:
            Path(uri).mkdir(parents=True, exist_ok=True)
        return lancedb.connect(uri)

    def write(self, tier: str, table: str, partition_date: str, data: pd.DataFrame | pa.Table) -> int:
        """Replace one day's rows of `table`; returns the number of rows written."""
        arrow = data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
        arrow = _with_partition(arrow, partition_date)
        db = self._db(tier)
        if table not in db.list_tables().tables:
            if arrow.num_rows:
                db.create_table(table, data=arrow)
            else:
                db.create_table(table, schema=arrow.schema)
            return arrow.num_rows
        tbl = db.open_table(table)
        if not _same_fields(tbl.schema, arrow.schema):
            _migrate(db, table, tbl, arrow, partition_date)
            return arrow.num_rows
        tbl.delete(f"partition_date = '{partition_date}'")
        if arrow.num_rows:
            tbl.add(arrow.select(tbl.schema.names))
        return arrow.num_rows

    def read(self, tier: str, table: str, partition_date: str, columns: list[str] | None = None) -> pd.DataFrame:
        return self.read_arrow(tier, table, partition_date, columns).to_pandas()

    def read_arrow(self, tier: str, table: str, partition_date: str, columns: list[str] | None = None) -> pa.Table:
        db = self._db(tier)
        if table not in db.list_tables().tables:
            raise FileNotFoundError(f"{tier} table {table!r} does not exist yet: materialise its asset first")
        query = db.open_table(table).search().where(f"partition_date = '{partition_date}'")
        if columns:
            query = query.select(columns)
        return query.limit(None).to_arrow()

    def tables(self, tier: str) -> list[str]:
        return list(self._db(tier).list_tables().tables)

    def partitions(self, tier: str, table: str) -> list[str]:
        db = self._db(tier)
        if table not in db.list_tables().tables:
            return []
        column = db.open_table(table).search().select(["partition_date"]).limit(None).to_arrow()
        return sorted(set(column.column("partition_date").to_pylist()))

    def delete_partition(self, tier: str, table: str, partition_date: str) -> None:
        db = self._db(tier)
        if table in db.list_tables().tables:
            db.open_table(table).delete(f"partition_date = '{partition_date}'")

    def remove_export(self, table: str, partition_date: str) -> None:
        shutil.rmtree(Path(self.export_dir) / table / f"date={partition_date}", ignore_errors=True)

    def delete_older_than(self, tier: str, table: str, column: str, iso_timestamp: str) -> int:
        """Delete rows whose ISO-8601 `column` sorts before `iso_timestamp`; returns how many."""
        db = self._db(tier)
        if table not in db.list_tables().tables:
            return 0
        tbl = db.open_table(table)
        condition = f"{column} < '{iso_timestamp}'"
        count = tbl.count_rows(condition)
        if count:
            tbl.delete(condition)
        return count

    def export_parquet(self, table: str, partition_date: str, data: pd.DataFrame) -> Path:
        """Published tables also go to <export_dir>/<table>/date=<day>/part-0.parquet."""
        out_dir = Path(self.export_dir) / table / f"date={partition_date}"
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / "part-0.parquet"
        pq.write_table(pa.Table.from_pandas(data, preserve_index=False), path)
        return path


def _same_fields(old: pa.Schema, new: pa.Schema) -> bool:
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


def _migrate(db, table: str, tbl, arrow: pa.Table, partition_date: str) -> None:
    """The table's schema changed (a new column, another embedding model): rewrite it in the
    new schema, keeping every other day's rows (see `_conform`), then this day's rows."""
    others = tbl.search().where(f"partition_date != '{partition_date}'").limit(None).to_arrow()
    schema = pa.schema([f.with_nullable(True) for f in arrow.schema])
    rows = pa.concat_tables([_conform(others, schema), arrow.cast(schema)])
    dg.get_dagster_logger().warning(
        f"{table}: schema changed; rewrote {others.num_rows} rows of other days in the new schema "
        "(columns that could not follow are null until those days are re-materialised)")
    db.create_table(table, data=rows, mode="overwrite", on_bad_vectors="null")


def _with_partition(arrow: pa.Table, partition_date: str) -> pa.Table:
    if "partition_date" in arrow.schema.names:
        arrow = arrow.drop(["partition_date"])
    return arrow.append_column("partition_date", pa.array([partition_date] * arrow.num_rows, pa.string()))
