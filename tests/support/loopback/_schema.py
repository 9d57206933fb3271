"""Schema-driven fake values: a plausible instance of any (local) JSON schema, and a broken one.

Choices are deterministic (hash of the request seed and the value's path), strings come from
the prompt's words, and the generic keywords are honoured: type, enum/const, required,
min/maxLength, pattern, minimum/maximum (exclusive too), multipleOf, min/maxItems,
uniqueItems, prefixItems, anyOf/oneOf (first option), allOf (merged), local $ref.
"""
from __future__ import annotations

import copy
import math
import re
from typing import Any

from ._text import digest, fit_length, phrase, sentence

try:  # the stdlib regex parser, used to build strings for `pattern`
    import re._parser as _sre
except ImportError:  # Python < 3.11
    import sre_parse as _sre

SENTENCE_KEYS = ("summary", "request", "description", "justification", "reason", "rationale", "explanation",
                 "rewrite", "text", "answer")
NAME_KEYS = ("name", "title", "label", "category", "topic", "heading")
MAX_DEPTH = 6  # recursive schemas stop growing here (only required keys, minItems items)


class SchemaFaker:
    """Builds values valid against `root` from the prompt's `words`."""

    def __init__(self, root: dict[str, Any], words: list[str], seed: str, language: str) -> None:
        self.root = root
        self.words = words
        self.seed = seed
        self.language = language

    def make(self) -> Any:
        """A value valid against the root schema."""
        return self.value(self.root, "", "$", 0)

    def resolve(self, schema: Any) -> Any:
        """Follow local `$ref`s ("#/$defs/x", "#/definitions/x"); at most 32 hops."""
        for _ in range(32):
            if not isinstance(schema, dict) or "$ref" not in schema:
                return schema
            ref = schema["$ref"]
            target: Any = self.root
            if not ref.startswith("#"):
                raise ValueError(f"only local $ref is supported: {ref}")
            for part in [p for p in ref[1:].split("/") if p]:
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **siblings} if isinstance(target, dict) else target
        return schema

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Fold allOf and the first anyOf/oneOf option into one schema."""
        schema = dict(schema)
        parts = [self.resolve(s) for s in schema.pop("allOf", [])]
        for key in ("anyOf", "oneOf"):
            options = schema.pop(key, None)
            if options:
                parts.append(self.resolve(options[0]))
        for part in parts:
            part = self.merged(part) if isinstance(part, dict) else {}
            props = {**part.get("properties", {}), **schema.get("properties", {})}
            required = list(dict.fromkeys(list(schema.get("required", [])) + list(part.get("required", []))))
            schema = {**part, **schema, "properties": props, "required": required}
        return schema

    def value(self, schema: Any, key: str, path: str, depth: int, variant: int = 0) -> Any:
        """A value for `schema` found under property `key` at `path`."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):  # `true` / `{}`-like schemas accept anything
            return phrase(self.words, variant, 3)
        schema = self.merged(schema)
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if schema.get("enum"):
            options = schema["enum"]
            return copy.deepcopy(options[digest(self.seed, path, "enum") % len(options)])
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = ("object" if "properties" in schema or "required" in schema else
                    "array" if "items" in schema or "prefixItems" in schema else
                    "number" if "minimum" in schema or "maximum" in schema else "string")
        if kind == "object":
            return self.object(schema, path, depth)
        if kind == "array":
            return self.array(schema, key, path, depth)
        if kind in ("integer", "number"):
            return self.number(schema, path, kind == "integer")
        if kind == "boolean":
            return digest(self.seed, path, "bool") % 2 == 0
        if kind == "null":
            return None
        return self.string(schema, key, path, variant)

    def object(self, schema: dict[str, Any], path: str, depth: int) -> dict[str, Any]:
        props = schema.get("properties", {})
        required = list(schema.get("required", []))
        out: dict[str, Any] = {}
        for name in list(props) + [r for r in required if r not in props]:
            if depth >= MAX_DEPTH and name not in required:
                continue
            out[name] = self.value(props.get(name, {}), name, f"{path}.{name}", depth + 1)
        return out

    def array(self, schema: dict[str, Any], key: str, path: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        if depth >= MAX_DEPTH:
            count = low
        else:  # 1–3 items by default, inside [minItems, maxItems]
            lo = max(low, 1) if high != 0 else 0
            hi = max(lo, min(3, int(high)) if high is not None else 3)
            count = lo + digest(self.seed, path, "n") % (hi - lo + 1)
        prefix = schema.get("prefixItems", [])
        items: list[Any] = []
        for i in range(count + 8):  # distinct items, with a few spare attempts
            if len(items) == count:
                break
            sub = prefix[len(items)] if len(items) < len(prefix) else schema.get("items", {})
            candidate = self.value(sub, key, f"{path}[{i}]", depth + 1, variant=i)
            if candidate not in items:
                items.append(candidate)
        while items and len(items) < low:  # too few distinct values (e.g. one language): repeat
            items.append(copy.deepcopy(items[-1]))
        return items

    def number(self, schema: dict[str, Any], path: str, integer: bool) -> int | float:
        step = 1 if integer else 0.01
        lo: Any = schema.get("minimum")  # JSON numbers, or None when the schema leaves them open
        hi: Any = schema.get("maximum")
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) \
                and not isinstance(schema["exclusiveMinimum"], bool):
            lo = max(lo, schema["exclusiveMinimum"] + step) if lo is not None else schema["exclusiveMinimum"] + step
        if isinstance(schema.get("exclusiveMaximum"), (int, float)) \
                and not isinstance(schema["exclusiveMaximum"], bool):
            hi = min(hi, schema["exclusiveMaximum"] - step) if hi is not None else schema["exclusiveMaximum"] - step
        if lo is None and hi is None:
            lo, hi = 0, 10
        elif lo is None:
            lo = hi - 10
        elif hi is None:
            hi = lo + 10
        pick = digest(self.seed, path, "num")
        multiple = schema.get("multipleOf")
        if multiple:
            first, last = math.ceil(lo / multiple), math.floor(hi / multiple)
            if last >= first:
                value = (first + pick % (last - first + 1)) * multiple
                return int(value) if integer else value
        if integer:
            lo_i, hi_i = math.ceil(lo), math.floor(hi)
            return lo_i + pick % (hi_i - lo_i + 1) if hi_i >= lo_i else lo_i
        return min(max(round(lo + (pick % 1001) / 1000 * (hi - lo), 2), lo), hi)

    def string(self, schema: dict[str, Any], key: str, path: str, variant: int) -> str:
        k = key.lower()
        words = self.words
        if "lang" in k:
            text = self.language
        elif any(s in k for s in SENTENCE_KEYS):
            text = sentence(words, start=variant * 4)
        elif any(s in k for s in NAME_KEYS):  # names stay within 10 words
            size = 3 + digest(self.seed, path, "len") % 4
            text = phrase(words, variant * 3, size)
            text = text[:1].upper() + text[1:]
        else:
            text = phrase(words, variant * 3, 3 + digest(self.seed, path, "len") % 4)
        text = fit_length(text, words, schema.get("minLength"), schema.get("maxLength"))
        pattern = schema.get("pattern")
        if pattern and not _matches(pattern, text):
            options = [text.lower(), *words, *(w.lower() for w in words), self.language]
            text = next((o for o in options if _matches(pattern, o)), None) or _from_pattern(pattern) or text
        return text


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _from_pattern(pattern: str) -> str | None:
    """A string matching a simple regex (classes, literals, repeats, groups, alternation)."""
    out: list[str] = []

    def one_char(items: list[tuple[Any, Any]]) -> str:
        names = [str(op) for op, _ in items]
        if "NEGATE" in names:
            return "x"
        op, av = items[0]
        if str(op) == "LITERAL":
            return chr(av)
        if str(op) == "RANGE":
            return chr(av[0])
        return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(str(av), "a")

    def emit(parsed: Any) -> None:
        for op, av in parsed:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(av))
            elif name in ("IN", "ANY", "NOT_LITERAL", "CATEGORY"):
                out.append(one_char(av) if name == "IN" else "x" if name != "CATEGORY" else
                           {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(str(av), "a"))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _high, sub = av
                for _ in range(min(max(low, 1) if _high else low, 64)):
                    emit(sub)
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                emit(av[-1])
            elif name == "BRANCH":
                emit(av[1][0])
            elif name != "AT":
                raise ValueError(name)

    try:
        emit(_sre.parse(pattern))
    except (ValueError, re.error, TypeError):
        return None
    text = "".join(out)
    return text if _matches(pattern, text) else None


def violate(root: dict[str, Any], value: dict[str, Any], seed: str) -> dict[str, Any]:
    """A copy of `value` that breaks `root`: a required key dropped or a number out of range."""
    faker = SchemaFaker(root, [], seed, "en")
    schema = faker.merged(faker.resolve(root))
    broken = copy.deepcopy(value)
    options: list[tuple[str, str, Any]] = [("drop", r, None) for r in schema.get("required", [])[:1] if r in broken]
    for name, sub in schema.get("properties", {}).items():
        sub = faker.resolve(sub)
        if name not in broken or not isinstance(sub, dict):
            continue
        if sub.get("type") in ("integer", "number") and "maximum" in sub:
            options.append(("set", name, sub["maximum"] + 1))
        elif sub.get("type") in ("integer", "number") and "minimum" in sub:
            options.append(("set", name, sub["minimum"] - 1))
        elif "enum" in sub:
            options.append(("set", name, "not-one-of-the-choices"))
    if not options:  # nothing constrained: break the type of the first property, or the shape
        first = next(iter(broken), None)
        options.append(("set", first, [{"unexpected": True}]) if first else ("set", "unexpected_property", True))
    action, name, new = options[digest(seed, "violate") % len(options)]
    if action == "drop":
        broken.pop(name)
    else:
        broken[name] = new
    return broken
