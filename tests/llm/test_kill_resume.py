"""`kill -9` of a real `python -m clio_assets.run` process in the middle of facet extraction
(Claude backend over the loopback server), then a re-run: the day completes, the response
cache keeps the repeated requests to at most one chunk, and every table agrees."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import anthropic

from tests.support.loopback import LoopbackAnthropic

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-11-24"
N_CONVERSATIONS = 300  # two facet chunks: the kill lands in the second one
FACET_TOOL = "record_facets"
PER_CONVERSATION = ("conversation_facets", "facet_embeddings", "base_clusters")


def run_env(clio_home: Path, server: LoopbackAnthropic) -> dict[str, str]:
    env = dict(os.environ)  # the clio_home fixture's CLIO_* locations included
    env.update(CLIO_LLM_BACKEND="claude", ANTHROPIC_API_KEY="test-key", CLIO_ANTHROPIC_BASE_URL=server.url,
               CLIO_LLM_CONCURRENCY="4", CLIO_PII_NER="0",  # rules-only scrubbing: the test is about restarts
               DAGSTER_HOME=str(clio_home / "dagster_home"), DAGSTER_DISABLE_TELEMETRY="1", HF_HUB_OFFLINE="1")
    Path(env["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    return env


def facet_keys(server: LoopbackAnthropic) -> dict[str, int]:
    return {key: n for (tool, key), n in server.received_per_request.items() if tool == FACET_TOOL}


def test_kill_during_facets_then_rerun_completes_with_at_most_one_chunk_repeated(clio_home: Path) -> None:
    from clio_assets.definitions import storage_from_env
    from clio_assets.demo.generator import generate_day
    from clio_assets.facets.assets import CHUNK

    assert CHUNK < N_CONVERSATIONS <= 2 * CHUNK
    generate_day(clio_home / "source", DAY, n_conversations=N_CONVERSATIONS, n_users=100, seed=4)
    command = [sys.executable, "-m", "clio_assets.run", "--date", DAY]
    with LoopbackAnthropic() as server:
        env = run_env(clio_home, server)
        # answer the first chunk and a few of the second, then hold: the run is caught mid-stage
        server.hold_after(FACET_TOOL, CHUNK + 10)
        with (clio_home / "killed.log").open("w") as log:
            proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            try:
                deadline = time.monotonic() + 600
                while not server.holding.wait(0.1):
                    assert proc.poll() is None, (clio_home / "killed.log").read_text()[-3000:]
                    assert time.monotonic() < deadline, "the run never reached the second facet chunk"
                os.killpg(proc.pid, signal.SIGKILL)  # kill -9 of the run (and anything it started)
            finally:
                if proc.poll() is None:
                    proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        server.release()
        first = facet_keys(server)

        storage = storage_from_env()
        # what the killed run left: the day's raw rows complete, no facets written half-way
        raw_ids = set(storage.read("restricted", "raw_conversations", DAY).conversation_id)
        assert len(raw_ids) == N_CONVERSATIONS
        assert "conversation_facets" not in storage.tables("restricted") or \
            storage.read("restricted", "conversation_facets", DAY).empty

        server.reset_counters()
        rerun = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        assert rerun.returncode == 0, rerun.stdout[-3000:] + rerun.stderr[-3000:]
        second = facet_keys(server)

    repeated = set(first) & set(second)
    print(f"kill-and-resume: facet requests before the kill {sum(first.values())} ({len(first)} distinct), "
          f"after {sum(second.values())}, repeated {len(repeated)} (chunk {CHUNK})")
    assert len(second) <= N_CONVERSATIONS - CHUNK  # the first chunk's answers survived the kill in the cache
    assert 0 < len(repeated) <= CHUNK  # the held (unanswered) requests were asked again, nothing more than a chunk
    assert all(n == 1 for n in second.values())  # no fault injected: each asked once in the re-run

    # every table consistent: each per-conversation table holds exactly the day's conversations
    for table in PER_CONVERSATION:
        ids = storage.read("restricted", table, DAY, ["conversation_id"]).conversation_id
        assert ids.is_unique and set(ids) == raw_ids, table
    assert storage.read("restricted", "llm_failures", DAY).empty
    membership = storage.read("restricted", "hierarchy_membership", DAY, ["conversation_id"]).conversation_id
    assert set(membership) <= raw_ids and len(set(membership)) == N_CONVERSATIONS
    for table in ("hierarchy_nodes", "facet_breakdowns"):
        assert not storage.read("published", table, DAY).empty, table


def test_hold_gate_answers_after_release() -> None:
    """The loopback gate used above: held requests get their answer once released."""
    with LoopbackAnthropic() as server:
        server.hold_after(FACET_TOOL, 0)
        client = anthropic.Anthropic(api_key="k", base_url=server.url, max_retries=0, timeout=10)
        tool: Any = {"name": FACET_TOOL, "input_schema": {"type": "object", "properties": {"x": {"type": "string"}},
                                                          "required": ["x"]}}
        out: list = []
        thread = threading.Thread(target=lambda: out.append(client.messages.create(
            model="claude-haiku-4-5", max_tokens=50, messages=[{"role": "user", "content": "hello"}],
            tools=[tool], tool_choice={"type": "tool", "name": FACET_TOOL})))
        thread.start()
        assert server.holding.wait(10)
        assert not out
        server.release()
        thread.join(10)
        assert out and out[0].content[0].name == FACET_TOOL
