"""The per-conversation stages on Ray (CLIO_EXECUTOR=ray) give the same facets and embeddings
as in the step's own process: a real Dagster run on a local Ray, and a running Ray cluster
joined by address (CLIO_RAY_ADDRESS)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dagster as dg
import numpy as np
import pandas as pd
import pytest

from clio_assets.embeddings.assets import facet_embeddings, vectors_of
from clio_assets.facets.assets import facet_extraction
from clio_assets.ingest.assets import ingested_day
from clio_assets.shared.assets import RESTRICTED
from clio_assets.shared.executor import chunks_of, executor_for
from resources.compute import Compute
from tests.support.generated_day import write_generated_day

ray = pytest.importorskip("ray", reason="Ray is in the dev extra: pip install -e '.[dev]'")
DAY = "2026-03-04"


def _write_day(source: Path, n: int = 120) -> None:
    write_generated_day(source, DAY, n, 60, seed=3)


def _tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    from clio_assets import definitions  # imported late: its resources bind the environment a test sets

    storage = definitions.storage_from_env()
    facets = storage.read(RESTRICTED, "conversation_facets", DAY).drop(columns=["created_at"], errors="ignore")
    vectors = storage.read_arrow(RESTRICTED, "facet_embeddings", DAY)
    ids = vectors.column("conversation_id").to_pylist()
    frame = pd.DataFrame({"conversation_id": ids, "vector": list(vectors_of(vectors))})
    return facets.sort_values("conversation_id", ignore_index=True), frame.sort_values("conversation_id",
                                                                                        ignore_index=True)


def test_a_dagster_run_on_a_local_ray_writes_what_the_in_process_run_writes(clio_home: Path) -> None:
    from clio_assets import definitions

    _write_day(clio_home / "source")
    resources = definitions.build_resources()
    compute = resources["compute"]
    assert isinstance(compute, Compute) and compute.executor == "inprocess"  # the default
    assert dg.materialize([ingested_day, facet_extraction, facet_embeddings], partition_key=DAY,
                          resources=resources).success
    facets, vectors = _tables()
    assert len(facets) == 120 and (facets.request.str.len() > 0).all()

    on_ray = {**resources, "compute": Compute(executor="ray", workers=1)}
    result = dg.materialize([ingested_day, facet_extraction, facet_embeddings], partition_key=DAY,
                            resources=on_ray, selection=dg.AssetSelection.assets(facet_extraction, facet_embeddings))
    assert result.success
    assert not ray.is_initialized()  # dagster-ray's resource disconnected (and stopped the local Ray)
    ray_facets, ray_vectors = _tables()
    pd.testing.assert_frame_equal(ray_facets, facets)
    assert list(ray_vectors.conversation_id) == list(vectors.conversation_id)
    np.testing.assert_array_equal(np.stack(ray_vectors.vector), np.stack(vectors.vector))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise TimeoutError(f"Ray head not listening on {port}")


def test_clio_ray_address_joins_a_running_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    ray_cli = shutil.which("ray", path=str(Path(sys.executable).parent))
    assert ray_cli, "the ray command comes with the ray package"
    port = _free_port()
    # no token auth on this throwaway loopback cluster (a local ray.init may have left a token in ~/.ray,
    # which a head started without RAY_AUTH_MODE would then demand)
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    with tempfile.TemporaryDirectory(prefix="ray", dir="/tmp") as temp:  # short: Ray's socket paths must fit
        head = subprocess.Popen([ray_cli, "start", "--head", "--block", f"--port={port}", "--num-cpus=1",
                                 "--include-dashboard=false", "--object-store-memory=200000000", f"--temp-dir={temp}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
        try:
            _wait_for_port(port, head)
            compute = Compute(executor="ray", ray_address=f"127.0.0.1:{port}")
            with compute.yield_for_execution(dg.build_init_resource_context()) as ready:
                assert ray.is_initialized()
                assert ray.cluster_resources().get("CPU") == 1  # the running cluster's, not a new local one
                assert ready.chunks.workers == 1
                chunks = chunks_of([f"text {i}" for i in range(25)], 4)
                assert list(ready.map(len, chunks)) == [len(c) for c in chunks]  # in chunk order
            assert not ray.is_initialized()
        finally:
            head.terminate()  # --block: the head stops the Ray processes it started
            head.wait(timeout=60)


def test_the_local_executors_return_chunks_in_order() -> None:
    chunks = chunks_of(list(range(23)), 5)
    for kind in ("inprocess", "processes"):
        executor = executor_for(kind, 2)
        try:
            assert list(executor.map(sum, chunks)) == [sum(c) for c in chunks]
        finally:
            executor.close()
    with pytest.raises(ValueError, match="CLIO_EXECUTOR='threads'"):
        executor_for("threads")
