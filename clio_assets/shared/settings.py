"""Every CLIO_* setting with its default, read from the environment and never written.

Resources are configured with `dg.EnvVar` for every variable that is set (so the Dagster
UI shows where a value comes from and secrets stay out of run config), and with the
default below for every variable that is not. `dagster dev`, the CLI, the demo, scripts
and tests all go through `bind` or `value`, so they all get the same defaults.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

# defaults that do not depend on CLIO_HOME
DEFAULTS: dict[str, str] = {
    "CLIO_SOURCE_FORMAT": "",
    "CLIO_LLM_BACKEND": "offline",
    "ANTHROPIC_API_KEY": "",
    "CLIO_ANTHROPIC_BASE_URL": "",
    "CLIO_FACET_MODEL": "claude-haiku-4-5",
    "CLIO_NAMING_MODEL": "claude-sonnet-4-5",
    "CLIO_HIERARCHY_MODEL": "claude-sonnet-4-5",
    "CLIO_AUDIT_MODEL": "claude-sonnet-4-5",
    # CLIO_LLM_BACKEND=openai: any server speaking OpenAI chat completions (vLLM, Ollama, llama.cpp)
    "CLIO_OPENAI_BASE_URL": "http://localhost:8000/v1",  # vLLM's default; Ollama :11434/v1, llama.cpp :8080/v1
    "OPENAI_API_KEY": "",  # local servers need none
    "CLIO_OPENAI_MODEL": "",  # the served model's name (required): every stage's unless overridden below
    "CLIO_OPENAI_MODEL_FACETS": "",
    "CLIO_OPENAI_MODEL_NAMING": "",
    "CLIO_OPENAI_MODEL_HIERARCHY": "",
    "CLIO_OPENAI_MODEL_AUDIT": "",
    "CLIO_OPENAI_STRUCTURED": "auto",  # auto | json_schema | tools
    "CLIO_FACET_MODE": "sync",
    "CLIO_FACETS_FILE": "",  # custom facets (YAML, docs/custom_facets.md); empty = none
    "CLIO_LLM_CONCURRENCY": "8",
    "CLIO_PRICES_JSON": "",
    "CLIO_MIN_UNIQUE_USERS": "10",
    "CLIO_MIN_CONVERSATIONS": "20",
    "CLIO_SEED": "0",
    "CLIO_LEVELS": "3",
    "CLIO_CLUSTER_SIZE": "100",
    "CLIO_CLUSTER_METHOD": "auto",
    "CLIO_RETENTION_DAYS": "30",
    "CLIO_DP_EPSILON": "",
    "CLIO_DP_MAX_CONVERSATIONS_PER_USER": "5",
    "CLIO_DP_NOISE_KEY": "",
    "CLIO_MISSING_USER_ID": "request",
    # where the per-conversation stages run (clio_assets/shared/executor.py): inprocess, processes or ray
    "CLIO_EXECUTOR": "inprocess",
    "CLIO_WORKERS": "0",  # worker processes, or a local Ray's CPUs; 0 = one per core
    "CLIO_RAY_ADDRESS": "",  # an existing Ray cluster (ray://head:10001); empty = a local Ray
    "CLIO_SOURCE_QUIET_MINUTES": "60",  # sensor: a day folder without _SUCCESS is complete after this quiet
    # ingest limits (clio_assets/ingest/limits.py, docs/limits.md)
    "CLIO_MAX_RECORD_BYTES": "10485760",
    "CLIO_MAX_TURNS": "2000",
    "CLIO_MAX_FILE_BYTES": "1073741824",
    "CLIO_MAX_MESSAGE_CHARS": "20000",
}
# locations, under CLIO_HOME unless set
HOME_PATHS: dict[str, str] = {
    "CLIO_SOURCE_ROOT": "source",
    "CLIO_RESTRICTED_URI": "lancedb/restricted",
    "CLIO_PUBLISHED_URI": "lancedb/published",
    "CLIO_EXPORT_DIR": "exports",
}


def clio_home(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    return Path(environ.get("CLIO_HOME") or Path.cwd() / ".clio").resolve()


def default(name: str, environ: Mapping[str, str] | None = None) -> str:
    if name in HOME_PATHS:
        return str(clio_home(environ) / HOME_PATHS[name])
    if name not in DEFAULTS:
        raise KeyError(f"{name} is not a clio setting")
    return DEFAULTS[name]


def value(name: str, environ: Mapping[str, str] | None = None) -> str:
    """The setting's value now: the environment's when set and non-empty, else the default."""
    environ = os.environ if environ is None else environ
    return environ.get(name) or default(name, environ)


def _from_process(name: str, environ: Mapping[str, str] | None) -> bool:
    """Dagster resolves a dg.EnvVar from the process environment at run time, so a variable
    is bound as one only when that is where its value is (not a mapping's own override)."""
    return bool(os.environ.get(name)) and (environ is None or environ.get(name) == os.environ.get(name))


def bind(name: str, environ: Mapping[str, str] | None = None) -> str | dg.EnvVar:
    """Resource config for a string setting: `dg.EnvVar` when the process environment sets
    it, else the value `environ` gives or the default."""
    return dg.EnvVar(name) if _from_process(name, environ) else value(name, environ)


def bind_int(name: str, environ: Mapping[str, str] | None = None) -> int:
    """The same for an integer setting (`dg.EnvVar.int` is an int)."""
    return dg.EnvVar.int(name) if _from_process(name, environ) else int(value(name, environ))


@dataclass(frozen=True)
class Locations:
    """Where a clio home keeps its input and outputs, resolved now (for scripts and the demo)."""

    home: Path
    source_root: Path
    restricted_uri: str
    published_uri: str
    export_dir: Path


def locations(environ: Mapping[str, str] | None = None) -> Locations:
    return Locations(clio_home(environ), Path(value("CLIO_SOURCE_ROOT", environ)),
                     value("CLIO_RESTRICTED_URI", environ),
                     value("CLIO_PUBLISHED_URI", environ), Path(value("CLIO_EXPORT_DIR", environ)))
