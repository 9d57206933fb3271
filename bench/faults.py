"""A Claude-backend day under injected LLM faults: does it complete, and is any conversation lost?

    python3 dev.py bench faults [--n 500] [--users 150] [--rate 0.3] [--seed 11] [--mode sync|batch]

The real anthropic SDK talks HTTP to the loopback server (tests/support/loopback/), which
faults `--rate` of the message requests — 429, 500, 529, answers slower than the client's
timeout, bodies cut off mid-JSON, tool inputs that break their schema — deterministically per
request and attempt. `--mode batch` sends facets through Message Batches and also errors or
expires items and faults the batch create/poll/results calls. Every asset of the day is
materialised. Printed: requests, faults by kind, retries per stage, conversations that kept
offline facets after their answer never became valid (recorded in llm_failures, not lost),
and conversations lost between raw_conversations and each per-conversation table.
Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = "2026-03-03"
# where each stage's usage lands (the hierarchy asset reports hierarchy and audit)
STAGES = {"facets": "conversation_facets", "naming": "named_clusters", "hierarchy": "cluster_hierarchy",
          "audit": "cluster_hierarchy"}
PER_CONVERSATION = ("conversation_facets", "facet_embeddings", "base_clusters", "hierarchy_membership")


def set_home(home: Path) -> None:
    for name, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"), ("CLIO_RESTRICTED_URI", "lancedb/restricted"),
                      ("CLIO_PUBLISHED_URI", "lancedb/published"), ("CLIO_EXPORT_DIR", "exports")]:
        os.environ[name] = str(home / sub)


def fault_plan(rate: float, seed: int, mode: str):
    from tests.support.loopback import FaultPlan

    # the slow fault outlasts the client timeout (2 s) so it is a real timeout on the client side
    batch = mode == "batch"
    return FaultPlan(rate=rate, seed=seed, retry_after_s=0.01, slow_s=3.0, batch_error_rate=rate / 2 if batch else 0.0,
                     batch_expire_rate=rate / 2 if batch else 0.0, control_rate=rate if batch else 0.0)


def run_day(n: int, users: int, rate: float, seed: int, mode: str, home: Path) -> dict[str, Any]:
    """Generate a day under `home`, materialise it against a faulting loopback server, and
    return the figures (see the module doc)."""
    import dagster as dg

    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from clio_assets.run import QUIET
    from resources.llm import LLMBackend
    from tests.support.loopback import LoopbackAnthropic

    set_home(home)
    generate_day(Path(os.environ["CLIO_SOURCE_ROOT"]), DAY, n_conversations=n, n_users=users, seed=seed)
    with LoopbackAnthropic(fault_plan(rate, seed, mode), batch_polls_until_ended=2) as server:
        llm = LLMBackend(backend="claude", api_key="bench-key", base_url=server.url, facet_mode=mode, timeout_s=2.0,
                         backoff_base_s=0.01, max_attempts=6, max_concurrency=8, batch_poll_s=0.01,
                         cache_uri=os.environ["CLIO_RESTRICTED_URI"])
        instance = dg.DagsterInstance.ephemeral()
        result = dg.materialize(definitions.all_assets, partition_key=DAY, instance=instance, raise_on_error=False,
                                run_config=QUIET, resources={**definitions.build_resources(os.environ), "llm": llm})
        figures: dict[str, Any] = {
            "day_completed": int(result.success),
            "checks_failed": sum(not c.passed for c in result.get_asset_check_evaluations()),
            "http_requests": server.requests, "message_requests": server.message_requests,
            "batch_items": server.batch_items, "faults": dict(sorted(server.faults_injected.items())),
        }
    usage: dict[str, dict] = {}
    for stage, asset in STAGES.items():
        event = instance.get_latest_materialization_event(dg.AssetKey(asset))
        if event is not None and event.asset_materialization is not None:
            usage[stage] = cast(dict, event.asset_materialization.metadata["llm_usage"].value)[stage]
    figures["usage"] = usage
    figures.update(losses(definitions.storage_from_env()))
    return figures


def losses(storage) -> dict[str, Any]:
    """Conversations of raw_conversations missing from each per-conversation table, and the
    ones that kept offline facets (recorded with a reason, so not lost)."""
    raw = set(storage.read("restricted", "raw_conversations", DAY, ["conversation_id"]).conversation_id)
    lost: dict[str, int] = {}
    for table in PER_CONVERSATION:
        try:
            ids = set(storage.read("restricted", table, DAY, ["conversation_id"]).conversation_id)
        except FileNotFoundError:  # the asset never ran: everything is lost there
            ids = set()
        lost[table] = len(raw - ids)
    failures = storage.read("restricted", "llm_failures", DAY) if "llm_failures" in storage.tables("restricted") \
        else None
    reasons: dict[str, int] = {}
    if failures is not None:
        for reason in failures.reason:
            kind = str(reason).split(":")[0]
            reasons[kind] = reasons.get(kind, 0) + 1
    return {"conversations": len(raw), "lost": lost, "conversations_lost": max(lost.values(), default=0),
            "fell_back": 0 if failures is None else len(failures), "fell_back_reasons": reasons}


def report(figures: dict[str, Any], rate: float, mode: str) -> str:
    """Print the figures; return the name=value line."""
    faults = figures["faults"]
    faulted = sum(faults.values())
    print(f"\nfault run ({mode} mode, {figures['conversations']} conversations, fault rate {rate:.0%}): "
          f"{'completed' if figures['day_completed'] else 'FAILED'}, {figures['checks_failed']} failed checks")
    print(f"  HTTP requests: {figures['http_requests']} ({figures['message_requests']} messages, "
          f"{figures['batch_items']} batch items); faults injected: {faulted}")
    print("  faults by kind: " + (", ".join(f"{k} {v}" for k, v in faults.items()) or "none"))
    print(f"  {'stage':<10}{'requests':>10}{'retries':>9}{'ctl retries':>12}{'failures':>10}  failure reasons")
    for stage, s in figures["usage"].items():
        sent = s["requests"] + s["batch_requests"]
        print(f"  {stage:<10}{sent:>10}{s['retries']:>9}{s.get('control_retries', 0):>12}{s['failures']:>10}  "
              f"{s['failure_reasons'] or '-'}")
    print(f"  kept offline facets (recorded in llm_failures): {figures['fell_back']} {figures['fell_back_reasons']}")
    print("  lost between raw_conversations and: " + ", ".join(f"{t} {n}" for t, n in figures["lost"].items()))
    total = lambda key: sum(s.get(key, 0) for s in figures["usage"].values())  # noqa: E731
    line = {"fault_conversations": figures["conversations"], "fault_rate": rate,
            "fault_http_requests": figures["http_requests"], "fault_faults": faulted,
            **{f"fault_{k}": v for k, v in faults.items()},
            "fault_retries": total("retries"), "fault_control_retries": total("control_retries"),
            "fault_facet_retries": figures["usage"].get("facets", {}).get("retries", 0),
            "fault_fell_back": figures["fell_back"], "fault_conversations_lost": figures["conversations_lost"],
            "fault_day_completed": figures["day_completed"], "fault_checks_failed": figures["checks_failed"]}
    return " ".join(f"{k}={v}" for k, v in line.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--users", type=int, default=150)
    parser.add_argument("--rate", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--mode", choices=("sync", "batch"), default="sync")
    args = parser.parse_args(argv)
    os.environ.pop("DAGSTER_HOME", None)  # an ephemeral Dagster instance
    with tempfile.TemporaryDirectory(prefix="clio-faults-") as tmp:
        figures = run_day(args.n, args.users, args.rate, args.seed, args.mode, Path(tmp))
    print(report(figures, args.rate, args.mode))
    return 0 if figures["day_completed"] and figures["conversations_lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
