"""Tool (structured output) schemas for every Claude stage, and their validation."""
from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

MAX_NAME_WORDS = 10


def _tool(name: str, description: str, properties: dict, required: list[str]) -> dict:
    return {"name": name, "description": description,
            "input_schema": {"type": "object", "properties": properties, "required": required,
                             "additionalProperties": False}}


FACETS = _tool("record_facets", "Record the facets of one conversation.", {
    "request": {"type": "string", "minLength": 3, "maxLength": 500},
    "task": {"type": "string", "minLength": 2, "maxLength": 100},
    "languages": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2,3}$"}, "minItems": 1,
                  "maxItems": 5},
    "concern": {"type": "integer", "minimum": 1, "maximum": 5},
    "turns": {"type": "integer", "minimum": 1},
}, ["request", "task", "languages", "concern", "turns"])


def facets_tool(extra: dict[str, dict] | None = None) -> dict:
    """The facet stage's tool; `extra` adds fields (custom facets, all required): still one call
    per conversation, and every backend that reads this schema asks for them."""
    if not extra:
        return FACETS
    schema = FACETS["input_schema"]
    return _tool(FACETS["name"], FACETS["description"], {**schema["properties"], **extra},
                 [*schema["required"], *extra])


NAME = _tool("name_cluster", "Name and describe a group of requests.", {
    "name": {"type": "string", "minLength": 3, "maxLength": 120},
    "description": {"type": "string", "minLength": 10, "maxLength": 700},
}, ["name", "description"])

PROPOSE = _tool("propose_categories", "Propose broader categories.", {
    "categories": {"type": "array", "items": {"type": "string", "minLength": 3, "maxLength": 120},
                   "minItems": 1, "maxItems": 80},
}, ["categories"])

DEDUPE = _tool("deduplicate_categories", "Return the consolidated categories.", PROPOSE["input_schema"]["properties"],
               ["categories"])

AUDIT = _tool("rate_privacy", "Rate how private a text is.", {
    "score": {"type": "integer", "minimum": 1, "maximum": 5},
    "justification": {"type": "string", "maxLength": 600},
    "rewrite": {"type": "string", "maxLength": 800},
}, ["score", "justification"])


def assign_tool(categories: list[str]) -> dict:
    """The candidate names are an enum, so an answer outside the list is invalid."""
    return _tool("assign_category", "Choose the best category.",
                 {"category": {"type": "string", "enum": categories}}, ["category"])


def validation_error(tool: dict, data: Any) -> str | None:
    """None if `data` is a valid input for `tool`, else a short reason."""
    errors = sorted(Draft202012Validator(tool["input_schema"]).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(map(str, first.path)) or "(root)"
        return f"schema: {where}: {first.message[:160]}"
    if tool["name"] == "name_cluster" and len(data["name"].split()) > MAX_NAME_WORDS:
        return f"schema: name has more than {MAX_NAME_WORDS} words"
    return None
