"""The loopback Anthropic server, driven by the real `anthropic` SDK client."""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming
from jsonschema import Draft202012Validator

from tests.support.loopback import FaultPlan, LoopbackAnthropic
from tests.support.loopback._text import content_words

MODEL = "claude-loopback-test"
CONVERSATION = ("Please describe this conversation.\n<conversation>\nUser: How can I reverse a linked list "
                "in Python without recursion? It is for a data structures assignment.\nAssistant: Walk the "
                "list once and flip each next pointer.\n</conversation>\nUse the tool.")
NESTED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "$defs": {"tag": {"type": "object", "properties": {"label": {"type": "string", "maxLength": 40},
                                                       "weight": {"type": "number", "minimum": 0, "maximum": 1}},
                      "required": ["label", "weight"], "additionalProperties": False}},
    "properties": {
        "summary": {"type": "string", "minLength": 10, "maxLength": 200},
        "name": {"type": "string", "maxLength": 80},
        "kind": {"type": "string", "enum": ["coding", "writing", "other"]},
        "concern": {"type": "integer", "minimum": 1, "maximum": 5},
        "languages": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2,3}$"},
                      "minItems": 1, "maxItems": 5},
        "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}, "minItems": 2, "maxItems": 4},
        "details": {"type": "object", "properties": {
            "turns": {"type": "integer", "minimum": 1},
            "flagged": {"type": "boolean"},
            "note": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "null"}]}},
            "required": ["turns", "flagged"]},
    },
    "required": ["summary", "name", "kind", "concern", "languages", "tags", "details"],
    "additionalProperties": False,
}
TOOL = {"name": "record_facets", "description": "Record facets.", "input_schema": NESTED_SCHEMA}


@pytest.fixture
def server() -> Iterator[LoopbackAnthropic]:
    with LoopbackAnthropic() as srv:
        yield srv


def client_for(srv: LoopbackAnthropic, **kwargs: Any) -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key="test-key", base_url=srv.url, **{"max_retries": 0, **kwargs})


def ask(client: anthropic.Anthropic, text: str = CONVERSATION, **kwargs: Any) -> anthropic.types.Message:
    return client.messages.create(model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": text}], **kwargs)


def forced(client: anthropic.Anthropic, text: str = CONVERSATION, **kwargs: Any) -> anthropic.types.Message:
    return ask(client, text, tools=[TOOL], tool_choice={"type": "tool", "name": TOOL["name"]}, **kwargs)


def text_of(msg: anthropic.types.Message) -> str:
    """The text of a message's first block, a text block."""
    block = msg.content[0]
    assert isinstance(block, anthropic.types.TextBlock), block
    return block.text


def tool_input_of(msg: anthropic.types.Message) -> dict[str, Any]:
    """The input of a message's first block, a tool_use block (any JSON object)."""
    block = msg.content[0]
    assert isinstance(block, anthropic.types.ToolUseBlock), block
    return block.input


def schema_errors(value: Any, schema: dict[str, Any] = NESTED_SCHEMA) -> list[str]:
    return [e.message for e in Draft202012Validator(schema).iter_errors(value)]


def test_plain_text_message_is_a_real_message_built_from_the_prompt(server: LoopbackAnthropic) -> None:
    msg = ask(client_for(server))
    assert msg.id.startswith("msg_") and msg.type == "message" and msg.role == "assistant"
    assert msg.model == MODEL and msg.stop_reason == "end_turn" and msg.stop_sequence is None
    assert [b.type for b in msg.content] == ["text"]
    prompt_words = {w.lower() for w in content_words(CONVERSATION)}
    assert set(w.lower() for w in content_words(text_of(msg))) <= prompt_words
    assert "reverse" in text_of(msg).lower()
    assert msg.usage.input_tokens >= len(CONVERSATION) // 4 and msg.usage.output_tokens > 0
    assert (server.requests, server.message_requests) == (1, 1)
    assert (server.input_tokens, server.output_tokens) == (msg.usage.input_tokens, msg.usage.output_tokens)


def test_forced_tool_call_is_valid_against_a_nested_schema(server: LoopbackAnthropic) -> None:
    msg = forced(client_for(server))
    assert msg.stop_reason == "tool_use" and len(msg.content) == 1
    block = msg.content[0]
    assert block.type == "tool_use" and block.id.startswith("toolu_") and block.name == "record_facets"
    data = tool_input_of(msg)
    assert schema_errors(data) == []
    assert len(data["name"].split()) <= 10 and data["languages"] == ["en"]
    assert "reverse" in data["summary"].lower()
    assert set(w.lower() for w in content_words(data["summary"])) \
        <= {w.lower() for w in content_words(CONVERSATION)}


def test_single_tool_with_any_choice_is_called(server: LoopbackAnthropic) -> None:
    msg = ask(client_for(server), tools=[TOOL], tool_choice={"type": "any"})
    assert msg.stop_reason == "tool_use" and schema_errors(tool_input_of(msg)) == []


def test_prefill_is_continued_with_prompt_words(server: LoopbackAnthropic) -> None:
    prefill = "The user's overall request for the assistant is to"
    msg = client_for(server).messages.create(model=MODEL, max_tokens=200, messages=[
        {"role": "user", "content": CONVERSATION}, {"role": "assistant", "content": prefill}])
    text = text_of(msg)
    assert text.startswith(" ") and text.endswith(".") and "reverse" in text.lower()


def test_same_request_gets_the_same_answer(server: LoopbackAnthropic) -> None:
    client = client_for(server)
    first, second = forced(client), forced(client)
    assert first.id != second.id
    assert [b.model_dump() for b in first.content] == [b.model_dump() for b in second.content]
    assert text_of(ask(client)) == text_of(ask(client))


def test_received_texts_hold_system_and_messages(server: LoopbackAnthropic) -> None:
    ask(client_for(server), system="You are a careful analyst.")
    assert server.received_texts == ["You are a careful analyst.", CONVERSATION]


BAD_BODIES = {
    "missing model": {"max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
    "empty model": {"model": "", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
    "missing max_tokens": {"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
    "zero max_tokens": {"model": MODEL, "max_tokens": 0, "messages": [{"role": "user", "content": "hi"}]},
    "messages not a list": {"model": MODEL, "max_tokens": 10, "messages": "hi"},
    "no messages": {"model": MODEL, "max_tokens": 10, "messages": []},
    "assistant first": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "assistant", "content": "hi"}]},
    "roles not alternating": {"model": MODEL, "max_tokens": 10, "messages": [
        {"role": "user", "content": "a"}, {"role": "user", "content": "b"}]},
    "bad content": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": 42}]},
    "tool without schema": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}],
                            "tools": [{"name": "x"}]},
    "tool without name": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}],
                          "tools": [{"input_schema": {"type": "object"}}]},
    "unknown forced tool": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}],
                            "tools": [TOOL], "tool_choice": {"type": "tool", "name": "nope"}},
    "unknown field": {"model": MODEL, "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}], "foo": 1},
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_invalid_requests_are_bad_request_errors(server: LoopbackAnthropic, body: dict[str, Any]) -> None:
    with pytest.raises(anthropic.BadRequestError) as err:
        client_for(server).post("/v1/messages", body=body, cast_to=anthropic.types.Message)
    assert err.value.body["error"]["type"] == "invalid_request_error"  # type: ignore[index]


def test_missing_key_and_unknown_route(server: LoopbackAnthropic) -> None:
    client = client_for(server)
    with pytest.raises(anthropic.AuthenticationError):
        ask(client, extra_headers={"Authorization": anthropic.Omit()})
    with pytest.raises(anthropic.NotFoundError):
        client.get("/v1/nothing-here", cast_to=object)


@pytest.mark.parametrize(("kind", "error"), [("429", anthropic.RateLimitError), ("500", anthropic.InternalServerError),
                                             ("529", anthropic.OverloadedError)])
def test_http_faults_surface_as_sdk_errors(server: LoopbackAnthropic, kind: str, error: type[Exception]) -> None:
    server.faults = FaultPlan(rate=1.0, kinds=(kind,), retry_after_s=0.25)
    with pytest.raises(error) as err:
        ask(client_for(server))
    assert err.value.status_code == int(kind)  # type: ignore[attr-defined]
    if kind != "500":
        assert err.value.response.headers["retry-after"] == "0.25"  # type: ignore[attr-defined]
    assert server.faults_injected[kind] == 1 and server.output_tokens == 0


def test_slow_fault_trips_the_client_timeout(server: LoopbackAnthropic) -> None:
    server.faults = FaultPlan(rate=1.0, kinds=("slow",), slow_s=1.0)
    started = time.monotonic()
    with pytest.raises(anthropic.APITimeoutError):
        ask(client_for(server, timeout=0.2))
    assert time.monotonic() - started < 0.9


def test_malformed_fault_is_a_json_decode_error(server: LoopbackAnthropic) -> None:
    server.faults = FaultPlan(rate=1.0, kinds=("malformed",))
    with pytest.raises(json.JSONDecodeError):  # the SDK does not wrap a broken 200 body
        ask(client_for(server))


def test_schema_fault_breaks_the_tool_input(server: LoopbackAnthropic) -> None:
    server.faults = FaultPlan(rate=1.0, kinds=("schema",))
    msg = forced(client_for(server))
    assert msg.stop_reason == "tool_use" and schema_errors(tool_input_of(msg))


def test_sdk_retries_get_through_transient_faults(server: LoopbackAnthropic) -> None:
    # Faults are a pure function of seed, body and attempt: with these bodies seed 7 gives each
    # kind at least once and never four in a row (change the seed if the bodies change).
    server.faults = FaultPlan(rate=0.5, kinds=("429", "529", "slow"), seed=7, retry_after_s=0.01, slow_s=1.0)
    client = client_for(server, max_retries=3, timeout=0.5)
    for i in range(6):
        assert schema_errors(tool_input_of(forced(client, f"{CONVERSATION} (item {i})"))) == []
    assert set(server.faults_injected) == {"429", "529", "slow"}
    assert server.requests > 6 and sum(server.faults_injected.values()) == server.requests - 6


def test_markers_force_permanent_failures(server: LoopbackAnthropic) -> None:
    client = client_for(server, max_retries=2)
    for _ in range(2):  # a client re-asking still gets a broken answer every time
        assert schema_errors(tool_input_of(forced(client, CONVERSATION + " [[always-malformed]]")))
    with pytest.raises(anthropic.InternalServerError):
        ask(client_for(server), CONVERSATION + " [[always-500]]")


def test_prompt_caching_counts_creation_then_reads(server: LoopbackAnthropic) -> None:
    system = [{"type": "text", "text": "You are a careful analyst. " * 40, "cache_control": {"type": "ephemeral"}}]
    client = client_for(server)
    first = ask(client, system=system)
    second = ask(client, "Another conversation about sorting algorithms.", system=system)
    assert (first.usage.cache_creation_input_tokens or 0) > 0 and first.usage.cache_read_input_tokens == 0
    assert second.usage.cache_read_input_tokens == first.usage.cache_creation_input_tokens
    assert second.usage.cache_creation_input_tokens == 0 and second.usage.input_tokens > 0
    assert server.cache_creation_input_tokens == first.usage.cache_creation_input_tokens
    assert server.cache_read_input_tokens == second.usage.cache_read_input_tokens


def test_batches_end_to_end_with_errored_and_expired_items() -> None:
    plan = FaultPlan(batch_error_rate=0.25, batch_expire_rate=0.25, seed=3)
    with LoopbackAnthropic(plan, batch_polls_until_ended=2) as srv:
        client = client_for(srv)
        requests: list[dict[str, Any]] = [{"custom_id": f"c{i}", "params": {
            "model": MODEL, "max_tokens": 1024, "tools": [TOOL],
            "tool_choice": {"type": "tool", "name": "record_facets"},
            "messages": [{"role": "user", "content": f"{CONVERSATION} (item {i})"}]}} for i in range(12)]
        batch = client.messages.batches.create(requests=requests)  # type: ignore[arg-type]
        assert batch.id.startswith("msgbatch_") and batch.processing_status == "in_progress"
        assert batch.request_counts.processing == 12 and batch.results_url is None
        assert client.messages.batches.retrieve(batch.id).processing_status == "in_progress"
        ended = client.messages.batches.retrieve(batch.id)
        assert ended.processing_status == "ended" and ended.ended_at is not None
        assert ended.results_url == f"{srv.url}/v1/messages/batches/{batch.id}/results"
        results = {r.custom_id: r.result for r in client.messages.batches.results(batch.id)}
        assert sorted(results) == sorted(r["custom_id"] for r in requests)
        kinds = [r.type for r in results.values()]
        counts = ended.request_counts
        assert (counts.succeeded, counts.errored, counts.expired) == tuple(kinds.count(k) for k in
                                                                           ("succeeded", "errored", "expired"))
        assert min(kinds.count(k) for k in ("succeeded", "errored", "expired")) >= 1
        for result in results.values():
            if result.type == "succeeded":
                assert schema_errors(tool_input_of(result.message)) == []
                assert result.message.usage.service_tier == "batch"
            elif result.type == "errored":
                assert result.error.error.type == "api_error"
        assert (srv.batch_creates, srv.batch_items) == (1, 12) and srv.output_tokens > 0
        assert srv.faults_injected["batch_errored"] == counts.errored
        assert [b.id for b in client.messages.batches.list()] == [batch.id]


def test_batch_cancel_errors_and_markers(server: LoopbackAnthropic) -> None:
    client = client_for(server)
    params: MessageCreateParamsNonStreaming = {"model": MODEL, "max_tokens": 100,
                                               "messages": [{"role": "user", "content": "hi [[always-500]]"}]}
    with pytest.raises(anthropic.BadRequestError):
        client.messages.batches.create(requests=[{"custom_id": "a", "params": {**params, "max_tokens": 0}}])
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.retrieve("msgbatch_unknown")
    batch = client.messages.batches.create(requests=[{"custom_id": "a", "params": params}])
    assert client.messages.batches.cancel(batch.id).processing_status == "canceling"
    ended = client.messages.batches.retrieve(batch.id)
    assert ended.processing_status == "ended" and ended.request_counts.canceled == 1
    assert [r.result.type for r in client.messages.batches.results(batch.id)] == ["canceled"]
    marked = client.messages.batches.create(requests=[{"custom_id": "b", "params": params}])
    server.batch_polls_until_ended = 0
    assert client.messages.batches.retrieve(marked.id).request_counts.errored == 1


def test_stop_is_prompt_even_with_a_slow_answer_in_flight() -> None:
    srv = LoopbackAnthropic(FaultPlan(rate=1.0, kinds=("slow",), slow_s=30)).start()
    with pytest.raises(anthropic.APITimeoutError):
        ask(client_for(srv, timeout=0.1))
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 2
