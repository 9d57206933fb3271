"""A loopback HTTP server speaking OpenAI's chat-completions wire format, as vLLM, Ollama and
llama.cpp's server do.

Point the real SDK at it (``openai.OpenAI(api_key="x", base_url=server.url + "/v1")``). The
answers come from the same model stand-in as the Anthropic loopback (_compose: deterministic,
built from the prompt's own words, valid against the requested schema), and the same
FaultPlan injects the same faults (429/500/503 with retry-after, slow, cut-off and
schema-breaking answers) per request body and attempt, so a retry can succeed.
`json_schema=False` plays a server without structured outputs: a json_schema
`response_format` is refused with a 400, as such servers do.
"""
from __future__ import annotations

import json
import time
import traceback
import uuid
from typing import Any
from urllib.parse import urlsplit

from ._chat import FINISH, as_messages_params, identity, message_of, validate
from ._compose import compose
from ._faults import FaultPlan
from ._http import LoopbackHTTP
from ._protocol import ApiError, Reply, parse_json
from ._text import canonical, digest, tokens

# fault kind -> (status, error type, error code, message), as OpenAI answers them
_HTTP_FAULTS = {"429": (429, "requests", "rate_limit_exceeded", "Rate limit reached for requests."),
                "500": (500, "server_error", None, "The server had an error while processing your request."),
                "529": (503, "server_error", "server_overloaded", "The server is overloaded, try again later.")}


def api_error(status: int, error_type: str, message: str, code: str | None = None) -> ApiError:
    err = ApiError(status, error_type, message)
    err.code = code  # type: ignore[attr-defined]
    return err


def error_reply(err: ApiError, headers: dict[str, str] | None = None) -> Reply:
    """OpenAI's error envelope: {"error": {"message", "type", "param", "code"}}."""
    body = {"error": {"message": err.message, "type": err.error_type, "param": getattr(err, "param", None),
                      "code": getattr(err, "code", None)}}
    return Reply(err.status, body, {"x-request-id": f"req_{uuid.uuid4().hex[:24]}", **(headers or {})})


class LoopbackOpenAI(LoopbackHTTP):
    """The server (life cycle, holding and fault injection: _http.LoopbackHTTP).

    Beyond the shared counters: `requests` counts every HTTP request under /v1,
    `message_requests` the POST /v1/chat/completions calls, `cached_tokens` the prompt
    tokens reported as cached (a repeated system prompt, like vLLM's prefix caching),
    `modes` how many valid requests asked for each structured output ("json_schema",
    "tools", "text"), and `received_models` (schema or function name, model) -> requests."""

    thread_name = "loopback-openai"

    def __init__(self, faults: FaultPlan | None = None, json_schema: bool = True) -> None:
        self.json_schema = json_schema
        self._prefixes: set[str] = set()
        super().__init__(faults)

    def reset_counters(self) -> None:
        super().reset_counters()
        with self._lock:
            self.cached_tokens = 0
            self.modes: dict[str, int] = {}
            self.received_models: dict[tuple[str, str], int] = {}

    def too_large(self) -> Reply:
        return error_reply(api_error(413, "invalid_request_error", "Request exceeds the maximum allowed size"))

    def dispatch(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
        """Route one HTTP request; every failure becomes an API error answer."""
        path = urlsplit(target).path.rstrip("/")
        if path.startswith("/v1/"):
            with self._lock:
                self.requests += 1
        try:
            if not (headers.get("authorization") or "").startswith("Bearer "):
                raise api_error(401, "invalid_request_error", "You didn't provide an API key.", "invalid_api_key")
            if (method, path) == ("POST", "/v1/chat/completions"):
                return self._completion(parse_json(body))
            if (method, path) == ("GET", "/v1/models"):
                return Reply(200, {"object": "list", "data": []})
            raise api_error(404, "invalid_request_error", f"Unknown request URL: {method} {path}", "unknown_url")
        except ApiError as err:
            return error_reply(err)
        except Exception:  # a server bug: answer like the API would, keep the trace for the test
            self.server_errors.append(traceback.format_exc())
            return error_reply(api_error(500, "server_error", "Internal server error"))

    def _completion(self, params: Any) -> Reply:
        self.note_received(params)
        validate(params, self.json_schema)
        mode = "json_schema" if (params.get("response_format") or {}).get("type") == "json_schema" else \
            "tools" if params.get("tools") else "text"
        who = identity(params, lambda v: f"{digest(canonical(v)):016x}")
        with self._lock:
            self.modes[mode] = self.modes.get(mode, 0) + 1
            used = (who[0], params["model"])
            self.received_models[used] = self.received_models.get(used, 0) + 1
        forced = [t["function"].get("parameters") or {} for t in params.get("tools") or []
                  if t["function"]["name"] == who[0]]
        schema = ((params.get("response_format") or {}).get("json_schema") or {}).get("schema")
        if schema is not None or forced:
            with self._lock:
                self.received_tools.append((who[0], schema if schema is not None else forced[0]))
        fault = self.admit(params, who)
        if fault in _HTTP_FAULTS:
            status, kind, code, text = _HTTP_FAULTS[fault]
            retry = {"retry-after": f"{self.faults.retry_after_s:g}"} if status in (429, 503) else None
            return error_reply(api_error(status, kind, text, code), retry)
        completion = self.answer(params, broken=fault == "schema")
        if fault == "malformed":  # a 200 whose body is cut off mid-JSON
            raw = json.dumps(completion).encode()
            return Reply(200, raw[: len(raw) // 2])
        return Reply(200, completion)

    def answer(self, params: dict[str, Any], broken: bool = False) -> dict[str, Any]:
        """A chat.completion for validated `params`, with usage accounted."""
        shaped = as_messages_params(params)
        blocks, stop_reason, out = compose(shaped, broken)
        prompt = tokens(len(canonical(params["messages"])) + len(canonical(params.get("tools") or []))
                        + len(canonical(params.get("response_format") or {})))
        system = shaped["system"] or ""
        prefix = f"{digest(params['model'], system):016x}"
        with self._lock:
            cached = min(tokens(len(system)), prompt) if system and prefix in self._prefixes else 0
            self._prefixes.add(prefix)
            self.input_tokens += prompt
            self.output_tokens += out
            self.cached_tokens += cached
        return {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
                "model": params["model"], "system_fingerprint": None,
                "choices": [{"index": 0, "message": message_of(blocks), "logprobs": None,
                             "finish_reason": FINISH[stop_reason]}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": out, "total_tokens": prompt + out,
                          "prompt_tokens_details": {"cached_tokens": cached}}}
