"""One structured Claude call with everything production needs around it: response
cache, prompt caching of the shared prefix, bounded concurrency, retries with
exponential backoff that honour retry-after, schema validation, usage accounting."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import anthropic

from clio_assets.llm.cache import ResponseCache, cache_key
from clio_assets.llm.prompts import Prompt
from clio_assets.llm.tools import validation_error
from clio_assets.llm.usage import UsageLedger

T = TypeVar("T")
R = TypeVar("R")
RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}
FAILURE = "__failure__"  # marks a cached final failure


@dataclass(frozen=True)
class CallResult:
    data: dict | None  # the validated tool input, or None after the last failed attempt
    error: str = ""
    attempts: int = 0
    cached: bool = False


@dataclass(frozen=True)
class Request:
    """A fully rendered request: what both the Messages and the Batches API receive."""

    stage: str
    model: str
    prompt: Prompt
    user_text: str
    tool: dict
    max_tokens: int
    temperature: float = 0.0

    @property
    def system(self) -> list[dict]:
        # The long shared system prompt is the cacheable prefix for every request of a stage.
        return [{"type": "text", "text": self.prompt.system, "cache_control": {"type": "ephemeral"}}]

    @property
    def messages(self) -> list[dict]:
        return [{"role": "user", "content": self.user_text}]

    def params(self) -> dict[str, Any]:
        # anthropic 2.14's create() takes no `temperature` argument; send it in the body
        return {"model": self.model, "max_tokens": self.max_tokens, "extra_body": {"temperature": self.temperature},
                "system": self.system, "messages": self.messages, "tools": [self.tool],
                "tool_choice": {"type": "tool", "name": self.tool["name"]}}

    def batch_params(self) -> dict[str, Any]:
        """The same request as a Message Batches item (a plain JSON body)."""
        params = self.params()
        params.update(params.pop("extra_body"))
        return params

    def key(self) -> str:
        return cache_key(self.model, self.prompt.version, self.prompt.system, self.messages, self.tool,
                         {"max_tokens": self.max_tokens, "temperature": self.temperature})


def tool_input(message: Any, tool_name: str) -> Any:
    for block in getattr(message, "content", None) or []:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == tool_name:
            return block.input
    raise ValueError(f"malformed: no {tool_name} tool_use block in the answer")


class ClaudeCaller:
    def __init__(self, client: anthropic.Anthropic, cache: ResponseCache, ledger: UsageLedger,
                 max_attempts: int = 6, base_delay_s: float = 0.5, max_delay_s: float = 60.0,
                 concurrency: int = 8, sleep: Callable[[float], None] = time.sleep,
                 retry_failures: bool = False) -> None:
        self.client, self.cache, self.ledger = client, cache, ledger
        self.retry_failures = retry_failures
        self.max_attempts, self.base_delay_s, self.max_delay_s = max_attempts, base_delay_s, max_delay_s
        self.concurrency, self.sleep = concurrency, sleep

    def cached(self, request: Request) -> CallResult | None:
        """A cached answer, or a cached final failure (re-run only when asked to)."""
        hit = self.cache.get(request.key())
        if hit is None:
            return None
        self.ledger.count(request.stage, "cached_responses")
        if FAILURE in hit:
            if self.retry_failures:
                return None
            self.ledger.failure(request.stage, hit[FAILURE])
            return CallResult(None, error=hit[FAILURE], cached=True)
        return CallResult(hit, cached=True)

    def record_failure(self, request: Request, error: str, attempts: int) -> CallResult:
        """Failures are recorded with their reason, and cached so a re-run costs nothing."""
        self.ledger.failure(request.stage, error)
        self.cache.put(request.key(), request.stage, request.model, request.prompt.version, {FAILURE: error})
        return CallResult(None, error=error, attempts=attempts)

    def call(self, request: Request) -> CallResult:
        key = request.key()
        hit = self.cached(request)
        if hit is not None:
            return hit
        error = ""
        for attempt in range(1, self.max_attempts + 1):
            if attempt > 1:
                self.ledger.count(request.stage, "retries")
            delay = None
            try:
                self.ledger.count(request.stage, "requests")
                message = self.client.messages.create(**request.params())
                self.ledger.record_response(request.stage, request.model, message.usage)
                data = tool_input(message, request.tool["name"])
                error = validation_error(request.tool, data) or ""
                if not error:
                    self.cache.put(key, request.stage, request.model, request.prompt.version, data)
                    return CallResult(data, attempts=attempt)
            except anthropic.APIStatusError as exc:
                error = f"http-{exc.status_code}: {str(exc)[:120]}"
                if exc.status_code not in RETRYABLE_STATUS:
                    break
                delay = _retry_after(exc)
            except anthropic.APITimeoutError:
                error = "timeout"
            except anthropic.APIConnectionError as exc:
                error = f"connection: {exc}"
            except (anthropic.APIResponseValidationError, ValueError) as exc:
                error = f"malformed: {str(exc)[:120]}"
            if attempt < self.max_attempts:
                self.sleep(delay if delay is not None else self._backoff(attempt))
        return self.record_failure(request, error, self.max_attempts)

    def retrying(self, stage: str, fn: Callable[[], R]) -> R:
        """A control call (batch create/poll/results) retried like a message on transient
        errors, so one timeout or 5xx while managing a batch cannot fail the whole day.
        A create that timed out may still have been accepted: the retry submits the batch
        again (paid twice, nothing lost; the first one is never read). Twice the attempts of
        a message: a control call that fails for good fails a whole batch, not one answer."""
        attempts = 2 * self.max_attempts
        for attempt in range(1, attempts + 1):
            try:
                return fn()
            except anthropic.APIStatusError as exc:
                if exc.status_code not in RETRYABLE_STATUS or attempt == attempts:
                    raise
                delay = _retry_after(exc)
            except (anthropic.APIConnectionError, anthropic.APIResponseValidationError):  # timeouts included
                if attempt == attempts:
                    raise
                delay = None
            self.ledger.count(stage, "control_retries")
            self.sleep(delay if delay is not None else self._backoff(attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _backoff(self, attempt: int) -> float:
        return min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
        """Apply fn with at most `concurrency` requests in flight; results in input order."""
        items = list(items)
        if self.concurrency <= 1 or len(items) <= 1:
            return [fn(x) for x in items]
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(fn, items))

    def call_many(self, requests: list[Request]) -> list[CallResult]:
        self.cache.prefetch([r.key() for r in requests])
        try:
            return self.map(self.call, requests)
        finally:
            # persist what this chunk learned now, not at the end of the stage: a run killed
            # later repeats at most the chunk in flight
            self.cache.flush()


def _retry_after(exc: anthropic.APIStatusError) -> float | None:
    headers = getattr(exc.response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 1e-3), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return max(0.0, float(value) * scale)
            except ValueError:
                return None
    return None
