"""Where the per-conversation stages run (CLIO_EXECUTOR): in the step's process, in worker
processes, or as Ray tasks on a local Ray or an existing cluster (CLIO_RAY_ADDRESS).

Ray is reached through dagster-ray's `RayResource`: it runs `ray.init` (with the settings the
workers need passed as `runtime_env` variables) when the step starts and disconnects when it
ends. Without CLIO_EXECUTOR=ray nothing imports Ray.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlparse

import dagster as dg
from dagster_ray import RayResource
from pydantic import PrivateAttr

from clio_assets.shared.executor import ChunkExecutor, executor_for

T = TypeVar("T")
R = TypeVar("R")
# settings the per-conversation functions read from the environment, handed to Ray workers
WORKER_SETTINGS = ("CLIO_PII_NER", "CLIO_EMBEDDING_MODEL", "HF_HUB_OFFLINE", "TOKENIZERS_PARALLELISM")


class ClioRay(RayResource):
    """dagster-ray's Ray resource for clio: with no `address`, a local Ray started for the step
    (`num_cpus` CPUs, 0 = all); with one, the running cluster there (`ray://head:10001`
    through Ray Client, e.g. a KubeRay head service, or `auto` on a cluster node)."""

    address: str = ""
    num_cpus: int = 0

    @property
    def host(self) -> str:
        return urlparse(self.address).hostname or "127.0.0.1" if "://" in self.address else "127.0.0.1"

    @property
    def name(self) -> str:
        return f"Ray at {self.address}" if self.address else "local Ray"

    @property
    def ray_address(self) -> str | None:  # type: ignore[override]  # None = start a local Ray
        return self.address or None

    @property
    def created(self) -> bool:  # nothing to create: the cluster exists, or ray.init starts it
        return True

    @property
    def ready(self) -> bool:
        return True


class Compute(dg.ConfigurableResource):
    """The executor of the per-conversation stages (clio_assets/shared/executor.py):
    `inprocess` (default), `processes` (`workers` spawned processes, 0 = one per core) or
    `ray` (tasks on `ray_address`, or a local Ray of `workers` CPUs, 0 = all)."""

    executor: str = "inprocess"
    workers: int = 0
    ray_address: str = ""

    _chunks: Any = PrivateAttr(default=None)

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Generator[Compute, None, None]:
        if self.executor != "ray":
            self._chunks = executor_for(self.executor, self.workers)
            try:
                yield self
            finally:
                self._chunks.close()
            return
        ray = self.ray_resource()
        with ray.yield_for_execution(context):
            self._chunks = executor_for("ray", self.workers if not self.ray_address else 0)
            yield self

    def ray_resource(self) -> ClioRay:
        """dagster-ray's resource for this configuration (a local Ray is kept small and quiet)."""
        local = {} if self.ray_address else {"include_dashboard": False, "num_cpus": self.workers or None,
                                            "object_store_memory": 256 * 1024 * 1024}
        settings = {k: os.environ[k] for k in WORKER_SETTINGS if os.environ.get(k)}
        return ClioRay(address=self.ray_address, num_cpus=self.workers,
                       ray_init_options={"ignore_reinit_error": True, "log_to_driver": False, **local},
                       env_vars=settings)

    @property
    def chunks(self) -> ChunkExecutor:
        if self._chunks is None:
            raise RuntimeError("the Compute resource is used outside a Dagster step")
        return self._chunks

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """`fn` over every chunk, results in chunk order (fn must be importable: workers run it)."""
        return self.chunks.map(fn, chunks)

    def local_map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """`map` for work that reads and writes this machine's files (source files, a spill
        folder): on the worker processes when there are some; otherwise in this process,
        since Ray tasks may run on machines that cannot see them."""
        if self.chunks.kind == "processes":
            return self.chunks.map(fn, chunks)
        return (fn(chunk) for chunk in chunks)
