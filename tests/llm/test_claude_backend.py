"""The claude backend end to end: the real anthropic SDK over HTTP to a loopback server
that speaks the Messages and Batches APIs (the only fake: the network edge)."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pytest

from tests.support.llm_day import SECRET_EMAIL, SECRET_NAME, bait_day
from tests.support.loopback.anthropic_server import FaultPlan, LoopbackAnthropic

DAY = "2026-11-21"


@pytest.fixture
def server():
    with LoopbackAnthropic() as srv:
        yield srv


@pytest.fixture
def claude_day(clio_home: Path):
    return bait_day(clio_home / "source", DAY, seed=3)


def claude_resources(server: LoopbackAnthropic, **overrides) -> dict:
    from clio_assets import definitions
    from resources.llm import LLMBackend

    settings = dict(backend="claude", api_key="test-key", base_url=server.url, timeout_s=1.0, backoff_base_s=0.01,
                    max_concurrency=4, batch_poll_s=0.01, max_attempts=6, cache_uri=os.environ["CLIO_RESTRICTED_URI"])
    return {**definitions.resources, "llm": LLMBackend(**{**settings, **overrides})}


def run(resources: dict, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    from clio_assets import definitions

    return dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources, instance=instance,
                          raise_on_error=False)


def facet_meta(instance: dg.DagsterInstance) -> dict:
    event = instance.get_latest_materialization_event(dg.AssetKey("conversation_facets"))
    assert event is not None and event.asset_materialization is not None
    return {k: v.value for k, v in event.asset_materialization.metadata.items()}


def assert_nothing_lost(claude_day) -> None:
    from clio_assets.definitions import storage_from_env

    storage = storage_from_env()
    raw = storage.read("restricted", "raw_conversations", DAY)
    facets = storage.read("restricted", "conversation_facets", DAY)
    failures = storage.read("restricted", "llm_failures", DAY)
    assert len(raw) == claude_day.n_conversations + 2
    assert sorted(facets.conversation_id) == sorted(raw.conversation_id)  # no conversation lost
    assert "never-valid" in set(failures.conversation_id)  # recorded, with its reason
    assert failures.set_index("conversation_id").loc["never-valid", "reason"].startswith("schema")


def test_full_partition_with_claude_backend(server: LoopbackAnthropic, claude_day) -> None:
    instance = dg.DagsterInstance.ephemeral()
    result = run(claude_resources(server), instance)
    assert result.success
    assert all(c.passed for c in result.get_asset_check_evaluations())
    meta = facet_meta(instance)
    assert meta["llm_backend"] == "claude" and meta["llm_requests"] >= claude_day.n_conversations
    assert meta["llm_estimated_usd"] > 0 and meta["llm_input_tokens"] > 0
    assert meta["llm_cache_read_tokens"] > 0  # the shared system prompt is a cached prefix
    assert server.message_requests > claude_day.n_conversations  # facets + naming + hierarchy + audit
    assert_nothing_lost(claude_day)
    # the scrubber ran before the request: the server never received the bait values
    received = "\n".join(server.received_texts)
    assert SECRET_EMAIL not in received and SECRET_NAME not in received
    assert "[EMAIL]" in received

    # a second materialisation of the unchanged partition costs nothing
    server.reset_counters()
    again = run(claude_resources(server), dg.DagsterInstance.ephemeral())
    assert again.success
    assert server.requests == 0 and server.batch_creates == 0


def test_claude_backend_survives_30_percent_faults(server: LoopbackAnthropic, claude_day) -> None:
    server.faults = FaultPlan(rate=0.3, seed=11, retry_after_s=0.01, slow_s=1.5)
    instance = dg.DagsterInstance.ephemeral()
    result = run(claude_resources(server), instance)
    assert result.success
    assert sum(server.faults_injected.values()) > 50
    assert set(server.faults_injected) >= {"429", "500", "529", "slow", "malformed", "schema"}
    meta = facet_meta(instance)
    assert meta["llm_failed_conversations"] >= 1 and "schema" in meta["llm_failure_reasons"]
    assert_nothing_lost(claude_day)


def test_batch_mode_end_to_end_with_errored_and_expired_items(server: LoopbackAnthropic, claude_day) -> None:
    server.faults = FaultPlan(batch_error_rate=0.15, batch_expire_rate=0.1, seed=5)
    instance = dg.DagsterInstance.ephemeral()
    result = run(claude_resources(server, facet_mode="batch"), instance)
    assert result.success
    assert server.batch_creates >= 2  # failed and expired items were resubmitted
    meta = facet_meta(instance)
    assert meta["llm_usage"]["facets"]["batch_requests"] > claude_day.n_conversations
    assert_nothing_lost(claude_day)
