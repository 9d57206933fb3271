"""A real Dagster instance in a temporary DAGSTER_HOME with clio's instance settings
(clio_assets/operations/dagster.yaml) and the run launcher a test needs."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from clio_assets.operations.instance import instance_settings

MOCKED_LAUNCHER = {"module": "dagster._core.test_utils", "class": "MockedRunLauncher"}  # records, runs nothing
SYNC_LAUNCHER = {"module": "dagster._core.launcher.sync_in_memory_run_launcher", "class": "SyncInMemoryRunLauncher"}


@contextmanager
def clio_instance(launcher: dict) -> Iterator[dg.DagsterInstance]:
    with dg.instance_for_test(overrides={**instance_settings(), "run_launcher": launcher}) as instance:
        yield instance


def write_day(root: Path, day: str, *, success: bool = False, age_s: float = 0.0, files: int = 1) -> Path:
    """A day folder with `files` small JSONL files, all last changed `age_s` seconds ago."""
    folder = root / day
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        (folder / f"part-{i}.jsonl").write_text('{"messages": [{"role": "user", "content": "hi"}]}\n')
    if success:
        (folder / "_SUCCESS").write_text("")
    backdate(folder, age_s)
    return folder


def backdate(folder: Path, age_s: float) -> None:
    stamp = time.time() - age_s
    for path in [*folder.iterdir(), folder]:
        os.utime(path, (stamp, stamp))


@contextmanager
def clio_workspace(instance: dg.DagsterInstance) -> Iterator:
    """The clio code location loaded in this process, as the daemon sees a workspace."""
    from dagster._core.remote_origin import InProcessCodeLocationOrigin
    from dagster._core.test_utils import create_test_daemon_workspace_context
    from dagster._core.types.loadable_target_origin import LoadableTargetOrigin
    from dagster._core.workspace.load_target import InProcessWorkspaceLoadTarget

    target = LoadableTargetOrigin(module_name="clio_assets.definitions", attribute="defs",
                                  working_directory=str(Path(__file__).resolve().parents[2]))
    origin = InProcessCodeLocationOrigin(loadable_target_origin=target, location_name="clio")
    with create_test_daemon_workspace_context(InProcessWorkspaceLoadTarget(origin), instance) as workspace:
        yield workspace


def remote_job(workspace, name: str):
    location = workspace.create_request_context().get_code_location("clio")
    (repository,) = location.get_repositories().values()
    return repository.get_full_job(name)
