"""Both LanceDB tiers and the Parquet exports at s3:// URIs, against a local S3-compatible
server (moto's server mode, which speaks the S3 wire protocol over HTTP) that the test
starts; credentials, endpoint and region come from the standard AWS variables only."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from botocore.exceptions import EndpointConnectionError

from resources.storage import ClioStorage

DAY, OTHER = "2026-03-01", "2026-03-02"
BUCKET = "clio-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's S3 server in its own process (its own interpreter, so serving requests does
    not compete with the code under test for the GIL)."""
    import boto3

    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="clio-key",
                          aws_secret_access_key="clio-secret")
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "moto server exited"
            try:
                client.create_bucket(Bucket=BUCKET)
                break
            except EndpointConnectionError:
                assert time.monotonic() < deadline, "moto server did not start"
                time.sleep(0.2)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "clio-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "clio-secret")
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.chdir(tmp_path)  # a URI mistaken for a local path would show up here
    yield s3_endpoint


def objects(endpoint: str, prefix: str) -> list[str]:
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        keys += [o["Key"] for o in page.get("Contents", [])]
    return keys


def test_both_tiers_and_exports_on_s3(s3: str, tmp_path: Path) -> None:
    storage = ClioStorage(restricted_uri=f"s3://{BUCKET}/run1/lancedb/restricted",
                          published_uri=f"s3://{BUCKET}/run1/lancedb/published",
                          export_dir=f"s3://{BUCKET}/run1/exports")
    facets = pd.DataFrame({"conversation_id": ["c1", "c2", "c3"], "request": ["a", "b", "c"]})
    assert storage.write("restricted", "conversation_facets", DAY, facets) == 3
    assert storage.write("restricted", "conversation_facets", OTHER, facets.head(1)) == 1
    assert storage.write("restricted", "conversation_facets", DAY, facets.tail(2)) == 2  # a re-run replaces
    assert storage.read("restricted", "conversation_facets", DAY).conversation_id.tolist() == ["c2", "c3"]
    assert storage.partitions("restricted", "conversation_facets") == [DAY, OTHER]

    nodes = pd.DataFrame({"node_id": ["n1", "n2"], "conversations": [30, 40]})
    storage.write("published", "hierarchy_nodes", DAY, nodes)
    location = storage.export_parquet("hierarchy_nodes", DAY, nodes)
    assert location == f"s3://{BUCKET}/run1/exports/hierarchy_nodes/date={DAY}/part-0.parquet"
    exported = storage.read_export("hierarchy_nodes", DAY)
    assert exported is not None and exported.to_pandas().equals(nodes)
    assert storage.tables("published") == ["hierarchy_nodes"]

    keys = objects(s3, "run1/")
    assert any(k.startswith("run1/lancedb/restricted/conversation_facets.lance/_versions/") for k in keys)
    assert any(k.startswith("run1/lancedb/published/hierarchy_nodes.lance/data/") for k in keys)
    assert f"run1/exports/hierarchy_nodes/date={DAY}/part-0.parquet" in keys
    storage.remove_export("hierarchy_nodes", DAY)
    assert storage.read_export("hierarchy_nodes", DAY) is None
    assert not [k for k in objects(s3, "run1/exports/") if k.endswith(".parquet")]
    # pages beside the exports (explorer, Data Docs) are staged locally and copied up
    page = storage.local_exports() / "explorer" / f"date={DAY}" / "index.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<html>published</html>", encoding="utf-8")
    storage.upload_exports(f"explorer/date={DAY}")
    assert f"run1/exports/explorer/date={DAY}/index.html" in objects(s3, "run1/exports/explorer/")
    assert list(tmp_path.iterdir()) == []  # nothing went to a local folder named like the URI


def test_a_day_streamed_in_batches_replaces_the_day_in_one_commit_on_s3(s3: str) -> None:
    storage = ClioStorage(restricted_uri=f"s3://{BUCKET}/run2/restricted", published_uri=f"s3://{BUCKET}/run2/p",
                          export_dir=f"s3://{BUCKET}/run2/exports")
    schema = pa.schema([("conversation_id", pa.string()), ("turns", pa.int32())])

    def chunks(prefix: str, n: int, size: int) -> Iterator[pa.RecordBatch]:
        for start in range(0, n, size):
            ids = [f"{prefix}{i}" for i in range(start, min(n, start + size))]
            yield pa.record_batch({"conversation_id": ids, "turns": pa.array([2] * len(ids), pa.int32())}, schema)

    assert storage.write_batches("restricted", "raw_conversations", DAY, chunks("a", 2500, 1000), schema) == 2500
    assert storage.write_batches("restricted", "raw_conversations", OTHER, chunks("o", 10, 4), schema) == 10
    table = storage._db("restricted").open_table("raw_conversations")
    before = table.version
    assert storage.write_batches("restricted", "raw_conversations", DAY, chunks("b", 1200, 500), schema) == 1200
    table.checkout_latest()
    assert table.version == before + 1  # the delete of the old rows and the insert of the new ones: one commit
    day = storage.read_arrow("restricted", "raw_conversations", DAY)
    assert day.num_rows == 1200 and set(day.schema.names) == {"conversation_id", "turns", "partition_date"}
    assert {c[0] for c in day.column("conversation_id").to_pylist()} == {"b"}
    streamed = list(storage.read_batches("restricted", "raw_conversations", DAY, ["conversation_id"], 500))
    assert sum(b.num_rows for b in streamed) == 1200 and max(b.num_rows for b in streamed) <= 500
    assert storage.read_arrow("restricted", "raw_conversations", OTHER).num_rows == 10
    # an empty stream empties the day (and only that day)
    assert storage.write_batches("restricted", "raw_conversations", DAY, iter([]), schema) == 0
    assert storage.read_arrow("restricted", "raw_conversations", DAY).num_rows == 0
    assert storage.read_arrow("restricted", "raw_conversations", OTHER).num_rows == 10


def test_credentials_come_from_the_environment_and_stay_out_of_config(s3: str) -> None:
    storage = ClioStorage(restricted_uri=f"s3://{BUCKET}/run3/r", published_uri=f"s3://{BUCKET}/run3/p",
                          export_dir=f"s3://{BUCKET}/run3/e")
    storage.write("restricted", "quarantine", DAY, pd.DataFrame({"reason": ["x"]}))
    config = repr(storage) + repr(storage.model_dump())
    assert "clio-secret" not in config and "clio-key" not in config
    assert os.environ["AWS_SECRET_ACCESS_KEY"] == "clio-secret"


def test_a_day_runs_with_its_tables_exports_and_data_docs_on_s3(s3: str, clio_home: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import dagster as dg

    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day

    generate_day(clio_home / "source", DAY, n_conversations=200, n_users=60, seed=3)
    for name, uri in [("CLIO_RESTRICTED_URI", "day/lancedb/restricted"),
                      ("CLIO_PUBLISHED_URI", "day/lancedb/published"), ("CLIO_EXPORT_DIR", "day/exports")]:
        monkeypatch.setenv(name, f"s3://{BUCKET}/{uri}")
    # the core chain to the two published tables, with their blocking checks (the safety views
    # and the explorer page write through the same storage calls, and would double the time)
    core = dg.AssetSelection.assets("hierarchy_nodes", "facet_breakdowns").upstream().required_multi_asset_neighbors()
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=definitions.build_resources(),
                            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False, selection=core)
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert checks and all(c.passed for c in checks), [c.check_name for c in checks if not c.passed]
    assert {c.check_name for c in checks} >= {"expectations", "published_nodes_meet_thresholds"}

    storage = definitions.storage_from_env()
    assert len(storage.read("restricted", "raw_conversations", DAY)) == 200
    assert {"hierarchy_nodes", "facet_breakdowns"} <= set(storage.tables("published"))
    keys = objects(s3, "day/")
    assert any(k.startswith("day/lancedb/restricted/facet_embeddings.lance/data/") for k in keys)
    for table in ("hierarchy_nodes", "facet_breakdowns"):
        assert f"day/exports/{table}/date={DAY}/part-0.parquet" in keys
        assert f"day/exports/governance/{table}/date={DAY}/data_docs/index.html" in keys
    assert not (clio_home / "lancedb").exists() and not (clio_home / "exports").exists()
