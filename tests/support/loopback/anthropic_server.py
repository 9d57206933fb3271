"""A loopback HTTP server speaking the Anthropic Messages and Message Batches wire format.

Point the real SDK at it (``anthropic.Anthropic(api_key="test-key", base_url=server.url)``) to
test and benchmark LLM stages without a network. Answers are deterministic and built only
from the prompt's own words; faults (rate limits, overload, 500s, slow or broken answers)
are injected deterministically per request body and attempt, so a retry can succeed.
"""
from __future__ import annotations

import hashlib
import json
import threading
import traceback
import uuid
from collections import defaultdict
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._batches import Batch, BatchApi
from ._compose import compose, request_identity
from ._faults import FAULT_KINDS, FaultPlan
from ._http import LoopbackHTTP
from ._protocol import ApiError, Reply, error_reply, invalid, parse_json, validate_params
from ._text import cache_segments, tokens

__all__ = ["FAULT_KINDS", "FaultPlan", "LoopbackAnthropic"]
_HTTP_FAULTS = {"429": (429, "rate_limit_error", "Number of request tokens has exceeded your rate limit."),
                "500": (500, "api_error", "Internal server error"),
                "529": (529, "overloaded_error", "Overloaded")}


class LoopbackAnthropic(LoopbackHTTP, BatchApi):
    """The server (life cycle, holding and fault injection: _http.LoopbackHTTP).

    Accounting beyond the shared counters (`reset_counters()` zeroes it):
      requests                 every HTTP request under /v1/messages
      message_requests         POST /v1/messages calls (faulted and rejected ones too)
      batch_creates / _items   accepted batches and the items in them
      faults_injected          also "batch_errored" / "batch_expired" and "control_<status>"
                               for faulted batch control calls
      received_per_request     messages and batch items alike
      cache_*_input_tokens     prompt-cache usage of every answer
    """

    thread_name = "loopback-anthropic"

    def __init__(self, faults: FaultPlan | None = None, batch_polls_until_ended: int = 2) -> None:
        self.batch_polls_until_ended = batch_polls_until_ended
        self._batch_lock = threading.Lock()
        self._batch_seen: dict[str, int] = defaultdict(int)
        self._cache: set[str] = set()  # prompt-cache prefix hashes
        self._batches: dict[str, Batch] = {}
        super().__init__(faults)

    def reset_counters(self) -> None:
        """Zero the accounting (the prompt cache and attempt history are kept)."""
        super().reset_counters()
        with self._lock:
            self.batch_creates = self.batch_items = 0
            self.cache_creation_input_tokens = self.cache_read_input_tokens = 0
            self._control_calls = 0

    def too_large(self) -> Reply:
        return error_reply(ApiError(413, "request_too_large", "Request exceeds the maximum allowed size"))

    # --- dispatch ---------------------------------------------------------------------------
    def dispatch(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
        """Route one HTTP request; every failure becomes an API error answer."""
        url = urlsplit(target)
        parts = [p for p in url.path.split("/") if p]
        if url.path.startswith("/v1/messages"):
            with self._lock:
                self.requests += 1
        try:
            if parts[:1] != ["v1"]:
                raise ApiError(404, "not_found_error", f"Not found: {url.path}")
            if not (headers.get("x-api-key") or (headers.get("authorization") or "").startswith("Bearer ")):
                raise ApiError(401, "authentication_error", "x-api-key header is required")
            if not headers.get("anthropic-version"):
                raise invalid("anthropic-version: header is required")
            return self._route(method, parts[1:], parse_qs(url.query), body)
        except ApiError as err:
            return error_reply(err)
        except Exception:  # a server bug: answer like the API would, keep the trace for the test
            self.server_errors.append(traceback.format_exc())
            return error_reply(ApiError(500, "api_error", "Internal server error"))

    def _route(self, method: str, parts: list[str], query: dict[str, list[str]], body: bytes) -> Reply:
        route = (method, len(parts), parts[:2])
        if route == ("POST", 1, ["messages"]):
            return self._message(parse_json(body))
        if route == ("POST", 2, ["messages", "count_tokens"]):
            params = parse_json(body)
            validate_params({**params, "max_tokens": 1} if isinstance(params, dict) else params)
            return Reply(200, {"input_tokens": tokens(sum(len(t) for t, _ in cache_segments(params)))})
        if parts[:2] == ["messages", "batches"]:
            with self._lock:
                self._control_calls += 1
                fault = self.faults.pick_control(self._control_calls) if self.faults.control_rate else None
                if fault is not None:
                    self.faults_injected[f"control_{fault}"] += 1
            if fault is not None:
                status, kind, text = _HTTP_FAULTS[fault]
                return error_reply(ApiError(status, kind, text), {"retry-after": f"{self.faults.retry_after_s:g}"})
            return self.batch_route(method, parts[2:], query, body)
        raise ApiError(404, "not_found_error", f"Not found: {method} /v1/{'/'.join(parts)}")

    # --- messages ---------------------------------------------------------------------------
    def _message(self, params: Any) -> Reply:
        self.note_received(params)
        validate_params(params)
        identity = request_identity(params)
        forced = [t for t in params.get("tools") or [] if t.get("name") == identity[0]]
        if forced:
            with self._lock:
                self.received_tools.append((identity[0], forced[0].get("input_schema", {})))
        fault = self.admit(params, identity)
        if fault in _HTTP_FAULTS:
            status, kind, text = _HTTP_FAULTS[fault]
            retry = {"retry-after": f"{self.faults.retry_after_s:g}"} if status in (429, 529) else None
            return error_reply(ApiError(status, kind, text), retry)
        message = self.answer(params, broken=fault == "schema")
        if fault == "malformed":  # a 200 whose body is cut off mid-JSON
            raw = json.dumps(message).encode()
            return Reply(200, raw[: len(raw) // 2])
        return Reply(200, message)

    def answer(self, params: dict[str, Any], broken: bool = False, service_tier: str = "standard") -> dict[str, Any]:
        """A Message for validated `params`, with usage accounted (prompt cache included)."""
        content, stop_reason, out = compose(params, broken)
        segments = cache_segments(params)
        total = sum(len(text) for text, _ in segments)
        running, chars, prefixes = hashlib.sha256(params["model"].encode()), 0, []
        for text, breakpoint in segments:
            running.update(text.encode() + b"\x1f")
            chars += len(text)
            if breakpoint:
                prefixes.append((running.hexdigest(), chars))
        with self._lock:
            read = max((c for h, c in prefixes if h in self._cache), default=0)
            created = max(prefixes[-1][1] - read, 0) if prefixes else 0
            self._cache.update(h for h, _ in prefixes)
            usage: dict[str, Any] = {"cache_read_input_tokens": tokens(read),
                                     "cache_creation_input_tokens": tokens(created)}
            usage["input_tokens"] = max(tokens(total) - usage["cache_read_input_tokens"]
                                        - usage["cache_creation_input_tokens"], 0)
            usage["output_tokens"] = out
            self.input_tokens += usage["input_tokens"]
            self.output_tokens += out
            self.cache_creation_input_tokens += usage["cache_creation_input_tokens"]
            self.cache_read_input_tokens += usage["cache_read_input_tokens"]
        usage["cache_creation"] = {"ephemeral_5m_input_tokens": usage["cache_creation_input_tokens"],
                                   "ephemeral_1h_input_tokens": 0}
        usage["service_tier"] = service_tier
        return {"id": f"msg_{uuid.uuid4().hex[:24]}", "type": "message", "role": "assistant",
                "model": params["model"], "content": content, "stop_reason": stop_reason,
                "stop_sequence": None, "usage": usage}
