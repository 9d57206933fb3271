"""raw_conversations and its quarantine: the day's conversations, normalised."""

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import numpy as np

from checks.rows import RowsCheck
from checks.schemas import QUARANTINE, RAW_CONVERSATIONS, schema_check, schema_spec
from clio_assets.ingest.files import file_jobs, read_file
from clio_assets.ingest.normalise import quarantine_frame
from clio_assets.ingest.stream import CHUNK, SCHEMA, first_pass, rows, spill_folder
from clio_assets.privacy.repeats import identity_metadata
from clio_assets.shared.assets import RESTRICTED, clio_multi_asset, table_spec
from clio_assets.shared.metadata import table_metadata
from resources.compute import Compute
from resources.settings import PrivacySettings
from resources.source import ConversationSource
from resources.storage import ClioStorage

GROUP, KINDS, VERSION = "restricted", {"python", "lancedb"}, "3"


@clio_multi_asset(
    name="ingested_day",
    specs=[
        table_spec("raw_conversations", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION, description=(
            "Normalised conversations of the day (messages, ids, source file/line) read from "
            "`$CLIO_SOURCE_ROOT/<date>/`. Each conversation has its near-duplicate request group, and a "
            "record without a user id a pseudo-user by the missing-user-id policy (CLIO_MISSING_USER_ID), "
            "so that one person never counts as several users.")),
        table_spec("quarantine", tier=RESTRICTED, group=GROUP, kinds=KINDS, code_version=VERSION, description=(
            "Records of the day that could not be parsed, each with its reason, file, line and an excerpt: "
            "nothing is dropped silently.")),
    ],
    checks=[schema_spec("raw_conversations"), schema_spec("quarantine")],
)
def ingested_day(context: dg.AssetExecutionContext, source: ConversationSource, privacy: PrivacySettings,
                 storage: ClioStorage, compute: Compute) -> Iterator[dg.MaterializeResult | dg.AssetCheckResult]:
    """Read, normalise and quarantine one day of source files, streamed in chunks (stream.py)."""
    day = context.partition_key
    policy = privacy.missing_user_policy()
    with spill_folder() as spill:  # files are read, spilled and signed on the worker processes when there are some
        jobs = file_jobs(source.day_dir(day), Path(spill), source.format_override or None, source.limits(), CHUNK)
        ingested = first_pass(compute.local_map(read_file, jobs), policy)
        check = RowsCheck(RAW_CONVERSATIONS, "raw_conversations")
        storage.write_batches(RESTRICTED, "raw_conversations", day, check.watch(rows(ingested)), SCHEMA)
    rejected = ingested.rejected
    quarantine = quarantine_frame(rejected)
    storage.write(RESTRICTED, "quarantine", day, quarantine)
    reasons = Counter(r.reason.split(":")[0] for r in rejected)
    if rejected:
        context.log.warning(f"{len(rejected)} records quarantined: {dict(reasons)}")
    id_less = len(ingested) - sum(ingested.recorded)
    yield dg.MaterializeResult(asset_key="raw_conversations", metadata={
        **check.metadata(["source_format", "source_file", "source_line", "n_messages"]),
        "quarantined": len(rejected),
        "quarantine_reasons": dg.MetadataValue.json(dict(sorted(reasons.items()))),
        "formats": dg.MetadataValue.json(ingested.formats),
        "unique_users": len(set(ingested.user_ids)),
        "distinct_requests": int(len(np.unique(ingested.request_groups))),
        **identity_metadata(policy, id_less, len(ingested)),
        "source_dir": str(source.day_dir(day)),
    })
    yield dg.MaterializeResult(asset_key="quarantine", metadata={
        **table_metadata(quarantine, ["reason", "source_file", "source_line"]),
        "quarantine_reasons": dg.MetadataValue.json(dict(sorted(reasons.items()))),
    })
    yield check.result()
    yield schema_check(QUARANTINE, quarantine, "quarantine")
