"""The LLM response cache (every backend), persisted as a table in the restricted LanceDB database."""
from __future__ import annotations

from datetime import UTC, datetime

import dagster as dg
import pyarrow as pa

from clio_assets.shared import object_store

TABLE = "llm_response_cache"
SCHEMA = pa.schema([("key", pa.string()), ("stage", pa.string()), ("model", pa.string()),
                    ("prompt_version", pa.string()), ("response_json", pa.string()), ("created_at", pa.string())])


# Declared so the catalog and lineage show every place restricted data lives; the LLM
# stages read and write it through the LLM resource, so it is not materialised by a step.
response_cache_spec = dg.AssetSpec(
    TABLE, group_name="restricted", owners=["team:clio-data"], kinds={"lancedb"},
    metadata={"privacy_tier": "restricted"}, tags={"privacy_tier": "restricted"},
    description="Validated LLM answers (and final failures) keyed by a hash of backend, input, prompt version, "
                "model and parameters, so re-running an unchanged partition makes no request. Not partitioned; "
                "entries older than the retention window are purged by retention_job.")


class LanceResponseStore:
    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.db = object_store.connect(uri, restricted=True)  # owner-only folder when local

    def _table(self):
        if TABLE not in self.db.list_tables().tables:
            return self.db.create_table(TABLE, schema=SCHEMA, exist_ok=True)
        return self.db.open_table(TABLE)

    def load(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        table = self._table()
        for start in range(0, len(keys), 500):
            quoted = ", ".join(f"'{k}'" for k in keys[start:start + 500])  # keys are hex digests
            rows = table.search().where(f"key IN ({quoted})").select(["key", "response_json"]).limit(None).to_arrow()
            found.update(zip(rows.column("key").to_pylist(), rows.column("response_json").to_pylist()))
        return found

    def save(self, rows: list[dict]) -> None:
        now = datetime.now(UTC).isoformat()
        data = pa.Table.from_pylist([{**r, "created_at": now} for r in rows], schema=SCHEMA)
        self._table().merge_insert("key").when_not_matched_insert_all().execute(data)
        if not object_store.is_remote(self.uri):
            object_store.set_modes(object_store.local_path(self.uri) / f"{TABLE}.lance", restricted=True)
