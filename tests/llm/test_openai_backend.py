"""The openai backend end to end: the real openai SDK over HTTP to a loopback server that
speaks chat completions (the only fake: the network edge), through every LLM stage."""
from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg
import pytest

from tests.support.llm_day import SECRET_EMAIL, SECRET_NAME, bait_day
from tests.support.loopback import FaultPlan, LoopbackOpenAI

DAY = "2026-11-22"
MODEL, AUDIT_MODEL = "qwen2.5-7b-instruct", "llama3.1:8b"
PRICES = {MODEL: {"input": 0.2, "output": 0.4}}  # a priced local model; AUDIT_MODEL is unpriced (costs 0)
STAGE_TOOLS = {"record_facets", "name_cluster", "propose_categories", "assign_category", "rate_privacy"}
OPTIONAL_TOOLS = {"deduplicate_categories"}  # only when the proposals outnumber the wanted parents
MAX_ATTEMPTS = 4


@pytest.fixture
def openai_day(clio_home: Path):
    return bait_day(clio_home / "source", DAY, seed=4, always_500=True)


def openai_resources(server: LoopbackOpenAI, **overrides) -> dict:
    from clio_assets import definitions
    from resources.llm import LLMBackend

    settings = dict(backend="openai", openai_base_url=f"{server.url}/v1", openai_model=MODEL,
                    openai_audit_model=AUDIT_MODEL, prices_json=json.dumps(PRICES), timeout_s=1.0,
                    backoff_base_s=0.01, max_concurrency=4, max_attempts=MAX_ATTEMPTS,
                    cache_uri=os.environ["CLIO_RESTRICTED_URI"])
    return {**definitions.resources, "llm": LLMBackend(**{**settings, **overrides})}


def run(resources: dict, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    from clio_assets import definitions

    return dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources, instance=instance,
                          raise_on_error=False)


def meta_of(instance: dg.DagsterInstance, asset: str) -> dict:
    event = instance.get_latest_materialization_event(dg.AssetKey(asset))
    assert event is not None and event.asset_materialization is not None
    return {k: v.value for k, v in event.asset_materialization.metadata.items()}


def facet_requests(server: LoopbackOpenAI) -> int:
    return sum(n for (tool, _), n in server.received_per_request.items() if tool == "record_facets")


def assert_nothing_lost(day) -> None:
    from clio_assets.definitions import storage_from_env

    storage = storage_from_env()
    raw = storage.read("restricted", "raw_conversations", DAY)
    facets = storage.read("restricted", "conversation_facets", DAY)
    failures = storage.read("restricted", "llm_failures", DAY).set_index("conversation_id")
    assert len(raw) == day.n_conversations + 3
    assert sorted(facets.conversation_id) == sorted(raw.conversation_id)  # no conversation lost
    # final failures are recorded with their reason, not dropped
    assert failures.loc["never-valid", "reason"].startswith("schema")
    assert failures.loc["always-500", "reason"].startswith("http-500")
    assert failures.loc["always-500", "attempts"] == MAX_ATTEMPTS


def test_full_partition_with_openai_backend(openai_day) -> None:
    with LoopbackOpenAI() as server:
        instance = dg.DagsterInstance.ephemeral()
        result = run(openai_resources(server), instance)
        assert result.success and not server.server_errors
        assert all(c.passed for c in result.get_asset_check_evaluations())
        facets, hierarchy = meta_of(instance, "conversation_facets"), meta_of(instance, "cluster_hierarchy")
        assert facets["llm_backend"] == "openai" == hierarchy["llm_backend"]
        assert facets["llm_structured_output"] == "json_schema" and set(server.modes) == {"json_schema"}
        # one request per conversation, plus the retries of the two that never answer
        n = openai_day.n_conversations + 3
        assert facet_requests(server) == n + 2 * (MAX_ATTEMPTS - 1)
        assert facets["llm_usage"]["facets"]["requests"] == facet_requests(server)
        # every LLM stage ran through the server, each with its configured model
        assert STAGE_TOOLS <= {tool for tool, _ in server.received_models} <= STAGE_TOOLS | OPTIONAL_TOOLS
        assert {m for (tool, m) in server.received_models if tool == "rate_privacy"} == {AUDIT_MODEL}
        assert {m for (tool, m) in server.received_models if tool != "rate_privacy"} == {MODEL}
        assert hierarchy["models"] == {"naming": MODEL, "hierarchy": MODEL, "audit": AUDIT_MODEL}
        # tokens from the server's usage; cost from the configured price (cached tokens at 0.1x)
        usage = facets["llm_usage"]["facets"]
        assert usage["input_tokens"] > 0 and usage["cache_read_input_tokens"] > 0
        expected = (usage["input_tokens"] * 0.2 + usage["cache_read_input_tokens"] * 0.02
                    + usage["output_tokens"] * 0.4) / 1e6
        assert facets["llm_estimated_usd"] == pytest.approx(expected, rel=1e-3)
        assert hierarchy["llm_usage"]["audit"]["dollars"] == 0  # an unpriced local model costs nothing
        assert_nothing_lost(openai_day)
        # the scrubber ran before the request: the server never received the bait values
        received = "\n".join(server.received_texts)
        assert SECRET_EMAIL not in received and SECRET_NAME not in received and "[EMAIL]" in received
        versions = meta_of(instance, "hierarchy_nodes")["model_versions"]
        assert versions["llm_backend"] == "openai" and "privacy_audit" in versions["prompt_versions"]

        # a second materialisation of the unchanged partition costs nothing
        server.reset_counters()
        again = run(openai_resources(server), dg.DagsterInstance.ephemeral())
        assert again.success and server.requests == 0


def test_auto_falls_back_to_tools_when_the_server_rejects_response_format(openai_day) -> None:
    with LoopbackOpenAI(json_schema=False) as server:
        instance = dg.DagsterInstance.ephemeral()
        result = run(openai_resources(server, openai_structured="auto"), instance)
        assert result.success and not server.server_errors
        facets = meta_of(instance, "conversation_facets")
        assert facets["llm_structured_output"] == "tools" == meta_of(instance, "cluster_hierarchy")[
            "llm_structured_output"]
        assert set(server.modes) == {"tools"}  # every answered request used the forced function call
        rejected = server.message_requests - server.modes["tools"]
        assert 1 <= rejected <= 4  # the requests in flight when the first 400 came back, not one per call
        assert facets["llm_usage"]["facets"]["failures"] == 2  # only the two that never answer
        assert_nothing_lost(openai_day)


def test_openai_backend_survives_30_percent_faults(openai_day) -> None:
    with LoopbackOpenAI(FaultPlan(rate=0.3, seed=11, retry_after_s=0.01, slow_s=1.5)) as server:
        instance = dg.DagsterInstance.ephemeral()
        result = run(openai_resources(server, openai_structured="tools", max_attempts=6), instance)
        assert result.success and not server.server_errors
        assert sum(server.faults_injected.values()) > 50
        assert set(server.faults_injected) >= {"429", "500", "529", "slow", "malformed", "schema"}
        meta = meta_of(instance, "conversation_facets")
        assert meta["llm_usage"]["facets"]["retries"] > 0
        assert meta["llm_failed_conversations"] >= 2 and "schema" in meta["llm_failure_reasons"]
    from clio_assets.definitions import storage_from_env

    raw = storage_from_env().read("restricted", "raw_conversations", DAY)
    facets = storage_from_env().read("restricted", "conversation_facets", DAY)
    assert sorted(facets.conversation_id) == sorted(raw.conversation_id)


class KeyRecorder(LoopbackOpenAI):
    """The loopback server, noting which API keys the client sent (so the scan is meaningful)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_seen: set[str] = set()

    def dispatch(self, method: str, target: str, headers, body: bytes):
        self.keys_seen.add((headers.get("authorization") or "").removeprefix("Bearer "))
        return super().dispatch(method, target, headers, body)


def test_openai_api_key_appears_in_no_log_table_or_export(clio_home: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import secrets

    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from resources.llm import LLMBackend

    key = "sk-proj-" + secrets.token_hex(24)
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("CLIO_MIN_UNIQUE_USERS", "3")
    monkeypatch.setenv("CLIO_MIN_CONVERSATIONS", "3")
    summary = generate_day(clio_home / "source", DAY, n_conversations=40, n_users=20, seed=4)
    broken = {"conversation_id": "broken", "user_id": "ub", "messages": [  # error messages are written too
        {"role": "user", "content": "Please summarise this gardening article [[always-500]]"}]}
    (summary.day_dir / "broken.jsonl").write_text(json.dumps(broken) + "\n")
    dagster_home = tmp_path / "dagster_home"
    dagster_home.mkdir()
    with KeyRecorder() as server, dg.instance_for_test(temp_dir=str(dagster_home)) as instance:
        resources = definitions.build_resources()
        # the key reaches the resource as an EnvVar, as in production
        resources["llm"] = LLMBackend(backend="openai", openai_base_url=f"{server.url}/v1", openai_model=MODEL,
                                      openai_api_key=dg.EnvVar("OPENAI_API_KEY"), backoff_base_s=0.01,
                                      max_attempts=3, cache_uri=os.environ["CLIO_RESTRICTED_URI"])
        result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources, instance=instance,
                                raise_on_error=False)
        assert result.success and server.message_requests > summary.n_conversations
        assert server.keys_seen == {key}
        logs = "\n".join(f"{e.user_message} {e.dagster_event!r}" for e in instance.all_logs(result.run_id))
        assert "broken" in set(definitions.storage_from_env().read("restricted", "llm_failures", DAY).conversation_id)
        assert key not in logs
        stored = [p for root in (dagster_home, clio_home) for p in root.rglob("*")
                  if p.is_file() and key.encode() in p.read_bytes()]
        assert stored == []  # event log, run storage, LanceDB tiers, response cache, exports
