"""One structured LLM call with everything production needs around it: response cache,
bounded concurrency, retries with exponential backoff that honour retry-after, schema
validation, usage accounting. The API itself is a pluggable Transport (anthropic_api.py,
openai_api.py), so every backend gets the same behaviour from this one place."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from clio_assets.llm.cache import ResponseCache, cache_key
from clio_assets.llm.prompts import Prompt
from clio_assets.llm.tools import validation_error
from clio_assets.llm.transport import Transport
from clio_assets.llm.usage import UsageLedger

T = TypeVar("T")
R = TypeVar("R")
FAILURE = "__failure__"  # marks a cached final failure


@dataclass(frozen=True)
class CallResult:
    data: dict | None  # the validated structured output, or None after the last failed attempt
    error: str = ""
    attempts: int = 0
    cached: bool = False


@dataclass(frozen=True)
class Request:
    """A fully rendered request, whatever API carries it: a system prompt, one user
    message, and the tool whose input schema the answer must match."""

    stage: str
    model: str
    prompt: Prompt
    user_text: str
    tool: dict
    max_tokens: int
    temperature: float = 0.0

    @property
    def messages(self) -> list[dict]:
        return [{"role": "user", "content": self.user_text}]

    def key(self, backend: str) -> str:
        return cache_key(backend, self.model, self.prompt.version, self.prompt.system, self.messages, self.tool,
                         {"max_tokens": self.max_tokens, "temperature": self.temperature})


class LLMCaller:
    def __init__(self, transport: Transport, cache: ResponseCache, ledger: UsageLedger,
                 max_attempts: int = 6, base_delay_s: float = 0.5, max_delay_s: float = 60.0,
                 concurrency: int = 8, sleep: Callable[[float], None] = time.sleep,
                 retry_failures: bool = False) -> None:
        self.transport, self.cache, self.ledger = transport, cache, ledger
        self.retry_failures = retry_failures
        self.max_attempts, self.base_delay_s, self.max_delay_s = max_attempts, base_delay_s, max_delay_s
        self.concurrency, self.sleep = concurrency, sleep

    def key(self, request: Request) -> str:
        return request.key(self.transport.backend)

    def cached(self, request: Request) -> CallResult | None:
        """A cached answer, or a cached final failure (re-run only when asked to)."""
        hit = self.cache.get(self.key(request))
        if hit is None:
            return None
        self.ledger.count(request.stage, "cached_responses")
        if FAILURE in hit:
            if self.retry_failures:
                return None
            self.ledger.failure(request.stage, hit[FAILURE])
            return CallResult(None, error=hit[FAILURE], cached=True)
        return CallResult(hit, cached=True)

    def remember(self, request: Request, value: dict) -> None:
        self.cache.put(self.key(request), request.stage, request.model, request.prompt.version, value)

    def record_failure(self, request: Request, error: str, attempts: int) -> CallResult:
        """Failures are recorded with their reason, and cached so a re-run costs nothing."""
        self.ledger.failure(request.stage, error)
        self.remember(request, {FAILURE: error})
        return CallResult(None, error=error, attempts=attempts)

    def call(self, request: Request) -> CallResult:
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
                answer = self.transport.send(request)
                self.ledger.record_response(request.stage, request.model, answer.usage)
                error = answer.error or validation_error(request.tool, answer.data) or ""
                if not error:
                    self.remember(request, answer.data)
                    return CallResult(answer.data, attempts=attempt)
            except Exception as exc:
                failure = self.transport.failure(exc)
                if failure is None:
                    raise
                error, delay = failure.error, failure.delay_s
                if not failure.retryable:
                    break
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
            except Exception as exc:
                failure = self.transport.failure(exc)
                if failure is None or not failure.retryable or attempt == attempts:
                    raise
            self.ledger.count(stage, "control_retries")
            self.sleep(failure.delay_s if failure.delay_s is not None else self._backoff(attempt))
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
        self.cache.prefetch([self.key(r) for r in requests])
        try:
            return self.map(self.call, requests)
        finally:
            # persist what this chunk learned now, not at the end of the stage: a run killed
            # later repeats at most the chunk in flight
            self.cache.flush()
