"""What every loopback API server shares: life cycle on 127.0.0.1, HTTP/1.1 plumbing,
accounting, holding requests (for kill tests) and per-request fault injection. A server
subclass adds its routes (`dispatch`) and its wire format."""
from __future__ import annotations

import hashlib
import socket
import sys
import threading
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._compose import marker_fault
from ._faults import FaultPlan
from ._protocol import Reply
from ._text import canonical, received_texts

MAX_BODY = 64 * 1024 * 1024


class LoopbackHTTP:
    """Use as a context manager, or start()/stop(); `faults` may be swapped any time.

    Accounting (updated under one lock; `reset_counters()` zeroes it):
      requests                 every HTTP request under the API's paths (faulted and rejected ones too)
      message_requests         generation calls (faulted and rejected ones too)
      faults_injected          per fault kind
      received_per_request     (tool name, request hash) -> times received: how often the same
                               conversation was asked about
      input_tokens, output_tokens  usage of every answered request
      received_texts           every system and message text received, for privacy assertions
      received_tools           (schema or forced tool name, its JSON schema) of every valid request
    """

    thread_name = "loopback"

    def __init__(self, faults: FaultPlan | None = None) -> None:
        self.faults = faults or FaultPlan()
        self.url = ""
        self.server_errors: list[str] = []  # tracebacks of server bugs (answered as 500s)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._seen: dict[str, int] = defaultdict(int)  # request hash -> attempts so far
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._hold: tuple[str, int] | None = None  # (tool name, answer this many, then hold the rest)
        self._hold_count = 0
        self.holding = threading.Event()  # set once a request is being held
        self._release = threading.Event()
        self.reset_counters()

    def reset_counters(self) -> None:
        """Zero the accounting (attempt history is kept)."""
        with self._lock:
            self.requests = self.message_requests = 0
            self.input_tokens = self.output_tokens = 0
            self.faults_injected: dict[str, int] = defaultdict(int)
            self.received_texts: list[str] = []
            self.received_per_request: dict[tuple[str, str], int] = defaultdict(int)
            self.received_tools: list[tuple[str, dict]] = []

    def dispatch(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
        raise NotImplementedError

    # --- holding and faults -----------------------------------------------------------------
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

    def note_received(self, params: Any) -> None:
        """Count a generation request and keep its texts (before validation: a rejected
        request's texts were still sent)."""
        with self._lock:
            self.message_requests += 1
            self.received_texts.extend(_safe_texts(params))

    def admit(self, params: dict[str, Any], identity: tuple[str, str]) -> str | None:
        """For a valid request: count it, hold it if asked, and return the fault it gets."""
        key = hashlib.sha256(canonical(params).encode()).hexdigest()
        with self._lock:
            attempt = self._seen[key]
            self._seen[key] += 1
            self.received_per_request[identity] += 1
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
        if fault == "slow":  # long enough to trip a client timeout; stop() cuts it short
            self._stopping.wait(self.faults.slow_s)
        return fault

    # --- life cycle -------------------------------------------------------------------------
    def start(self):  # -> the subclass
        """Listen on 127.0.0.1 (an OS-chosen port) in a daemon thread."""
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server(("127.0.0.1", 0), _Handler)
        server.app = self
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=self.thread_name, daemon=True)
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

    def __enter__(self):  # -> the subclass
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def too_large(self) -> Reply:
        raise NotImplementedError


def _safe_texts(params: Any) -> list[str]:
    """The texts of a request that may still be invalid (for privacy assertions)."""
    try:
        return [t for t in received_texts(params) if isinstance(t, str)]
    except (AttributeError, TypeError):
        return []


class _Server(ThreadingHTTPServer):
    """One daemon thread per connection, so a stuck client can never hold the process."""

    daemon_threads = True
    app: LoopbackHTTP

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed, timed out) is expected; anything else is printed."""
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 plumbing: read the body, ask the app, write the answer."""

    protocol_version = "HTTP/1.1"  # keep-alive, as the SDKs' connection pools expect
    server_version = "loopback"

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
            reply = app.too_large()
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
