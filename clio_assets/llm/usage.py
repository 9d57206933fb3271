"""Token and cost accounting per stage, from the API's own usage figures."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

import dagster as dg

# USD per million tokens (list prices; override with CLIO_PRICES_JSON). Cache writes cost
# 1.25x input, cache reads 0.1x input unless a model's entry sets "cache_write"/"cache_read";
# the Batches API halves every price. A model not listed (a local one) costs 0.
DEFAULT_PRICES: dict[str, dict[str, float]] = {
    "claude-haiku-4-5": {"input": 1.0, "output": 5.0},
    "claude-sonnet-4-5": {"input": 3.0, "output": 15.0},
    "claude-opus-4-1": {"input": 15.0, "output": 75.0},
    "claude-3-haiku-20240307": {"input": 0.25, "output": 1.25},
    "claude-3-5-sonnet-20241022": {"input": 3.0, "output": 15.0},
}
CACHE_WRITE_FACTOR = 1.25
CACHE_READ_FACTOR = 0.1
BATCH_FACTOR = 0.5


@dataclass
class StageUsage:
    requests: int = 0
    batch_requests: int = 0
    cached_responses: int = 0
    retries: int = 0  # message requests sent again (each counts in `requests` too)
    control_retries: int = 0  # batch create/poll/results calls sent again after a transient error
    failures: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    dollars: float = 0.0
    failure_reasons: dict[str, int] = field(default_factory=dict)


class UsageLedger:
    """Thread-safe per-stage accumulator; `snapshot(stage)` feeds asset metadata."""

    def __init__(self, prices: dict[str, dict[str, float]] | None = None) -> None:
        self.prices = prices or DEFAULT_PRICES
        self.stages: dict[str, StageUsage] = {}
        self._lock = threading.Lock()

    def _stage(self, stage: str) -> StageUsage:
        return self.stages.setdefault(stage, StageUsage())

    def record_response(self, stage: str, model: str, usage: object, batch: bool = False) -> None:
        get = lambda name: int(getattr(usage, name, 0) or 0)  # noqa: E731 - fields may be None
        inp, out = get("input_tokens"), get("output_tokens")
        write, read = get("cache_creation_input_tokens"), get("cache_read_input_tokens")
        price = self.prices.get(model, {"input": 0.0, "output": 0.0})
        write_price = price.get("cache_write", price["input"] * CACHE_WRITE_FACTOR)
        read_price = price.get("cache_read", price["input"] * CACHE_READ_FACTOR)
        dollars = (inp * price["input"] + write * write_price + read * read_price + out * price["output"]) / 1e6
        with self._lock:
            s = self._stage(stage)
            s.input_tokens += inp
            s.output_tokens += out
            s.cache_creation_input_tokens += write
            s.cache_read_input_tokens += read
            s.dollars += dollars * (BATCH_FACTOR if batch else 1.0)

    def count(self, stage: str, what: str, n: int = 1) -> None:
        with self._lock:
            s = self._stage(stage)
            setattr(s, what, getattr(s, what) + n)

    def failure(self, stage: str, reason: str) -> None:
        kind = reason.split(":")[0]
        with self._lock:
            s = self._stage(stage)
            s.failures += 1
            s.failure_reasons[kind] = s.failure_reasons.get(kind, 0) + 1

    def snapshot(self, stage: str) -> dict:
        with self._lock:
            s = self._stage(stage)
            return {k: (round(v, 6) if isinstance(v, float) else (dict(v) if isinstance(v, dict) else v))
                    for k, v in vars(s).items()}


def usage_metadata(ledger: UsageLedger, stages: tuple[str, ...], backend: str, models: dict[str, str]) -> dict:
    """Asset metadata: the stages' totals, each stage's figures, and the model per stage."""
    snaps = {s: ledger.snapshot(s) for s in stages}
    total = lambda key: sum(s[key] for s in snaps.values())  # noqa: E731
    return {"llm_backend": backend, "llm_requests": total("requests") + total("batch_requests"),
            "llm_cached_responses": total("cached_responses"), "llm_failures": total("failures"),
            "llm_input_tokens": total("input_tokens"), "llm_output_tokens": total("output_tokens"),
            "llm_cache_read_tokens": total("cache_read_input_tokens"),
            "llm_cache_write_tokens": total("cache_creation_input_tokens"),
            "llm_estimated_usd": round(total("dollars"), 6),
            "llm_usage": dg.MetadataValue.json(snaps), "models": dg.MetadataValue.json(models)}
