"""The deterministic demo-data generator (clio_assets.demo.generator) and its phrase tables."""
from __future__ import annotations

import json
import re
import statistics
import types
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from clio_assets.demo import generator as demo_data
from clio_assets.demo import topics as demo_topics
from clio_assets.demo.generator import generate_day, iter_conversations, main

DAY = "2025-03-14"
N = 300
USERS = 80


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def conversation_text(record: dict) -> str:
    return "\n".join(m["content"] for m in record["messages"])


def template_texts() -> list[str]:
    """Every string in the topic table: templates and filler values."""
    out: list[str] = []
    for leaf_map in demo_topics.TOPICS.values():
        for langs in leaf_map.values():
            for block in langs.values():
                out += block["requests"] + block["followups"] + block["replies"]
                out += [v for values in block["fillers"].values() for v in values]
    return out


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> demo_data.DemoSummary:
    return generate_day(tmp_path_factory.mktemp("demo"), DAY, n_conversations=N, n_users=USERS, seed=3)


@pytest.fixture(scope="module")
def records(day: demo_data.DemoSummary) -> list[dict]:
    return [r for p in sorted(day.day_dir.glob("conversations-*.jsonl")) for r in read_jsonl(p)]


@pytest.fixture(scope="module")
def truth(day: demo_data.DemoSummary) -> list[dict]:
    return read_jsonl(day.ground_truth_path)


# --------------------------------------------------------------------------- topic table


def test_topic_table_covers_enough_leaves_categories_and_languages() -> None:
    topics = demo_topics.TOPICS
    leaves = [(cat, leaf) for cat, leaf_map in topics.items() for leaf in leaf_map]
    assert len(topics) >= 7 and len(leaves) >= 36
    assert len({leaf for _, leaf in leaves}) == len(leaves)  # leaf names are unique
    assert set(demo_topics.CATEGORY_WEIGHTS) == set(topics)
    assert demo_topics.CONCERNING_CATEGORIES < set(topics)
    assert 0.05 <= demo_data.CONCERNING_RATE <= 0.08
    for cat, leaf_map in topics.items():
        for leaf, langs in leaf_map.items():
            assert set(langs) == set(demo_topics.LANGUAGES), (cat, leaf)
            for lang, block in langs.items():
                assert len(block["requests"]) >= 4, (leaf, lang)
                assert block["followups"] and block["replies"], (leaf, lang)


def test_every_template_slot_has_fillers() -> None:
    slot = re.compile(r"\{(\w+)\}")
    for leaf_map in demo_topics.TOPICS.values():
        for leaf, langs in leaf_map.items():
            for lang, block in langs.items():
                fillers = {**demo_topics.SHARED_FILLERS.get(leaf, {}), **block["fillers"]}
                for text in block["requests"] + block["followups"] + block["replies"]:
                    missing = set(slot.findall(text)) - set(fillers)
                    assert not missing, (leaf, lang, text, missing)
                    text.format(**{k: "x" for k in fillers})  # no stray braces


def test_person_names_only_enter_text_through_pii_injection() -> None:
    corpus = "\n".join(template_texts())
    latin = {n for names in list(demo_topics.FIRST_NAMES.values()) + list(demo_topics.SURNAMES.values()) for n in names}
    found = sorted(n for n in latin if re.search(rf"\b{re.escape(n)}\b", corpus))
    assert not found
    cjk_given = [n for names in demo_topics.CJK_GIVEN_NAMES.values() for n in names]
    assert not [n for n in cjk_given if n in corpus]


def test_pii_value_space_is_large() -> None:
    import random

    rng = random.Random(0)
    names = {demo_data._person(rng, lang).full for lang in demo_topics.LANGUAGES for _ in range(300)}
    emails = {demo_data._email(rng, "en", demo_data._person(rng, "en")) for _ in range(300)}
    phones = {demo_data._phone(rng, lang) for lang in demo_topics.LANGUAGES for _ in range(50)}
    addresses = {demo_data._address(rng, lang) for lang in demo_topics.LANGUAGES for _ in range(50)}
    assert min(len(names), len(emails), len(phones), len(addresses)) >= 250


# --------------------------------------------------------------------------- a generated day


def test_same_arguments_give_byte_identical_files(tmp_path: Path) -> None:
    kwargs: dict[str, Any] = dict(n_conversations=N, n_users=USERS, seed=11, mixed_formats=True, n_malformed=6,
                                  rare_topics=2)
    generate_day(tmp_path / "a", DAY, **kwargs)
    generate_day(tmp_path / "b", DAY, **kwargs)
    first, second = all_files(tmp_path / "a"), all_files(tmp_path / "b")
    assert first == second and len(first) >= 4
    generate_day(tmp_path / "c", DAY, **{**kwargs, "seed": 12})
    assert all_files(tmp_path / "c") != first


def test_counts_and_record_shape(day: demo_data.DemoSummary, records: list[dict], truth: list[dict]) -> None:
    assert day.n_conversations == N == len(records) == len(truth)
    assert day.n_malformed == 0
    assert sum(day.languages.values()) == N and sum(day.categories.values()) == N
    assert [r["conversation_id"] for r in records] == [t["conversation_id"] for t in truth]
    assert len({r["conversation_id"] for r in records}) == N
    assert day.n_users == len({r["user_id"] for r in records}) <= USERS
    stamps = [r["timestamp"] for r in records]
    assert stamps == sorted(stamps) and all(s.startswith(DAY + "T") and s.endswith("Z") for s in stamps)
    for record in records:
        roles = [m["role"] for m in record["messages"]]
        assert roles == ["user", "assistant"] * (len(roles) // 2) and 1 <= len(roles) // 2 <= 4
        assert all(m["content"].strip() == m["content"] and m["content"] for m in record["messages"])
        assert isinstance(record["metadata"]["classifier_flag"], bool) and record["metadata"]["client"]
    assert {t["category"] for t in truth} <= set(demo_topics.TOPICS) | {"rare"}


def test_languages_and_categories(day: demo_data.DemoSummary, truth: list[dict]) -> None:
    assert set(day.languages) == set(demo_topics.LANGUAGES)
    assert max(day.languages, key=day.languages.__getitem__) == "en"
    assert len(day.categories) >= 6
    assert len({t["leaf"] for t in truth}) >= 25


def test_user_activity_is_skewed(truth: list[dict]) -> None:
    per_user = Counter(t["user_id"] for t in truth)
    assert max(per_user.values()) >= 5 * statistics.median(per_user.values())


def test_users_mostly_keep_their_home_language() -> None:
    by_user: dict[str, Counter] = defaultdict(Counter)
    for _, t in iter_conversations(DAY, 3000, 200, seed=1):
        by_user[t["user_id"]][t["language"]] += 1
    top_share = sum(c.most_common(1)[0][1] for c in by_user.values()) / 3000
    assert top_share > 0.8


def test_injected_pii_is_recorded_and_present(records: list[dict], truth: list[dict]) -> None:
    with_pii = [(r, t) for r, t in zip(records, truth) if t["pii"]]
    assert 0.07 * N <= len(with_pii) <= 0.2 * N
    for record, t in with_pii:
        text = conversation_text(record)
        for item in t["pii"]:
            assert item["type"] in {"name", "email", "phone", "address"}
            assert item["value"] in text, (item, text)
    kinds = Counter(item["type"] for _, t in with_pii for item in t["pii"])
    assert set(kinds) == {"name", "email", "phone", "address"}


def test_classifier_flag_is_noisy_but_informative() -> None:
    hits: Counter[tuple[bool, bool]] = Counter()
    for record, t in iter_conversations(DAY, 4000, 500, seed=2):
        hits[(t["concerning"], record["metadata"]["classifier_flag"])] += 1
    concerning = hits[(True, True)] + hits[(True, False)]
    benign = hits[(False, True)] + hits[(False, False)]
    assert 0.04 <= concerning / 4000 <= 0.09
    assert 0.55 <= hits[(True, True)] / concerning <= 0.85  # ~30% missed
    assert 0 < hits[(False, True)] / benign < 0.03          # ~1% false positives


def test_ground_truth_is_outside_the_day_folder(day: demo_data.DemoSummary) -> None:
    assert day.ground_truth_path == day.day_dir.parent / "ground_truth" / f"{DAY}.jsonl"
    assert day.day_dir not in day.ground_truth_path.parents
    assert sorted(p.name for p in day.day_dir.iterdir()) == ["conversations-000.jsonl"]
    assert not [p for p in day.day_dir.parent.iterdir() if p.name.endswith(".partial")]


def test_iter_conversations_streams() -> None:
    stream = iter_conversations(DAY, 100_000, 1000, seed=0)
    assert isinstance(stream, types.GeneratorType)
    record, t = next(stream)
    assert record["conversation_id"] == t["conversation_id"]
    first_ten = [r for r, _ in zip(stream, range(9))]
    again = iter_conversations(DAY, 100_000, 1000, seed=0)
    next(again)
    assert first_ten == [r for r, _ in zip(again, range(9))]


def test_users_persist_across_days() -> None:
    ids = lambda day: {t["user_id"] for _, t in iter_conversations(day, 500, 100, seed=4)}  # noqa: E731
    first, second = ids("2025-03-14"), ids("2025-03-15")
    assert len(first & second) >= 0.5 * min(len(first), len(second))


# --------------------------------------------------------------------------- formats and re-runs


def test_mixed_formats_and_malformed_lines(tmp_path: Path) -> None:
    summary = generate_day(tmp_path, DAY, n_conversations=N, n_users=USERS, seed=5, mixed_formats=True,
                           n_malformed=8)
    names = sorted(p.name for p in summary.day_dir.iterdir())
    assert names == ["conversations-000.jsonl", "hh_rlhf-000.jsonl", "malformed.jsonl", "sharegpt-000.jsonl"]
    assert summary.n_malformed == 8
    assert len((summary.day_dir / "malformed.jsonl").read_bytes().splitlines()) == 8

    sharegpt = read_jsonl(summary.day_dir / "sharegpt-000.jsonl")
    hh = read_jsonl(summary.day_dir / "hh_rlhf-000.jsonl")
    messages = read_jsonl(summary.day_dir / "conversations-000.jsonl")
    assert len(sharegpt) + len(hh) + len(messages) == N and sharegpt and hh
    assert {t["from"] for r in sharegpt for t in r["conversations"]} == {"human", "gpt"}
    assert all(r["id"] and r["user_id"] for r in sharegpt)
    assert all(r["chosen"].startswith("\n\nHuman: ") and "\n\nAssistant: " in r["chosen"] for r in hh)
    assert all(r["conversation_id"] and r["user_id"] for r in hh)

    # Same content as without mixed formats: only the container changes.
    plain = generate_day(tmp_path / "plain", DAY, n_conversations=N, n_users=USERS, seed=5)
    assert plain.ground_truth_path.read_bytes() == summary.ground_truth_path.read_bytes()

    # The project's own parser accepts every good record and rejects every bad line.
    from clio_assets.ingest.parse import read_day

    conversations, rejected = read_day(summary.day_dir)
    assert len(conversations) == N and len(rejected) == 8
    assert len({r.reason.split(":")[0] for r in rejected}) == 8
    assert {c.source_format for c in conversations} == {"messages", "sharegpt", "hh_rlhf"}


def test_rerun_replaces_the_day_without_stale_shards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_data, "SHARD_SIZE", 100)
    first = generate_day(tmp_path, DAY, n_conversations=N, n_users=USERS, seed=1, mixed_formats=True, n_malformed=3)
    assert len(list(first.day_dir.glob("conversations-*.jsonl"))) == 3
    assert all(len(read_jsonl(p)) <= 100 for p in first.day_dir.glob("*-*.jsonl"))
    (first.day_dir / "notes.txt").write_text("not ours")  # foreign files are left alone

    second = generate_day(tmp_path, DAY, n_conversations=150, n_users=USERS, seed=1)
    assert sorted(p.name for p in second.day_dir.iterdir()) == [
        "conversations-000.jsonl", "conversations-001.jsonl", "notes.txt"]
    assert len(read_jsonl(second.ground_truth_path)) == 150
    assert sum(len(read_jsonl(p)) for p in second.day_dir.glob("*.jsonl")) == 150
    assert sorted(p.name for p in tmp_path.iterdir()) == [DAY, "ground_truth"]


def test_rare_topics_are_few_users_with_identifying_detail() -> None:
    users: dict[str, set[str]] = defaultdict(set)
    for record, t in iter_conversations(DAY, 2000, 300, seed=6, rare_topics=4):
        if t["category"] == "rare":
            assert t["leaf"].startswith("rare:") and t["language"] == "en" and not t["concerning"]
            assert any(item["type"] == "address" and item["value"] in conversation_text(record) for item in t["pii"])
            users[t["leaf"]].add(t["user_id"])
    assert len(users) == 4
    assert all(1 <= len(u) <= 2 for u in users.values())
    assert all(re.fullmatch(r"rare:[a-z0-9-]+", leaf) for leaf in users)


def test_no_rare_topics_by_default(truth: list[dict]) -> None:
    assert not [t for t in truth if t["category"] == "rare"]


def test_bad_arguments_are_rejected(tmp_path: Path) -> None:
    for bad_date in ("2025-3-14", "2025-02-30", "yesterday"):
        with pytest.raises(ValueError):
            generate_day(tmp_path, bad_date, n_conversations=10, n_users=5)
    with pytest.raises(ValueError):
        generate_day(tmp_path, DAY, n_conversations=10, n_users=0)
    with pytest.raises(ValueError):
        iter_conversations("2025/03/14", 10, 5, seed=0)  # checked at the call, not on first next()


def test_cli_prints_a_one_line_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--root", str(tmp_path), "--date", DAY, "--n", "120", "--users", "30", "--seed", "2",
          "--mixed-formats", "--malformed", "4", "--rare", "1"])
    out = capsys.readouterr().out.strip()
    assert "\n" not in out and out.startswith(f"{DAY}: 120 conversations") and "4 malformed" in out
    assert (tmp_path / DAY / "malformed.jsonl").exists()
    assert len(read_jsonl(tmp_path / "ground_truth" / f"{DAY}.jsonl")) == 120
