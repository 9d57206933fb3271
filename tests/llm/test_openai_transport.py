"""The openai transport under the one LLM caller, against the chat-completions loopback
server: retries honour retry-after, final failures are recorded, both structured-output
modes and the auto fallback, usage accounting, cache keys per backend, settings errors."""
from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request

import dagster as dg
import openai
import pytest

from clio_assets.facets.claude import facet_requests
from clio_assets.llm.cache import ResponseCache
from clio_assets.llm.caller import LLMCaller
from clio_assets.llm.openai_api import OpenAITransport
from clio_assets.llm.tools import validation_error
from clio_assets.llm.usage import UsageLedger
from clio_assets.shared.records import Conversation, Message
from tests.support.loopback import FaultPlan, LoopbackOpenAI

TOPICS = ("tomato blight in a greenhouse", "a cover letter for a nursing job", "sorting a list in Rust",
          "a birthday poem for my aunt", "tax brackets in Portugal", "fixing a leaking tap")


@pytest.fixture(autouse=True)
def rules_only_scrubbing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules-only PII scrubbing (no spaCy model to load): these tests are about the transport."""
    monkeypatch.setenv("CLIO_PII_NER", "0")


def requests(n: int):
    conversations = [Conversation(f"c{i}", f"u{i % 7}", (Message("user", f"Help me with {TOPICS[i % 6]}, case {i}."),
                                                         Message("assistant", "Sure, here is how.")),
                                  "messages", "f.jsonl", i) for i in range(n)]
    return facet_requests(conversations, "local-model", 4000)


def caller_for(server: LoopbackOpenAI, structured: str = "auto", sleeps: list | None = None, timeout: float = 5.0,
               **kwargs) -> LLMCaller:
    client = openai.OpenAI(api_key="no-key", base_url=f"{server.url}/v1", timeout=timeout, max_retries=0)
    sleep = sleeps.append if sleeps is not None else (lambda _s: None)
    return LLMCaller(OpenAITransport(client, structured), ResponseCache(), UsageLedger(), sleep=sleep,
                     **{"base_delay_s": 0.01, "concurrency": 1, **kwargs})


def test_429_is_retried_after_the_servers_retry_after_then_recorded() -> None:
    sleeps: list[float] = []
    with LoopbackOpenAI(FaultPlan(rate=1.0, kinds=("429",), retry_after_s=0.25)) as server:
        caller = caller_for(server, sleeps=sleeps, max_attempts=3)
        result = caller.call(requests(1)[0])
        assert server.faults_injected["429"] == 3
    assert result.data is None and result.error.startswith("http-429") and result.attempts == 3
    assert sleeps == [0.25, 0.25]  # the header's wait, not the backoff
    usage = caller.ledger.snapshot("facets")
    assert usage["retries"] == 2 and usage["failures"] == 1 and usage["failure_reasons"] == {"http-429": 1}
    # the final failure is cached: asking again costs nothing and returns the same failure
    again = caller.call(requests(1)[0])
    assert again.cached and again.error == result.error


def test_500_without_retry_after_backs_off_exponentially() -> None:
    sleeps: list[float] = []
    with LoopbackOpenAI(FaultPlan(rate=1.0, kinds=("500",))) as server:
        result = caller_for(server, sleeps=sleeps, max_attempts=3).call(requests(1)[0])
        assert server.message_requests == 3
    assert result.error.startswith("http-500") and sleeps == [0.01, 0.02]


def test_transient_faults_are_retried_until_every_answer_is_valid() -> None:
    reqs = requests(60)
    with LoopbackOpenAI(FaultPlan(rate=0.4, seed=5, retry_after_s=0.001, slow_s=1.0)) as server:
        caller = caller_for(server, "tools", max_attempts=12, concurrency=4, timeout=0.5)  # a slow answer times out
        results = caller.call_many(reqs)
        faults = sum(server.faults_injected.values())
        assert set(server.faults_injected) == {"429", "500", "529", "slow", "malformed", "schema"}
    assert all(r.data is not None and validation_error(q.tool, r.data) is None for r, q in zip(results, reqs))
    usage = caller.ledger.snapshot("facets")
    assert faults > 5 and usage["retries"] == faults and usage["failures"] == 0
    assert usage["requests"] == len(reqs) + faults


@pytest.mark.parametrize("mode", ["json_schema", "tools"])
def test_each_structured_output_mode_gives_schema_valid_answers(mode: str) -> None:
    reqs = requests(6)
    with LoopbackOpenAI() as server:
        caller = caller_for(server, mode)
        results = caller.call_many(reqs)
        assert server.modes == {mode: 6}
        usage = caller.ledger.snapshot("facets")
        # the ledger's input excludes cached prompt tokens; together they are the server's count
        assert usage["input_tokens"] + usage["cache_read_input_tokens"] == server.input_tokens
        assert usage["cache_read_input_tokens"] == server.cached_tokens > 0  # the shared system prompt
        assert usage["output_tokens"] == server.output_tokens > 0
    assert all(r.data is not None and validation_error(q.tool, r.data) is None for r, q in zip(results, reqs))


def test_forced_json_schema_on_a_server_without_it_fails_once_each_and_is_recorded() -> None:
    with LoopbackOpenAI(json_schema=False) as server:
        caller = caller_for(server, "json_schema")
        results = caller.call_many(requests(3))
        assert server.message_requests == 3  # a 400 is not retried
    assert all(r.data is None and r.error.startswith("http-400") for r in results)
    assert caller.transport.mode == "json_schema"  # type: ignore[attr-defined]
    assert caller.ledger.snapshot("facets")["failures"] == 3


def test_auto_switches_to_tools_once_and_remembers_it() -> None:
    with LoopbackOpenAI(json_schema=False) as server:
        caller = caller_for(server, "auto")
        results = caller.call_many(requests(5))
        assert server.message_requests == 6 and server.modes == {"tools": 5}  # one rejected, then tools only
    assert all(r.data is not None for r in results)
    assert caller.transport.mode == "tools"  # type: ignore[attr-defined]


def test_cache_keys_separate_backends_and_keep_claude_keys_stable() -> None:
    request = requests(1)[0]
    assert request.key("openai") != request.key("claude")
    old_payload = {"model": request.model, "prompt_version": request.prompt.version, "system": request.prompt.system,
                   "messages": request.messages, "tool": request.tool,
                   "params": {"max_tokens": request.max_tokens, "temperature": request.temperature}}
    old_key = hashlib.sha256(json.dumps(old_payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    assert request.key("claude") == old_key  # caches written before the openai backend stay valid


def test_errors_use_the_chat_completions_envelope_and_retry_after() -> None:
    with LoopbackOpenAI(FaultPlan(rate=1.0, kinds=("529",), retry_after_s=2)) as server:
        body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
        http = urllib.request.Request(f"{server.url}/v1/chat/completions", body, method="POST",
                                      headers={"authorization": "Bearer x", "content-type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(http, timeout=5)
    assert caught.value.code == 503 and caught.value.headers["retry-after"] == "2"
    error = json.loads(caught.value.read())["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["code"] == "server_overloaded"


def test_setup_errors_are_clear() -> None:
    from resources.llm import LLMBackend

    context = dg.build_init_resource_context()
    with pytest.raises(ValueError, match="CLIO_OPENAI_MODEL"):
        LLMBackend(backend="openai").setup_for_execution(context)
    with pytest.raises(ValueError, match="Claude's Message Batches"):
        LLMBackend(backend="openai", openai_model="m", facet_mode="batch").setup_for_execution(context)
    with pytest.raises(ValueError, match="CLIO_OPENAI_STRUCTURED"):
        LLMBackend(backend="openai", openai_model="m", openai_structured="xml").setup_for_execution(context)
    llm = LLMBackend(backend="openai", openai_model="m", openai_facet_model="small")
    assert [llm.model_for(s) for s in ("facets", "naming", "hierarchy", "audit")] == ["small", "m", "m", "m"]


def test_settings_bind_the_openai_variables(clio_home) -> None:
    # (clio_home: importing clio_assets.definitions binds its module-level resources to the
    # environment of that moment; with the CLIO_* locations set they are EnvVars, not paths)
    from clio_assets.definitions import build_resources
    from resources.llm import LLMBackend

    llm = build_resources({"CLIO_LLM_BACKEND": "openai", "CLIO_OPENAI_MODEL": "llama3.1:8b",
                           "CLIO_OPENAI_BASE_URL": "http://localhost:11434/v1",
                           "CLIO_OPENAI_MODEL_AUDIT": "qwen2.5:14b"})["llm"]
    assert isinstance(llm, LLMBackend)
    assert (llm.backend, llm.openai_base_url, llm.model_for("facets"), llm.model_for("audit"),
            llm.openai_structured) == ("openai", "http://localhost:11434/v1", "llama3.1:8b", "qwen2.5:14b", "auto")


def test_a_400_in_tools_mode_is_not_mistaken_for_a_rejected_response_format() -> None:
    with LoopbackOpenAI(json_schema=False) as server:
        caller = caller_for(server, "auto")
        caller.transport.mode = "tools"  # type: ignore[attr-defined]  # as after a switch
        request = requests(1)[0]
        bad = type(request)(request.stage, request.model, request.prompt, request.user_text,
                            {**request.tool, "name": "not a valid name (json_schema)"}, request.max_tokens)
        result = caller.call(bad)
        assert server.message_requests == 1  # refused once, not retried as if it were a format switch
    assert result.error.startswith("http-400")
