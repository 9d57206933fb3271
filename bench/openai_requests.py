"""Requests per conversation of the openai backend, measured over real HTTP against the
loopback chat-completions server (the openai SDK, every LLM stage, the response cache).

    python3 dev.py bench openai_requests [--n 1000] [--users 300] [--structured auto|json_schema|tools]
                                         [--no-json-schema]

Materialises a generated day twice with CLIO_LLM_BACKEND=openai: the first run asks the
server, the re-run of the unchanged partition is answered by the response cache. Prints the
requests per conversation of each stage and of the re-run, and ends with one
machine-readable line of name=value pairs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DAY = "2026-02-03"
TOOLS = {"facets": ("record_facets",), "naming": ("name_cluster",),
         "hierarchy": ("propose_categories", "deduplicate_categories", "assign_category"), "audit": ("rate_privacy",)}


def run_pipeline(server, structured: str) -> str:
    """Materialise every asset of DAY; return the structured output the server took."""
    import dagster as dg

    from clio_assets import definitions
    from resources.llm import LLMBackend

    llm = LLMBackend(backend="openai", openai_base_url=f"{server.url}/v1", openai_model="bench-local-model",
                     openai_structured=structured, cache_uri=os.environ["CLIO_RESTRICTED_URI"], max_concurrency=8)
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources={**definitions.resources, "llm": llm},
                            instance=instance, raise_on_error=False)
    if not result.success:
        raise SystemExit("pipeline failed")
    event = instance.get_latest_materialization_event(dg.AssetKey("conversation_facets"))
    assert event is not None and event.asset_materialization is not None
    return str(event.asset_materialization.metadata["llm_structured_output"].value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--structured", default="auto", choices=("auto", "json_schema", "tools"))
    parser.add_argument("--no-json-schema", action="store_true", help="the server refuses json_schema formats")
    args = parser.parse_args()
    os.environ.pop("DAGSTER_HOME", None)
    from clio_assets.demo.generator import generate_day
    from tests.support.loopback import LoopbackOpenAI

    with tempfile.TemporaryDirectory(prefix="clio-openai-") as tmp, \
            LoopbackOpenAI(json_schema=not args.no_json_schema) as server:
        home = Path(tmp)
        for name, sub in [("CLIO_HOME", ""), ("CLIO_SOURCE_ROOT", "source"),
                          ("CLIO_RESTRICTED_URI", "lancedb/restricted"), ("CLIO_PUBLISHED_URI", "lancedb/published"),
                          ("CLIO_EXPORT_DIR", "exports")]:
            os.environ[name] = str(home / sub)
        generate_day(home / "source", DAY, n_conversations=args.n, n_users=args.users, seed=0)
        mode = run_pipeline(server, args.structured)
        figures: dict[str, float | int | str] = {"structured_output": mode}
        for stage, tools in TOOLS.items():
            sent = sum(n for (tool, _), n in server.received_per_request.items() if tool in tools)
            figures[f"first_{stage}_requests_per_conv"] = sent / args.n
        figures["first_rejected_requests"] = server.message_requests - sum(server.modes.values())
        server.reset_counters()
        run_pipeline(server, args.structured)  # the unchanged partition: the response cache answers everything
        figures["rerun_requests"] = server.requests
        figures["rerun_facets_requests_per_conv"] = sum(
            n for (tool, _), n in server.received_per_request.items() if tool == "record_facets") / args.n
    print(f"{args.n} conversations, structured output: {mode}")
    for stage in TOOLS:
        print(f"  {stage:<10} first run {figures[f'first_{stage}_requests_per_conv']:.4f} requests/conversation")
    print(f"  re-run: {figures['rerun_requests']} requests")
    print(" ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
