"""The model stand-in: deterministic assistant content for a validated Messages request."""
from __future__ import annotations

import json
from typing import Any

from ._schema import SchemaFaker, violate
from ._text import (
    block_texts,
    canonical,
    continue_prefill,
    digest,
    focus_text,
    guess_language,
    prompt_words,
    received_texts,
    sentence,
    tokens,
)

ALWAYS_MALFORMED = "[[always-malformed]]"  # marker: every answer breaks its schema
ALWAYS_500 = "[[always-500]]"  # marker: every attempt fails with a 500
# What a "schema" fault returns when there is no schema: a refusal-like text that follows no
# requested format and carries nothing from the prompt.
OFF_FORMAT_TEXT = "I can't help with that."


def marker_fault(params: dict[str, Any]) -> str | None:
    """The fault a marker in the request's text forces ("500" or "schema"), if any."""
    text = " ".join(received_texts(params))
    return "500" if ALWAYS_500 in text else "schema" if ALWAYS_MALFORMED in text else None


def content_seed(params: dict[str, Any]) -> str:
    """Hash of what decides the answer (not max_tokens/metadata), so equal prompts get equal answers."""
    keys = ("model", "system", "messages", "tools", "tool_choice", "output_config")
    return f"{digest(canonical({k: params.get(k) for k in keys})):016x}"


def request_identity(params: dict[str, Any]) -> tuple[str, str]:
    """(forced tool name or "", hash of what decides the answer): equal for two requests
    about the same conversation with the same prompt, whatever their transport."""
    choice = params.get("tool_choice") or {}
    return str(choice.get("name", "")), content_seed(params)


def chosen_tool(params: dict[str, Any]) -> dict[str, Any] | None:
    """The custom tool the answer calls: the forced one, the only one under any/auto, else None."""
    tools = [t for t in params.get("tools") or [] if t.get("type", "custom") == "custom"]
    choice = params.get("tool_choice") or {"type": "auto"}
    if choice["type"] == "tool":
        return next((t for t in tools if t["name"] == choice["name"]), None)  # None: a server tool
    if choice["type"] == "none" or not tools:
        return None
    if choice["type"] == "any":
        return tools[0]
    return tools[0] if len(tools) == 1 else None


def compose(params: dict[str, Any], broken: bool) -> tuple[list[dict[str, Any]], str, int]:
    """(content blocks, stop_reason, output_tokens); `broken` makes the output violate its schema."""
    seed = content_seed(params)
    words = prompt_words(params)
    language = guess_language(focus_text(params))
    max_tokens = params["max_tokens"]
    tool = chosen_tool(params)
    if tool is not None:
        value = SchemaFaker(tool["input_schema"], words, seed, language).make()
        if broken:
            value = violate(tool["input_schema"], value, seed)
        out = tokens(len(canonical(value)))
        stop = "tool_use"
        if out > max_tokens:  # the real API would stop mid-JSON; the SDK then sees an empty input
            value, out, stop = {}, max_tokens, "max_tokens"
        block = {"type": "tool_use", "id": f"toolu_{digest(seed, 'toolu'):016x}",
                 "name": tool["name"], "input": value}
        return [block], stop, out

    fmt = (params.get("output_config") or {}).get("format") or {}
    last = params["messages"][-1]
    if fmt.get("type") == "json_schema":  # structured outputs: the text is JSON of the schema
        value = SchemaFaker(fmt["schema"], words, seed, language).make()
        text = json.dumps(violate(fmt["schema"], value, seed) if broken else value, ensure_ascii=False)
    elif broken:
        text = OFF_FORMAT_TEXT
    elif last["role"] == "assistant":
        text = continue_prefill("".join(block_texts(last["content"])), words)
    else:
        text = sentence(words, 0, 20)
    out, stop = tokens(len(text)), "end_turn"
    if out > max_tokens:
        text, out, stop = text[: max_tokens * 4], max_tokens, "max_tokens"
    return [{"type": "text", "text": text, "citations": None}], stop, out
