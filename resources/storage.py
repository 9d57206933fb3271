"""LanceDB storage in two tiers, plus Parquet exports of the published tier.

restricted: conversation-level data (text, ids, facets, embeddings, clusters).
published: aggregates only. Separate databases so access can be granted separately.
Every table carries a `partition_date` column; writing a partition replaces it, so a
re-run of a day is idempotent. The replacement is one LanceDB commit (see `write_batches`),
so a reader, or a crash, sees the day's previous rows or its new rows, never neither.
Locations may be local folders or object-store URIs (clio_assets/shared/object_store.py).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from clio_assets.shared import object_store
from clio_assets.shared.lance_rows import (
    ROW_ID,
    Counter,
    in_write_order,
    migrate,
    same_fields,
    stored_rows,
    stored_schema,
    with_partition,
)

TIERS = ("restricted", "published")


class ClioStorage(dg.ConfigurableResource):
    """Where clio keeps its tables. URIs may be local paths or object-store URIs
    (s3://bucket/prefix; credentials from the standard AWS variables, never from config)."""

    restricted_uri: str
    published_uri: str
    export_dir: str

    def _uri(self, tier: str) -> str:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; expected one of {TIERS}")
        return self.restricted_uri if tier == "restricted" else self.published_uri

    def _db(self, tier: str):
        return object_store.connect(self._uri(tier), restricted=tier == "restricted")

    def write(self, tier: str, table: str, partition_date: str, data: pd.DataFrame | pa.Table) -> int:
        """Replace one day's rows of `table`; returns the number of rows written."""
        arrow = data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
        return self.write_batches(tier, table, partition_date, arrow.to_batches(), arrow.schema)

    def write_batches(self, tier: str, table: str, partition_date: str, batches: Iterable[pa.RecordBatch],
                      schema: pa.Schema) -> int:
        """Replace one day's rows of `table` with the rows of `batches` (each of `schema`),
        streamed, in one commit: until it lands readers see the previous rows, and a
        writer killed before it leaves them as they were. Returns the number of rows."""
        db = self._db(tier)
        stored = stored_schema(schema)
        if table not in db.list_tables().tables:
            counter = Counter()
            db.create_table(table, data=stored_rows(batches, partition_date, stored, counter), schema=stored)
            self._secure(tier, table)
            return counter.rows
        tbl = db.open_table(table)
        if not same_fields(tbl.schema, stored):
            arrow = pa.Table.from_batches(list(batches), schema=schema)  # rare: a new column or embedding model
            migrate(db, table, tbl, with_partition(arrow, partition_date), partition_date)
            self._secure(tier, table)
            return arrow.num_rows
        counter = Counter()
        result = (tbl.merge_insert(ROW_ID).when_not_matched_insert_all()
                  .when_not_matched_by_source_delete(f"partition_date = '{partition_date}'")
                  .execute(stored_rows(batches, partition_date, tbl.schema, counter)))
        self._secure(tier, table)
        if result.num_inserted_rows != counter.rows:  # a random row id met a stored one (negligible odds)
            raise RuntimeError(f"{table} {partition_date}: wrote {result.num_inserted_rows} of {counter.rows} rows; "
                               "write the partition again")
        return counter.rows

    def _secure(self, tier: str, table: str) -> None:
        uri = self._uri(tier)
        if not object_store.is_remote(uri):
            object_store.set_modes(object_store.local_path(uri) / f"{table}.lance", restricted=tier == "restricted")

    def read(self, tier: str, table: str, partition_date: str, columns: list[str] | None = None) -> pd.DataFrame:
        return self.read_arrow(tier, table, partition_date, columns).to_pandas()

    def read_arrow(self, tier: str, table: str, partition_date: str, columns: list[str] | None = None) -> pa.Table:
        db = self._db(tier)
        if table not in db.list_tables().tables:
            raise FileNotFoundError(f"{tier} table {table!r} does not exist yet: materialise its asset first")
        tbl = db.open_table(table)
        wanted = [c for c in columns or tbl.schema.names if c != ROW_ID]
        query = tbl.search().where(f"partition_date = '{partition_date}'")
        if ROW_ID not in tbl.schema.names:
            return query.select(wanted).limit(None).to_arrow()
        # in the order the rows were written (a day's row ids ascend in write order; the
        # merge that stores them may not keep it), so a re-run reads the same frame
        return in_write_order(query.select([*wanted, ROW_ID]).limit(None).to_arrow())

    def read_batches(self, tier: str, table: str, partition_date: str, columns: list[str] | None = None,
                     batch_size: int = 10_000) -> pa.RecordBatchReader:
        """One partition's rows as a stream of record batches, for days too large for memory,
        in storage order (not necessarily the order written: sort by a key where it matters)."""
        db = self._db(tier)
        if table not in db.list_tables().tables:
            raise FileNotFoundError(f"{tier} table {table!r} does not exist yet: materialise its asset first")
        tbl = db.open_table(table)
        query = tbl.search().where(f"partition_date = '{partition_date}'")
        return query.select(columns or [n for n in tbl.schema.names if n != ROW_ID]).limit(None).to_batches(batch_size)

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

    # Parquet exports of the published tier: <export_dir>/<table>/date=<day>/part-0.parquet

    def export_uri(self, table: str, partition_date: str) -> str:
        return f"{self.export_dir.rstrip('/')}/{table}/date={partition_date}/part-0.parquet"

    def _export_fs(self, table: str, partition_date: str) -> tuple[pafs.FileSystem, str]:
        fs, root = object_store.filesystem(self.export_dir)
        return fs, f"{root}/{table}/date={partition_date}"

    def export_parquet(self, table: str, partition_date: str, data: pd.DataFrame | pa.Table) -> str:
        """Write the day's export and return its location. Locally the file is written
        beside its final name and renamed over it (a reader never sees half a file), with
        the published mode; on an object store one PUT replaces the object."""
        arrow = data if isinstance(data, pa.Table) else pa.Table.from_pandas(data, preserve_index=False)
        fs, folder = self._export_fs(table, partition_date)
        if object_store.is_remote(self.export_dir):
            fs.create_dir(folder, recursive=True)
            pq.write_table(arrow, f"{folder}/part-0.parquet", filesystem=fs)
            return self.export_uri(table, partition_date)
        out_dir = Path(folder)
        out_dir.mkdir(parents=True, exist_ok=True)
        temp = out_dir / f".part-0.parquet.{uuid.uuid4().hex}"
        pq.write_table(arrow, temp)
        os.replace(temp, out_dir / "part-0.parquet")
        object_store.set_modes(Path(self.export_dir).resolve() / table, restricted=False)
        return str(out_dir / "part-0.parquet")

    def read_export(self, table: str, partition_date: str) -> pa.Table | None:
        """The day's Parquet export, or None when there is none (withheld or not written)."""
        fs, folder = self._export_fs(table, partition_date)
        path = f"{folder}/part-0.parquet"
        if fs.get_file_info(path).type != pafs.FileType.File:
            return None
        return pq.read_table(path, filesystem=fs)

    def local_exports(self) -> Path:
        """Where pages beside the exports (explorer, Data Docs) are written: the export
        folder itself, or, for an object-store export URI, a local staging copy whose
        folders `upload_exports` then copies up (relative links between pages still work)."""
        if not object_store.is_remote(self.export_dir):
            return object_store.local_path(self.export_dir)
        digest = hashlib.sha256(self.export_dir.encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"clio-exports-{os.getuid()}" / digest

    def upload_exports(self, relative: str) -> None:
        """Copy `local_exports()/relative` to the object store (nothing to do for a local folder)."""
        if not object_store.is_remote(self.export_dir):
            object_store.set_modes(self.local_exports() / relative, restricted=False)
            return
        fs, root = object_store.filesystem(self.export_dir)
        pafs.copy_files(str(self.local_exports() / relative), f"{root}/{relative}",
                        source_filesystem=pafs.LocalFileSystem(), destination_filesystem=fs)

    def remove_export(self, table: str, partition_date: str) -> None:
        fs, folder = self._export_fs(table, partition_date)
        if object_store.is_remote(self.export_dir):
            if fs.get_file_info(folder).type == pafs.FileType.Directory:
                fs.delete_dir(folder)
            return
        shutil.rmtree(folder, ignore_errors=True)
