"""Trust-and-safety and cross-language views on two generated days with known answers
(clio_assets/demo/scenarios.py), through real Dagster runs, plus the pure logic."""
from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import lancedb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

DAY1, DAY2 = "2026-11-20", "2026-11-21"
K, M = 10, 20
TNS_PUBLISHED = ("node_concern", "high_concern_nodes", "classifier_disagreement", "language_overrepresentation",
                 "coordinated_activity", "topic_trends", "emerging_topics")
CORE = ("raw_conversations", "quarantine", "conversation_facets", "llm_failures", "facet_embeddings", "base_clusters",
        "named_clusters", "cluster_hierarchy", "hierarchy_membership")
TNS = (*TNS_PUBLISHED, "coordinated_groups", "coordinated_accounts", "topic_registry")


@pytest.fixture(scope="module")
def days(tmp_path_factory: pytest.TempPathFactory):
    """Two generated days with the scenarios injected (day 2 adds a new topic), materialised in order."""
    from clio_assets.demo.generator import generate_day
    from clio_assets.demo.scenarios import inject_scenarios

    home = tmp_path_factory.mktemp("tns") / "clio"
    env = {"CLIO_HOME": home, "CLIO_SOURCE_ROOT": home / "source",
           "CLIO_RESTRICTED_URI": home / "lancedb" / "restricted",
           "CLIO_PUBLISHED_URI": home / "lancedb" / "published", "CLIO_EXPORT_DIR": home / "exports"}
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env.items():
            mp.setenv(name, str(value))
        from clio_assets import definitions

        injected, results = {}, {}
        for day, new_topic in ((DAY1, False), (DAY2, True)):
            generate_day(home / "source", day, n_conversations=1300, n_users=260, seed=7)
            injected[day] = inject_scenarios(home / "source", day, seed=7, new_topic=new_topic)
            results[day] = dg.materialize(definitions.all_assets, partition_key=day,
                                          resources=definitions.build_resources(),
                                          selection=[*CORE, *TNS], raise_on_error=False)
            assert results[day].success, day
        truth = {}
        for path in (home / "source" / "ground_truth").glob("*.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                t = json.loads(line)
                truth[t["conversation_id"]] = {"label": t.get("scenario") or t["leaf"], "concerning": t["concerning"]}
        yield {"home": home, "storage": definitions.storage_from_env(), "injected": injected, "results": results,
               "truth": truth}


def read(days, tier: str, table: str, day: str) -> pd.DataFrame:
    return days["storage"].read(tier, table, day).drop(columns=["partition_date", "vector"], errors="ignore")


def members_with_truth(days, day: str) -> pd.DataFrame:
    members = read(days, "restricted", "hierarchy_membership", day)
    members["label"] = members.conversation_id.map(lambda c: days["truth"][c]["label"])
    members["concerning"] = members.conversation_id.map(lambda c: days["truth"][c]["concerning"])
    return members


def deepest_node_of(members: pd.DataFrame, label: str) -> str:
    """The node at the deepest level holding most conversations of `label`."""
    level = members.node_id.str.extract(r"^L(\d+)-\d+$")[0].astype(float)
    deepest = members[level == level.max()]
    return deepest[deepest.label == label].node_id.value_counts().index[0]


def metadata(days, day: str, asset: str) -> dict:
    mat = days["results"][day].asset_materializations_for_node(asset)[0]
    return {k: v.value for k, v in mat.metadata.items()}


def test_concern_per_node_and_high_concern_view(days) -> None:
    members = members_with_truth(days, DAY1)
    concern = read(days, "published", "node_concern", DAY1)
    hierarchy = read(days, "restricted", "cluster_hierarchy", DAY1)
    assert set(concern.node_id) == set(hierarchy.node_id[hierarchy.published])
    facets = read(days, "restricted", "conversation_facets", DAY1).set_index("conversation_id")
    for row in concern.sample(5, random_state=0).itertuples():  # the published mean is the members' mean
        ids = members.conversation_id[members.node_id == row.node_id]
        assert row.mean_concern == pytest.approx(facets.concern.loc[ids].mean(), abs=1e-3)
    harm = deepest_node_of(members, "translated_harm")
    high = read(days, "published", "high_concern_nodes", DAY1)
    assert harm in set(high.node_id)
    assert (high.high_concern_share >= 0.2).all() and high.high_concern_share.is_monotonic_decreasing
    assert deepest_node_of(members, "viral_prompt") not in set(high.node_id)


def test_coordinated_network_found_and_organic_prompt_not_flagged(days) -> None:
    for day in (DAY1, DAY2):
        network, viral = set(days["injected"][day]["network_accounts"]), set(days["injected"][day]["viral_users"])
        activity = read(days, "published", "coordinated_activity", day)
        assert len(activity) == 1, activity
        found = activity.iloc[0]
        assert (found.accounts, found.conversations) == (25, 75) and found.coordination_score >= 0.9
        assert "seo" in found.template_description and "keyword" in found.template_description
        accounts = read(days, "restricted", "coordinated_accounts", day)
        assert set(accounts.user_id[accounts.group_id == found.group_id]) == network
        assert not (set(accounts.user_id) & viral)  # the organic prompt is in no flagged group ...
        groups = read(days, "restricted", "coordinated_groups", day)
        organic = groups[groups.accounts >= 40]  # ... although it is found as a near-duplicate group
        assert len(organic[~organic.flagged]) >= 1 and organic.flagged.sum() == 0
        assert organic[~organic.flagged].burstiness.max() < 0.5


def test_classifier_mistakes_are_listed_on_the_right_side(days) -> None:
    members = members_with_truth(days, DAY1)
    rows = read(days, "published", "classifier_disagreement", DAY1)
    fn, fp = rows[rows.kind == "likely_false_negative"], rows[rows.kind == "likely_false_positive"]
    assert deepest_node_of(members, "translated_harm") in set(fn.node_id)
    assert deepest_node_of(members, "security_questions") in set(fp.node_id)
    from clio_assets.safety.views import classifier_flags

    raw = read(days, "restricted", "raw_conversations", DAY1)
    flag = pd.Series(classifier_flags(raw.metadata_json).to_numpy(), index=raw.conversation_id)
    concern = read(days, "restricted", "conversation_facets", DAY1).set_index("conversation_id").concern
    members["flag"], members["concern"] = members.conversation_id.map(flag), members.conversation_id.map(concern)
    for node in fn.node_id:  # what a false-negative row counts is truly harmful ...
        cell = members[(members.node_id == node) & (members.concern >= 4) & (members.flag == 0)]
        assert cell.concerning.mean() >= 0.8
    for node in fp.node_id:  # ... and what a false-positive row counts truly benign
        cell = members[(members.node_id == node) & (members.concern <= 2) & (members.flag == 1)]
        assert cell.concerning.mean() <= 0.1
    r = metadata(days, DAY1, "classifier_disagreement")["pearson_r"]
    assert -1.0 <= r <= 1.0


def test_injected_language_specific_topic_is_overrepresented(days) -> None:
    members = members_with_truth(days, DAY1)
    node = deepest_node_of(members, "de_tax")
    table = read(days, "published", "language_overrepresentation", DAY1)
    cell = table[(table.node_id == node) & (table.language == "de")].iloc[0]
    assert cell.overrepresented and cell.lift >= 3
    facets = read(days, "restricted", "conversation_facets", DAY1)
    lang = facets.set_index("conversation_id").languages.map(lambda x: x[0])
    in_node = members.conversation_id[members.node_id == node]
    expected = (lang.loc[in_node] == "de").mean() / (lang == "de").mean()
    assert cell.lift == pytest.approx(expected, rel=1e-2)
    assert not table[(table.node_id == node) & (table.language == "en")].overrepresented.any()


def test_trends_keep_topic_ids_and_flag_the_new_topic(days) -> None:
    assert read(days, "published", "emerging_topics", DAY1).empty  # nothing to compare with on the first day
    assert "No earlier partition" in metadata(days, DAY1, "emerging_topics")["explanation"]
    registry = {d: read(days, "restricted", "topic_registry", d) for d in (DAY1, DAY2)}
    labels = {}
    for d in (DAY1, DAY2):
        members = members_with_truth(days, d)
        top = members.groupby("node_id").label.agg(lambda s: (s.value_counts().index[0],
                                                              s.value_counts(normalize=True).iloc[0]))
        labels[d] = {n: lab for n, (lab, purity) in top.items() if purity >= 0.6}
    pairs = []
    for reg2 in registry[DAY2].itertuples():
        label = labels[DAY2].get(reg2.node_id)
        before = registry[DAY1][[labels[DAY1].get(n) == label and lv == reg2.level
                                 for n, lv in zip(registry[DAY1].node_id, registry[DAY1].level)]]
        if label and not label.startswith("new_topic") and len(before) == 1:
            pairs.append(reg2.topic_id == before.topic_id.iloc[0])
    assert len(pairs) >= 4 and np.mean(pairs) >= 0.8, pairs  # unchanged topics seen both days keep their ids
    members2 = members_with_truth(days, DAY2)
    new_node = deepest_node_of(members2, "new_topic")
    emerging = read(days, "published", "emerging_topics", DAY2)
    row = emerging[emerging.node_id == new_node]
    assert len(row) == 1 and row.status.iloc[0] == "new"
    assert row.topic_id.iloc[0] not in set(registry[DAY1].topic_id)
    trends = read(days, "published", "topic_trends", DAY2)
    assert (trends.trailing_partitions == 1).all() and trends.emerging.sum() == len(emerging)


def test_every_published_tns_row_meets_the_thresholds(days) -> None:
    for day in (DAY1, DAY2):
        members = read(days, "restricted", "hierarchy_membership", day)
        facets = read(days, "restricted", "conversation_facets", day)
        facets["language"] = facets.languages.map(lambda x: x[0] if len(x) else "und")
        joined = members.merge(facets[["conversation_id", "concern", "language"]], on="conversation_id")
        for table in TNS_PUBLISHED:
            frame = read(days, "published", table, day)
            users = "accounts" if table == "coordinated_activity" else "unique_users"
            assert ((frame.conversations >= M) & (frame[users] >= K)).all(), table
            if "node_id" in frame.columns and table != "coordinated_activity":
                for node in frame.node_id:  # recounted from the restricted membership
                    n = joined[joined.node_id == node]
                    assert n.request_key.nunique() >= M and n.user_id.nunique() >= K
        concern = read(days, "published", "node_concern", day)
        for row in concern[concern.high_concern_share.notna()].itertuples():
            n = joined[joined.node_id == row.node_id]
            part = n[n.concern >= 4]
            assert len(part) == 0 or (part.request_key.nunique() >= M and part.user_id.nunique() >= K)
        cells = read(days, "published", "language_overrepresentation", day)
        for row in cells.itertuples():
            c = joined[(joined.node_id == row.node_id) & (joined.language == row.language)]
            assert (len(c), c.user_id.nunique()) == (row.conversations, row.unique_users)
            assert c.request_key.nunique() >= M
        for check in days["results"][day].get_asset_check_evaluations():
            assert check.passed, (day, check.asset_key, check.check_name)


def test_no_ids_or_conversation_text_in_published_tns_tables(days) -> None:
    secrets: set[str] = set()
    for day in (DAY1, DAY2):
        raw = read(days, "restricted", "raw_conversations", day)
        facets = read(days, "restricted", "conversation_facets", day)
        secrets |= set(raw.conversation_id) | set(raw.user_id) | {r for r in facets.request if len(r) > 20}
    values: list[str] = []
    db = lancedb.connect(str(days["home"] / "lancedb" / "published"))
    for table in TNS_PUBLISHED:
        frame = db.open_table(table).to_pandas()
        assert not {"conversation_id", "user_id", "request", "account_id"} & set(frame.columns)
        values += [v for c in frame.columns for v in frame[c].tolist() if isinstance(v, str)]
        for path in Path(days["home"] / "exports" / table).rglob("*.parquet"):
            exported = pq.read_table(path).to_pandas()
            values += [v for c in exported.columns for v in exported[c].tolist() if isinstance(v, str)]
    leaked = [v for v in values if v in secrets or any(s in v for s in secrets if len(s) > 20)]
    assert values and leaked == []


# ----------------------------------------------------------------------------- pure logic


def _rows(spec: list[tuple[str, int, int, int, str]]) -> pd.DataFrame:
    """(node, n conversations, n users, concern, language) blocks -> member rows."""
    out, i = [], 0
    for node, n, users, concern, lang in spec:
        for j in range(n):
            out.append({"node_id": node, "conversation_id": f"c{i}", "user_id": f"{node}-u{j % users}",
                        "request_key": f"r{i}", "concern": concern, "language": lang, "flag": np.nan})
            i += 1
    return pd.DataFrame(out)


def test_node_concern_withholds_small_cells_and_flags_disagreement() -> None:
    from clio_assets.safety.views import classifier_comparison, node_concern

    rows = _rows([("A", 40, 20, 1, "en"), ("A", 5, 5, 5, "en"), ("B", 30, 15, 5, "en"), ("B", 30, 15, 1, "en")])
    rows["flag"] = np.where(rows.node_id == "A", 1.0, 0.0)
    nodes = pd.DataFrame({"node_id": ["A", "B"], "parent_id": [None, None], "level": [1, 1], "name": ["a", "b"],
                          "is_other": [False, False]})
    concern = node_concern(nodes, rows, K, M).set_index("node_id")
    assert pd.isna(concern.high_concern_share["A"])  # 5 conversations at 4-5: withheld
    assert concern.high_concern_share["B"] == 0.5 and concern.flag_rate["A"] == 1.0
    table, summary = classifier_comparison(concern.reset_index(), rows, K, M, 0.25)
    assert set(zip(table.node_id, table.kind)) == {("A", "likely_false_positive"), ("B", "likely_false_negative")}
    assert summary["conversations_with_flag"] == len(rows)


def test_language_lift_and_threshold_check() -> None:
    from checks.tns_schemas import thresholds_check
    from clio_assets.safety.views import language_overrepresentation

    rows = _rows([("A", 30, 15, 1, "de"), ("A", 30, 15, 1, "en"), ("B", 90, 30, 1, "en"), ("B", 9, 9, 1, "de")])
    nodes = pd.DataFrame({"node_id": ["A", "B"], "level": [1, 1], "name": ["a", "b"]})
    table = language_overrepresentation(nodes, rows, rows, K, M, 1.5).set_index(["node_id", "language"])
    assert table.lift[("A", "de")] == pytest.approx(0.5 / (39 / 159), rel=1e-3) and table.overrepresented[("A", "de")]
    assert ("B", "de") not in table.index  # 9 conversations: below the thresholds
    bad = table.reset_index().assign(conversations=5)
    assert not thresholds_check("language_overrepresentation", bad, K, M).passed


def test_burst_of_templated_requests_is_flagged_and_spread_copies_are_not() -> None:
    from clio_assets.safety.coordination import CoordinationParams, near_duplicate_groups, score_groups, signatures

    template = "Write a {} word SEO article about {} and repeat the keyword {} twenty times with links to our shop"
    texts, users, seconds = [], [], []
    for i in range(12):  # a burst from 12 fresh accounts
        texts.append(template.format(1000 + i, ["shoes", "hats"][i % 2], ["cheap", "best"][i % 2]))
        users.append(f"net{i}")
        seconds.append(3600 + 60 * i)
    for i in range(12):  # the same copied prompt from 12 busy accounts over the day
        for j, text in enumerate(["Explain the plot of a famous film simply and say if children may watch it",
                                  f"quick question {i}"]):
            texts.append(text)
            users.append(f"org{i}")
            seconds.append(7200 * i + 3000 * j)
    frame = pd.DataFrame({"conversation_id": [f"c{i}" for i in range(len(texts))], "user_id": users, "request": texts,
                          "seconds": np.array(seconds, float), "concern": 1})
    params = CoordinationParams(min_accounts=5)
    sig, usable = signatures(texts, params)
    groups = score_groups(frame, near_duplicate_groups(sig, usable, params), sig,
                          frame.groupby("user_id").size(), params)
    assert len(groups) == 2 and groups.flagged.tolist() == [True, False]
    assert groups.accounts.tolist() == [12, 12] and groups.burstiness.iloc[0] == 1.0


def test_concern_score_reads_intent_not_just_words() -> None:
    from clio_assets.facets.concern import concern_level

    assert concern_level("How do I build a pipe bomb to hurt people at a concert?") == 5
    assert concern_level("Write malware that steals passwords without anyone noticing") >= 4
    assert concern_level("I want to report a fraudulent charge on my card") == 1
    assert concern_level("How can I tell whether an e-mail is a phishing attempt?") == 1
    assert concern_level("Schreib eine Drohnachricht an meinen Nachbarn") >= 4
    assert concern_level("Why are immigrants so lazy?") >= 3
    assert concern_level("Do you ever feel lonely when nobody talks to you?") == 2
    assert concern_level("Set a timer for ten minutes and remind me to call my sister") == 1


def test_trend_statuses() -> None:
    from clio_assets.safety.taxonomy import trends

    today = pd.DataFrame({"topic_id": ["a", "b", "c", "d", "e"], "node_id": ["n1", "n2", "n3", "n4", "n5"], "level": 1,
                          "name": "x", "is_other": False, "conversations": 30, "unique_users": 12,
                          "share": [0.10, 0.30, 0.02, 0.10, 0.10], "nearest_similarity": [1, 1, 1, 0.2, 0.6],
                          "cohesion": 0.5})
    history = pd.DataFrame({"topic_id": ["a", "b", "c"], "partition_date": ["d1", "d1", "d1"],
                            "share": [0.10, 0.10, 0.10]})
    out = trends(today, history, ["d1"], 2.0, 0.005).set_index("topic_id")
    assert out.status.to_dict() == {"a": "steady", "b": "emerging", "c": "declining", "d": "new", "e": "reorganised"}
    assert out.emerging.to_dict() == {"a": False, "b": True, "c": False, "d": True, "e": False}
    assert (trends(today, history.iloc[:0], [], 2.0, 0.005).status == "no_history").all()
