"""Message Batches mode: submit, poll, collect, resubmit what failed, send the rest through
the Messages API, record what still failed. Claude only: other backends have no batch API."""
from __future__ import annotations

import time

from clio_assets.llm.anthropic_api import AnthropicTransport, answer_of, batch_params
from clio_assets.llm.caller import CallResult, LLMCaller, Request
from clio_assets.llm.tools import validation_error

MAX_BATCH_ITEMS = 10_000  # well under the API's 100,000-request / 256 MB limits


def run_batched(caller: LLMCaller, requests: list[Request], poll_s: float = 10.0, max_rounds: int = 3,
                max_wait_s: float = 24 * 3600, sync_fallback: bool = True) -> list[CallResult]:
    results: list[CallResult | None] = [None] * len(requests)
    caller.cache.prefetch([caller.key(r) for r in requests])
    pending: list[int] = []
    for i, request in enumerate(requests):
        hit = caller.cached(request)
        if hit is not None:
            results[i] = hit
        else:
            pending.append(i)
    errors: dict[int, str] = {}
    for round_no in range(1, max_rounds + 1):
        if not pending:
            break
        failed: list[int] = []
        for start in range(0, len(pending), MAX_BATCH_ITEMS):
            chunk = pending[start:start + MAX_BATCH_ITEMS]
            failed += _one_batch(caller, requests, chunk, results, errors, round_no, poll_s, max_wait_s)
        pending = failed
    if pending and sync_fallback:
        # what the batch rounds could not answer goes through the Messages API with its own
        # retries (full price, for a few items) before it is recorded as a failure
        for i, result in zip(pending, caller.call_many([requests[i] for i in pending])):
            results[i] = result
        pending = []
    for i in pending:
        results[i] = caller.record_failure(requests[i], errors.get(i, "batch: no result"), max_rounds)
    return [r if r is not None else CallResult(None, error="batch: no result") for r in results]


def _one_batch(caller: LLMCaller, requests: list[Request], chunk: list[int], results: list, errors: dict,
               round_no: int, poll_s: float, max_wait_s: float) -> list[int]:
    if not isinstance(caller.transport, AnthropicTransport):
        raise TypeError("the Message Batches API is Claude's; other backends call one request at a time")
    client = caller.transport.client
    stage = requests[chunk[0]].stage
    # the SDK types params as a TypedDict; ours is the plain JSON body of the same request
    items = [{"custom_id": f"r{i}", "params": batch_params(requests[i])} for i in chunk]
    batch = caller.retrying(stage, lambda: client.messages.batches.create(requests=items))  # type: ignore[arg-type]
    caller.ledger.count(stage, "batch_requests", len(chunk))
    if round_no > 1:
        caller.ledger.count(stage, "retries", len(chunk))
    batch_id = batch.id
    deadline = time.monotonic() + max_wait_s
    while batch.processing_status != "ended":
        if time.monotonic() > deadline:
            caller.retrying(stage, lambda: client.messages.batches.cancel(batch_id))
            break
        caller.sleep(poll_s)
        batch = caller.retrying(stage, lambda: client.messages.batches.retrieve(batch_id))
    seen: set[int] = set()
    # the whole results file is read inside the retry, so a cut-off download is fetched again
    for item in caller.retrying(stage, lambda: list(client.messages.batches.results(batch_id))):
        i = int(item.custom_id[1:])
        seen.add(i)
        request, result = requests[i], item.result
        if result.type == "succeeded":
            caller.ledger.record_response(stage, request.model, result.message.usage, batch=True)
            answer = answer_of(result.message, request.tool["name"])
            data = answer.data
            problem = answer.error or validation_error(request.tool, data)
            if not problem:
                caller.remember(request, data)
                results[i] = CallResult(data, attempts=round_no)
                continue
            errors[i] = problem
        elif result.type == "errored":
            errors[i] = f"batch-errored: {getattr(getattr(result.error, 'error', None), 'message', '')}"[:160]
        else:
            errors[i] = f"batch-{result.type}"
    for i in set(chunk) - seen:
        errors[i] = "batch: item missing from results"
    caller.cache.flush()  # persist this round's answers before the next one (a kill repeats at most this batch)
    return [i for i in chunk if results[i] is None]
