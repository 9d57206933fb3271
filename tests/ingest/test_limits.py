"""The ingest limits and the bounded reader, on small inputs and tiny read blocks."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from clio_assets.ingest import limits as ingest_limits
from clio_assets.ingest.limits import FileTooLarge, IngestLimits, bounded_lines, decode_line
from clio_assets.ingest.parse import parse_file, read_day
from clio_assets.shared.records import Conversation, Rejected
from clio_assets.shared.text import clean_display, clean_input


def lines(data: bytes, limits: IngestLimits | None = None) -> list[tuple[int, bytes, int]]:
    return [(r.number, r.data, r.size) for r in bounded_lines(io.BytesIO(data), limits or IngestLimits())]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 1 << 20])
def test_lines_and_numbers_do_not_depend_on_block_boundaries(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(ingest_limits, "READ_BYTES", block)
    data = b"a\n\n\n  \nbb\r\n\t\n   c  \nlast"
    assert lines(data) == [(1, b"a\n", 2), (5, b"bb\r\n", 4), (7, b"   c  \n", 7), (8, b"last", 4)]


@pytest.mark.parametrize("block", [1, 5, 1 << 20])
def test_an_oversized_line_keeps_only_a_head_and_its_neighbours(monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    monkeypatch.setattr(ingest_limits, "READ_BYTES", block)
    small = IngestLimits(max_record_bytes=10)
    got = list(bounded_lines(io.BytesIO(b"ok\n" + b"x" * 50 + b"\nfine\n"), small))
    assert [(r.number, r.oversized, r.size) for r in got] == [(1, False, 3), (2, True, 51), (3, False, 5)]
    assert got[1].data == b"x" * 10  # a head no longer than the cap


def test_the_file_cap_stops_reading() -> None:
    with pytest.raises(FileTooLarge) as info:
        list(bounded_lines(io.BytesIO(b"a\n" * 100), IngestLimits(max_file_bytes=50)))
    assert info.value.reason.startswith("file-too-large: more than 50 bytes")


def test_cp1252_only_for_the_stray_bytes() -> None:
    assert decode_line("naïve".encode()) == ("naïve", None)
    assert decode_line("naïve ".encode() + b"caf\xe9 \x80") == ("naïve café €", "cp1252")  # UTF-8 kept, the rest cp1252
    with pytest.raises(UnicodeDecodeError):
        decode_line(b"\x81\x8d")


def test_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="spaCy"):
        IngestLimits(max_message_chars=2_000_000)
    with pytest.raises(ValueError, match="positive"):
        IngestLimits(max_messages=0)


def test_parse_applies_each_limit_with_its_own_reason(tmp_path: Path) -> None:
    def rec(cid: str, turns: int = 1, text: str = "hello there") -> str:
        return json.dumps({"conversation_id": cid, "messages": [{"role": "user", "content": text}] * turns})

    path = tmp_path / "day.jsonl"
    path.write_text("\n".join([rec("ok"), rec("turns", turns=5), rec("long", text="y" * 300), "z" * 2000,
                               rec("after")]) + "\n")
    small = IngestLimits(max_record_bytes=1000, max_messages=4, max_message_chars=100)
    items = list(parse_file(path, None, small))
    kept = {c.conversation_id: c for c in items if isinstance(c, Conversation)}
    reasons = {r.source_line: r.reason.split(":")[0] for r in items if isinstance(r, Rejected)}
    assert set(kept) == {"ok", "long", "after"}
    assert reasons == {2: "too-many-turns", 4: "record-too-large"}
    assert len(kept["long"].messages[0].content) == 100
    assert kept["long"].metadata["ingest_repairs"] == {"truncated_messages": 1}
    assert "ingest_repairs" not in kept["ok"].metadata


def test_gzip_file_cap_keeps_the_records_before_it(tmp_path: Path) -> None:
    good = json.dumps({"conversation_id": "first", "messages": [{"role": "user", "content": "hi"}]}).encode()
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(good + b"\n" + bytes(4 << 20)))
    convs, rejected = read_day(tmp_path, None, IngestLimits(max_file_bytes=2 << 20))
    assert [c.conversation_id for c in convs] == ["first"]
    assert [r.reason.split(":")[0] for r in rejected] == ["file-too-large"]


def test_empty_file_and_directory_are_quarantined(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"")
    (tmp_path / "b.jsonl").write_bytes(b"\n\n  \n")
    (tmp_path / "c.jsonl").mkdir()
    convs, rejected = read_day(tmp_path)
    assert convs == []
    assert [(r.source_file, r.reason.split(":")[0]) for r in rejected] == [
        ("a.jsonl", "empty-file"), ("b.jsonl", "empty-file"), ("c.jsonl", "not-a-file")]


def test_text_cleaners() -> None:
    assert clean_input("a\x00b\x07c\td\ne") == ("abc\td\ne", 2)
    assert clean_input("plain") == ("plain", 0)
    assert clean_display("Help me \u202egnidoc\u202c\n\tnow\x00 \ud800") == "Help me gnidoc now \ufffd"
    assert clean_display("مرحبا\u200f") == "مرحبا"


def test_published_frames_and_tables_are_cleaned() -> None:
    import pandas as pd
    import pyarrow as pa

    from clio_assets.shared.text import clean_display_arrow, clean_display_frame

    frame = pd.DataFrame({"name": ["ok", "evil\u202eman"], "terms": [["a\u2066b"], []], "n": [1, 2]})
    cleaned = clean_display_frame(frame)
    assert cleaned.name.tolist() == ["ok", "evilman"] and cleaned.terms.tolist() == [["ab"], []]
    assert frame.name[1] == "evil\u202eman"  # a copy: the caller's frame is untouched
    table = clean_display_arrow(pa.Table.from_pandas(frame, preserve_index=False))
    assert table.column("name").to_pylist() == ["ok", "evilman"] and table.column("terms").to_pylist() == [["ab"], []]
    assert table.schema.field("n").type == pa.int64()
