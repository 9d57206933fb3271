"""LLM requests, tokens and dollars of the claude backend, measured over real HTTP
against the loopback Messages/Batches server (token counts ~ chars/4, as the server
estimates them; prices from the configured list-price table).

    python3 dev.py bench llm_cost [--n 10000] [--users 2000]

Runs the full pipeline twice on the same generated day — facets through the Messages
API, then through Message Batches — and a third time unchanged (response cache).
Ends with one machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STAGES = {"facets": "conversation_facets", "naming": "named_clusters", "hierarchy": "cluster_hierarchy",
          "audit": "cluster_hierarchy"}
PAPER_USD_PER_100K = 48.81


def _set_home(home: Path) -> None:
    for name, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"), ("CLIO_RESTRICTED_URI", "lancedb/restricted"),
                      ("CLIO_PUBLISHED_URI", "lancedb/published"), ("CLIO_EXPORT_DIR", "exports")]:
        os.environ[name] = str(home / sub)


def run_pipeline(server, day: str, facet_mode: str) -> dict:
    import dagster as dg

    from clio_assets import definitions
    from resources.llm import LLMBackend

    llm = LLMBackend(backend="claude", api_key="bench-key", base_url=server.url, facet_mode=facet_mode,
                     cache_uri=os.environ["CLIO_RESTRICTED_URI"], batch_poll_s=0.05, max_concurrency=8)
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(definitions.all_assets, partition_key=day, resources={**definitions.resources, "llm": llm},
                            instance=instance, raise_on_error=False)
    if not result.success:
        raise SystemExit(f"pipeline failed in {facet_mode} mode")
    usage = {}
    for stage, asset in STAGES.items():
        event = instance.get_latest_materialization_event(dg.AssetKey(asset))
        assert event is not None and event.asset_materialization is not None, asset
        usage[stage] = cast(dict, event.asset_materialization.metadata["llm_usage"].value)[stage]
    return usage


def dollars_without_prompt_cache(stage: dict, model_price: dict, batch: bool) -> float:
    tokens_in = stage["input_tokens"] + stage["cache_creation_input_tokens"] + stage["cache_read_input_tokens"]
    dollars = (tokens_in * model_price["input"] + stage["output_tokens"] * model_price["output"]) / 1e6
    return dollars * (0.5 if batch else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=2_000)
    args = parser.parse_args()
    os.environ.pop("DAGSTER_HOME", None)
    from clio_assets.demo.generator import generate_day
    from clio_assets.llm.usage import DEFAULT_PRICES
    from resources.llm import LLMBackend
    from tests.support.loopback.anthropic_server import LoopbackAnthropic

    defaults = LLMBackend()
    models = {"facets": defaults.facet_model, "naming": defaults.naming_model,
              "hierarchy": defaults.hierarchy_model, "audit": defaults.audit_model}
    day = "2026-02-02"
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="clio-llm-cost-") as tmp, LoopbackAnthropic() as server:
        for mode in ("sync", "batch"):
            _set_home(Path(tmp) / mode)
            generate_day(Path(os.environ["CLIO_SOURCE_ROOT"]), day, n_conversations=args.n, n_users=args.users, seed=0)
            server.reset_counters()
            usage = run_pipeline(server, day, mode)
            print(f"\n{mode} mode ({args.n} conversations):")
            print(f"  {'stage':<10}{'req/conv':>10}{'in tok/conv':>13}{'out tok/conv':>14}{'cache rd/conv':>15}"
                  f"{'$/100k':>10}{'$/100k no-pc':>14}")
            total, total_nocache = 0.0, 0.0
            for stage, s in usage.items():
                per = lambda x: x / args.n  # noqa: E731
                nocache = dollars_without_prompt_cache(s, DEFAULT_PRICES[models[stage]],
                                                       mode == "batch" and stage == "facets")
                requests = s["requests"] + s["batch_requests"]
                print(f"  {stage:<10}{per(requests):>10.4f}"
                      f"{per(s['input_tokens'] + s['cache_creation_input_tokens']):>13.1f}"
                      f"{per(s['output_tokens']):>14.1f}{per(s['cache_read_input_tokens']):>15.1f}"
                      f"{per(s['dollars']) * 1e5:>10.2f}{per(nocache) * 1e5:>14.2f}")
                total += s["dollars"]
                total_nocache += nocache
                figures[f"{mode}_{stage}_requests_per_conv"] = per(requests)
                figures[f"{mode}_{stage}_tokens_per_conv"] = per(s["input_tokens"] + s["cache_creation_input_tokens"]
                                                                  + s["cache_read_input_tokens"] + s["output_tokens"])
            figures[f"{mode}_usd_per_100k"] = total / args.n * 1e5
            figures[f"{mode}_usd_per_100k_without_prompt_cache"] = total_nocache / args.n * 1e5
            print(f"  total: ${figures[f'{mode}_usd_per_100k']:.2f} per 100k conversations with prompt caching, "
                  f"${figures[f'{mode}_usd_per_100k_without_prompt_cache']:.2f} without "
                  f"(paper: ${PAPER_USD_PER_100K} with 4 facet calls per conversation)")
        server.reset_counters()
        run_pipeline(server, day, "batch")  # unchanged partition: the response cache answers everything
        figures["rerun_requests"] = server.requests
        print(f"\nre-run of the unchanged partition: {server.requests} requests, {server.batch_creates} batches")
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
