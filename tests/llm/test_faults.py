"""LLM faults: a Claude-backend day at a seeded 30% fault rate completes with no conversation
lost (through bench/faults.py), batch control calls survive 429/500/529, and answers are
persisted per chunk so a killed run repeats at most one chunk."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import anthropic
import pytest

from clio_assets.facets.claude import facet_requests
from clio_assets.llm.anthropic_api import AnthropicTransport
from clio_assets.llm.batches import run_batched
from clio_assets.llm.cache import ResponseCache
from clio_assets.llm.cache_store import LanceResponseStore
from clio_assets.llm.caller import LLMCaller
from clio_assets.llm.usage import UsageLedger
from clio_assets.shared.records import Conversation, Message
from tests.support.loopback import FaultPlan, LoopbackAnthropic

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ("tomato blight in a greenhouse", "a cover letter for a nursing job", "sorting a list in Rust",
          "a birthday poem for my aunt", "tax brackets in Portugal", "fixing a leaking tap")


@pytest.fixture(autouse=True)
def rules_only_scrubbing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules-only PII scrubbing (no spaCy model to load): these tests are about faults."""
    monkeypatch.setenv("CLIO_PII_NER", "0")


def conversations(n: int) -> list[Conversation]:
    return [Conversation(f"c{i}", f"u{i % 7}", (Message("user", f"Help me with {TOPICS[i % len(TOPICS)]}, case {i}."),
                                               Message("assistant", "Sure, here is how.")), "messages", "f.jsonl", i)
            for i in range(n)]


def caller_for(server: LoopbackAnthropic, store: LanceResponseStore | None = None) -> LLMCaller:
    client = anthropic.Anthropic(api_key="test-key", base_url=server.url, timeout=5.0, max_retries=0)
    return LLMCaller(AnthropicTransport(client), ResponseCache(store), UsageLedger(), base_delay_s=0.001, concurrency=4)


def test_batch_create_poll_and_results_calls_are_retried_through_faults() -> None:
    requests = facet_requests(conversations(24), "claude-haiku-4-5", 4000)
    with LoopbackAnthropic(FaultPlan(control_rate=0.4, seed=4, retry_after_s=0.001)) as server:
        caller = caller_for(server)
        results = run_batched(caller, requests, poll_s=0.001)
        faults = dict(server.faults_injected)
    control_faults = sum(faults.values())
    assert all(r.data is not None for r in results)  # every item answered despite the faulted control calls
    assert set(faults) == {"control_429", "control_500", "control_529"} and control_faults >= 3
    assert caller.ledger.snapshot("facets")["control_retries"] == control_faults


def test_items_the_batch_rounds_cannot_answer_go_through_the_messages_api() -> None:
    requests = facet_requests(conversations(20), "claude-haiku-4-5", 4000)
    with LoopbackAnthropic(FaultPlan(batch_error_rate=0.4, batch_expire_rate=0.3, seed=2)) as server:
        caller = caller_for(server)
        results = run_batched(caller, requests, poll_s=0.001, max_rounds=1)
        leftovers = server.message_requests
    assert all(r.data is not None for r in results)
    assert leftovers == server.faults_injected["batch_errored"] + server.faults_injected["batch_expired"] > 0
    assert caller.ledger.snapshot("facets")["failures"] == 0


def test_each_chunk_is_persisted_before_the_next_starts(tmp_path: Path) -> None:
    chunks = [facet_requests(conversations(30)[i:i + 10], "claude-haiku-4-5", 4000) for i in (0, 10, 20)]
    with LoopbackAnthropic() as server:
        caller = caller_for(server, LanceResponseStore(str(tmp_path / "cache")))
        for done, chunk in enumerate(chunks, start=1):
            caller.call_many(chunk)
            # what a process started now (after a kill) finds: every answer of the chunks so far
            fresh = LanceResponseStore(str(tmp_path / "cache"))
            keys = [caller.key(r) for c in chunks for r in c]
            assert len(fresh.load(keys)) == 10 * done


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_faults", ROOT / "bench" / "faults.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("mode", ["batch"])  # sync mode at 30%: test_claude_backend.py
def test_fault_bench_day_completes_with_no_conversation_lost(clio_home: Path, mode: str) -> None:
    bench = load_bench()
    figures = bench.run_day(n=120, users=60, rate=0.3, seed=11, mode=mode, home=clio_home)  # sets CLIO_* (restored)
    line = bench.report(figures, 0.3, mode)
    values = dict(pair.split("=", 1) for pair in line.split())
    assert values["fault_day_completed"] == "1" and values["fault_checks_failed"] == "0"
    assert values["fault_conversations_lost"] == "0" and figures["conversations"] == 120
    assert all(n == 0 for n in figures["lost"].values())
    faults = figures["faults"]
    # message faults on the sync stages, item faults and control-call faults on the facet batches
    assert {"batch_errored", "batch_expired"} <= set(faults) and any(k.startswith("control_") for k in faults)
    assert int(values["fault_faults"]) == sum(faults.values()) > 20
    assert int(values["fault_control_retries"]) == sum(n for k, n in faults.items() if k.startswith("control_"))
    # every message fault was retried unless it was the request's last attempt (then a recorded failure)
    message_faults = sum(n for k, n in faults.items() if k in ("429", "500", "529", "slow", "malformed", "schema"))
    usage = figures["usage"]
    assert sum(s["retries"] + s["failures"] for s in usage.values()) >= message_faults
    assert usage["facets"]["batch_requests"] > 120  # errored and expired items were resubmitted
    assert int(values["fault_fell_back"]) == usage["facets"]["failures"]  # each one recorded in llm_failures
