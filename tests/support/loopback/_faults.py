"""Deterministic fault injection, shared by every loopback API server."""
from __future__ import annotations

from dataclasses import dataclass

from ._text import digest

# "529" is the overloaded answer: 529 on the Anthropic API, 503 on chat completions
FAULT_KINDS = ("429", "500", "529", "slow", "malformed", "schema")
HTTP_FAULTS = ("429", "500", "529")


@dataclass
class FaultPlan:
    """Which requests get a transient fault; decided from seed + request hash + attempt number."""

    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    retry_after_s: float = 0.05
    slow_s: float = 3.0
    batch_error_rate: float = 0.0
    batch_expire_rate: float = 0.0
    control_rate: float = 0.0  # share of batch create/poll/results/cancel calls answered 429/500/529

    def pick_control(self, call_no: int) -> str | None:
        """The HTTP fault for the `call_no`-th batch control call, or None."""
        draw = digest(self.seed, "control", call_no)
        if (draw % 1_000_000) / 1_000_000 >= self.control_rate:
            return None
        return HTTP_FAULTS[(draw // 1_000_000) % 3]

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}; known: {FAULT_KINDS}")

    def pick(self, key: str, attempt: int) -> str | None:
        """The fault for attempt `attempt` of the request hashed `key`, or None."""
        if self.rate <= 0 or not self.kinds:
            return None
        draw = digest(self.seed, key, attempt)
        if (draw % 1_000_000) / 1_000_000 >= self.rate:
            return None
        return self.kinds[(draw // 1_000_000) % len(self.kinds)]

    def batch_outcome(self, key: str, attempt: int) -> str:
        """"succeeded", "errored" or "expired" for one batch item."""
        draw = (digest(self.seed, "batch", key, attempt) % 1_000_000) / 1_000_000
        if draw < self.batch_error_rate:
            return "errored"
        return "expired" if draw < self.batch_error_rate + self.batch_expire_rate else "succeeded"
