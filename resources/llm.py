"""The LLM backend: one interface for every LLM stage, selected by CLIO_LLM_BACKEND.

`offline` (the default) is deterministic and needs no key or network. `claude` runs
every stage through the anthropic SDK (see README: models, batches, caching, costs);
`openai` runs the same stages, prompts and schemas through the openai SDK against any
server speaking chat completions (vLLM, Ollama, llama.cpp; docs/openai.md). Every stage
takes and returns the same records whichever backend runs it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import anthropic
import dagster as dg
import numpy as np
import openai
from pydantic import PrivateAttr

from clio_assets.clusters import claude as naming_stage
from clio_assets.clusters import naming as offline_naming
from clio_assets.clusters.naming import GroupName
from clio_assets.facets import claude as facet_stage
from clio_assets.facets import offline as offline_facets
from clio_assets.facets.custom import CustomFacets, load_facets
from clio_assets.facets.offline import Facets
from clio_assets.hierarchy import claude as hierarchy_stage
from clio_assets.hierarchy import claude_audit as audit_stage
from clio_assets.hierarchy.tree import Grouper, offline_grouper
from clio_assets.llm.anthropic_api import AnthropicTransport
from clio_assets.llm.batches import run_batched
from clio_assets.llm.cache import ResponseCache
from clio_assets.llm.cache_store import LanceResponseStore
from clio_assets.llm.caller import LLMCaller
from clio_assets.llm.openai_api import OpenAITransport
from clio_assets.llm.transport import Transport
from clio_assets.llm.usage import DEFAULT_PRICES, UsageLedger, usage_metadata
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.privacy.scan import find_pii
from clio_assets.shared.records import Conversation

BACKENDS = ("offline", "claude", "openai")
STAGES = ("facets", "naming", "hierarchy", "audit")
NO_KEY = "no-key"  # local servers take any key; the SDK insists on one


class LLMBackend(dg.ConfigurableResource):
    """LLM stages. For `claude`: ANTHROPIC_API_KEY, optional CLIO_ANTHROPIC_BASE_URL for
    Anthropic-compatible gateways, one model per stage, optional Message Batches for facets.
    For `openai`: CLIO_OPENAI_BASE_URL, optional OPENAI_API_KEY, CLIO_OPENAI_MODEL with
    optional per-stage overrides, CLIO_OPENAI_STRUCTURED. Both: bounded concurrency,
    retries, and a response cache in the restricted tier."""

    backend: str = "offline"
    api_key: str = ""
    base_url: str = ""
    facet_model: str = "claude-haiku-4-5"
    naming_model: str = "claude-sonnet-4-5"
    hierarchy_model: str = "claude-sonnet-4-5"
    audit_model: str = "claude-sonnet-4-5"
    openai_base_url: str = "http://localhost:8000/v1"
    openai_api_key: str = ""
    openai_model: str = ""  # every stage's model unless its own is set
    openai_facet_model: str = ""
    openai_naming_model: str = ""
    openai_hierarchy_model: str = ""
    openai_audit_model: str = ""
    openai_structured: str = "auto"  # auto | json_schema | tools
    max_concurrency: int = 8
    max_attempts: int = 6
    timeout_s: float = 60.0
    backoff_base_s: float = 0.5
    facet_mode: str = "sync"  # "sync" (one request each) or "batch" (Claude's Message Batches API)
    batch_poll_s: float = 10.0
    facet_token_budget: int = 4000
    retry_failed_calls: bool = False  # re-try answers that failed in an earlier run (else cached failures stand)
    audit_min_score: int = 4
    prices_json: str = ""
    cache_uri: str = ""
    seed: int = 0
    facets_file: str = ""  # CLIO_FACETS_FILE: custom facets (clio_assets/facets/custom.py)

    _caller: Any = PrivateAttr(default=None)
    _custom: CustomFacets | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"CLIO_LLM_BACKEND={self.backend!r} is not available; choose one of {BACKENDS}")
        # validated before any work: a bad file fails the run with every problem named
        self._custom = load_facets(self.facets_file)
        if self._custom is not None:
            self._custom.check_backend(self.backend)
        if self.facet_mode not in ("sync", "batch"):
            raise ValueError(f"CLIO_FACET_MODE={self.facet_mode!r}: use 'sync' or 'batch'")
        if self.uses_llm:
            prices = {**DEFAULT_PRICES, **(json.loads(self.prices_json) if self.prices_json else {})}
            store = LanceResponseStore(self.cache_uri) if self.cache_uri else None
            self._caller = LLMCaller(self._transport(), ResponseCache(store), UsageLedger(prices),
                                     max_attempts=self.max_attempts,
                                     base_delay_s=self.backoff_base_s, concurrency=self.max_concurrency,
                                     retry_failures=self.retry_failed_calls)

    def _transport(self) -> Transport:
        # the SDKs' own retries are off: the caller retries, and counts it
        if self.backend == "claude":
            if not self.api_key:
                raise ValueError("CLIO_LLM_BACKEND=claude needs ANTHROPIC_API_KEY")
            return AnthropicTransport(anthropic.Anthropic(api_key=self.api_key, base_url=self.base_url or None,
                                                          timeout=self.timeout_s, max_retries=0))
        if self.facet_mode == "batch":
            raise ValueError("CLIO_FACET_MODE=batch is Claude's Message Batches API; use 'sync' with openai")
        missing = [s for s in STAGES if not self.model_for(s)]
        if missing:
            raise ValueError(f"CLIO_LLM_BACKEND=openai needs CLIO_OPENAI_MODEL (the model name your server serves) "
                             f"or a model for each stage; none for {missing}")
        client = openai.OpenAI(api_key=self.openai_api_key or NO_KEY, base_url=self.openai_base_url,
                               timeout=self.timeout_s, max_retries=0)
        return OpenAITransport(client, self.openai_structured)

    @property
    def custom_facets(self) -> CustomFacets | None:
        """The custom facets of CLIO_FACETS_FILE, validated; None when it is unset."""
        return self._custom

    @property
    def batch_mode(self) -> bool:
        return self.backend == "claude" and self.facet_mode == "batch"

    @property
    def uses_llm(self) -> bool:
        return self.backend != "offline"

    def model_for(self, stage: str) -> str:
        if self.backend == "claude":
            return {"facets": self.facet_model, "naming": self.naming_model, "hierarchy": self.hierarchy_model,
                    "audit": self.audit_model}[stage]
        if self.backend == "openai":
            return {"facets": self.openai_facet_model, "naming": self.openai_naming_model,
                    "hierarchy": self.openai_hierarchy_model, "audit": self.openai_audit_model}[stage] \
                or self.openai_model
        return offline_facets.OFFLINE_MODEL

    def extract_facets(self, conversations: list[Conversation]) -> tuple[list[Facets], list]:
        """(facets, failures) per conversation; text is scrubbed before any model sees it."""
        if not self.uses_llm:
            return offline_facets.extract_facets(conversations), []
        requests = facet_stage.facet_requests(conversations, self.model_for("facets"), self.facet_token_budget,
                                              self._custom)
        if self.batch_mode:
            results = run_batched(self._caller, requests, poll_s=self.batch_poll_s)
        else:
            results = self._caller.call_many(requests)
        return facet_stage.facets_from_results(conversations, results, self.model_for("facets"), self._custom)

    def iter_facets(self, chunks: Iterable[list[Conversation]]) -> Iterator[tuple[list[Facets], list]]:
        """(facets, failures) per chunk, in order. LLM calls are I/O-bound and already
        concurrent inside each chunk; offline chunks go through the `compute` resource."""
        for chunk in chunks:
            yield self.extract_facets(chunk)

    def name_groups(self, texts: list[str], users: list[str], vectors: np.ndarray, groups: np.ndarray,
                    centroids: np.ndarray, tasks: list[str], languages: list[str], min_term_users: int,
                    areas: list[tuple[str, ...]] | None = None,
                    topics: list[tuple[str, ...]] | None = None) -> list[GroupName]:
        """A name and two-sentence description per group, contrasted with its neighbours;
        `areas`/`topics` (each conversation's nearest taxonomy labels) give every group a
        safe fallback and, offline, names where the members agree."""
        if not self.uses_llm:
            return offline_naming.name_groups(texts, users, groups, centroids, tasks, languages, min_term_users,
                                              areas=areas, topics=topics)
        names = naming_stage.name_groups(self._caller, texts, vectors, groups, centroids, self.model_for("naming"),
                                         self.seed)
        return offline_naming.with_fallbacks(names, groups, tasks, areas, topics)

    def grouper(self) -> Grouper:
        """How one hierarchy level is grouped into the next (names included for an LLM backend)."""
        if not self.uses_llm:
            return offline_grouper
        return lambda centroids, children, n_parents: hierarchy_stage.group_level(
            self._caller, children, centroids, n_parents, self.model_for("hierarchy"), self.seed)

    def audit(self, texts: list[str]) -> list[tuple[int, str]]:
        """Privacy rating 1-5 (5 = fully general) and the text to publish ('' = withhold)."""
        if self.uses_llm:
            return audit_stage.audit(self._caller, texts, self.model_for("audit"), self.audit_min_score)
        return [(2, "") if scrub_text(t) != t or find_pii(t) else (5, t) for t in texts]

    def usage_metadata(self, *stages: str) -> dict:
        """Token/cost figures for asset metadata; also persists new cache entries."""
        if not self.uses_llm:
            return {"llm_backend": "offline", "llm_requests": 0}
        self._caller.cache.flush()
        meta = usage_metadata(self._caller.ledger, stages, self.backend, {s: self.model_for(s) for s in stages})
        if isinstance(self._caller.transport, OpenAITransport):  # which structured output the server took
            meta["llm_structured_output"] = self._caller.transport.mode
        return meta
