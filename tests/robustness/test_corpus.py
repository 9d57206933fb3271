"""Every class of the bad-input corpus through a real Dagster run of the whole day (offline
backend): the day completes, each class has its expected outcome, no good record is lost."""
from __future__ import annotations

import json
from collections import Counter

import dagster as dg
import pytest

from clio_assets.shared.text import BIDI, has_unsafe_display_chars
from tests.robustness import corpus

DAY = "2026-09-14"


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One run over the corpus plus a small demo day; the tables read back once."""
    from clio_assets import definitions
    from clio_assets.demo.generator import generate_day

    home = tmp_path_factory.mktemp("robust") / "clio"
    sizes = corpus.Sizes()
    env = {"CLIO_HOME": str(home), "CLIO_SOURCE_ROOT": str(home / "source"),
           "CLIO_RESTRICTED_URI": str(home / "lancedb" / "restricted"),
           "CLIO_PUBLISHED_URI": str(home / "lancedb" / "published"), "CLIO_EXPORT_DIR": str(home / "exports"),
           "CLIO_MIN_UNIQUE_USERS": "3", "CLIO_MIN_CONVERSATIONS": "3", **sizes.limits_env()}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        demo = generate_day(home / "source", DAY, n_conversations=60, n_users=30, seed=5)
        cases = corpus.build(demo.day_dir, sizes)
        result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=definitions.build_resources(),
                                instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
        storage = definitions.storage_from_env()
        tables = {name: storage.read("restricted", name, DAY)
                  for name in ("raw_conversations", "quarantine", "conversation_facets")}
    return {"result": result, "cases": cases, "demo": demo, "sizes": sizes, **tables}


def test_the_day_completes_with_every_check_passing(corpus_run: dict) -> None:
    result = corpus_run["result"]
    assert result.success, [e.event_specific_data for e in result.all_events if e.is_failure]
    assert all(c.passed for c in result.get_asset_check_evaluations())
    assert len(corpus_run["cases"]) >= 25


def test_no_good_record_is_lost(corpus_run: dict) -> None:
    raw, facets = corpus_run["raw_conversations"], corpus_run["conversation_facets"]
    kept = set(raw.conversation_id)
    expected = {cid for case in corpus_run["cases"] for cid in case.kept}
    assert expected - kept == set()
    assert len(raw) == corpus_run["demo"].n_conversations + len(expected)  # the demo day, whole
    assert sorted(facets.conversation_id) == sorted(raw.conversation_id)  # every kept record got its facets


def test_every_class_is_quarantined_with_its_reason(corpus_run: dict) -> None:
    quarantine = corpus_run["quarantine"]
    got = Counter((f, r.split(":")[0]) for f, r in zip(quarantine.source_file, quarantine.reason))
    expected = Counter(reason for case in corpus_run["cases"] for reason in case.reasons)
    assert got == expected
    assert all(quarantine.reason.str.len() > 0)


def test_cleaned_classes_hold_clean_text(corpus_run: dict) -> None:
    raw = corpus_run["raw_conversations"].set_index("conversation_id")
    facets = corpus_run["conversation_facets"].set_index("conversation_id")
    messages = {cid: json.loads(text) for cid, text in raw.messages_json.items()}
    meta = {cid: json.loads(text) for cid, text in raw.metadata_json.items()}
    # lone surrogates: replaced everywhere, the valid pair kept
    sur = "sur-\ufffd"
    assert raw.loc[sur, "user_id"] == "u-\ufffd" and meta[sur]["k\ufffd"] == "v\ufffd"
    assert "\ufffd surrogate" in messages[sur][0]["content"] and "\U0001F600" in messages[sur][0]["content"]
    assert meta[sur]["ingest_repairs"]["lone_surrogates"] == 5  # id, user id, key, value, text
    # control characters removed; bidi kept in the restricted text but not in the summary
    assert messages["ctl-1"][0]["content"] == "NUL bell escape[31m and C1 here"
    assert "\u202e" in messages["bidi-1"][0]["content"]
    assert not any(c in BIDI for c in facets.loc["bidi-1", "request"])
    assert not any(has_unsafe_display_chars(text) for text in facets.request)
    # cp1252 read as such
    assert messages["cp-1"][0]["content"] == "Café crème \u201cquoted\u201d € 5"
    assert meta["cp-1"]["ingest_repairs"]["encoding"] == "cp1252"
    # the 5 MB message kept, cut to the message cap, and noted
    from clio_assets.ingest.limits import IngestLimits

    assert len(messages["big-msg"][0]["content"]) == IngestLimits().max_message_chars
    assert meta["big-msg"]["ingest_repairs"]["truncated_messages"] == 1
    assert messages["blocks"] == [{"role": "user", "content": "What is in this picture?"}]


def test_quarantine_reasons_name_the_limits(corpus_run: dict) -> None:
    quarantine = corpus_run["quarantine"].set_index("source_file")
    assert quarantine.loc["big_record.jsonl", "reason"].startswith("record-too-large: ")
    size = int(quarantine.loc["big_record.jsonl", "reason"].split()[1])
    assert size > corpus_run["sizes"].big_record_bytes  # the record's real size, though it was never held whole
    assert "the limit is 2000" in quarantine.loc["many_turns.jsonl", "reason"]
    assert f"more than {corpus_run['sizes'].max_file_bytes} bytes" in quarantine.loc["bomb.jsonl.gz", "reason"]
    assert len(quarantine.loc["big_record.jsonl", "excerpt"]) <= 200  # the excerpt stays small
