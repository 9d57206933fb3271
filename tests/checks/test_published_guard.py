"""The published-tier guard: unit level, and a deliberately leaking published table."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import lancedb
import pandas as pd

from checks.published_guard import Secrets, find_leaks

SECRETS = Secrets(ids=frozenset({"conv-7f3a", "user-5356197d9e02"}),
                  summaries=frozenset({"help me write a letter to my landlord about the broken heating"}))


def test_guard_accepts_aggregates() -> None:
    frame = pd.DataFrame({"node_id": ["L1-0000"], "name": ["Housing letters"], "conversations": [40],
                          "description": ["Conversations in which many users ask for letters to landlords."]})
    assert find_leaks(frame, SECRETS) == []


def test_guard_finds_ids_and_summaries_anywhere() -> None:
    frame = pd.DataFrame({
        "name": ["Top: user-5356197d9e02 asked", "ok",
                 "Help me  write a letter to my LANDLORD about the broken heating"],
        "description": ["fine", "see conv-7f3a", "fine"],
        "terms": [[], ["help me write a letter to my landlord about the broken heating and more"], []],
    })
    leaks = find_leaks(frame, SECRETS)
    reasons = sorted((leak["column"], leak["reason"]) for leak in leaks)
    assert ("name", "contains a conversation or user id") in reasons
    assert ("description", "contains a conversation or user id") in reasons
    assert ("name", "equals a request summary") in reasons  # case and whitespace do not hide it
    assert ("terms", "contains a request summary") in reasons
    assert all("landlord" not in str(leak) for leak in leaks)  # the report never repeats the value


def test_leaking_table_is_not_published(clio_home: Path) -> None:
    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env
    from clio_assets.demo.generator import generate_day

    day = "2026-11-22"
    generate_day(clio_home / "source", day, n_conversations=600, n_users=150, seed=2)
    assert dg.materialize(definitions.all_assets, partition_key=day, resources=definitions.build_resources()).success
    storage = storage_from_env()
    # simulate a bug upstream: a node's description carries a conversation's own summary
    nodes = storage.read("restricted", "cluster_hierarchy", day)
    leaked = storage.read("restricted", "conversation_facets", day).request.iloc[0]
    nodes.loc[nodes.published.idxmax(), "description"] = leaked
    storage.write("restricted", "cluster_hierarchy", day, nodes)

    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(definitions.all_assets, selection=["hierarchy_nodes", "facet_breakdowns"],
                            partition_key=day, resources=definitions.build_resources(),
                            instance=instance, raise_on_error=False)
    failed = {(c.asset_key.to_user_string(), c.check_name)
              for c in result.get_asset_check_evaluations() if not c.passed}
    assert ("hierarchy_nodes", "published_tier_guard") in failed
    published = lancedb.connect(os.environ["CLIO_PUBLISHED_URI"]).open_table("hierarchy_nodes").to_pandas()
    assert published[published.partition_date == day].empty
    assert not (Path(os.environ["CLIO_EXPORT_DIR"]) / "hierarchy_nodes" / f"date={day}").exists()
    assert leaked not in "\n".join(published.description)


def test_hierarchy_replaces_names_that_copy_a_summary_with_a_safer_one() -> None:
    from clio_assets.hierarchy.audit import WITHHELD_NAME, withhold_copied_text
    from resources.llm import LLMBackend

    copied = "Help me write a letter to my landlord about the broken heating"
    nodes = pd.DataFrame({"name": ["Housing letters", copied, copied],
                          "description": ["fine", "fine", "fine"], "terms": [[], ["x"], ["y"]],
                          "audit_score": [5, 5, 5],
                          "fallback_name": ["Writing and editing", "Professional writing and email", ""],
                          "name_note": ["", "", ""]})
    out = withhold_copied_text(nodes, SECRETS, LLMBackend())
    # a safer wording replaces the copy (never a blank); "Name withheld" only with no replacement
    assert list(out.name) == ["Housing letters", "Professional writing and email", WITHHELD_NAME]
    assert list(out.audit_score) == [5, 1, 1]
    assert out.name_note[0] == "" and "replaced" in out.name_note[1] and "withheld" in out.name_note[2]
    assert copied not in " ".join(out.description)


def test_a_name_with_one_flagged_word_loses_that_word_not_its_meaning() -> None:
    from clio_assets.hierarchy.audit import audit_nodes
    from resources.llm import LLMBackend

    nodes = pd.DataFrame({"name": ["Sarah Johnson, tax, refund", "Poem, story"],
                          "description": ["Requests about sarah johnson, tax and refund.",
                                          "Requests about poem and story."],
                          "terms": [["sarah johnson", "tax", "refund"], ["poem", "story"]],
                          "fallback_name": ["Finance and money", "Creative writing"], "name_note": ["", ""]})
    out = audit_nodes(nodes, LLMBackend())
    assert list(out.name) == ["Tax, refund", "Poem, story"]  # the person's name is dropped, the rest kept
    assert "sarah" not in out.description[0].lower() and "johnson" not in " ".join(out.terms[0])
    assert "dropped" in out.name_note[0] and out.name_note[1] == ""
