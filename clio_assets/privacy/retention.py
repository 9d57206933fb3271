"""Data minimisation: a job, on a daily schedule, that purges restricted-tier partitions
older than the retention window. Published aggregates are kept."""
from datetime import UTC, date, datetime

import dagster as dg

from clio_assets.privacy.retention_rules import cutoff, expired
from clio_assets.shared.assets import OWNERS
from resources.settings import RetentionSettings
from resources.storage import ClioStorage


class PurgeConfig(dg.Config):
    today: str = ""  # YYYY-MM-DD; empty = the current UTC date (set it to re-run a past purge)


@dg.op(tags={"privacy_tier": "restricted"})
def purge_restricted_partitions(context: dg.OpExecutionContext, config: PurgeConfig, storage: ClioStorage,
                                retention: RetentionSettings) -> dict:
    """Delete every restricted table's partitions older than `window_days`, and response-
    cache entries older than the window. Reports what was purged per table."""
    today = date.fromisoformat(config.today) if config.today else datetime.now(UTC).date()
    purged: dict[str, list[str]] = {}
    for table in storage.tables("restricted"):
        if table == "llm_response_cache":
            continue
        old = expired(storage.partitions("restricted", table), today, retention.window_days)
        for partition in old:
            storage.delete_partition("restricted", table, partition)
        if old:
            purged[table] = old
    limit = cutoff(today, retention.window_days)
    cache_rows = storage.delete_older_than("restricted", "llm_response_cache", "created_at", limit.isoformat())
    context.log.info(f"purged {sum(map(len, purged.values()))} restricted partitions older than {limit}")
    context.add_output_metadata({"cutoff": limit.isoformat(), "window_days": retention.window_days,
                                 "purged": dg.MetadataValue.json(purged), "cache_rows_purged": cache_rows})
    return purged


@dg.job(description="Purge restricted-tier partitions older than the retention window (CLIO_RETENTION_DAYS).",
        tags={"owner": OWNERS[0]})
def retention_job():
    purge_restricted_partitions()


retention_schedule = dg.ScheduleDefinition(
    job=retention_job, cron_schedule="30 3 * * *", execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING, description="Daily data-minimisation purge.",
)

