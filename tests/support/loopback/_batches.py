"""Message Batches for the loopback server: batch objects, their life cycle, results and routes."""
from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ._compose import marker_fault, request_identity
from ._protocol import ApiError, Reply, invalid, parse_json, validate_batch
from ._text import canonical, received_texts

if TYPE_CHECKING:
    from ._faults import FaultPlan


def rfc3339(moment: datetime | None) -> str | None:
    """The API's timestamp format (UTC, 'Z')."""
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


@dataclass
class Batch:
    """One Message Batch: its requests, how often it was polled, and its results once ended."""

    requests: list[dict[str, Any]]
    id: str = field(default_factory=lambda: f"msgbatch_{uuid.uuid4().hex[:24]}")
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    polls: int = 0
    status: str = "in_progress"
    cancel_initiated_at: datetime | None = None
    ended_at: datetime | None = None
    results: list[dict[str, Any]] | None = None

    def counts(self) -> dict[str, int]:
        """request_counts: everything is "processing" until the whole batch has ended."""
        counts = dict.fromkeys(("processing", "succeeded", "errored", "canceled", "expired"), 0)
        if self.results is None:
            counts["processing"] = len(self.requests)
        for line in self.results or []:
            counts[line["result"]["type"]] += 1
        return counts

    def to_json(self, base_url: str) -> dict[str, Any]:
        """The MessageBatch object."""
        ended = self.status == "ended"
        return {
            "id": self.id, "type": "message_batch", "processing_status": self.status,
            "request_counts": self.counts(), "created_at": rfc3339(self.created_at),
            "expires_at": rfc3339(self.created_at + timedelta(hours=24)), "ended_at": rfc3339(self.ended_at),
            "cancel_initiated_at": rfc3339(self.cancel_initiated_at), "archived_at": None,
            "results_url": f"{base_url}/v1/messages/batches/{self.id}/results" if ended else None,
        }

    def jsonl(self) -> bytes:
        """The results file: one MessageBatchIndividualResponse per line."""
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in self.results or []).encode()

    def advance(self, polls_until_ended: int, run: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Count one poll; end the batch (running every item through `run`) once enough polls happened."""
        self.polls += 1
        if self.status == "canceling":
            self.finish(lambda _params: {"type": "canceled"})
        elif self.status == "in_progress" and self.polls >= polls_until_ended:
            self.finish(run)

    def finish(self, run: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Compute every item's result and mark the batch ended."""
        self.results = [{"custom_id": r["custom_id"], "result": run(r["params"])} for r in self.requests]
        self.status = "ended"
        self.ended_at = datetime.now(UTC)


def errored_result(message: str) -> dict[str, Any]:
    """An "errored" item result wrapping an api_error, as the results file carries it."""
    return {"type": "errored", "error": {"type": "error", "error": {"type": "api_error", "message": message}}}


class BatchApi:
    """The /v1/messages/batches routes; mixed into the server, whose state and counters it uses."""

    faults: FaultPlan
    url: str
    batch_polls_until_ended: int
    batch_creates: int
    batch_items: int
    faults_injected: dict[str, int]
    received_texts: list[str]
    received_per_request: dict[tuple[str, str], int]
    _lock: threading.Lock
    _batch_lock: threading.Lock
    _batch_seen: dict[str, int]
    _batches: dict[str, Batch]

    def answer(self, params: dict[str, Any], broken: bool = False, service_tier: str = "standard") -> dict[str, Any]:
        raise NotImplementedError

    def batch_route(self, method: str, rest: list[str], query: dict[str, list[str]], body: bytes) -> Reply:
        """Dispatch a request under /v1/messages/batches (`rest` is the path after it)."""
        if method == "POST" and not rest:
            return self._batch_create(parse_json(body))
        if method == "GET" and not rest:
            return self._batch_list(query)
        with self._batch_lock:
            batch = self._batches.get(rest[0]) if len(rest) in (1, 2) else None
        if batch is None:
            raise ApiError(404, "not_found_error", f"Not found: message batch {rest[0] if rest else ''}")
        op = (method, rest[1] if len(rest) == 2 else "")
        with self._batch_lock:  # one batch advances at a time: its results are computed once
            if op == ("GET", ""):
                batch.advance(self.batch_polls_until_ended, self._batch_item)
            elif op == ("POST", "cancel"):
                if batch.status == "in_progress":
                    batch.status, batch.cancel_initiated_at = "canceling", datetime.now(UTC)
            elif op == ("DELETE", ""):
                if batch.status != "ended":
                    raise invalid(f"Batch {batch.id} cannot be deleted while it is still processing")
                del self._batches[batch.id]
                return Reply(200, {"id": batch.id, "type": "message_batch_deleted"})
            elif op == ("GET", "results"):
                if batch.status != "ended":
                    raise invalid(f"Batch {batch.id} has not ended yet; results are not available")
                return Reply(200, batch.jsonl(), content_type="application/binary")
            else:
                raise ApiError(404, "not_found_error", f"Not found: {method} {'/'.join(rest)}")
            return Reply(200, batch.to_json(self.url))

    def _batch_create(self, body: Any) -> Reply:
        requests = validate_batch(body)
        batch = Batch(requests=requests)
        with self._lock:
            self.batch_creates += 1
            self.batch_items += len(requests)
            for item in requests:
                self.received_texts.extend(received_texts(item["params"]))
                self.received_per_request[request_identity(item["params"])] += 1
        with self._batch_lock:
            self._batches[batch.id] = batch
        return Reply(200, batch.to_json(self.url))

    def _batch_list(self, query: dict[str, list[str]]) -> Reply:
        """Most recent first, `limit` per page, `after_id` cursor."""
        try:
            limit = max(1, min(int((query.get("limit") or ["20"])[0]), 1000))
        except ValueError:
            raise invalid("limit: Input should be a valid integer") from None
        after = query["after_id"][0] if query.get("after_id") else None
        with self._batch_lock:
            ids = sorted(self._batches, key=lambda i: self._batches[i].created_at, reverse=True)
            if after in ids:
                ids = ids[ids.index(after) + 1:]
            page = [self._batches[i].to_json(self.url) for i in ids[:limit]]
        return Reply(200, {"data": page, "has_more": len(ids) > limit,
                           "first_id": page[0]["id"] if page else None, "last_id": page[-1]["id"] if page else None})

    def _batch_item(self, params: dict[str, Any]) -> dict[str, Any]:
        """The result of one item: succeeded / errored / expired, deterministic per attempt of these params."""
        key = hashlib.sha256(canonical(params).encode()).hexdigest()
        with self._lock:
            attempt = self._batch_seen[key]
            self._batch_seen[key] += 1
        marker = marker_fault(params)
        outcome = "errored" if marker == "500" else self.faults.batch_outcome(key, attempt)
        broken = outcome == "succeeded" and marker == "schema"
        if outcome != "succeeded" or broken:
            with self._lock:
                self.faults_injected["schema" if broken else f"batch_{outcome}"] += 1
        if outcome == "errored":
            return errored_result("Internal server error")
        if outcome == "expired":
            return {"type": "expired"}
        return {"type": "succeeded", "message": self.answer(params, broken=broken, service_tier="batch")}
