"""The completeness rule of a day's source folder (clio_assets/operations/completeness.py)."""
from __future__ import annotations

import time
from pathlib import Path

from clio_assets.operations.completeness import inspect_day, scan_days
from tests.operations.conftest import backdate, write_day

HOUR = 3600.0


def test_success_marker_completes_a_day_at_once(tmp_path: Path) -> None:
    folder = write_day(tmp_path, "2026-11-01", success=True)
    state = inspect_day(folder, time.time(), quiet_seconds=HOUR)
    assert state.complete and state.signature.startswith("success:")


def test_without_marker_a_day_is_complete_only_after_the_quiet_period(tmp_path: Path) -> None:
    fresh = write_day(tmp_path, "2026-11-01", age_s=60)
    quiet = write_day(tmp_path, "2026-11-02", age_s=2 * HOUR, files=3)
    assert not inspect_day(fresh, time.time(), HOUR).complete
    state = inspect_day(quiet, time.time(), HOUR)
    assert state.complete and state.signature.endswith(":3")
    assert not inspect_day(quiet, time.time(), 0).complete  # quiet period off: only _SUCCESS counts


def test_a_hidden_temporary_file_still_being_written_keeps_the_day_open(tmp_path: Path) -> None:
    folder = write_day(tmp_path, "2026-11-01", age_s=2 * HOUR)
    (folder / ".part-1.jsonl.tmp").write_text("{")  # a producer still writing
    assert not inspect_day(folder, time.time(), HOUR).complete
    backdate(folder, 2 * HOUR)
    assert inspect_day(folder, time.time(), HOUR).complete


def test_a_folder_without_data_files_is_not_complete(tmp_path: Path) -> None:
    folder = tmp_path / "2026-11-01"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    backdate(folder, 2 * HOUR)
    assert not inspect_day(folder, time.time(), HOUR).complete


def test_a_new_delivery_changes_the_signature(tmp_path: Path) -> None:
    folder = write_day(tmp_path, "2026-11-01", age_s=2 * HOUR)
    before = inspect_day(folder, time.time(), HOUR).signature
    (folder / "part-9.jsonl").write_text("{}\n")
    backdate(folder, HOUR + 60)
    after = inspect_day(folder, time.time(), HOUR).signature
    assert before and after and before != after


def test_scan_lists_day_folders_in_date_order_and_ignores_others(tmp_path: Path) -> None:
    for day in ("2026-11-03", "2026-11-01", "2026-11-02"):
        write_day(tmp_path, day, success=True)
    (tmp_path / "ground_truth").mkdir()
    (tmp_path / ".2026-11-04.partial").mkdir()
    assert [d.day for d in scan_days(tmp_path, time.time(), HOUR)] == ["2026-11-01", "2026-11-02", "2026-11-03"]
    assert list(scan_days(tmp_path / "missing", time.time(), HOUR)) == []
