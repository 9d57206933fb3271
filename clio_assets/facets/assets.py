"""conversation_facets: what each conversation is about, without private details."""

import json
from collections import Counter

import dagster as dg
import pandas as pd

from checks.schemas import CONVERSATION_FACETS, schema_check, schema_spec
from clio_assets.shared.metadata import OWNERS, RESTRICTED, daily_partitions, progress, table_metadata
from clio_assets.shared.records import Conversation, Message
from clio_assets.privacy.repeats import request_keys
from resources.llm import LLMBackend
from resources.storage import ClioStorage

CHUNK = 250


def conversations_from_frame(frame: pd.DataFrame) -> list[Conversation]:
    return [
        Conversation(
            conversation_id=row.conversation_id, user_id=row.user_id,
            messages=tuple(Message(m["role"], m["content"]) for m in json.loads(row.messages_json)),
            source_format=row.source_format, source_file=row.source_file, source_line=int(row.source_line),
        )
        for row in frame.itertuples(index=False)
    ]


@dg.asset(
    deps=["raw_conversations"], partitions_def=daily_partitions, group_name="restricted",
    kinds={"python", "lancedb"}, owners=OWNERS, code_version="2", metadata=RESTRICTED,
    check_specs=[schema_spec("conversation_facets")],
)
def conversation_facets(context: dg.AssetExecutionContext, llm: LLMBackend, storage: ClioStorage):
    """One row per conversation: a privacy-preserving request summary, task, languages,
    concern (1-5) and number of user turns. Text is PII-scrubbed before extraction and
    every facet is scrubbed again after it."""
    day = context.partition_key
    raw = storage.read("restricted", "raw_conversations", day)
    conversations = conversations_from_frame(raw)
    size = max(1, len(conversations)) if llm.batch_mode else CHUNK  # one batch job, or sync chunks
    chunks = [conversations[i:i + size] for i in range(0, len(conversations), size)]
    facets, failures = [], []
    for chunk_facets, chunk_failures in progress(llm.iter_facets(chunks), len(chunks), context, "facets (chunks)"):
        facets.extend(chunk_facets)
        failures.extend(chunk_failures)
    failure_frame = pd.DataFrame([vars(f) for f in failures], columns=["conversation_id", "stage", "reason", "attempts"])
    storage.write("restricted", "llm_failures", day, failure_frame)
    if failures:
        context.log.warning(f"{len(failures)} conversations kept offline facets after the LLM answer never became valid")
    user_of = dict(zip(raw.conversation_id, raw.user_id))
    key_of = dict(zip(raw.conversation_id, request_keys(raw.user_id, raw.request_group)))
    frame = pd.DataFrame({
        "conversation_id": [f.conversation_id for f in facets],
        "user_id": [user_of[f.conversation_id] for f in facets],
        "request_key": [key_of[f.conversation_id] for f in facets],
        "request": [f.request for f in facets], "task": [f.task for f in facets],
        "languages": [list(f.languages) for f in facets], "concern": [f.concern for f in facets],
        "turns": [f.turns for f in facets], "model": [f.model for f in facets],
        "prompt_version": [f.prompt_version for f in facets],
    })
    storage.write("restricted", "conversation_facets", day, frame)
    primary = Counter(langs[0] if langs else "und" for langs in frame.languages)
    yield dg.MaterializeResult(metadata={
        **table_metadata(frame, ["task", "languages", "concern", "turns"]),
        "model": llm.model_for("facets"), "prompt_version": facets[0].prompt_version if facets else "",
        "llm_failed_conversations": len(failures),
        "llm_failure_reasons": dg.MetadataValue.json(dict(Counter(f.reason.split(":")[0] for f in failures))),
        **llm.usage_metadata("facets"),
        "languages": dg.MetadataValue.json(dict(primary.most_common())),
        "tasks": dg.MetadataValue.json(dict(Counter(frame.task).most_common())),
        "concern_histogram": dg.MetadataValue.json({str(k): int(v) for k, v in sorted(Counter(frame.concern).items())}),
        "missing_facets": len(conversations) - len(facets),
    })
    yield schema_check(CONVERSATION_FACETS, frame)
