"""Response cache keyed by a hash of (backend, input content, prompt version, model, parameters)."""
from __future__ import annotations

import hashlib
import json
import threading
from typing import Protocol


def cache_key(backend: str, model: str, prompt_version: str, system: str, messages: list[dict], tool: dict | None,
              params: dict) -> str:
    fields = {"model": model, "prompt_version": prompt_version, "system": system, "messages": messages,
              "tool": tool, "params": params}
    # Claude keys predate other backends and hash without a backend field, so caches written
    # before stay valid; every other backend's keys hash it, so answers never mix.
    if backend != "claude":
        fields["backend"] = backend
    payload = json.dumps(fields, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResponseStore(Protocol):
    """Where validated responses persist between runs (LanceDB in production)."""

    def load(self, keys: list[str]) -> dict[str, str]: ...
    def save(self, rows: list[dict]) -> None: ...


class ResponseCache:
    """In-memory view over a persistent store; new entries are flushed in bulk."""

    def __init__(self, store: ResponseStore | None = None) -> None:
        self.store = store
        self._known: dict[str, str] = {}
        self._pending: list[dict] = []
        self._lock = threading.Lock()

    def prefetch(self, keys: list[str]) -> None:
        if self.store is None:
            return
        wanted = [k for k in keys if k not in self._known]
        if wanted:
            found = self.store.load(wanted)
            with self._lock:
                self._known.update(found)

    def get(self, key: str) -> dict | None:
        with self._lock:
            raw = self._known.get(key)
        if raw is None and self.store is not None:
            self.prefetch([key])
            with self._lock:
                raw = self._known.get(key)
        return json.loads(raw) if raw is not None else None

    def put(self, key: str, stage: str, model: str, prompt_version: str, value: dict) -> None:
        raw = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self._lock:
            if key not in self._known:
                self._known[key] = raw
                self._pending.append({"key": key, "stage": stage, "model": model, "prompt_version": prompt_version,
                                      "response_json": raw})

    def flush(self) -> int:
        with self._lock:
            rows, self._pending = self._pending, []
        if rows and self.store is not None:
            self.store.save(rows)
        return len(rows)
