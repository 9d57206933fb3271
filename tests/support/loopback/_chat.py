"""The chat-completions wire format: request validation (in the style of OpenAI's 400s) and
translation to and from the Messages shape that the shared model stand-in (_compose) reads,
so both loopback servers answer the same prompt with the same schema-valid content."""
from __future__ import annotations

import json
import re
from typing import Any

from ._protocol import ApiError

KNOWN_FIELDS = frozenset({
    "model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "n", "stop", "seed",
    "stream", "stream_options", "tools", "tool_choice", "parallel_tool_calls", "response_format", "user",
    "frequency_penalty", "presence_penalty", "logit_bias", "logprobs", "top_logprobs", "metadata", "store",
})
_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
FINISH = {"end_turn": "stop", "tool_use": "tool_calls", "max_tokens": "length"}


def invalid(message: str, param: str | None = None) -> ApiError:
    err = ApiError(400, "invalid_request_error", message)
    err.param = param  # type: ignore[attr-defined]
    return err


def _check_messages(messages: Any) -> None:
    if not isinstance(messages, list) or not messages:
        raise invalid("[] is too short - 'messages'", "messages")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("system", "developer", "user", "assistant"):
            raise invalid(f"Invalid value for 'messages[{i}].role'", f"messages[{i}].role")
        content = message.get("content")
        if isinstance(content, list):
            if not all(isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str)
                       for p in content):
                raise invalid(f"Invalid content part in 'messages[{i}].content'", f"messages[{i}].content")
        elif not isinstance(content, str) and not (message["role"] == "assistant" and content is None):
            raise invalid(f"Invalid type for 'messages[{i}].content': expected a string or an array",
                          f"messages[{i}].content")


def _check_tools(params: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for i, tool in enumerate(params.get("tools") or []):
        function = tool.get("function") if isinstance(tool, dict) and tool.get("type") == "function" else None
        if not isinstance(function, dict) or not _NAME.match(str(function.get("name", ""))):
            name = function.get("name") if isinstance(function, dict) else None
            raise invalid(f"Invalid 'tools[{i}].function.name': {name!r} does not match pattern.", f"tools[{i}]")
        if not isinstance(function.get("parameters", {}), dict):
            raise invalid(f"Invalid type for 'tools[{i}].function.parameters': expected an object", f"tools[{i}]")
        names.add(function["name"])
    choice = params.get("tool_choice")
    if choice is None or choice in ("none", "auto") or (choice == "required" and names):
        return names
    if isinstance(choice, dict) and choice.get("type") == "function":
        name = (choice.get("function") or {}).get("name")
        if name in names:
            return names
        raise invalid(f"Invalid value for 'tool_choice': function '{name}' not found in 'tools'", "tool_choice")
    raise invalid("Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified",
                  "tool_choice")


def _check_response_format(params: dict[str, Any], json_schema: bool) -> None:
    fmt = params.get("response_format")
    if fmt is None:
        return
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    allowed = ("text", "json_object", "json_schema") if json_schema else ("text", "json_object")
    if kind not in allowed:  # what a server without structured outputs answers
        raise invalid(f"Invalid value for 'response_format.type': {kind!r} is not supported; "
                      f"expected one of {', '.join(allowed)}", "response_format")
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        if not isinstance(spec, dict) or not _NAME.match(str(spec.get("name", ""))):
            raise invalid("Missing or invalid 'response_format.json_schema.name'", "response_format")
        if not isinstance(spec.get("schema"), dict):
            raise invalid("Invalid type for 'response_format.json_schema.schema': expected an object",
                          "response_format")


def validate(params: Any, json_schema: bool = True) -> dict[str, Any]:
    """Raise a 400 when `params` is not a chat-completions request this server takes."""
    if not isinstance(params, dict):
        raise invalid("We could not parse the JSON body of your request.")
    for key in params:
        if key not in KNOWN_FIELDS:
            raise invalid(f"Unrecognized request argument supplied: {key}", key)
    if not isinstance(params.get("model"), str) or not params["model"]:
        raise invalid("you must provide a model parameter", "model")
    for key in ("max_tokens", "max_completion_tokens"):
        value = params.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise invalid(f"Invalid '{key}': integer below minimum value.", key)
    if params.get("stream"):
        raise invalid("streaming is not supported by the loopback server", "stream")
    if params.get("n", 1) != 1:
        raise invalid("n > 1 is not supported by the loopback server", "n")
    _check_messages(params.get("messages"))
    _check_tools(params)
    _check_response_format(params, json_schema)
    return params


def _text(content: Any) -> str:
    return content if isinstance(content, str) else "".join(p["text"] for p in content or [])


def as_messages_params(params: dict[str, Any]) -> dict[str, Any]:
    """The same request in the Messages shape: system text, tools with input_schema,
    the forced tool, and a json_schema `output_config` for `response_format`."""
    system = "\n\n".join(_text(m["content"]) for m in params["messages"] if m["role"] in ("system", "developer"))
    out: dict[str, Any] = {
        "model": params["model"], "max_tokens": params.get("max_completion_tokens") or params.get("max_tokens") or 4096,
        "system": system or None,
        "messages": [{"role": m["role"], "content": _text(m["content"]) or "…"}
                     for m in params["messages"] if m["role"] in ("user", "assistant")],
        "tools": [{"name": t["function"]["name"], "description": t["function"].get("description", ""),
                   "input_schema": t["function"].get("parameters") or {"type": "object"}}
                  for t in params.get("tools") or []]}
    choice = params.get("tool_choice")
    out["tool_choice"] = ({"type": "tool", "name": choice["function"]["name"]} if isinstance(choice, dict)
                          else {"type": {"required": "any", "none": "none"}.get(choice or "auto", "auto")})
    fmt = params.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        out["output_config"] = {"format": {"type": "json_schema", "schema": fmt["json_schema"]["schema"]}}
    return out


def identity(params: dict[str, Any], digest_of: Any) -> tuple[str, str]:
    """(schema or forced function name, hash of model + messages): equal for two requests about
    the same conversation with the same prompt, whichever structured-output mode carried them."""
    fmt, choice = params.get("response_format") or {}, params.get("tool_choice")
    name = (fmt.get("json_schema") or {}).get("name") or (
        (choice.get("function") or {}).get("name") if isinstance(choice, dict) else "") or ""
    return str(name), digest_of({"model": params["model"], "messages": params["messages"]})


def message_of(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """A chat-completions assistant message from composed Messages content blocks."""
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
    calls = [{"id": f"call_{b['id'][6:]}", "type": "function",
              "function": {"name": b["name"], "arguments": json.dumps(b["input"], ensure_ascii=False)}}
             for b in blocks if b["type"] == "tool_use"]
    if calls:
        message["tool_calls"] = calls
    texts = [b["text"] for b in blocks if b["type"] == "text"]
    if texts:
        message["content"] = "".join(texts)
    return message
