"""The clio_source_days sensor on a real Dagster instance: one run per complete day, once."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from clio_assets.operations.sensors import JOB_NAME, SENSOR_CHAIN_TAG, SENSOR_NAME
from resources.source import ConversationSource
from tests.operations.conftest import MOCKED_LAUNCHER, clio_instance, write_day

HOUR = 3600.0


@dataclass
class Tick:
    run_requests: list[dg.RunRequest]
    cursor: str
    skip: str


def evaluate(instance: dg.DagsterInstance, root: Path, cursor: str | None) -> Tick:
    """One evaluation of the sensor as the code location serves it."""
    from clio_assets.definitions import defs

    sensor = defs.resolve_sensor_def(SENSOR_NAME)
    context = dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs,
                                      resources={"source": ConversationSource(root=str(root))})
    result = sensor(context)
    assert isinstance(result, dg.SensorResult) and result.cursor is not None
    skip = result.skip_reason.skip_message if result.skip_reason else ""
    return Tick(list(result.run_requests or []), result.cursor, skip or "")


def test_sensor_fires_once_per_complete_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIO_SOURCE_QUIET_MINUTES", "60")
    root = tmp_path / "source"
    write_day(root, "2026-11-01", success=True)  # marked complete
    write_day(root, "2026-11-02")  # still arriving: written just now, no marker
    write_day(root, "2026-11-03", age_s=2 * HOUR)  # no marker, quiet for 2 h
    open_day = write_day(root, "2026-11-04", age_s=2 * HOUR)
    (open_day / ".part-7.jsonl.tmp").write_text("{")  # a producer still writing into it
    (root / "ground_truth").mkdir()
    with clio_instance(MOCKED_LAUNCHER) as instance:
        first = evaluate(instance, root, None)
        assert [r.partition_key for r in first.run_requests] == ["2026-11-01", "2026-11-03"]
        assert all(r.tags[SENSOR_CHAIN_TAG] == "1" for r in first.run_requests)
        assert len({r.run_key for r in first.run_requests}) == 2
        assert set(json.loads(first.cursor)) == {"2026-11-01", "2026-11-03"}

        again = evaluate(instance, root, first.cursor)  # the next tick: nothing new
        assert again.run_requests == [] and "2026-11-02" in again.skip

        (root / "2026-11-02" / "_SUCCESS").write_text("")  # the producer finishes the day
        third = evaluate(instance, root, again.cursor)
        assert [r.partition_key for r in third.run_requests] == ["2026-11-02"]
        assert evaluate(instance, root, third.cursor).run_requests == []


def test_quiet_period_zero_requires_the_marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIO_SOURCE_QUIET_MINUTES", "0")
    root = tmp_path / "source"
    write_day(root, "2026-11-01", age_s=30 * 24 * HOUR)
    write_day(root, "2026-11-02", success=True)
    with clio_instance(MOCKED_LAUNCHER) as instance:
        assert [r.partition_key for r in evaluate(instance, root, None).run_requests] == ["2026-11-02"]


def test_sensor_targets_the_daily_job_and_a_redelivery_fires_again(tmp_path: Path) -> None:
    from clio_assets.definitions import defs

    assert defs.resolve_sensor_def(SENSOR_NAME).job_name == JOB_NAME
    root = tmp_path / "source"
    write_day(root, "2026-11-01", success=True, age_s=HOUR)
    with clio_instance(MOCKED_LAUNCHER) as instance:
        first = evaluate(instance, root, None)
        (root / "2026-11-01" / "_SUCCESS").write_text("")  # a corrected delivery: the marker is rewritten
        second = evaluate(instance, root, first.cursor)
        assert [r.partition_key for r in second.run_requests] == ["2026-11-01"]
        assert second.run_requests[0].run_key != first.run_requests[0].run_key
