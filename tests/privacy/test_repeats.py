"""One person must never look like ten: repeated requests, missing and constant user ids.

A day of generated traffic gets three planted groups:
- one person without a user id sends 30 near-identical requests naming a made-up product;
- one person with the same user id on all 30 records does the same with another product;
- 12 genuinely different users each ask 4 different questions about a made-up plant.
The first two must reach nothing published; the third must still be published. A control
run under the old per-conversation policy shows the planted phrase does leak without the
rule, so the test can fail."""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import numpy as np
import pytest

from clio_assets.privacy.repeats import MissingUserIdPolicy, identify_users, parse_policy, request_groups
from clio_assets.shared.records import Conversation, Message

DAY = "2026-11-20"
K, M = 10, 20
ANONYMOUS = "zorbulent fizzwick"
CONSTANT = "quillotron maxiflange"
SHARED = "glimmerfrost"
PLANT_QUESTIONS = [
    "how often should I water a glimmerfrost fern in winter",
    "my glimmerfrost fern has brown leaf tips, what is wrong",
    "what soil mix does a glimmerfrost fern need",
    "can a glimmerfrost fern live in a north facing window",
    "how do I repot a glimmerfrost fern without hurting the roots",
    "is a glimmerfrost fern safe for cats",
    "why is my glimmerfrost fern dropping leaves",
    "what fertiliser is best for a glimmerfrost fern",
    "how big does a glimmerfrost fern get indoors",
    "how do I propagate a glimmerfrost fern by division",
    "should I mist my glimmerfrost fern every day",
    "what temperature does a glimmerfrost fern like",
]


def near_identical(product: str, rng: random.Random) -> str:
    greeting = rng.choice(["", "hi, ", "hello! ", "Hey. "])
    detail = rng.choice(["", " model 3", " v2", " (the blue one)"])
    ending = rng.choice(["", " please", ", thanks!", " in about 100 words"])
    return f"{greeting}can you write a short product description for my {product}{detail}{ending}"


def planted(seed: int = 7) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(30):
        yield {"conversation_id": f"anon-{i}", "messages": [
            {"role": "user", "content": near_identical(ANONYMOUS, rng)}, {"role": "assistant", "content": "Sure."}]}
    for i in range(30):
        yield {"conversation_id": f"same-{i}", "user_id": "same-person", "messages": [
            {"role": "user", "content": near_identical(CONSTANT, rng)}, {"role": "assistant", "content": "Sure."}]}
    for u in range(12):
        for j, question in enumerate(rng.sample(PLANT_QUESTIONS, 4)):
            yield {"conversation_id": f"plant-{u}-{j}", "user_id": f"gardener-{u}", "messages": [
                {"role": "user", "content": question}, {"role": "assistant", "content": "Here is how."}]}


def write_day(root: Path) -> None:
    from clio_assets.demo.generator import iter_conversations
    from clio_assets.demo.leak_harness import write_day as write

    records = [r for r, _ in iter_conversations(DAY, 1200, 300, 3)] + list(planted())
    write(root, DAY, records)


def run_day(home: Path, policy: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Materialise every asset of the day under `policy`; the published corpus and the
    restricted membership for the assertions."""
    from clio_assets import definitions
    from clio_assets.definitions import storage_from_env
    from clio_assets.privacy import leak_search as la

    monkeypatch.setenv("CLIO_MISSING_USER_ID", policy)
    write_day(home / "source")
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=definitions.build_resources(),
                            raise_on_error=False)
    assert result.success
    storage = storage_from_env()
    return {
        "corpus": la.published_corpus(str(home / "lancedb" / "published"), home / "exports"),
        "nodes": storage.read("published", "hierarchy_nodes", DAY),
        "members": storage.read("restricted", "hierarchy_membership", DAY),
        "raw": storage.read("restricted", "raw_conversations", DAY),
        "result": result, "home": home,
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = {}
    for policy in ("request", "conversation"):
        home = tmp_path_factory.mktemp(f"clio-{policy}")
        with pytest.MonkeyPatch.context() as mp:
            for name, sub in {"CLIO_HOME": "", "CLIO_SOURCE_ROOT": "source",
                              "CLIO_RESTRICTED_URI": "lancedb/restricted",
                              "CLIO_PUBLISHED_URI": "lancedb/published", "CLIO_EXPORT_DIR": "exports"}.items():
                mp.setenv(name, str(home / sub))
            out[policy] = run_day(home, policy, mp)
    return out


def visible(corpus: str, phrase: str) -> bool:
    """Any word of the phrase, as a whole word, anywhere in the published corpus."""
    from clio_assets.privacy import leak_search as la

    return any(la.word_re(word).search(corpus) for word in phrase.split())


def test_repeated_requests_reach_nothing_published(runs: dict) -> None:
    corpus = runs["request"]["corpus"]
    assert not visible(corpus, ANONYMOUS)
    assert not visible(corpus, CONSTANT)


def test_ten_real_users_sharing_a_phrase_still_get_it_published(runs: dict) -> None:
    assert visible(runs["request"]["corpus"], SHARED)


def test_no_published_node_exists_only_because_of_one_persons_repeats(runs: dict) -> None:
    run = runs["request"]
    members = run["members"]
    for node in run["nodes"].node_id:
        rows = members[members.node_id == node]
        repeats = rows.conversation_id.str.startswith(("anon-", "same-"))
        others = rows[~repeats]
        # each planted person counted once, as one request
        people = others.user_id.nunique() + int(rows[repeats].conversation_id.str.startswith("anon-").any()) \
            + int(rows[repeats].conversation_id.str.startswith("same-").any())
        assert people >= K, node
        assert others.request_key.nunique() + (people - others.user_id.nunique()) >= M, node
    for check in run["result"].get_asset_check_evaluations():
        assert check.passed, (check.asset_key, check.check_name)


def test_missing_ids_are_one_pseudo_user_per_repeated_request(runs: dict) -> None:
    raw = runs["request"]["raw"]
    anon = raw[raw.conversation_id.str.startswith("anon-")]
    assert not anon.user_id_recorded.any()
    assert anon.user_id.nunique() <= 2  # 30 near copies: one pseudo-user (two at most, if a copy strays)
    assert raw[raw.conversation_id.str.startswith("same-")].request_group.nunique() <= 2


def test_the_old_per_conversation_policy_would_publish_the_phrase(runs: dict) -> None:
    """The control: without the rule, one person's repeated phrase reaches published tables."""
    assert visible(runs["conversation"]["corpus"], ANONYMOUS)


def test_policy_is_recorded_in_metadata_and_the_explorer_footer(runs: dict) -> None:
    run = runs["request"]
    meta = next(m for m in run["result"].get_asset_materialization_events()
                if m.asset_key == dg.AssetKey("raw_conversations")).materialization.metadata
    assert meta["missing_user_id_policy"].value == "request"
    assert meta["conversations_without_user_id"].value == 30
    assert "estimates" in meta["user_counts_warning"].value
    page = (run["home"] / "exports" / "explorer" / f"date={DAY}" / "index.html").read_text(encoding="utf-8")
    found = re.search(r'<script id="clio-data" type="application/json">(.*?)</script>', page, re.S)
    assert found
    data = json.loads(found.group(1))
    assert data["user_counting"]["missing_user_id_policy"] == "request"
    assert data["user_counting"]["conversations_without_user_id"] == 30
    assert "estimates" in data["user_counting"]["user_counts_warning"]


# ------------------------------------------------------------------------- pure logic


def conversation(cid: str, user: str, *turns: str) -> Conversation:
    return Conversation(cid, user, tuple(Message("user", t) for t in turns), "messages", "f", 1)


def test_request_groups_join_near_copies_and_keep_different_requests_apart() -> None:
    rng = random.Random(1)
    copies = [near_identical("zorbulent fizzwick", rng) for _ in range(20)]
    different = ["how do I reverse a list in python", "what is the capital of peru",
                 "translate good morning into german", "write a haiku about the sea"]
    labels = request_groups(copies + different)
    assert len(set(labels[:20].tolist())) == 1
    assert len(set(labels[20:].tolist())) == 4 and labels[0] not in labels[20:]


@pytest.mark.parametrize("a,b", [
    ("My order 12345 has not arrived", "my order 98765 has not arrived!"),  # digits, case, punctuation
    ("Please call [PERSON] about the invoice", "please call [PERSON]  about the invoice."),  # placeholders, spaces
    ("ＦＵＬＬＷＩＤＴＨ text here", "fullwidth text here"),  # Unicode forms
])
def test_normalisation_makes_trivial_variants_one_request(a: str, b: str) -> None:
    assert request_groups([a, b]).tolist() == [0, 0]


def test_a_conversation_is_one_request_when_its_first_turn_or_all_turns_repeat() -> None:
    convs = [conversation("a", "", "hello", "write a poem about the sea"),
             conversation("b", "", "hello", "fix my python import error"),
             conversation("c", "u1", "summarise this article about tides for me", "shorter"),
             conversation("d", "u2", "summarise this article about tides for me", "in french")]
    identity = identify_users(convs, MissingUserIdPolicy.REQUEST)
    assert identity.request_groups[0] == identity.request_groups[1]  # same opening turn
    assert identity.user_ids[0] == identity.user_ids[1] and identity.user_ids[0].startswith("anon:")
    assert identity.user_ids[2:] == ["u1", "u2"] and identity.recorded == [False, False, True, True]


def test_policies() -> None:
    convs = [conversation(f"c{i}", "", f"question number {i} about a different thing {'xyz' * i}") for i in range(3)]
    convs += [conversation("r1", "real", "something else entirely")]
    day = identify_users(convs, MissingUserIdPolicy.DAY).user_ids
    assert day[:3] == ["anon:day"] * 3 and day[3] == "real"
    per = identify_users(convs, MissingUserIdPolicy.CONVERSATION).user_ids
    assert len(set(per[:3])) == 3
    assert parse_policy("") is MissingUserIdPolicy.REQUEST
    with pytest.raises(ValueError, match="CLIO_MISSING_USER_ID"):
        parse_policy("trust-me")


def test_arena_day_keeps_most_conversations_as_distinct_requests() -> None:
    """Real id-less traffic: greetings collapse, distinct requests stay distinct."""
    from tests.conftest import shared_data

    path = shared_data("arena-even", "conversations.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    turns = [[m["content"] for m in r["messages"] if m["role"] == "user"] for r in rows]
    labels = request_groups([t[0] if t else "" for t in turns], ["\n".join(t) for t in turns])
    sizes = np.bincount(labels)
    assert 0.6 * len(rows) < len(sizes) < len(rows)  # repeats exist, most requests are distinct
    first = [t[0].strip().lower().rstrip("!.") if t else "" for t in turns]
    hello = {labels[i] for i, f in enumerate(first) if f == "hello"}
    assert len(hello) == 1  # every bare "hello" opening is one request
