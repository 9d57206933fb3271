"""`clio_source_days`: start a day's run when its source folder is complete.

The completeness rule is in completeness.py (`_SUCCESS`, or CLIO_SOURCE_QUIET_MINUTES of
no change). The cursor remembers each day's signature when it fired, so a day fires once
per delivery; the run key (day + signature) makes Dagster drop a repeat even if the cursor
were lost. Runs are requested in date order and tagged `clio/source_sensor`, which the run
queue limits to one at a time (instance.py): day D starts only after D-1's run ended, so
the trend assets of D read D-1's topic registry.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import dagster as dg

from clio_assets.operations.completeness import scan_days
from clio_assets.shared import settings
from clio_assets.shared.assets import daily_partitions
from resources.source import ConversationSource

SENSOR_NAME = "clio_source_days"
JOB_NAME = "clio_daily"  # definitions.daily_job: every clio asset of one day
SENSOR_CHAIN_TAG = "clio/source_sensor"  # the run queue runs these one at a time, in order


def quiet_seconds() -> float:
    return 60 * float(settings.value("CLIO_SOURCE_QUIET_MINUTES"))


@dg.sensor(name=SENSOR_NAME, job_name=JOB_NAME, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED)
def clio_source_days(context: dg.SensorEvaluationContext, source: ConversationSource) -> dg.SensorResult:
    """Request one run of `clio_daily` per complete day folder under CLIO_SOURCE_ROOT
    (`_SUCCESS` present, or no change for CLIO_SOURCE_QUIET_MINUTES), once per delivery."""
    fired: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    root = Path(source.root)
    present, requests, waiting = set(), [], []
    for folder in scan_days(root, time.time(), quiet_seconds()):
        present.add(folder.day)
        if not folder.complete:
            waiting.append(f"{folder.day}: {folder.reason}")
            continue
        if fired.get(folder.day) == folder.signature:
            continue
        if not daily_partitions.has_partition_key(folder.day):
            context.log.warning(f"{folder.day} is complete but not a partition of clio: skipped")
            continue
        context.log.info(f"{folder.day} complete ({folder.reason}): requesting its run")
        requests.append(dg.RunRequest(run_key=f"{folder.day}:{folder.signature}", partition_key=folder.day,
                                      tags={SENSOR_CHAIN_TAG: "1"}))
        fired[folder.day] = folder.signature
    cursor = json.dumps({d: s for d, s in sorted(fired.items()) if d in present})  # forget deleted days
    if requests:
        return dg.SensorResult(run_requests=requests, cursor=cursor)
    reason = "; ".join(waiting[-3:]) or f"no new complete day folder under {root}"
    return dg.SensorResult(skip_reason=f"nothing new: {reason}", cursor=cursor)
