"""Wire protocol pieces: the API's error envelope, HTTP replies, and request validation.

Validation messages follow the real API's style (``"<field path>: <problem>"``) so a client's
error handling sees what it would see in production.
"""
from __future__ import annotations

import json
import re
import uuid
from typing import Any

# Body fields the Messages API accepts; anything else is "Extra inputs are not permitted",
# as in production. Sampling knobs are kept because older models still take them.
KNOWN_FIELDS = frozenset({
    "model", "max_tokens", "messages", "system", "tools", "tool_choice", "metadata", "stop_sequences",
    "stream", "temperature", "top_p", "top_k", "thinking", "cache_control", "container", "diagnostics",
    "inference_geo", "output_config", "service_tier", "speed", "context_management", "mcp_servers",
})
_TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,128}$")
_CUSTOM_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


class ApiError(Exception):
    """An error answer: HTTP status, Anthropic error type and message."""

    def __init__(self, status: int, error_type: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


def invalid(message: str) -> ApiError:
    """A 400 invalid_request_error."""
    return ApiError(400, "invalid_request_error", message)


class Reply:
    """An HTTP answer: status, body bytes, headers (always with a request-id)."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None,
                 content_type: str = "application/json") -> None:
        self.status = status
        request_id = body.get("request_id") if isinstance(body, dict) else None
        self.request_id = request_id or f"req_{uuid.uuid4().hex[:24]}"
        self.body = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        self.headers = {"content-type": content_type, "request-id": self.request_id, **(headers or {})}


def error_reply(err: ApiError, headers: dict[str, str] | None = None) -> Reply:
    """The API's error envelope; its request_id matches the request-id header."""
    body = {"type": "error", "error": {"type": err.error_type, "message": err.message},
            "request_id": f"req_{uuid.uuid4().hex[:24]}"}
    return Reply(err.status, body, headers)


def parse_json(body: bytes) -> Any:
    """The request body as JSON, or a 400 like the API's."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise invalid("There was an error parsing the body: it is not valid JSON") from None


def _check_block(block: Any, where: str) -> None:
    if not isinstance(block, dict) or not isinstance(block.get("type"), str):
        raise invalid(f"{where}: content blocks must be objects with a `type`")
    if block["type"] == "text":
        if not isinstance(block.get("text"), str):
            raise invalid(f"{where}.text: Field required")
        if not block["text"]:
            raise invalid(f"{where}: text content blocks must be non-empty")
    cache_control = block.get("cache_control")
    if cache_control is not None and (not isinstance(cache_control, dict) or cache_control.get("type") != "ephemeral"):
        raise invalid(f"{where}.cache_control.type: Input should be 'ephemeral'")


def _check_messages(messages: Any, prefix: str) -> None:
    if not isinstance(messages, list) or not messages:
        raise invalid(f"{prefix}messages: Input should be a non-empty list")
    previous = None
    for i, message in enumerate(messages):
        where = f"{prefix}messages.{i}"
        if not isinstance(message, dict):
            raise invalid(f"{where}: Input should be an object")
        role = message.get("role")
        if role not in ("user", "assistant"):
            raise invalid(f"{where}.role: Input should be 'user' or 'assistant'")
        if i == 0 and role != "user":
            raise invalid(f'{prefix}messages: first message must use the "user" role')
        if role == previous:
            raise invalid(f'{prefix}messages: roles must alternate between "user" and "assistant", '
                          f'but found multiple "{role}" roles in a row')
        previous = role
        content = message.get("content")
        if isinstance(content, str):
            if not content:
                raise invalid(f"{where}: {role} messages must have non-empty content")
        elif isinstance(content, list) and content:
            for j, block in enumerate(content):
                _check_block(block, f"{where}.content.{j}")
        else:
            raise invalid(f"{where}.content: Input should be a valid string or a non-empty list of content blocks")
    last = messages[-1]
    if last["role"] == "assistant":
        text = last["content"] if isinstance(last["content"], str) else "".join(
            b.get("text", "") for b in last["content"] if b.get("type") == "text")
        if text != text.rstrip():
            raise invalid(f"{prefix}messages: final assistant content cannot end with trailing whitespace")


def _check_tools(params: dict[str, Any], prefix: str) -> set[str]:
    tools = params.get("tools")
    if tools is None:
        return set()
    if not isinstance(tools, list):
        raise invalid(f"{prefix}tools: Input should be a valid list")
    names: set[str] = set()
    for i, tool in enumerate(tools):
        where = f"{prefix}tools.{i}"
        if not isinstance(tool, dict):
            raise invalid(f"{where}: Input should be an object")
        name = tool.get("name")
        if not isinstance(name, str) or not _TOOL_NAME.match(name):
            raise invalid(f"{where}.name: String should match pattern '^[a-zA-Z0-9_-]{{1,128}}$'")
        if name in names:
            raise invalid(f"{prefix}tools: Tool names must be unique.")
        names.add(name)
        # Server tools (web search, …) are identified by a versioned `type` and have no schema.
        if tool.get("type", "custom") == "custom":
            schema = tool.get("input_schema")
            if not isinstance(schema, dict):
                raise invalid(f"{where}.custom.input_schema: Field required")
            if schema.get("type") != "object":
                raise invalid(f"{where}.custom.input_schema.type: Input should be 'object'")
    return names


def _check_tool_choice(params: dict[str, Any], tool_names: set[str], prefix: str) -> None:
    choice = params.get("tool_choice")
    if choice is None:
        return
    if not isinstance(choice, dict) or choice.get("type") not in ("auto", "any", "tool", "none"):
        raise invalid(f"{prefix}tool_choice: Input tag does not match any of the expected tags: "
                      "'auto', 'any', 'tool', 'none'")
    if choice["type"] in ("any", "tool") and not tool_names:
        raise invalid(f"{prefix}tool_choice: tool_choice may only be specified while providing tools")
    if choice["type"] == "tool":
        name = choice.get("name")
        if not isinstance(name, str):
            raise invalid(f"{prefix}tool_choice.tool.name: Field required")
        if name not in tool_names:
            raise invalid(f"{prefix}tool_choice: Tool '{name}' not found in provided tools")


def _check_system(system: Any, prefix: str) -> None:
    if system is None or isinstance(system, str):
        return
    if not isinstance(system, list):
        raise invalid(f"{prefix}system: Input should be a valid string or list of text blocks")
    for i, block in enumerate(system):
        _check_block(block, f"{prefix}system.{i}")
        if block["type"] != "text":
            raise invalid(f"{prefix}system.{i}.type: Input should be 'text'")


def validate_params(params: Any, prefix: str = "") -> dict[str, Any]:
    """Raise ApiError(400) when `params` is not a valid Messages request; return it otherwise."""
    if not isinstance(params, dict):
        raise invalid(f"{prefix or 'body'}: Input should be an object")
    for key in params:
        if key not in KNOWN_FIELDS:
            raise invalid(f"{prefix}{key}: Extra inputs are not permitted")
    model = params.get("model")
    if not isinstance(model, str) or not model:
        raise invalid(f"{prefix}model: Field required")
    max_tokens = params.get("max_tokens")
    if max_tokens is None:
        raise invalid(f"{prefix}max_tokens: Field required")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise invalid(f"{prefix}max_tokens: Input should be a positive integer")
    if params.get("stream"):
        raise invalid(f"{prefix}stream: streaming is not supported by the loopback server")
    _check_messages(params.get("messages"), prefix)
    _check_system(params.get("system"), prefix)
    _check_tool_choice(params, _check_tools(params, prefix), prefix)
    return params


def validate_batch(body: Any) -> list[dict[str, Any]]:
    """Validate a Message Batches create body; return its requests."""
    if not isinstance(body, dict):
        raise invalid("body: Input should be an object")
    requests = body.get("requests")
    if not isinstance(requests, list) or not requests:
        raise invalid("requests: Input should be a non-empty list")
    seen: set[str] = set()
    for i, item in enumerate(requests):
        if not isinstance(item, dict):
            raise invalid(f"requests.{i}: Input should be an object")
        custom_id = item.get("custom_id")
        if not isinstance(custom_id, str) or not _CUSTOM_ID.match(custom_id):
            raise invalid(f"requests.{i}.custom_id: String should match pattern '^[a-zA-Z0-9_-]{{1,64}}$'")
        if custom_id in seen:
            raise invalid(f"requests: custom_id values must be unique within a batch, '{custom_id}' is repeated")
        seen.add(custom_id)
        validate_params(item.get("params"), prefix=f"requests.{i}.params.")
    return requests
