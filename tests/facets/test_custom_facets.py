"""Custom facets (CLIO_FACETS_FILE): file validation, and the offline backend in a real Dagster run."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from clio_assets.facets.custom import FacetsFileError, load_facets, parse_facets

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "facets.yaml"
DAY = "2026-11-23"

BAD = """
facets:
  - name: goal
    question: What was the user's goal?
    type: enum
    options:
      learn:
      create: The user wants something made.
  - name: Bad-Name
    question: Why did they ask?
    type: text
  - name: files
    question: How many files?
    type: integer
    minimum: 5
  - name: mood
    question: What mood was the user in?
    type: colour
  - name: refused
    question: Did the assistant refuse?
    type: enum
    options:
      yes: It refused.
      no: It answered.
  - name: tone
    question: Which tone?
    type: enum
    colour: red
    options:
      formal: Formal language.
      other: Anything else.
"""


def test_a_bad_file_names_the_file_the_facet_and_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(BAD)
    with pytest.raises(FacetsFileError) as err:
        load_facets(str(path))
    lines = str(err.value).splitlines()
    where = f"CLIO_FACETS_FILE={path}"
    assert f"{where}: facet 'goal': option 'learn' has no description" in lines
    assert any(line.startswith(f"{where}: facet 'Bad-Name': name 'Bad-Name' must be lower-case") for line in lines)
    assert f"{where}: facet 'files': an integer facet needs both minimum and maximum" in lines
    assert f"{where}: facet 'mood': 'type' must be one of enum, integer, text (got 'colour')" in lines
    assert any(line.startswith(f"{where}: facet 'refused': option True is not text") and "quote" in line
               for line in lines)
    assert f"{where}: facet 'tone': unknown key 'colour'" in lines
    assert any(line.startswith(f"{where}: facet 'tone': option 'other' must be") for line in lines)
    assert len(lines) == 7  # each problem once, none hidden behind the first


@pytest.mark.parametrize(("text", "problem"), [
    ("facets: []", "expected a mapping with a non-empty list under 'facets'"),
    ("facets: [oops", "not valid YAML"),
    ("facets:\n- {name: a, question: Which one, type: text}\n- {name: a, question: Again, type: text}",
     "facet 'a': the name is used by an earlier facet"),
    ("facets:\n- {name: n, question: How many, type: integer, minimum: 3, maximum: 3}",
     "facet 'n': minimum 3 must be below maximum 3"),
    ("facets:\n- {name: e, question: Which one, type: enum, options: {a: only one}}",
     "facet 'e': an enum facet needs at least 2 options"),
])
def test_file_level_and_range_problems(text: str, problem: str) -> None:
    with pytest.raises(FacetsFileError, match="^CLIO_FACETS_FILE=/x/f.yaml: " + problem.replace("?", r"\?")):
        parse_facets(text, "/x/f.yaml")


def test_a_missing_file_is_named() -> None:
    with pytest.raises(FacetsFileError, match="CLIO_FACETS_FILE=/no/such.yaml: cannot read the file"):
        load_facets("/no/such.yaml")


def test_offline_backend_rejects_facets_it_cannot_answer() -> None:
    custom = parse_facets("facets:\n- {name: files, question: How many files, type: integer, minimum: 0, maximum: 9}"
                          "\n- {name: product, question: Which product, type: text}"
                          "\n- {name: ok, question: Which one, type: enum, options: {a: A thing., b: B thing.}}",
                          "/x/f.yaml")
    custom.check_backend("claude")  # an LLM answers every type
    with pytest.raises(FacetsFileError) as err:
        custom.check_backend("offline")
    lines = str(err.value).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("CLIO_FACETS_FILE=/x/f.yaml: facet 'files': type 'integer' cannot be answered by "
                               "the offline backend")
    assert lines[1].startswith("CLIO_FACETS_FILE=/x/f.yaml: facet 'product': type 'text' cannot be answered")


def test_the_definitions_are_the_version() -> None:
    text = EXAMPLE.read_text()
    one, same = parse_facets(text, "/a.yaml"), parse_facets(text, "/b.yaml")
    changed = parse_facets(text.replace("Python code, scripts", "Python programs, scripts"), "/a.yaml")
    assert one.version == same.version != changed.version


def test_offline_run_stores_checks_and_publishes_custom_facets(clio_home: Path) -> None:
    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from clio_assets.publish.breakdowns import facet_values
    from resources.llm import LLMBackend
    from resources.settings import PrivacySettings

    generate_day(clio_home / "source", DAY, n_conversations=700, n_users=160, seed=11)
    resources = {**definitions.resources, "llm": LLMBackend(facets_file=str(EXAMPLE))}
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=resources,
                            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert all(c.passed for c in checks), [(c.asset_key, c.check_name) for c in checks if not c.passed]

    storage = definitions.storage_from_env()
    facets = storage.read("restricted", "conversation_facets", DAY)
    custom = load_facets(str(EXAMPLE))
    assert custom is not None
    for facet in custom.facets:
        assert set(facets[facet.column]) <= set(facet.values)
    goal = facets.custom_goal.value_counts()
    assert len(goal.drop("other", errors="ignore")) >= 2  # the options are told apart, not one answer for all
    # a request about Python code is answered python more often than anything else
    python = facets[facets.request.str.contains(r"\bpython\b", case=False)]
    if len(python) >= 5:
        assert python.custom_programming_language.value_counts().index[0] == "python"

    published = storage.read("published", "facet_breakdowns", DAY)
    shown = published[published.facet.str.startswith("custom_")]
    assert set(shown.facet) <= {f.column for f in custom.facets} and len(shown) > 0
    # every custom cell shown passes the thresholds in the restricted data; every value that
    # does not is absent (it can only be part of a pooled "other")
    members = storage.read("restricted", "hierarchy_membership", DAY)
    joined = members.merge(facet_values(facets), on="conversation_id")
    privacy = PrivacySettings()  # the defaults this run used
    k, m = privacy.min_unique_users, privacy.min_conversations
    withheld = 0
    for facet in sorted(set(shown.facet)):
        cells = joined.groupby(["node_id", facet]).agg(users=("user_id", "nunique"),
                                                       requests=("request_key", "nunique"))
        small = {key for key, row in cells.iterrows() if row.users < k or row.requests < m}
        rows = shown[(shown.facet == facet) & (shown.value != "other")]
        assert not {(r.node_id, r.value) for r in rows.itertuples()} & small
        assert all(cells.loc[(r.node_id, r.value)].users >= k for r in rows.itertuples())
        withheld += len({(n, v) for n, v in small if v != "other" and n in set(shown.node_id)})
    assert withheld > 0  # the day does hold values below the thresholds, and none of them is shown
    export = pd.read_parquet(storage.export_uri("facet_breakdowns", DAY))
    in_export = export[export.facet.str.startswith("custom_")]
    key = ["node_id", "facet", "value", "conversations"]
    assert sorted(map(tuple, in_export[key].astype(str).values)) == sorted(map(tuple, shown[key].astype(str).values))


def test_text_answers_are_scrubbed_and_kept_short() -> None:
    from clio_assets.facets.claude import custom_values

    custom = parse_facets("facets:\n- {name: product, question: Which product, type: text, max_length: 30}\n"
                          "- {name: goal, question: Which goal, type: enum, options: {a: A thing., b: B thing.}}",
                          "/x/f.yaml")
    values = dict(custom_values(custom, {"custom_product": "  Billing   for jane.roe@example.com and much more text",
                                         "custom_goal": "b"}))
    assert "jane.roe" not in str(values["custom_product"]) and "[email]" in str(values["custom_product"])
    assert len(str(values["custom_product"])) <= 30 and values["custom_goal"] == "b"
    assert dict(custom_values(custom, {"custom_product": "   ", "custom_goal": "other"}))["custom_product"] is None


def test_an_offline_run_with_an_integer_facet_fails_before_extracting_facets(clio_home: Path, tmp_path: Path) -> None:
    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day
    from resources.llm import LLMBackend

    generate_day(clio_home / "source", DAY, n_conversations=10, n_users=5, seed=1)
    path = tmp_path / "facets.yaml"
    path.write_text("facets:\n- {name: files, question: How many files, type: integer, minimum: 0, maximum: 9}\n")
    with pytest.raises(Exception) as err:
        dg.materialize(definitions.all_assets, partition_key=DAY,
                       resources={**definitions.resources, "llm": LLMBackend(facets_file=str(path))},
                       selection=["raw_conversations", "quarantine", "conversation_facets", "llm_failures"],
                       instance=dg.DagsterInstance.ephemeral())
    chain: list[str] = []
    cause: BaseException | None = err.value
    while cause is not None:
        chain.append(str(cause))
        cause = cause.__cause__
    assert any(f"CLIO_FACETS_FILE={path}: facet 'files': type 'integer' cannot be answered by the offline backend"
               in text for text in chain), chain
    assert definitions.storage_from_env().partitions("restricted", "conversation_facets") == []
