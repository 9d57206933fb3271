"""Where the per-conversation work runs: in this process, in worker processes, or as Ray tasks.

A stage cuts its rows into chunks and maps a pure, importable function over them
(`clio_assets.facets.offline.extract_facets`, `clio_assets.models.embedding.embed_texts`);
results come back in chunk order, so every executor writes the same table. Chosen by
`CLIO_EXECUTOR` through the `Compute` resource (resources/compute.py):

- `inprocess` (default): one chunk after the other in the step's own process;
- `processes`: a pool of `CLIO_WORKERS` spawned processes on this machine (0 = one per core);
- `ray`: one Ray task per chunk on the cluster the resource connected to (a local Ray, or
  `CLIO_RAY_ADDRESS`); at most two chunks per worker CPU are in flight, so a day's rows
  are not all shipped to the cluster at once.

Workers load their models once (the functions cache them) and keep them for later chunks.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
KINDS = ("inprocess", "processes", "ray")


class ChunkExecutor(Protocol):
    kind: str
    workers: int

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


def chunks_of(items: list[T], size: int) -> list[list[T]]:
    return [items[i:i + size] for i in range(0, len(items), max(1, size))]


class InProcess:
    kind, workers = "inprocess", 1

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        for chunk in chunks:
            yield fn(chunk)

    def close(self) -> None:
        pass


class ProcessPool:
    """Spawned processes (not forked: the parent holds LanceDB and lingua threads), started
    for one `map` and shut down when it ends."""

    kind = "processes"

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        pool = self._pool  # the pool's own map would read every chunk first
        try:
            yield from _bounded(lambda chunk: pool.submit(fn, chunk), Future.result, chunks, 2 * self.workers)
        finally:  # idle workers would keep their models (about 1 GB each) through the later steps
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class RayTasks:
    """One Ray task per chunk on the cluster `ray.init` connected this process to."""

    kind = "ray"

    def __init__(self, workers: int = 0) -> None:
        import ray

        if not ray.is_initialized():
            raise RuntimeError("CLIO_EXECUTOR=ray needs a connected Ray (the Compute resource connects it)")
        self.workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        import ray

        task: Any = ray.remote(num_cpus=1, max_retries=2)(_apply)
        function = ray.put(fn)  # shipped once, not with every chunk
        yield from _bounded(lambda chunk: task.remote(function, chunk), ray.get, chunks, 2 * self.workers)

    def close(self) -> None:
        pass


def _bounded(submit: Callable[[T], Any], result: Callable[[Any], Any], chunks: Iterable[T],
             in_flight: int) -> Iterator[Any]:
    """Results in chunk order, with at most `in_flight` chunks submitted and not yet returned:
    chunks are read from `chunks` only as results are taken."""
    pending: deque[Any] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def _apply(fn: Callable[[T], R], chunk: T) -> R:
    """The Ray task: any callable (a function or a partial of one) on one chunk."""
    return fn(chunk)


def executor_for(kind: str, workers: int = 0) -> ChunkExecutor:
    """The executor of that kind (for Ray, this process must be connected already)."""
    if kind == "inprocess":
        return InProcess()
    if kind == "processes":
        return ProcessPool(workers)
    if kind == "ray":
        return RayTasks(workers)
    raise ValueError(f"CLIO_EXECUTOR={kind!r}: choose one of {', '.join(KINDS)}")
