"""Offline facets scrub what the request summary can be made of, and the summary again:
pasted material and turns the summary never reads are not scrubbed, nothing read is left unscrubbed."""
from __future__ import annotations

from clio_assets.facets.offline import extract_facets, scrubbed_requests
from clio_assets.facets.requests import parts_read, request_summary, turn_parts
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.shared.records import Conversation, Message

LETTER = " ".join(["Dear board, the quarterly figures for the northern region were reviewed in detail."] * 8)
CODE = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s"


def _conversation(*turns: str) -> Conversation:
    messages = tuple(m for t in turns for m in (Message("user", t), Message("assistant", "Sure.")))
    return Conversation("c1", "u1", messages, "messages", "test", 1)


def test_only_the_paragraphs_up_to_the_ask_are_read() -> None:
    turn = f"Can you shorten the letter below for me?\n\n{LETTER}\n\nThanks a lot.\n\nSecond thought"
    read = parts_read([turn_parts(turn), turn_parts("And translate it into French.")])
    assert len(read) == 1  # the first turn asks: later turns are never read
    assert read[0].prose == ("Can you shorten the letter below for me?",)
    assert "pasted text" in read[0].kinds  # the long letter is set aside, by kind only


def test_names_in_what_is_read_are_scrubbed_and_the_summary_is_the_same_as_before() -> None:
    cases = [
        ("Please write a birthday poem for my friend Desmond Achterberg, he turns 40.",),
        ("hello", "Can you email ilse.brandt@example.org a reminder about Friday?"),
        (CODE, "Why does this function return the wrong total?"),
        (f"Summarize this:\n\n{LETTER}",),
    ]
    for turns in cases:
        facets = extract_facets([_conversation(*turns)])[0]
        before = scrub_text(request_summary([scrub_text(t) for t in turns]))  # every turn scrubbed in full
        assert facets.request == before, turns
    requests = scrubbed_requests([_conversation(*cases[0]), _conversation(*cases[1])])
    assert "Achterberg" not in requests[0] and "someone" in requests[0]
    assert "ilse.brandt" not in requests[1] and "an email address" in requests[1]


def test_categories_read_the_text_as_written() -> None:
    facets = extract_facets([_conversation(f"{CODE}\n\nFix the bug in this Python code please.")])[0]
    assert "code" in facets.task
    assert facets.turns == 1 and facets.languages[0] == "en"


def test_the_rules_scrub_what_is_read_and_the_models_read_the_summary() -> None:
    from clio_assets.privacy.pii.scrub import detect_many

    ask = "Ask Zorvath Pelling to review the draft before Friday."  # a name only the statistical model finds
    assert detect_many([ask], statistical=False) == [[]] and detect_many([ask])[0]
    request = scrubbed_requests([_conversation(ask)])[0]
    assert "Zorvath" not in request and "Pelling" not in request
    assert request.startswith("Ask someone to review")  # the summary's placeholders read as the first pass's
    cut = "Call me at +44 20 7946 0958 or write to 221B Baker Street, London about the lease. " * 3
    request = scrubbed_requests([_conversation(cut)])[0]  # a value the summary's cut could split
    assert "7946" not in request and "Baker Street" not in request
