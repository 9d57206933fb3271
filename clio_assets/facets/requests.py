"""The offline request summary: what the user asked for, in their own (scrubbed) words.

A conversation's user turns mix requests with everything else: greetings, pasted code and
documents, role-play set-ups, "continue". The summary is the first sentence that asks for
something (a question, a request opener such as "can you" / "explain" / "escribe" / "请",
see lexicon_data/request_cues.yaml), from the first turn that has one:

- pasted material is set aside first: fenced or code-like lines, quoted lines, and long
  paragraphs that ask nothing; a request that points back at it ("summarize this") gets a
  short note of what it points at ("(pasted text)");
- set-up sentences ("You are a …", "Act as …") are used only when nothing else asks;
- turns that only greet or ask to go on ("continue", "ok") are skipped;
- PII placeholders read as plain words ("[PERSON]" -> "someone"), and the result is cut
  to MAX_WORDS words (MAX_CJK_CHARS characters for Chinese/Japanese/Korean).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import yaml

MAX_WORDS = 25
MAX_CJK_CHARS = 60
LONG_PARAGRAPH_WORDS = 60  # a paragraph this long that asks nothing is pasted material
MIN_AFTER_GREETING = 5  # a greeting is dropped only before a sentence of at least this many words
SHORT_ASK_WORDS = 12  # an ask shorter than this is read with the sentence before it
MIN_ROOM = 5  # an opening ask is read with the start of the next sentence when this many words are left
CONTEXT_WORDS = 20  # a first sentence this short is kept before a long ask that follows it
RUN_ON = frozenset({"hi", "hello", "hey", "hola", "bonjour", "hallo", "ciao", "olá", "oi", "привет", "你好", "您好"})
DATA = Path(__file__).with_name("lexicon_data") / "request_cues.yaml"
PLACEHOLDER_WORDS = {"PERSON": "someone", "EMAIL": "an email address", "PHONE": "a phone number",
                     "ADDRESS": "an address", "URL": "a link", "CREDIT_CARD": "a card number",
                     "IBAN": "an account number", "SSN": "an id number", "IP": "an IP address"}
_PLACEHOLDER = re.compile(r"\[([A-Z_]+)\]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？؟])|\n+")
# A line of code: it opens with a bracket, ends with ; { or }, is indented and carries code
# punctuation, or has a keyword in code syntax ("def f(", "import x", "let x =").
_CODE_LINE = re.compile(
    r"^\s*[{}()\[\]<]|[;{}]\s*$|^(?:\s{4,}|\t).*[=(){}\[\];:]|"
    r"^\s*(?:def|class|function|fn|func)\s+\w+\s*[(:{<]|^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b)|"
    r"^\s*(?:let|const|var|int|float|double|string|auto)\s+\w+\s*[=;:]|^\s*#include\b|"
    r"^\s*(?:if|for|while|switch)\s*\(|^\s*return\b.*;\s*$|^\s*(?:SELECT|INSERT|UPDATE|DELETE)\s.+\b(?:FROM|INTO|SET)\b")


@dataclass(frozen=True)
class Cues:
    greeting: re.Pattern
    opener: re.Pattern
    setup: re.Pattern
    anaphora: re.Pattern
    continuation: re.Pattern
    question_marks: tuple[str, ...]


def _alternation(phrases: list[str], anchored: bool, whole: bool) -> re.Pattern:
    latin = sorted((re.escape(p) for p in phrases if not _CJK.search(p)), key=len, reverse=True)
    cjk = sorted((re.escape(p) for p in phrases if _CJK.search(p)), key=len, reverse=True)
    parts = []
    if latin:
        parts.append("(?:" + "|".join(latin) + r")(?![\w'-])")
    if cjk:
        parts.append("(?:" + "|".join(cjk) + ")")
    body = "|".join(parts)
    if whole:
        return re.compile(r"^\W*(?:(?:" + body + r")\W*)+$", re.I)
    return re.compile((r"^\W*(?:" if anchored else r"(?<![\w'-])(?:") + body + ")", re.I)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return Cues(greeting=_alternation(data["greetings"], anchored=True, whole=False),
                opener=_alternation(data["request_openers"], anchored=True, whole=False),
                setup=_alternation(data["setup_openers"], anchored=True, whole=False),
                anaphora=_alternation(data["anaphora"], anchored=False, whole=False),
                continuation=_alternation(data["continuations"] + data["greetings"], anchored=True, whole=True),
                question_marks=tuple(data["question_marks"]))


def _strip_greeting(sentence: str) -> str:
    """Drop leading greetings ("Hi, can you …" -> "can you …"); "" when nothing but a
    greeting is left ("hello how are you today?"). A greeting phrase counts only where
    punctuation or the end follows it, so "what's up with my flight" keeps its words; a
    bare hello ("hi can you …") may run on."""
    c = cues()
    greeted = False
    while True:
        m = c.greeting.match(sentence)
        if not m or m.end() == 0:
            break
        rest = sentence[m.end():]
        if rest.strip() and rest.lstrip(" ")[:1] not in ",.!?:;-—–" and m.group(0).strip().lower() not in RUN_ON:
            break  # a greeting phrase running into other words is part of a sentence
        rest = rest.lstrip(" ,.!?:;-—–")
        if rest == sentence or 0 < _words(rest) < MIN_AFTER_GREETING:
            break  # "hi, how are you today": small talk stays whole
        sentence, greeted = rest, True
    sentence = sentence.strip()
    return "" if greeted and _words(sentence) <= 1 else sentence


def split_material(turn: str) -> tuple[list[str], list[str]]:
    """(prose paragraphs, kinds of pasted material found: "code", "quoted text", "pasted text")."""
    kinds: list[str] = []
    if _FENCE.search(turn):
        kinds.append("code")
        turn = _FENCE.sub("\n\n", turn)
    prose: list[str] = []
    for paragraph in re.split(r"\n\s*\n", turn):
        lines = [ln for ln in paragraph.splitlines() if ln.strip()]
        code = sum(bool(_CODE_LINE.search(ln)) for ln in lines)
        quoted = sum(ln.lstrip().startswith(">") for ln in lines)
        if lines and code >= max(1, (len(lines) + 1) // 2):
            kinds.append("code")
        elif lines and quoted >= max(1, len(lines) // 2):
            kinds.append("quoted text")
        elif lines:
            prose.append("\n".join(lines))
    return prose, kinds


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s and s.strip()]


def _is_request(sentence: str) -> bool:
    c = cues()
    return sentence.rstrip().endswith(c.question_marks) or bool(c.opener.match(sentence))


def _words(text: str) -> int:
    return len(text.split())


def plain_words(text: str) -> str:
    """PII placeholders read as plain words ("[PERSON]" -> "someone"), spaces tidied."""
    return " ".join(_PLACEHOLDER.sub(lambda m: PLACEHOLDER_WORDS.get(m.group(1), "something"), text).split())


def _cut(text: str) -> str:
    text = plain_words(text)
    if _CJK.search(text) and len(_CJK.findall(text)) * 2 > len(text.replace(" ", "")):
        return text[:MAX_CJK_CHARS]
    words = text.split()
    return " ".join(words[:MAX_WORDS])


def _with_context(ask: str, sentences: list[str], material: list[str]) -> str:
    """A short ask ("Which one would win?") with the start of the sentence before it,
    which it usually refers to (a long ask with the paragraph's first sentence when that
    is short: it usually says what the ask is about); an ask that opens the paragraph with
    the start of the next sentence, as far as the word budget allows; one that points at
    pasted material with a note of what it points at."""
    c = cues()
    position = sentences.index(ask)
    room = MAX_WORDS - _words(ask) - 1  # one word for the ellipsis
    if _words(ask) < SHORT_ASK_WORDS and position > 0:
        before = sentences[position - 1].split()  # what "it" or "which one" refers to
        return " ".join(before[:room]) + (" … " if len(before) > room else " ") + ask
    if position > 0 and _words(sentences[0]) <= CONTEXT_WORDS:
        return f"{sentences[0]} {ask}"  # a long ask after a short sentence saying what it is about
    follows = sentences[position + 1] if position + 1 < len(sentences) else ""
    if follows and room >= MIN_ROOM:  # "Write X. Use Y.": what follows an opening ask says more about it
        after = sentences[position + 1].split()
        return ask + " " + " ".join(after[:room]) + (" …" if len(after) > room else "")
    if material and c.anaphora.search(ask) and _words(ask) <= 12:
        return f"{ask} ({material[0]})"
    return ask


def _opening(sentences: list[str]) -> str:
    """The first sentences of a turn that states its subject without asking (to MAX_WORDS)."""
    text = ""
    for sentence in sentences:
        if text and _words(text) + _words(sentence) > MAX_WORDS:
            break
        text = f"{text} {sentence}".strip()
    return text


@dataclass(frozen=True)
class TurnParts:
    """A user turn split for reading: `prose` holds the paragraphs the summary may read
    (the only text that needs scrubbing), `kinds` the pasted material set aside, of which
    only the kind is read."""

    text: str
    prose: tuple[str, ...]
    kinds: tuple[str, ...]


def _read_paragraph(paragraph: str) -> tuple[list[str], list[str], list[str]]:
    """(original sentences, sentences without greetings and continuations, asks)."""
    c = cues()
    original = _sentences(paragraph)
    sentences = [_strip_greeting(s) for s in original]
    sentences = [s for s in sentences if s and not c.continuation.match(s)]
    return original, sentences, [s for s in sentences if _is_request(s) and not c.setup.match(s)]


def _pasted(paragraph: str, asks: list[str]) -> bool:
    return not asks and _words(paragraph) > LONG_PARAGRAPH_WORDS  # a long passage that asks nothing was pasted in


def turn_parts(turn: str) -> TurnParts:
    """Split a turn before scrubbing: code, quotes and long passages that ask nothing are
    set aside (the summary never reads their words), so only the prose left needs the scrubber."""
    prose, kinds = split_material(turn)
    kept = []
    for paragraph in prose:
        if _pasted(paragraph, _read_paragraph(paragraph)[2]):
            kinds.append("pasted text")
        else:
            kept.append(paragraph)
    return TurnParts(turn, tuple(kept), tuple(kinds))


class LazyParts(Sequence[TurnParts]):
    """`turn_parts` of each turn, split when first read: the summary mostly stops at the first
    turn that asks, and the turns after it need no splitting."""

    def __init__(self, turns: Sequence[str]) -> None:
        self._turns, self._parts = turns, dict[int, TurnParts]()

    def __len__(self) -> int:
        return len(self._turns)

    def __getitem__(self, i):  # int or slice, as a list's
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = range(len(self))[i]  # negative indices, and IndexError past the end
        if i not in self._parts:
            self._parts[i] = turn_parts(self._turns[i])
        return self._parts[i]


def parts_read(parts: Sequence[TurnParts]) -> list[TurnParts]:
    """The turns the summary reads, and of the last one the paragraphs up to the first that
    asks: nothing after it can reach the summary, so nothing after it needs scrubbing."""
    _, turns, paragraphs = _summarise(parts)
    read = [parts[i] for i in range(turns)]
    if read and paragraphs is not None:
        read[-1] = TurnParts(read[-1].text, read[-1].prose[:paragraphs], read[-1].kinds)
    return read


def request_summary(user_turns: list[str]) -> str:
    """The user's request in at most MAX_WORDS of their own words (see the module doc)."""
    return summarise([turn_parts(t) for t in user_turns[:8]])


def summarise(parts: list[TurnParts]) -> str:
    """The summary of turns split by `turn_parts`."""
    return _summarise(parts)[0]


def _summarise(parts: Sequence[TurnParts]) -> tuple[str, int, int | None]:
    """(the summary, the turns it read, the prose paragraphs it read of the last one: None = all)."""
    c = cues()
    material: list[str] = []
    setup = fallback = greeting_only = ""
    for index, part in enumerate(islice(parts, 8)):  # lazily: `LazyParts` splits only what is read
        if c.continuation.match(part.text.strip()):
            continue
        kinds = list(part.kinds)
        paragraphs = []
        for position, paragraph in enumerate(part.prose):
            original, sentences, asks = _read_paragraph(paragraph)
            if _pasted(paragraph, asks):
                kinds.append("pasted text")
            else:
                paragraphs.append((sentences, asks, position))
                greeting_only = greeting_only or " ".join(original)
        for sentences, asks, position in paragraphs:
            if asks:
                plain = [s for s in sentences if not c.setup.match(s)]
                questions = [s for s in asks if s.rstrip().endswith(c.question_marks)]
                summary = _cut(_with_context((questions or asks)[0], plain, material + kinds))
                return summary, index + 1, position + 1
            setup = setup or next((s for s in sentences if c.setup.match(s)), "")
            fallback = fallback or _opening([s for s in sentences if not c.setup.match(s)])
        if fallback and not setup:
            # the first turn states its subject without asking: that is the request
            return _cut(fallback), index + 1, None
        material += kinds
    read = min(len(parts), 8)
    if setup:
        return _cut(setup), read, None
    if fallback:
        return _cut(fallback), read, None
    if greeting_only:
        return _cut(greeting_only), read, None  # only greetings or thanks: that is what was said
    if material:
        return f"share {material[0]} without a question", read, None
    return _cut(" ".join(parts[0].text.split()) if parts else ""), read, None
