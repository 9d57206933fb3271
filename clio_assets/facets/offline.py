"""Offline facet extraction: deterministic, extractive, no network.

The request facet is the sentence in which the user asks for something, in their own
(scrubbed) words rather than an LLM paraphrase (requests.py); task and concern come
from broad multilingual cue lexicons; languages from fastText and lingua (languages.py).
The Claude backend produces the same `Facets` record from the same input.

Only the request is text that is kept, so only what it can be made of is scrubbed: the
prose of the turns the summary reads (code, quotes and long pasted passages set aside,
later turns unread), each turn's prose as one text so that a name found in one paragraph
is found in the others. That pass runs the rules (patterns, name lists, context rules), so
that the summary's cut splits no value they would find; the summary is then scrubbed in
full, rules and statistical name models, which so read a few sentences per conversation
rather than everything the summary is chosen from. Task, concern and languages are
categories read from the text as written (the concern cues look for named third persons,
which placeholders would hide), and no words of it are stored.
"""
from __future__ import annotations

from dataclasses import dataclass

from clio_assets.facets.concern import concern_level
from clio_assets.facets.languages import detect_languages
from clio_assets.facets.requests import LazyParts, TurnParts, parts_read, plain_words, summarise
from clio_assets.facets.task import classify_task
from clio_assets.privacy.pii.scrub import detect_many, replace, scrub_many
from clio_assets.shared.records import Conversation

OFFLINE_MODEL = "offline-extractive"
OFFLINE_PROMPT_VERSION = "offline-facets-v7"  # v3: request sentence; v4: read before scrubbing; v5: ask + next;
# v6: rules scrub what is read, rules and models the summary; v7: fastText, then lingua, for languages
MAX_TURNS = 8  # the summary reads at most this many user turns
# task and concern read each user turn's start and end: a long paste (a document, a log, code)
# adds cost, not category, and the ask sits before or after it
HEAD_CHARS, TAIL_CHARS = 2000, 500
REQUEST_PREFIX = "The user's overall request for the assistant is to"


@dataclass(frozen=True)
class Facets:
    conversation_id: str
    request: str  # privacy-preserving summary of the user's request (scrubbed)
    task: str
    languages: tuple[str, ...]  # ISO 639-1 codes, primary first
    concern: int  # 1 (benign) .. 5 (grave)
    turns: int  # number of user turns
    model: str
    prompt_version: str
    custom: tuple[tuple[str, object], ...] = ()  # (column, value) of custom facets answered by an LLM


def concern_score(text: str) -> int:
    """1-5 from a general harm taxonomy read in context (see `concern.concern_level`)."""
    return concern_level(text)


def category_text(user_turns: list[str]) -> str:
    """The text task and concern read: every user turn, each long one by its start and end."""
    return "\n".join(t if len(t) <= HEAD_CHARS + TAIL_CHARS else f"{t[:HEAD_CHARS]}\n{t[-TAIL_CHARS:]}"
                     for t in user_turns)


def _scrub_turns(turns: list[list[TurnParts]]) -> list[list[TurnParts]]:
    """The prose of every turn scrubbed by the rules, all turns of all conversations in one batch;
    each turn's paragraphs are scrubbed together (one text) and cut apart again. The rules run
    before the summary is cut, so that no value the cut could split (an address, a phone number,
    a name the context rules find) reaches the summary in a piece they no longer recognise."""
    texts = ["\n\n".join(part.prose) for conv in turns for part in conv]
    spans = iter(detect_many(texts, statistical=False))  # the models read the summary (`scrubbed_requests`)
    out = []
    for conv in turns:
        scrubbed = []
        for part in conv:
            found, start, prose = next(spans), 0, []
            for paragraph in part.prose:
                end = start + len(paragraph)
                inside = [(max(a, start) - start, min(b, end) - start, kind)
                          for a, b, kind in found if a < end and b > start]
                prose.append(replace(paragraph, inside).text)
                start = end + 2
            scrubbed.append(TurnParts(part.text, tuple(prose), part.kinds))
        out.append(scrubbed)
    return out


def scrubbed_requests(conversations: list[Conversation]) -> list[str]:
    """The request summary of each conversation, cut from prose the rules scrubbed, then scrubbed
    again in full: rules and the statistical name models, which so read a few sentences per
    conversation instead of everything the summary is chosen from."""
    parts = [LazyParts(conv.user_turns[:MAX_TURNS]) for conv in conversations]
    read = _scrub_turns([parts_read(p) for p in parts])  # what the summary reads, and no more
    # facets are scrubbed again after extraction, and read as the first pass's placeholders do
    return [plain_words(s) for s in scrub_many([summarise(p) for p in read])]


def extract_facets(conversations: list[Conversation]) -> list[Facets]:
    """Facets for a batch of conversations; the request is scrubbed before and after it is
    summarised, the categorical facets are read from the text as written (module doc)."""
    requests = scrubbed_requests(conversations)
    turns = [conv.user_turns for conv in conversations]
    primary = detect_languages([" ".join(t)[:600] for t in turns])
    later = [t[1:4] for t in turns]  # the languages of later turns, all conversations in one call
    found = iter(detect_languages([x for t in later for x in t]))
    out: list[Facets] = []
    for conv, user_turns, lang, request, rest in zip(conversations, turns, primary, requests, later):
        joined = category_text(user_turns)
        extra = [next(found) for _ in rest]
        languages = tuple(dict.fromkeys([lang, *[x for x in extra if x != "und"]]))
        out.append(Facets(
            conversation_id=conv.conversation_id, request=request, task=classify_task(joined),
            languages=languages, concern=concern_score(joined), turns=len(user_turns),
            model=OFFLINE_MODEL, prompt_version=OFFLINE_PROMPT_VERSION,
        ))
    return out
