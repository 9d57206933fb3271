"""Custom facets from a file (CLIO_FACETS_FILE): an analyst's own questions of every conversation.

Each facet has a name, a question, a type and an optional description:
- `enum`: options, each with a description (and optional example requests); `other` is
  the answer when none fits (the offline backend abstains to it);
- `integer`: a `minimum` .. `maximum` range;
- `text`: a short answer of at most `max_length` characters (scrubbed like every facet).

The file is validated when it is loaded: every problem is reported at once, each naming
the file, the facet and the problem. Values are stored in `conversation_facets` as the
column `custom_<name>`, which is also the facet's field in the facet stage's tool schema
and its facet name in `facet_breakdowns` (so no custom facet can clash with a built-in one).
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

PREFIX = "custom_"
OTHER = "other"  # an enum's answer when no option fits
NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
COLUMN = re.compile(r"^custom_[a-z][a-z0-9_]{0,39}$")
TYPES = ("enum", "integer", "text")
OFFLINE_TYPES = ("enum",)  # what the offline backend can answer (by embedding similarity)


class FacetsFileError(ValueError):
    """A facets file that cannot be used; the message lists every problem found."""


class Option(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = ""
    examples: tuple[str, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.description, *self.examples)


class Facet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    question: str = Field(min_length=3, max_length=300)
    type: Literal["enum", "integer", "text"]
    description: str = ""
    options: dict[str, Option] = {}
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = Field(default=60, ge=1, le=200)

    @field_validator("name")
    @classmethod
    def _name(cls, name: str) -> str:
        if not NAME.match(name):
            raise ValueError(f"name {name!r} must be lower-case letters, digits and _ (a letter first, at most 40)")
        return name

    @field_validator("options", mode="before")
    @classmethod
    def _options(cls, options: object) -> object:
        if not isinstance(options, dict):
            raise ValueError("options must be a mapping of option name -> description")
        out: dict[str, object] = {}
        for key, value in options.items():
            if not isinstance(key, str):  # YAML reads yes/no/on/off/true/false as booleans
                raise ValueError(f"option {key!r} is not text: YAML reads unquoted yes/no/on/off/true/false as "
                                 "booleans; quote the option name")
            if not NAME.match(key) or key == OTHER:
                raise ValueError(f"option {key!r} must be lower-case letters, digits and _ and not 'other' "
                                 "(the answer when no option fits)")
            value = {"description": value} if isinstance(value, str) or value is None else value
            if not isinstance(value, dict) or not str(value.get("description") or "").strip():
                raise ValueError(f"option {key!r} has no description")
            out[key] = value
        return out

    @model_validator(mode="after")
    def _by_type(self) -> Facet:
        if self.type == "enum":
            if len(self.options) < 2:
                raise ValueError("an enum facet needs at least 2 options")
        elif self.options:
            raise ValueError(f"options are only for enum facets, not {self.type}")
        if self.type == "integer":
            if self.minimum is None or self.maximum is None:
                raise ValueError("an integer facet needs both minimum and maximum")
            if self.minimum >= self.maximum:
                raise ValueError(f"minimum {self.minimum} must be below maximum {self.maximum}")
        elif self.minimum is not None or self.maximum is not None:
            raise ValueError(f"minimum/maximum are only for integer facets, not {self.type}")
        return self

    @property
    def column(self) -> str:
        return PREFIX + self.name

    @property
    def values(self) -> list[str]:
        """An enum's answers: its options, then `other`."""
        return [*self.options, OTHER]

    def json_schema(self) -> dict:
        """The JSON schema of the facet's field in the facet tool (any backend reads it)."""
        about = f"{self.question} {self.description}".strip()
        if self.type == "enum":
            described = "; ".join(f"{k}: {o.description}" for k, o in self.options.items())
            return {"type": "string", "enum": self.values,
                    "description": f"{about} Options: {described}; {OTHER}: none of these fits."}
        if self.type == "integer":
            return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum, "description": about}
        return {"type": "string", "minLength": 1, "maxLength": self.max_length,
                "description": f"{about} A short answer in English, no names or private details."}


class CustomFacets(BaseModel):
    model_config = ConfigDict(frozen=True)
    path: str
    facets: tuple[Facet, ...]

    @property
    def version(self) -> str:
        """A hash of the definitions: part of the prompt version and so of the response-cache key."""
        canonical = json.dumps([f.model_dump(mode="json") for f in self.facets], sort_keys=True)
        return "custom-" + hashlib.sha256(canonical.encode()).hexdigest()[:10]

    def tool_properties(self) -> dict[str, dict]:
        return {f.column: f.json_schema() for f in self.facets}

    def prompt_section(self) -> str:
        """What the system prompt adds: each field and its question (the options are in the schema)."""
        lines = [f"- {f.column}: {f.question}" for f in self.facets]
        return ("Custom facets an analyst asked for (record each in its own field; for a choice, answer "
                f"'{OTHER}' when no option fits; never include names or private details):\n" + "\n".join(lines))

    def check_backend(self, backend: str) -> None:
        """Offline, only enum facets can be answered: reject the others now, with the reason."""
        if backend != "offline":
            return
        problems = [f"{_where(self.path, f.name)}: type '{f.type}' cannot be answered by the offline backend "
                    f"(it answers only {', '.join(OFFLINE_TYPES)} facets, by embedding similarity); use an LLM "
                    "backend (CLIO_LLM_BACKEND=claude or openai) or remove the facet"
                    for f in self.facets if f.type not in OFFLINE_TYPES]
        if problems:
            raise FacetsFileError("\n".join(problems))


def _where(path: str, facet: str | None = None) -> str:
    return f"CLIO_FACETS_FILE={path}" + (f": facet '{facet}'" if facet else "")


def _problem(error: Any) -> str:
    """One pydantic error in words."""
    field = ".".join(str(p) for p in error["loc"])
    if error["type"] == "missing":
        return f"'{field}' is missing"
    if error["type"] == "extra_forbidden":
        return f"unknown key '{field}'"
    if error["type"] == "literal_error":
        return f"'{field}' must be one of {', '.join(TYPES)} (got {error['input']!r})"
    message = str(error["msg"]).removeprefix("Value error, ")
    return message if error["type"] == "value_error" else f"'{field}': {message}"


def parse_facets(text: str, path: str) -> CustomFacets:
    """Validate a facets file's text; raise FacetsFileError listing every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise FacetsFileError(f"{_where(path)}: not valid YAML ({err})") from err
    raw = data.get("facets") if isinstance(data, dict) else None
    if not isinstance(raw, list) or not raw:
        raise FacetsFileError(f"{_where(path)}: expected a mapping with a non-empty list under 'facets'")
    problems, facets, seen = [], [], set()
    for i, item in enumerate(raw):
        name = str(item.get("name")) if isinstance(item, dict) and item.get("name") else f"#{i + 1}"
        try:
            facet = Facet.model_validate(item)
        except ValidationError as err:
            problems += [f"{_where(path, name)}: {_problem(e)}" for e in err.errors()]
            continue
        if facet.name in seen:
            problems.append(f"{_where(path, name)}: the name is used by an earlier facet")
        seen.add(facet.name)
        facets.append(facet)
    if problems:
        raise FacetsFileError("\n".join(problems))
    return CustomFacets(path=path, facets=tuple(facets))


@lru_cache(maxsize=8)
def _load(path: str, text: str) -> CustomFacets:
    return parse_facets(text, path)


def load_facets(path: str) -> CustomFacets | None:
    """The facets of CLIO_FACETS_FILE, None when it is unset (cached on the file's content)."""
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise FacetsFileError(f"{_where(path)}: cannot read the file ({err.strerror or err})") from err
    return _load(path, text)


def file_version(path: str) -> str:
    """A short hash of the file's bytes for a code version ("" when unset; "unreadable" when it cannot
    be read: the run then fails with the reason when the file is loaded)."""
    if not path:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]
    except OSError:
        return "unreadable"
