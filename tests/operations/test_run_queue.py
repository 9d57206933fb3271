"""The run queue of clio's instance settings: two runs of the same day never run at once
(the second waits in the queue), other days do; sensor-started days run one at a time in
the order they were requested. Real instance, the real queue daemon's iteration, a run
launcher that only records launches (so runs stay in progress until the test ends them)."""
from __future__ import annotations

import dagster as dg
from dagster._core.test_utils import create_run_for_test
from dagster._daemon.run_coordinator.queued_run_coordinator_daemon import QueuedRunCoordinatorDaemon

from clio_assets.operations.sensors import JOB_NAME, SENSOR_CHAIN_TAG
from tests.operations.conftest import MOCKED_LAUNCHER, clio_instance, clio_workspace, remote_job

QUEUED, STARTING = dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.STARTING


def queued(instance: dg.DagsterInstance, workspace, day: str, **tags: str) -> str:
    """A queued run of clio_daily for `day`, as the sensor or a backfill submits one."""
    job = remote_job(workspace, JOB_NAME)
    run = create_run_for_test(instance, job_name=JOB_NAME, status=QUEUED, tags={"dagster/partition": day, **tags},
                              remote_job_origin=job.get_remote_origin(), job_code_origin=job.get_python_origin())
    return run.run_id


def status(instance: dg.DagsterInstance, run_id: str) -> dg.DagsterRunStatus:
    run = instance.get_run_by_id(run_id)
    assert run is not None
    return run.status


def test_two_runs_of_the_same_day_are_serialised() -> None:
    with clio_instance(MOCKED_LAUNCHER) as instance, \
            clio_workspace(instance) as workspace:
        queue = QueuedRunCoordinatorDaemon(interval_seconds=1)
        first, second = queued(instance, workspace, "2026-11-02"), queued(instance, workspace, "2026-11-02")
        other = queued(instance, workspace, "2026-11-03")  # queued after `second`
        list(queue.run_iteration(workspace))
        # `other` started although queued later: `second` waits for its day, not for a free run slot
        assert [status(instance, r) for r in (first, second, other)] == [STARTING, QUEUED, STARTING]
        list(queue.run_iteration(workspace))
        assert status(instance, second) == QUEUED  # still: its day is in progress

        run = instance.get_run_by_id(first)
        assert run is not None
        instance.report_run_failed(run)  # the first run of the day ends (any way)
        list(queue.run_iteration(workspace))
        assert status(instance, second) == STARTING


def test_sensor_days_run_one_at_a_time_in_order() -> None:
    with clio_instance(MOCKED_LAUNCHER) as instance, \
            clio_workspace(instance) as workspace:
        queue = QueuedRunCoordinatorDaemon(interval_seconds=1)
        days = ["2026-11-01", "2026-11-02", "2026-11-03"]
        runs = [queued(instance, workspace, day, **{SENSOR_CHAIN_TAG: "1"}) for day in days]
        for i, run_id in enumerate(runs):
            list(queue.run_iteration(workspace))
            assert [status(instance, r) for r in runs] == [
                *(dg.DagsterRunStatus.FAILURE,) * i, STARTING, *(QUEUED,) * (len(runs) - i - 1)]
            run = instance.get_run_by_id(run_id)
            assert run is not None
            instance.report_run_failed(run)


def test_instance_caps_concurrent_runs_and_pools_llm_steps() -> None:
    with clio_instance(MOCKED_LAUNCHER) as instance:
        config = instance.get_concurrency_config()
        assert config.run_queue_config is not None and config.run_queue_config.max_concurrent_runs == 2
        assert config.pool_config.default_pool_limit == 1
        assert instance.event_log_storage.supports_global_concurrency_limits
