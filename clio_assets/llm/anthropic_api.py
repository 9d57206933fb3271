"""The Anthropic Messages API as a Transport: the structured output is a forced tool call,
and the long shared system prompt is marked as the cacheable prefix of every request."""
from __future__ import annotations

from typing import Any

import anthropic

from clio_assets.llm.caller import Request
from clio_assets.llm.transport import Answer, Failure, sdk_failure


def params(request: Request) -> dict[str, Any]:
    # anthropic 2.14's create() takes no `temperature` argument; send it in the body
    system = [{"type": "text", "text": request.prompt.system, "cache_control": {"type": "ephemeral"}}]
    return {"model": request.model, "max_tokens": request.max_tokens,
            "extra_body": {"temperature": request.temperature}, "system": system,
            "messages": request.messages, "tools": [request.tool],
            "tool_choice": {"type": "tool", "name": request.tool["name"]}}


def batch_params(request: Request) -> dict[str, Any]:
    """The same request as a Message Batches item (a plain JSON body)."""
    body = params(request)
    body.update(body.pop("extra_body"))
    return body


def answer_of(message: Any, tool_name: str) -> Answer:
    """The forced tool call's input, or why there is none."""
    for block in getattr(message, "content", None) or []:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == tool_name:
            return Answer(message.usage, block.input)
    return Answer(message.usage, error=f"malformed: no {tool_name} tool_use block in the answer")


class AnthropicTransport:
    backend = "claude"

    def __init__(self, client: anthropic.Anthropic) -> None:
        self.client = client  # also drives the Message Batches API (batches.py)

    def send(self, request: Request) -> Answer:
        return answer_of(self.client.messages.create(**params(request)), request.tool["name"])

    def failure(self, exc: Exception) -> Failure | None:
        return sdk_failure(anthropic, exc)
