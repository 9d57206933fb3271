"""conversation_facets and llm_failures: what each conversation is about, without private details."""

from collections import Counter
from collections.abc import Iterator

import dagster as dg
import pandas as pd

from checks.schemas import LLM_FAILURES, conversation_facets_schema, schema_check, schema_spec
from clio_assets.facets.custom import file_version
from clio_assets.facets.custom_offline import custom_columns
from clio_assets.facets.rows import conversations_of, facets_of, row_chunks
from clio_assets.privacy.repeats import request_keys
from clio_assets.shared import settings
from clio_assets.shared.assets import LLM_POOL, RESTRICTED, clio_multi_asset, table_spec
from clio_assets.shared.metadata import progress, table_metadata
from clio_assets.shared.tables import PartitionTable
from clio_assets.shared.text import clean_display
from resources.compute import Compute
from resources.embedder import Embedder
from resources.llm import LLMBackend
from resources.storage import ClioStorage

CHUNK = 250
# 3: only what the summary reads is scrubbed; categories read from the text as written
GROUP, KINDS, VERSION = "restricted", {"python", "lancedb"}, "7"  # 6: the models scrub the summary; 7: fastText
# custom facets (CLIO_FACETS_FILE) change the table: their file's hash joins the code version
_CUSTOM = file_version(settings.value("CLIO_FACETS_FILE"))
VERSION += f"+facets-{_CUSTOM}" if _CUSTOM else ""


@clio_multi_asset(
    name="facet_extraction",
    specs=[
        table_spec("conversation_facets", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION,
                   deps=["raw_conversations"], description=(
                       "One row per conversation: a privacy-preserving request summary, task, languages, concern "
                       "(1-5) and number of user turns. Text is PII-scrubbed before extraction and every facet is "
                       "scrubbed again after it.")),
        table_spec("llm_failures", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION,
                   deps=["raw_conversations"], description=(
                       "Conversations whose LLM answer never became valid after the retries, with the stage, "
                       "reason and attempts; they kept offline facets, none is dropped.")),
    ],
    checks=[schema_spec("conversation_facets"), schema_spec("llm_failures")],
    pool=LLM_POOL,
)
def facet_extraction(context: dg.AssetExecutionContext, raw_conversations: PartitionTable, llm: LLMBackend,
                     storage: ClioStorage, compute: Compute,
                     embedder: Embedder) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Extract the facets of every conversation of the day, in chunks (or one batch job); offline
    chunks run on the configured executor (CLIO_EXECUTOR: in-process, worker processes or Ray).
    Custom facets (CLIO_FACETS_FILE) are extra fields of the same LLM call, or offline answered by
    embedding similarity of the request summary to each option (columns `custom_<name>`)."""
    day = context.partition_key
    raw = raw_conversations.read(["conversation_id", "user_id", "request_group"])  # small columns, written order
    size = max(1, len(raw)) if llm.batch_mode else CHUNK  # one batch job, or sync chunks
    chunks = row_chunks(raw_conversations, size)
    facets, failures = [], []
    # LLM chunks are I/O-bound and concurrent inside the backend; offline ones are CPU-bound
    results = llm.iter_facets(conversations_of(c) for c in chunks) if llm.uses_llm \
        else ((f, []) for f in compute.map(facets_of, chunks))
    for chunk_facets, chunk_failures in progress(results, -(-len(raw) // size), context, "facets (chunks)"):
        facets.extend(chunk_facets)
        failures.extend(chunk_failures)
    written = {cid: i for i, cid in enumerate(raw.conversation_id)}  # a re-run writes the same table
    facets.sort(key=lambda f: written[f.conversation_id])
    failures.sort(key=lambda f: written.get(f.conversation_id, -1))
    failure_frame = pd.DataFrame([vars(f) for f in failures], columns=list(LLM_FAILURES.columns))
    storage.write(RESTRICTED, "llm_failures", day, failure_frame)
    if failures:
        context.log.warning(f"{len(failures)} conversations kept offline facets after the LLM answer never "
                            "became valid")
    user_of = dict(zip(raw.conversation_id, raw.user_id))
    key_of = dict(zip(raw.conversation_id, request_keys(raw.user_id, raw.request_group)))
    frame = pd.DataFrame({
        "conversation_id": [f.conversation_id for f in facets],
        "user_id": [user_of[f.conversation_id] for f in facets],
        "request_key": [key_of[f.conversation_id] for f in facets],
        # summaries are stored without control or bidi characters (U+202E could make them display reversed)
        "request": [clean_display(f.request) for f in facets], "task": [clean_display(f.task) for f in facets],
        "languages": [list(f.languages) for f in facets], "concern": [f.concern for f in facets],
        "turns": [f.turns for f in facets], "model": [f.model for f in facets],
        "prompt_version": [f.prompt_version for f in facets],
    })
    custom = llm.custom_facets
    if custom is not None:
        embed_many = lambda texts: embedder.embed_chunks(texts, compute.map)  # noqa: E731
        for column, values in custom_columns(custom, facets, embedder.embed, embed_many, embedder.model).items():
            frame[column] = values
    storage.write(RESTRICTED, "conversation_facets", day, frame)
    primary = Counter(langs[0] if langs else "und" for langs in frame.languages)
    reasons = dict(Counter(f.reason.split(":")[0] for f in failures))
    yield dg.MaterializeResult(asset_key="conversation_facets", metadata={
        **table_metadata(frame, ["task", "languages", "concern", "turns"]),
        "model": llm.model_for("facets"), "prompt_version": facets[0].prompt_version if facets else "",
        "llm_failed_conversations": len(failures),
        "llm_failure_reasons": dg.MetadataValue.json(reasons),
        **llm.usage_metadata("facets"),
        "languages": dg.MetadataValue.json(dict(primary.most_common())),
        "tasks": dg.MetadataValue.json(dict(Counter(frame.task).most_common())),
        "concern_histogram": dg.MetadataValue.json({str(k): int(v) for k, v in sorted(Counter(frame.concern).items())}),
        "missing_facets": len(raw) - len(facets),
        **({"custom_facets": dg.MetadataValue.json({c: {str(k): int(v) for k, v in frame[c].value_counts().items()}
                                                    for c in frame.columns if c.startswith("custom_")})}
           if custom else {}),
    })
    yield dg.MaterializeResult(asset_key="llm_failures", metadata={
        **table_metadata(failure_frame, ["stage", "reason", "attempts"]),
        "llm_failure_reasons": dg.MetadataValue.json(reasons),
    })
    yield schema_check(conversation_facets_schema(custom), frame, "conversation_facets")
    yield schema_check(LLM_FAILURES, failure_frame, "llm_failures")
