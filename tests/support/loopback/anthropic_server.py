"""A loopback HTTP server speaking the Anthropic Messages and Message Batches wire format.

Point the real SDK at it (``anthropic.Anthropic(api_key="test-key", base_url=server.url)``) to
test and benchmark LLM stages without a network. Answers are deterministic and built only
from the prompt's own words; faults (rate limits, overload, 500s, slow or broken answers)
are injected deterministically per request body and attempt, so a retry can succeed.
"""
from __future__ import annotations

import hashlib
import json
import socket
import sys
import threading
import traceback
import uuid
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._batches import Batch, BatchApi
from ._compose import compose, marker_fault, request_identity
from ._protocol import ApiError, Reply, error_reply, invalid, parse_json, validate_params
from ._text import cache_segments, canonical, digest, received_texts, tokens

FAULT_KINDS = ("429", "500", "529", "slow", "malformed", "schema")
MAX_BODY = 64 * 1024 * 1024
_HTTP_FAULTS = {"429": (429, "rate_limit_error", "Number of request tokens has exceeded your rate limit."),
                "500": (500, "api_error", "Internal server error"),
                "529": (529, "overloaded_error", "Overloaded")}


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
        return ("429", "500", "529")[(draw // 1_000_000) % 3]

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


class LoopbackAnthropic(BatchApi):
    """The server. Use as a context manager, or start()/stop(); `faults` may be swapped any time.

    Accounting (updated under one lock; `reset_counters()` zeroes it):
      requests                 every HTTP request under /v1/messages (faulted and rejected ones too)
      message_requests         POST /v1/messages calls (faulted and rejected ones too)
      batch_creates / _items   accepted batches and the items in them
      faults_injected          per fault kind, plus "batch_errored" / "batch_expired" and
                               "control_<status>" for faulted batch control calls
      received_per_request     (tool name, request hash) -> times received, messages and batch
                               items alike: how often the same conversation was asked about
      *_tokens                 usage of every answered message and succeeded batch item
      received_texts           every system and message text received, for privacy assertions
      received_tools           (forced tool name, its input schema) of every valid message request
    """

    def __init__(self, faults: FaultPlan | None = None, batch_polls_until_ended: int = 2) -> None:
        self.faults = faults or FaultPlan()
        self.batch_polls_until_ended = batch_polls_until_ended
        self.url = ""
        self.server_errors: list[str] = []  # tracebacks of server bugs (answered as 500 api_error)
        self._lock = threading.Lock()
        self._batch_lock = threading.Lock()
        self._stopping = threading.Event()
        self._seen: dict[str, int] = defaultdict(int)  # request hash -> attempts so far
        self._batch_seen: dict[str, int] = defaultdict(int)
        self._cache: set[str] = set()  # prompt-cache prefix hashes
        self._batches: dict[str, Batch] = {}
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._hold: tuple[str, int] | None = None  # (tool name, answer this many, then hold the rest)
        self._hold_count = 0
        self.holding = threading.Event()  # set once a request is being held
        self._release = threading.Event()
        self.reset_counters()

    def hold_after(self, tool: str, n: int) -> None:
        """Answer the first `n` message requests that force `tool`, then hold every later one
        unanswered until `release()` or `stop()`: a client caught mid-stage, for kill tests."""
        self._release.clear()
        self.holding.clear()
        with self._lock:
            self._hold = (tool, n)
            self._hold_count = 0

    def release(self) -> None:
        """Stop holding: held requests are answered (to whoever still listens)."""
        self._hold = None
        self._release.set()

    # --- life cycle -------------------------------------------------------------------------
    def start(self) -> LoopbackAnthropic:
        """Listen on 127.0.0.1 (an OS-chosen port) in a daemon thread."""
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server(("127.0.0.1", 0), _Handler)
        server.app = self
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="loopback-anthropic", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut slow answers short and close kept-alive connections."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:  # unblocks handler threads waiting for the next request
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackAnthropic:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset_counters(self) -> None:
        """Zero the accounting (the prompt cache and attempt history are kept)."""
        with self._lock:
            self.requests = self.message_requests = self.batch_creates = self.batch_items = 0
            self.input_tokens = self.output_tokens = 0
            self.cache_creation_input_tokens = self.cache_read_input_tokens = 0
            self.faults_injected: dict[str, int] = defaultdict(int)
            self.received_texts: list[str] = []
            self.received_tools: list[tuple[str, dict]] = []
            self.received_per_request: dict[tuple[str, str], int] = defaultdict(int)
            self._control_calls = 0

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
        with self._lock:
            self.message_requests += 1
            self.received_texts.extend(_safe_texts(params))
        validate_params(params)
        key = hashlib.sha256(canonical(params).encode()).hexdigest()
        with self._lock:
            attempt = self._seen[key]
            self._seen[key] += 1
            identity = request_identity(params)
            self.received_per_request[identity] += 1
            forced = [t for t in params.get("tools") or [] if t.get("name") == identity[0]]
            if forced:
                self.received_tools.append((identity[0], forced[0].get("input_schema", {})))
            held = self._hold is not None and identity[0] == self._hold[0] and self._hold_count >= self._hold[1]
            if self._hold is not None and identity[0] == self._hold[0]:
                self._hold_count += 1
        if held:
            self.holding.set()
            while not (self._release.wait(0.05) or self._stopping.is_set()):
                pass
        fault = marker_fault(params) or self.faults.pick(key, attempt)
        if fault is not None:
            with self._lock:
                self.faults_injected[fault] += 1
        if fault in _HTTP_FAULTS:
            status, kind, text = _HTTP_FAULTS[fault]
            retry = {"retry-after": f"{self.faults.retry_after_s:g}"} if status in (429, 529) else None
            return error_reply(ApiError(status, kind, text), retry)
        if fault == "slow":  # long enough to trip a client timeout; stop() cuts it short
            self._stopping.wait(self.faults.slow_s)
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


def _safe_texts(params: Any) -> list[str]:
    """The texts of a request that may still be invalid (for privacy assertions)."""
    try:
        return [t for t in received_texts(params) if isinstance(t, str)]
    except (AttributeError, TypeError):
        return []


class _Server(ThreadingHTTPServer):
    """One daemon thread per connection, so a stuck client can never hold the process."""

    daemon_threads = True
    app: LoopbackAnthropic

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed, timed out) is expected; anything else is printed."""
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 plumbing: read the body, ask the app, write the answer."""

    protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects
    server_version = "loopback-anthropic"

    def setup(self) -> None:
        super().setup()
        app = self.server.app  # type: ignore[attr-defined]
        with app._lock:
            app._connections.add(self.connection)

    def finish(self) -> None:
        app = self.server.app  # type: ignore[attr-defined]
        with app._lock:
            app._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def _serve(self) -> None:
        app = self.server.app  # type: ignore[attr-defined]
        try:
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            reply = error_reply(ApiError(413, "request_too_large", "Request exceeds the maximum allowed size"))
            self.close_connection = True
        else:
            reply = app.dispatch(self.command, self.path, self.headers, self.rfile.read(length))
        try:
            self.send_response(reply.status)
            for name, value in {**reply.headers, "content-length": str(len(reply.body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): fine
            self.close_connection = True

    do_GET = do_POST = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet in tests
        pass
