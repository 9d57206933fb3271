"""raw_conversations through Dagster on real public data and on broken input."""
from __future__ import annotations

from pathlib import Path
from typing import cast

import dagster as dg

from tests.conftest import shared_data

DAY = "2026-10-05"


def materialise_ingest(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    from clio_assets import definitions
    from clio_assets.ingest.assets import ingested_day

    return dg.materialize([ingested_day], partition_key=DAY, resources=definitions.build_resources(), instance=instance)


def test_real_hh_rlhf_and_oasst_files_ingest(clio_home: Path) -> None:
    hh = shared_data("hh-rlhf-harmless-test", "test.jsonl.gz")
    oasst = shared_data("oasst1-en-validation", "en-validation.jsonl")
    day = clio_home / "source" / DAY
    day.mkdir(parents=True)
    (day / "hh.jsonl.gz").symlink_to(hh)  # read in place: shared data is never copied
    (day / "oasst.jsonl").symlink_to(oasst)
    instance = dg.DagsterInstance.ephemeral()
    result = materialise_ingest(instance)
    assert result.success
    event = instance.get_latest_materialization_event(dg.AssetKey("raw_conversations"))
    assert event is not None and event.asset_materialization is not None
    meta = event.asset_materialization.metadata
    formats = cast(dict[str, int], meta["formats"].value)
    assert formats["hh_rlhf"] == 2312
    assert formats["oasst"] > 900
    assert meta["quarantined"].value == 3  # the three oasst messages whose parent is missing


def test_broken_files_are_quarantined_not_fatal(clio_home: Path) -> None:
    from clio_assets.definitions import storage_from_env

    day = clio_home / "source" / DAY
    day.mkdir(parents=True)
    good = '{"conversation_id": "a", "user_id": "u1", "messages": [{"role": "user", "content": "hello there"}]}\n'
    (day / "mixed.jsonl").write_bytes(
        good.encode() + b"{not json\n" + b'{"messages": [{"role": "wizard", "content": "x"}]}\n'
        + b'{"messages": [{"role": "assistant", "content": "only me"}]}\n' + b"\xff\xfe bad bytes\n"
        + good.encode())  # the duplicate id is quarantined too
    instance = dg.DagsterInstance.ephemeral()
    assert materialise_ingest(instance).success
    storage = storage_from_env()
    raw = storage.read("restricted", "raw_conversations", DAY)
    quarantine = storage.read("restricted", "quarantine", DAY)
    assert list(raw.conversation_id) == ["a"]
    reasons = sorted(r.split(":")[0] for r in quarantine.reason)
    assert reasons == ["bad-json", "duplicate-conversation-id", "no-user-turn", "non-utf8", "unknown-role"]
    assert sorted(quarantine.source_line) == [2, 3, 4, 5, 6]
    assert set(quarantine.source_file) == {"mixed.jsonl"}
