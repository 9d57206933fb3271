"""Tests for the pure ingest logic (clio_assets.ingest.parse / formats)."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from clio_assets.ingest.parse import FORMATS, detect_format, parse_file, read_day
from clio_assets.shared.records import ROLES, Conversation, Message, Rejected

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


# --------------------------------------------------------------------------- helpers


def write_jsonl(path: Path, records: list) -> Path:
    """Write records (dicts are JSON-encoded, str/bytes written verbatim) one per line."""
    with open(path, "wb") as handle:
        for rec in records:
            if isinstance(rec, bytes):
                handle.write(rec)
            elif isinstance(rec, str):
                handle.write(rec.encode("utf-8"))
            else:
                handle.write(json.dumps(rec).encode("utf-8"))
            handle.write(b"\n")
    return path


def parse(path: Path, override: str | None = None) -> tuple[list[Conversation], list[Rejected]]:
    items = list(parse_file(path, override))
    convs = [i for i in items if isinstance(i, Conversation)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(convs) + len(rejected) == len(items)
    return convs, rejected


def one(path: Path, record: dict, override: str | None = None) -> Conversation | Rejected:
    write_jsonl(path, [record])
    items = list(parse_file(path, override))
    assert len(items) == 1, items
    return items[0]


def roles(conv: Conversation) -> list[str]:
    return [m.role for m in conv.messages]


def require_shared(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"../shared/data not present: {path}")
    return path


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize("record, expected", [
    ({"messages": []}, "messages"),
    ({"conversations": []}, "sharegpt"),
    ({"conversation": [], "conversation_hash": "x"}, "wildchat"),
    ({"chosen": "\n\nHuman: hi", "rejected": "x"}, "hh_rlhf"),
    ({"transcript": "\n\nHuman: hi"}, "hh_rlhf"),
    ({"text": "\n\nHuman: hi\n\nAssistant: yo"}, "hh_rlhf"),
    ({"message_id": "a", "parent_id": None, "text": "hi", "role": "prompter"}, "oasst"),
    ({"message_tree_id": "t", "prompt": {"text": "hi", "role": "prompter", "replies": []}}, "oasst"),
    ({"text": "just some text"}, None),
    ({"foo": 1}, None),
])
def test_detect_format(record: dict, expected: str | None) -> None:
    assert detect_format(record) == expected


# --------------------------------------------------------------------------- formats


def test_messages_openai(tmp_path: Path) -> None:
    conv = one(tmp_path / "a.jsonl", {
        "id": 42, "user": "u-1", "created_at": "2024-05-01T10:00:00Z", "model": "gpt-4o",
        "messages": [
            {"role": "developer", "content": "Be brief."},
            {"role": "user", "content": "Hello"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "c1"}]},
            {"role": "tool", "content": "42 degrees", "tool_call_id": "c1"},
            {"role": "assistant", "content": "It is warm."},
        ],
        "metadata": {"classifier_flag": True},
    })
    assert isinstance(conv, Conversation)
    assert conv.conversation_id == "42"  # ids coerced to str
    assert conv.user_id == "u-1"
    assert conv.source_format == "messages"
    assert (conv.source_file, conv.source_line) == ("a.jsonl", 1)
    assert conv.messages == (Message("system", "Be brief."), Message("user", "Hello"),
                             Message("assistant", "It is warm."))
    assert conv.metadata["timestamp"] == "2024-05-01T10:00:00Z"
    assert conv.metadata["model"] == "gpt-4o"
    assert conv.metadata["classifier_flag"] is True
    assert conv.metadata["skipped_messages"] == 2  # tool-call stub + tool result
    assert conv.user_turns == ["Hello"]


def test_messages_anthropic_content_blocks(tmp_path: Path) -> None:
    conv = one(tmp_path / "a.jsonl", {
        "conversation_id": "c-9",
        "metadata": {"user_id": "acct-7"},
        "system": [{"type": "text", "text": "You are helpful."}],
        "messages": [
            {"role": "user", "content": [
                {"type": "text", "text": "Describe this image."},
                {"type": "image", "source": {"type": "base64", "data": "..."}},
                {"type": "text", "text": "Be precise."},
            ]},
            {"role": "assistant", "content": [{"type": "text", "text": "A cat."}]},
            {"role": "human", "content": "thanks"},
        ],
    })
    assert isinstance(conv, Conversation)
    assert conv.user_id == "acct-7"  # Anthropic metadata.user_id
    assert roles(conv) == ["system", "user", "assistant", "user"]
    assert conv.messages[0].content == "You are helpful."
    assert conv.messages[1].content == "Describe this image.\nBe precise."
    assert conv.user_turns == ["Describe this image.\nBe precise.", "thanks"]


def test_sharegpt(tmp_path: Path) -> None:
    conv = one(tmp_path / "s.jsonl", {"id": "sg-1", "conversations": [
        {"from": "system", "value": "sys"},
        {"from": "human", "value": "q1"},
        {"from": "gpt", "value": "a1"},
        {"from": "user", "value": "q2"},
        {"from": "chatgpt", "value": "a2"},
        {"from": "bard", "value": "a3"},
        {"from": "bing", "value": "a4"},
        {"from": "assistant", "value": "a5"},
    ]})
    assert isinstance(conv, Conversation)
    assert conv.conversation_id == "sg-1"
    assert conv.user_id == ""  # no user id in the data: ingest assigns a pseudo-user by policy
    assert roles(conv) == ["system", "user", "assistant", "user"] + ["assistant"] * 4
    assert conv.user_turns == ["q1", "q2"]


def test_hh_rlhf_chosen_and_red_team(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "hh.jsonl", [
        {"chosen": "\n\nHuman: How do I bake bread?\n\nAssistant: Use flour.\n\nHuman: And?"
                   "\n\nAssistant: Water.", "rejected": "\n\nHuman: x\n\nAssistant: y"},
        {"transcript": "\n\nHuman: tell me a secret\n\nAssistant: No.", "rating": 0,
         "red_team_member_id": 17, "model_type": "plain lm", "tags": ["a"]},
        {"text": "Human: hi there\n\nAssistant: hello"},
        {"chosen": "\n\nHuman: unanswered question\n\nAssistant:"},
    ])
    convs, rejected = parse(path)
    assert rejected == []
    first, red, text, cut = convs
    assert first.messages == (Message("user", "How do I bake bread?"),
                              Message("assistant", "Use flour."), Message("user", "And?"),
                              Message("assistant", "Water."))
    assert first.conversation_id == "hh:1" and first.user_id == ""
    assert red.user_id == "17" and red.metadata["rating"] == 0
    assert red.metadata["tags"] == ["a"]
    assert roles(text) == ["user", "assistant"] and text.user_turns == ["hi there"]
    # an empty trailing "Assistant:" (a cut-off reply in the source) is dropped, not rejected
    assert cut.messages == (Message("user", "unanswered question"),)
    assert cut.metadata["empty_final_assistant_turn"] is True


def wildchat_record(**overrides: object) -> dict:
    record = {
        "conversation_hash": "abc123",
        "model": "gpt-3.5-turbo-0301",
        "timestamp": "2023-04-09T00:02:53Z",
        "conversation": [
            {"content": "Write a poem", "role": "user", "language": "English",
             "hashed_ip": "ip-hash-1", "toxic": False, "redacted": False,
             "timestamp": None, "turn_identifier": 1},
            {"content": "Roses are red", "role": "assistant", "language": "English",
             "toxic": False, "redacted": False, "timestamp": "2023-04-09T00:02:53Z"},
        ],
        "turn": 1,
        "language": "English",
        "openai_moderation": [{"categories": {"harassment": False}, "flagged": False},
                              {"categories": {"harassment": False}, "flagged": False}],
        "toxic": False,
        "redacted": False,
        "hashed_ip": "ip-hash-1",
    }
    record.update(overrides)
    return record


def test_wildchat(tmp_path: Path) -> None:
    conv = one(tmp_path / "w.jsonl", wildchat_record())
    assert isinstance(conv, Conversation)
    assert conv.source_format == "wildchat"
    assert conv.conversation_id == "abc123" and conv.user_id == "ip-hash-1"
    assert roles(conv) == ["user", "assistant"]
    meta = conv.metadata
    assert meta["model"] == "gpt-3.5-turbo-0301" and meta["language"] == "English"
    assert meta["turn_count"] == 1 and meta["timestamp"] == "2023-04-09T00:02:53Z"
    assert meta["classifier_flag"] is False and meta["toxic"] is False


def test_wildchat_classifier_flag_and_lmsys_shape(tmp_path: Path) -> None:
    flagged = wildchat_record(openai_moderation=[{"flagged": False}, {"flagged": True}])
    toxic = wildchat_record(toxic=True, openai_moderation=[])
    lmsys = {"conversation_id": "lm-1", "model": "vicuna-13b", "turn": 1,
             "language": "English", "redacted": True,
             "conversation": [{"content": "hi", "role": "user"},
                              {"content": "hello", "role": "assistant"}],
             "openai_moderation": [{"flagged": False}, {"flagged": False}]}
    per_turn_ip = wildchat_record()
    del per_turn_ip["hashed_ip"]
    convs, rejected = parse(write_jsonl(tmp_path / "w.jsonl",
                                        [flagged, toxic, lmsys, per_turn_ip]))
    assert rejected == []
    assert [c.metadata["classifier_flag"] for c in convs] == [True, True, False, False]
    assert convs[2].conversation_id == "lm-1" and convs[2].user_id == ""
    assert convs[2].metadata["redacted"] is True
    assert convs[3].user_id == "ip-hash-1"  # taken from the first turn


def oasst_msg(mid: str, parent: str | None, role: str, text: str, user: str,
              tree: str = "t1", **extra: object) -> dict:
    return {"message_id": mid, "parent_id": parent, "user_id": user, "text": text,
            "role": role, "lang": "en", "created_date": f"2023-02-0{len(mid) % 9 + 1}",
            "deleted": False, "detoxify": {"toxicity": 0.01}, "message_tree_id": tree,
            **extra}


def test_oasst_flat_expands_root_to_leaf_paths(tmp_path: Path) -> None:
    # t1:  r (alice) ─ a1 ─ p2 (bob) ─ a2
    #                └ a3                    -> 2 leaves: a2, a3
    # t2:  r2 (carol) ─ x (interleaved lines, group by tree id)
    path = write_jsonl(tmp_path / "oa.jsonl", [
        oasst_msg("r", None, "prompter", "Question?", "alice"),
        oasst_msg("a1", "r", "assistant", "Answer one", "helper-1"),
        oasst_msg("r2", None, "prompter", "Other tree", "carol", tree="t2"),
        oasst_msg("p2", "a1", "prompter", "Follow up", "bob"),
        oasst_msg("a3", "r", "assistant", "Answer two", "helper-2",
                  detoxify={"toxicity": 0.9}),
        oasst_msg("x", "r2", "assistant", "Reply", "helper-1", tree="t2"),
        oasst_msg("a2", "p2", "assistant", "Answer three", "helper-1"),
    ])
    convs, rejected = parse(path)
    assert rejected == []
    by_id = {c.conversation_id: c for c in convs}
    assert set(by_id) == {"t1:a2", "t1:a3", "t2:x"}
    long = by_id["t1:a2"]
    assert [m.content for m in long.messages] == ["Question?", "Answer one", "Follow up",
                                                  "Answer three"]
    assert roles(long) == ["user", "assistant", "user", "assistant"]
    assert long.user_id == "alice"  # the root's prompter
    assert long.metadata["participant_user_ids"] == ["alice", "bob"]
    assert long.metadata["assistant_user_ids"] == ["helper-1"]
    assert long.metadata["message_tree_id"] == "t1"
    assert long.source_line == 7  # the leaf's line
    assert long.metadata["classifier_flag"] is False
    assert by_id["t1:a3"].metadata["classifier_flag"] is True
    assert by_id["t1:a3"].metadata["participant_user_ids"] == ["alice"]
    assert by_id["t2:x"].user_id == "carol"
    # emitted in line order of their leaves: deterministic
    assert [c.source_line for c in convs] == sorted(c.source_line for c in convs)


def test_oasst_flat_orphans_and_bad_messages(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "oa.jsonl", [
        oasst_msg("r", None, "prompter", "Question?", "alice"),           # 1
        oasst_msg("a1", "r", "assistant", "Answer", "h"),                 # 2
        oasst_msg("lost", "missing-parent", "assistant", "Stray", "h"),   # 3 orphan
        oasst_msg("bad", "r", "moderator", "??", "h"),                    # 4 unknown role
        oasst_msg("below-bad", "bad", "prompter", "Under bad", "bob"),    # 5 orphaned by 4
        oasst_msg("a1", "r", "assistant", "Duplicate", "h"),              # 6 duplicate id
        oasst_msg("e", "r", "assistant", "   ", "h"),                     # 7 empty text
        oasst_msg("ar", None, "assistant", "Assistant root", "h", tree="t9"),  # 8 no user
    ])
    convs, rejected = parse(path)
    assert [c.conversation_id for c in convs] == ["t1:a1"]
    assert [(r.source_line, r.reason) for r in sorted(rejected, key=lambda r: r.source_line)] == [
        (3, "oasst-orphan"), (4, "unknown-role: moderator"), (5, "oasst-orphan"),
        (6, "oasst-duplicate-id"), (7, "empty-text"), (8, "no-user-turn")]
    assert all(r.source_file == "oa.jsonl" for r in rejected)
    assert rejected[0].excerpt.startswith('{"message_id"')


def test_oasst_nested_tree(tmp_path: Path) -> None:
    conv_items = list(parse_file(write_jsonl(tmp_path / "trees.jsonl", [{
        "message_tree_id": "T", "tree_state": "ready_for_export",
        "prompt": {"message_id": "p", "text": "Root q", "role": "prompter", "user_id": "u1",
                   "lang": "de", "replies": [
                       {"message_id": "a", "text": "A", "role": "assistant", "replies": [
                           {"message_id": "q2", "text": "Q2", "role": "prompter",
                            "user_id": "u2", "replies": []}]},
                       {"message_id": "b", "text": "B", "role": "assistant"}]},
    }])))
    convs = [c for c in conv_items if isinstance(c, Conversation)]
    assert convs == conv_items
    assert [c.conversation_id for c in convs] == ["T:q2", "T:b"]
    assert [m.content for m in convs[0].messages] == ["Root q", "A", "Q2"]
    assert convs[0].metadata["participant_user_ids"] == ["u1", "u2"]
    assert convs[0].user_id == "u1" and convs[0].metadata["language"] == "de"
    assert all(c.source_line == 1 for c in convs)


def test_parquet_input(tmp_path: Path) -> None:
    rows = {
        "conversation_id": ["p1", "p2", "p3"],
        "user_id": ["u1", "u2", None],
        "created_at": [datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)] * 3,
        "messages": [
            [{"role": "user", "content": "parquet hello"},
             {"role": "assistant", "content": "hi"}],
            [{"role": "user", "content": "second"}],
            [{"role": "assistant", "content": "only the model"}],
        ],
    }
    path = tmp_path / "day.parquet"
    pq.write_table(pa.table(rows), path)
    convs, rejected = parse(path)
    assert [c.conversation_id for c in convs] == ["p1", "p2"]
    assert convs[0].user_turns == ["parquet hello"]
    assert convs[0].source_line == 1 and convs[1].source_line == 2
    assert convs[0].metadata["timestamp"] == "2024-01-02T03:04:05+00:00"
    assert [(r.source_file, r.source_line, r.reason) for r in rejected] == [
        ("day.parquet", 3, "no-user-turn")]
    assert "only the model" in rejected[0].excerpt


def test_unreadable_parquet_is_one_rejection(tmp_path: Path) -> None:
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 this is not parquet")
    convs, rejected = parse(tmp_path / "broken.parquet")
    assert convs == []
    assert len(rejected) == 1
    assert rejected[0].source_line == 0 and rejected[0].reason.startswith("unreadable-parquet")


# --------------------------------------------------------------------------- malformed data


GOOD = {"conversation_id": "ok", "messages": [{"role": "user", "content": "fine"}]}


def test_malformed_lines_are_rejected_with_reason_and_line(tmp_path: Path) -> None:
    lines: list = [
        GOOD,                                                                  # 1
        b'{"messages": [{"role": "user", "content": "caf\xe9"}]}',             # 2
        '{"messages": [',                                                      # 3
        "[1, 2, 3]",                                                           # 4
        "",                                                                    # 5 blank
        {"hello": "world", "foo": 1},                                          # 6
        {"messages": "not a list"},                                            # 7
        {"messages": [{"role": "user", "content": 7}]},                        # 8
        {"messages": [{"role": "wizard", "content": "hi"}]},                   # 9
        {"messages": [{"role": "user", "content": "  \n "}]},                  # 10
        {"messages": [{"role": "assistant", "content": "hi"}]},                # 11
        "   ",                                                                 # 12 blank
        {"conversations": [{"from": "human", "value": "sharegpt ok"}]},        # 13
        {"conversations": [{"from": "human", "value": [1]}]},                  # 14
        {"chosen": 5},                                                         # 15
        {"conversation": [{"role": "user", "content": "hi"}], "conversation_id": {"a": 1}},  # 16
        '"just a string"',                                                     # 17
        {"messages": [{"role": "user", "content": [{"type": "text", "text": 3}]}]},  # 18
        {"messages": []},                                                      # 19
        {"messages": ["not a dict"]},                                          # 20
        {"messages": [{"role": None, "content": "x"}]},                        # 21
        b'{"messages": [{"role": "user", "content": "\x81\x8d"}]}',           # 22 not cp1252 either
    ]
    path = write_jsonl(tmp_path / "mixed.jsonl", lines)
    convs, rejected = parse(path)
    got = {r.source_line: r.reason for r in rejected}
    assert got.pop(22).startswith("non-utf8: ")
    assert got.pop(3).startswith("bad-json: ")
    assert got == {
        4: "not-an-object",
        6: "unknown-format: keys=['foo', 'hello']",
        7: "wrong-type: messages",
        8: "wrong-type: content",
        9: "unknown-role: wizard",
        10: "empty-text",
        11: "no-user-turn",
        14: "wrong-type: content",
        15: "wrong-type: chosen",
        16: "wrong-type: conversation_id",
        17: "not-an-object",
        18: "wrong-type: content",
        19: "no-user-turn",
        20: "wrong-type: messages",
        21: "wrong-type: role",
    }
    # line 2 is not UTF-8 but is cp1252: read as such, and noted
    assert [(c.source_line, c.user_turns) for c in convs] == [(1, ["fine"]), (2, ["café"]), (13, ["sharegpt ok"])]
    assert convs[1].metadata["ingest_repairs"] == {"encoding": "cp1252"}
    assert convs[2].conversation_id == "mixed:13"  # deterministic fallback id
    assert all(r.source_file == "mixed.jsonl" for r in rejected)
    # nothing lost: every non-blank line is either a conversation or a rejection
    non_blank = sum(1 for raw in path.read_bytes().split(b"\n") if raw.strip())
    assert len(convs) + len(rejected) == non_blank == 20
    # the excerpt is the raw line, decoded leniently
    excerpt = next(r.excerpt for r in rejected if r.source_line == 22)
    assert excerpt.startswith('{"messages"') and "\ufffd" in excerpt


def test_excerpt_is_capped(tmp_path: Path) -> None:
    rec = one(tmp_path / "x.jsonl", {"messages": [{"role": "assistant", "content": "é" * 5000}]})
    assert isinstance(rec, Rejected) and len(rec.excerpt) == 200


@pytest.mark.parametrize("weird", [None, 0, 1.5, True, "s", [], {}, [None], [[]], [{}],
                                   {"a": [1]}, [{"role": "user"}], [{"content": "x"}]])
@pytest.mark.parametrize("field", ["messages", "conversations", "conversation", "chosen",
                                   "transcript", "prompt", "system", "metadata", "id",
                                   "user_id", "timestamp", "openai_moderation"])
def test_weird_values_never_raise(tmp_path: Path, field: str, weird: object) -> None:
    base: dict[str, object] = {"message_tree_id": "t"} if field == "prompt" else {}
    base.setdefault("messages", [{"role": "user", "content": "hi"}])
    record = {**base, field: weird}
    path = write_jsonl(tmp_path / "w.jsonl", [record])
    for fmt in (None, *FORMATS):
        items = list(parse_file(path, fmt))
        assert len(items) >= 1
        for item in items:
            assert isinstance(item, (Conversation, Rejected))
            if isinstance(item, Conversation):
                assert all(m.role in ROLES and isinstance(m.content, str)
                           for m in item.messages)
                assert isinstance(item.conversation_id, str) and isinstance(item.user_id, str)


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\r\n\r\n"
                     + json.dumps(GOOD).encode() + b"\r\n")
    convs, rejected = parse(path)
    assert rejected == [] and [c.source_line for c in convs] == [1, 3]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    blob = gzip.compress(b"\n".join(json.dumps({**GOOD, "id": i}).encode()
                                    for i in range(2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(blob[: len(blob) // 2])
    convs, rejected = parse(path)
    assert convs and len(rejected) == 1
    assert rejected[0].reason.startswith("unreadable-file: ")


# --------------------------------------------------------------------------- override


def test_format_override(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [
        {"text": "plain prompt without markers", "id": "1"},
        {"conversations": [{"from": "human", "value": "hi"}]},
    ])
    # auto-detection: neither the first record's shape is known ...
    _, rejected = parse(path)
    assert rejected[0].reason.startswith("unknown-format")
    # ... forcing hh_rlhf reads "text" as a transcript (no markers: a bare preamble)
    convs, rejected = parse(path, "hh_rlhf")
    assert [r.reason for r in rejected] == ["no-user-turn", "wrong-type: chosen"]
    # forcing "messages" applies to every record, even a detectable sharegpt one
    convs, rejected = parse(path, "messages")
    assert convs == [] and [r.reason for r in rejected] == ["wrong-type: messages"] * 2


def test_unknown_override_raises(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [GOOD])
    with pytest.raises(ValueError, match="bogus"):
        read_day(tmp_path, "bogus")
    with pytest.raises(ValueError, match="bogus"):
        parse_file(tmp_path / "a.jsonl", "bogus")  # raises at the call, before iterating


# --------------------------------------------------------------------------- read_day


def test_read_day_reads_all_formats_in_name_order(tmp_path: Path) -> None:
    day = tmp_path / "2024-06-01"
    day.mkdir()
    write_jsonl(day / "b.jsonl", [{**GOOD, "conversation_id": "b1"}, "oops"])
    with gzip.open(day / "a.jsonl.gz", "wb") as handle:
        handle.write(json.dumps({**GOOD, "conversation_id": "a1"}).encode() + b"\n")
    pq.write_table(pa.table({"id": ["c1"], "messages": [[{"role": "user", "content": "x"}]]}),
                   day / "c.parquet")
    (day / "notes.txt").write_text("ignored")
    (day / ".hidden.jsonl").write_text("ignored")
    (day / "sub").mkdir()
    write_jsonl(day / "sub" / "nested.jsonl", [GOOD])  # only files directly in the day dir
    convs, rejected = read_day(day)
    assert [(c.source_file, c.conversation_id) for c in convs] == [
        ("a.jsonl.gz", "a1"), ("b.jsonl", "b1"), ("c.parquet", "c1")]
    assert [(r.source_file, r.source_line) for r in rejected] == [("b.jsonl", 2)]
    assert read_day(day) == (convs, rejected)  # deterministic


def test_read_day_fallback_ids_use_file_stem(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "export.jsonl.gz", "wb") as handle:
        handle.write(json.dumps({"messages": [{"role": "user", "content": "x"}]}).encode())
    convs, _ = read_day(tmp_path)
    assert convs[0].conversation_id == "export:1"
    assert convs[0].user_id == ""  # none recorded: a pseudo-user is assigned at ingest


def test_read_day_missing_dir(tmp_path: Path) -> None:
    missing = tmp_path / "2024-01-01"
    with pytest.raises(FileNotFoundError) as info:
        read_day(missing)
    assert str(missing) in str(info.value)
    assert "<YYYY-MM-DD>/*.jsonl" in str(info.value)


def test_empty_day(tmp_path: Path) -> None:
    assert read_day(tmp_path) == ([], [])


# --------------------------------------------------------------------------- real data


def test_real_hh_rlhf_harmless_test() -> None:
    path = require_shared("hh-rlhf-harmless-test/test.jsonl.gz")
    convs, rejected = parse(path)
    assert rejected == []
    assert len(convs) == 2312
    assert all(c.source_format == "hh_rlhf" and c.user_turns for c in convs)
    assert all(m.content.strip() for c in convs for m in c.messages)
    assert len({c.conversation_id for c in convs}) == 2312
    # the first human turn of line 1, read independently
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        first = json.loads(handle.readline())["chosen"]
    assert convs[0].user_turns[0] == first.split("\n\nHuman: ")[1].split("\n\nAssistant:")[0]
    assert sum(bool(c.metadata.get("empty_final_assistant_turn")) for c in convs) == 4


def test_real_oasst1_en_validation() -> None:
    path = require_shared("oasst1-en-validation/en-validation.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2022
    # independent count: leaves reachable from a root (parent_id None) via parent ids
    ids = {r["message_id"] for r in records}
    parents = {r["parent_id"] for r in records}
    by_id = {r["message_id"]: r for r in records}

    def rooted(rec: dict) -> bool:
        while rec["parent_id"] is not None:
            if rec["parent_id"] not in ids:
                return False
            rec = by_id[rec["parent_id"]]
        return True

    leaves = [r for r in records if r["message_id"] not in parents and rooted(r)]
    unrooted = [r for r in records if not rooted(r)]

    convs, rejected = parse(path)
    assert len(convs) == len(leaves) == 1002
    assert {c.metadata["leaf_message_id"] for c in convs} == {r["message_id"] for r in leaves}
    assert Counter(r.reason for r in rejected) == {"oasst-orphan": len(unrooted)}
    assert len({c.metadata["message_tree_id"]
                for c in convs}) == 188
    real_users = {r["user_id"] for r in records}
    root_users = {r["message_tree_id"]: r["user_id"] for r in records if r["parent_id"] is None}
    for conv in convs:
        assert conv.user_id in real_users
        assert conv.user_id == root_users[conv.metadata["message_tree_id"]]
        assert set(conv.metadata["participant_user_ids"]) <= real_users
        assert conv.messages[0].role == "user"
        # strictly alternating in this data set
        assert all(a.role != b.role for a, b in zip(conv.messages, conv.messages[1:]))
    # some conversations really have several distinct prompters
    assert any(len(c.metadata["participant_user_ids"]) > 1 for c in convs)
