"""Custom facets on the LLM backends: the real anthropic and openai SDKs over HTTP to the loopback
servers (Anthropic Messages; OpenAI chat completions, both structured-output modes).

The custom facets are extra fields of the one forced tool call per conversation; their
values land in conversation_facets; the definitions are part of the prompt version and the
response-cache key (a re-run costs nothing, a changed file asks again)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dagster as dg
import pandas as pd
import pytest

from tests.support.loopback.anthropic_server import LoopbackAnthropic
from tests.support.loopback.openai_server import LoopbackOpenAI

DAY = "2026-11-24"
N_CONVERSATIONS = 200
FACETS = """
facets:
  - name: goal
    question: "What was the user's goal: to learn, to create or to fix?"
    type: enum
    options:
      learn: The user wants to understand or learn something.
      create: The user wants something new made or written.
      fix: The user wants something broken or wrong corrected.
  - name: files_shared
    question: How many files or documents did the user paste into the conversation?
    type: integer
    minimum: 0
    maximum: 20
  - name: product
    question: Which product or service is the user asking about, in two or three words?
    type: text
    max_length: 40
"""
COLUMNS = ("custom_goal", "custom_files_shared", "custom_product")


@pytest.fixture
def server():
    with LoopbackAnthropic() as srv:
        yield srv


def run(server: LoopbackAnthropic | LoopbackOpenAI, facets_file: Path,
        structured: str = "auto") -> dg.ExecuteInProcessResult:
    from clio_assets import definitions
    from resources.llm import LLMBackend

    common: dict[str, Any] = {"timeout_s": 2.0, "backoff_base_s": 0.01, "max_concurrency": 4,
              "cache_uri": os.environ["CLIO_RESTRICTED_URI"], "facets_file": str(facets_file)}
    llm = (LLMBackend(backend="claude", api_key="test-key", base_url=server.url, **common)
           if isinstance(server, LoopbackAnthropic) else
           LLMBackend(backend="openai", openai_base_url=f"{server.url}/v1", openai_model="local-model",
                      openai_structured=structured, **common))
    return dg.materialize(definitions.all_assets, partition_key=DAY, resources={**definitions.resources, "llm": llm},
                          instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)


def facet_requests(server: LoopbackAnthropic | LoopbackOpenAI) -> int:
    return sum(n for (tool, _), n in server.received_per_request.items() if tool == "record_facets")


@pytest.mark.parametrize("api", ["anthropic", "openai-json_schema", "openai-tools"])
def test_custom_facets_are_fields_of_the_one_call_per_conversation(clio_home: Path, tmp_path: Path, api: str) -> None:
    with (LoopbackAnthropic() if api == "anthropic" else LoopbackOpenAI()) as server:
        one_call_per_conversation(clio_home, tmp_path, server, api.partition("-")[2] or "auto")


def one_call_per_conversation(clio_home: Path, tmp_path: Path, server: LoopbackAnthropic | LoopbackOpenAI,
                              structured: str) -> None:
    from clio_assets.definitions import storage_from_env
    from clio_assets.demo.generator import generate_day

    generate_day(clio_home / "source", DAY, n_conversations=N_CONVERSATIONS, n_users=80, seed=5)
    path = tmp_path / "facets.yaml"
    path.write_text(FACETS)
    result = run(server, path, structured)
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert all(c.passed for c in checks), [(c.asset_key, c.check_name) for c in checks if not c.passed]

    # one request per conversation, each asking for the custom fields in the same forced tool
    per_conversation = [n for (tool, _), n in server.received_per_request.items() if tool == "record_facets"]
    assert len(per_conversation) == N_CONVERSATIONS and set(per_conversation) == {1}
    schemas = [schema for tool, schema in server.received_tools if tool == "record_facets"]
    assert len(schemas) == N_CONVERSATIONS
    for schema in schemas:
        assert set(COLUMNS) <= set(schema["required"]) and {"request", "task"} <= set(schema["required"])
        props = schema["properties"]
        assert props["custom_goal"]["enum"] == ["learn", "create", "fix", "other"]
        assert (props["custom_files_shared"]["minimum"], props["custom_files_shared"]["maximum"]) == (0, 20)
        assert props["custom_product"]["maxLength"] == 40
    assert any("custom_goal: What was the user's goal" in text for text in server.received_texts)  # system prompt

    facets = storage_from_env().read("restricted", "conversation_facets", DAY)
    assert len(facets) == N_CONVERSATIONS
    assert set(facets.custom_goal) <= {"learn", "create", "fix", "other"}
    assert facets.custom_files_shared.notna().all() and facets.custom_files_shared.between(0, 20).all()
    assert facets.custom_product.str.len().between(1, 40).all()
    assert facets.prompt_version.str.contains(r"^facets-v1\+custom-[0-9a-f]{10}$").all()
    print(f"{type(server).__name__} {structured}: requests_per_conversation={facet_requests(server) / N_CONVERSATIONS}")

    # the unchanged day again: every answer comes from the response cache
    server.reset_counters()
    assert run(server, path, structured).success
    assert server.requests == 0
    print(f"{type(server).__name__} {structured}: rerun_requests=0")

    # a changed definition is a new prompt version and cache key: every conversation is asked again
    server.reset_counters()
    path.write_text(FACETS.replace("something new made or written", "something new made, written or designed"))
    assert run(server, path, structured).success
    assert facet_requests(server) == N_CONVERSATIONS


def test_an_answer_that_never_becomes_valid_keeps_offline_custom_facets(clio_home: Path, server: LoopbackAnthropic,
                                                                        tmp_path: Path) -> None:
    """The conversation is recorded in llm_failures; its enum facet is answered offline, its
    integer and text facets stay empty (null), and the schema check still passes."""
    import json

    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from resources.llm import LLMBackend

    summary = generate_day(clio_home / "source", DAY, n_conversations=30, n_users=20, seed=6)
    bad = {"conversation_id": "never-valid", "user_id": "u-x", "messages": [
        {"role": "user", "content": "How do I fix this error in my code? [[always-malformed]]"}]}
    (summary.day_dir / "extra.jsonl").write_text(json.dumps(bad) + "\n")
    path = tmp_path / "facets.yaml"
    path.write_text(FACETS)
    llm = LLMBackend(backend="claude", api_key="test-key", base_url=server.url, timeout_s=2.0, backoff_base_s=0.01,
                     max_attempts=2, cache_uri=os.environ["CLIO_RESTRICTED_URI"], facets_file=str(path))
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources={**definitions.resources, "llm": llm},
                            selection=["raw_conversations", "quarantine", "conversation_facets", "llm_failures"],
                            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert result.success and all(c.passed for c in result.get_asset_check_evaluations())
    storage = definitions.storage_from_env()
    assert "never-valid" in set(storage.read("restricted", "llm_failures", DAY).conversation_id)
    row = storage.read("restricted", "conversation_facets", DAY).set_index("conversation_id").loc["never-valid"]
    assert row.model == "offline-fallback" and row.custom_goal in {"learn", "create", "fix", "other"}
    assert pd.isna(row.custom_files_shared) and pd.isna(row.custom_product)  # null: nothing could answer them
