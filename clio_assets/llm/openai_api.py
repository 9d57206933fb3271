"""The OpenAI chat-completions API as a Transport, for vLLM, Ollama, llama.cpp's server and
any other server that speaks it. The structured output is either a JSON-schema
`response_format` or a forced function call with the same schema (CLIO_OPENAI_STRUCTURED):
`auto` starts with the schema and, when the server rejects `response_format`, switches to
the function call for the rest of the run."""
from __future__ import annotations

import json
import threading
from typing import Any

import openai

from clio_assets.llm.caller import Request
from clio_assets.llm.transport import Answer, Failure, Usage, sdk_failure

MODES = ("auto", "json_schema", "tools")
REJECTED = (400, 422)  # how servers refuse a field they do not support


def params(request: Request, mode: str) -> dict[str, Any]:
    tool = request.tool
    body: dict[str, Any] = {
        "model": request.model, "max_tokens": request.max_tokens, "temperature": request.temperature,
        "messages": [{"role": "system", "content": request.prompt.system}, *request.messages]}
    if mode == "json_schema":
        body["response_format"] = {"type": "json_schema", "json_schema": {
            "name": tool["name"], "description": tool["description"], "schema": tool["input_schema"],
            "strict": True}}
    else:
        body["tools"] = [{"type": "function", "function": {
            "name": tool["name"], "description": tool["description"], "parameters": tool["input_schema"]}}]
        body["tool_choice"] = {"type": "function", "function": {"name": tool["name"]}}
    return body


def usage_of(completion: Any) -> Usage:
    """OpenAI counts cached prompt tokens inside prompt_tokens; the ledger wants them apart."""
    usage = getattr(completion, "usage", None)
    if usage is None:  # some servers omit usage; the answer still counts as a request
        return Usage()
    details = getattr(usage, "prompt_tokens_details", None)
    cached = int(getattr(details, "cached_tokens", 0) or 0)
    return Usage(input_tokens=max(int(usage.prompt_tokens or 0) - cached, 0),
                 output_tokens=int(usage.completion_tokens or 0), cache_read_input_tokens=cached)


def answer_of(completion: Any, tool_name: str, mode: str) -> Answer:
    """The structured output (parsed JSON of the content or of the call's arguments)."""
    usage = usage_of(completion)
    choices = getattr(completion, "choices", None) or []
    if not choices:
        return Answer(usage, error="malformed: no choices in the answer")
    message = choices[0].message
    if mode == "tools":
        calls = [c for c in message.tool_calls or [] if getattr(c, "function", None) and c.function.name == tool_name]
        raw = calls[0].function.arguments if calls else None
        missing = f"no {tool_name} tool call in the answer"
    else:
        raw = message.content
        missing = "refused" if getattr(message, "refusal", None) else "no content in the answer"
    if not raw:
        return Answer(usage, error=f"malformed: {missing} (finish_reason={choices[0].finish_reason})")
    try:
        return Answer(usage, json.loads(raw))
    except ValueError:
        return Answer(usage, error=f"malformed: not JSON (finish_reason={choices[0].finish_reason})")


class OpenAITransport:
    backend = "openai"

    def __init__(self, client: openai.OpenAI, structured: str = "auto") -> None:
        if structured not in MODES:
            raise ValueError(f"CLIO_OPENAI_STRUCTURED={structured!r}: use one of {MODES}")
        self.client = client
        self.auto = structured == "auto"
        self.mode = "json_schema" if self.auto else structured
        self._lock = threading.Lock()

    def send(self, request: Request) -> Answer:
        mode = self.mode  # read once: another thread may switch it while this request is out
        try:
            completion = self.client.chat.completions.create(**params(request, mode))
        except openai.APIStatusError as exc:
            exc.clio_mode = mode  # type: ignore[attr-defined]  # what failure() must know of the request
            raise
        return answer_of(completion, request.tool["name"], mode)

    def failure(self, exc: Exception) -> Failure | None:
        if self.auto and _rejects_response_format(exc):
            with self._lock:
                self.mode = "tools"
            # not the server's fault and not a transient one: ask again at once, the other way
            return Failure("unsupported: response_format rejected; using tools", retryable=True, delay_s=0.0)
        return sdk_failure(openai, exc)


def _rejects_response_format(exc: Exception) -> bool:
    """A refusal of a request sent with a json_schema response_format, naming it."""
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in REJECTED:
        return False
    text = str(exc).lower()
    return getattr(exc, "clio_mode", "") == "json_schema" and ("response_format" in text or "json_schema" in text)
