"""Prompt reading and prompt-derived text for the loopback server.

Every word the server writes back comes from the prompt itself, apart from a few neutral glue
words and language codes, so privacy tests can reason about what an answer may contain.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

_ENGLISH_STOPWORDS = frozenset("""
a an the and or but if then else of to in on at by for with from as is are was were be been being it its
this that these those i im i'm you your yours he she we they me my our their his her them us do does did
done have has had not no yes so than too very can could would should will shall may might must just about
into over under up down out what which who whom how when where why here there also any all some such only
own same other each both few more most please thanks thank hi hello hey ok okay user assistant human ai
""".split())
_TAGGED = re.compile(r"<([A-Za-z_][\w-]*)>(.*?)</\1>", re.S)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PLACEHOLDER = re.compile(r"\[\[?[^\]\n]{0,40}\]?\]")  # [PERSON], [[always-500]]: not content
_OPEN_TAG_AT_END = re.compile(r"<([A-Za-z_][\w-]*)>$")

# Tiny language guesser: script ranges first, then Latin-script function words.
_SCRIPTS = [("zh", "\u4e00", "\u9fff"), ("ja", "\u3040", "\u30ff"), ("ko", "\uac00", "\ud7af"),
            ("ru", "\u0400", "\u04ff"), ("ar", "\u0600", "\u06ff"), ("el", "\u0370", "\u03ff"),
            ("he", "\u0590", "\u05ff"), ("hi", "\u0900", "\u097f"), ("th", "\u0e00", "\u0e7f")]
_FUNCTION_WORDS = {
    "en": {"the", "and", "is", "you", "what", "how", "can", "with", "for", "this"},
    "es": {"el", "la", "los", "las", "que", "es", "por", "para", "con", "una", "cómo", "qué"},
    "fr": {"le", "la", "les", "des", "est", "et", "pour", "avec", "une", "que", "je", "vous"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "ich", "mit", "für", "ein", "eine", "wie"},
    "it": {"il", "lo", "gli", "che", "è", "per", "con", "una", "sono", "come", "non"},
    "pt": {"o", "os", "as", "que", "é", "para", "com", "uma", "não", "você", "como"},
    "nl": {"de", "het", "een", "en", "is", "niet", "ik", "met", "voor", "van", "hoe"},
}
# Function words of every known language are glue, not content.
STOPWORDS = _ENGLISH_STOPWORDS.union(*_FUNCTION_WORDS.values(), {"mi", "mon", "ma", "mein", "meine", "il", "al"})


def digest(*parts: Any) -> int:
    """A stable 64-bit number from `parts` (Python's hash() is salted per process)."""
    raw = "\x1f".join(map(str, parts)).encode()
    return int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")


def canonical(value: Any) -> str:
    """Key-order independent JSON, for hashing requests."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def tokens(chars: int) -> int:
    """The server's token estimate: a quarter of the character count, rounded up."""
    return math.ceil(chars / 4)


def block_texts(content: Any) -> list[str]:
    """The texts inside a message content (string, text blocks, tool_result contents)."""
    if isinstance(content, str):
        return [content]
    texts: list[str] = []
    for block in content if isinstance(content, list) else []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif block.get("type") == "tool_result":
            texts.extend(block_texts(block.get("content", [])))
    return texts


def received_texts(params: dict[str, Any]) -> list[str]:
    """System and message texts of one request, in order."""
    texts = block_texts(params.get("system") or [])
    for message in params.get("messages", []):
        texts.extend(block_texts(message.get("content")))
    return texts


def cache_segments(params: dict[str, Any]) -> list[tuple[str, bool]]:
    """(text, is_cache_breakpoint) in the API's cache order: tools, system, messages."""
    def strip(block: dict[str, Any]) -> str:
        return canonical({k: v for k, v in block.items() if k != "cache_control"})

    segments = [(strip(tool), bool(tool.get("cache_control"))) for tool in params.get("tools") or []]
    system = params.get("system")
    if isinstance(system, str):
        segments.append((system, False))
    for block in system if isinstance(system, list) else []:
        segments.append((block["text"], bool(block.get("cache_control"))))
    for message in params["messages"]:
        content = message["content"]
        if isinstance(content, str):
            segments.append((content, False))
            continue
        for block in content:
            text = block["text"] if block.get("type") == "text" else strip(block)
            segments.append((text, bool(block.get("cache_control"))))
    if params.get("cache_control") and segments:  # top-level cache_control marks the last block
        segments[-1] = (segments[-1][0], True)
    return segments


def last_user_text(params: dict[str, Any]) -> str:
    """The text of the last user message."""
    for message in reversed(params["messages"]):
        if message["role"] == "user":
            return "\n".join(block_texts(message["content"]))
    return ""


def content_words(text: str) -> list[str]:
    """Words that carry meaning, in order, without placeholders or function words."""
    text = _PLACEHOLDER.sub(" ", text)
    words = [w.strip("'’-") for w in _WORD.findall(text)]
    return [w for w in words if w and w.lower() not in STOPWORDS]


def focus_text(params: dict[str, Any]) -> str:
    """The material the prompt is about: the first non-empty XML-ish tag of the last user message."""
    text = last_user_text(params)
    for match in _TAGGED.finditer(text):
        if content_words(match.group(2)):
            return match.group(2)
    return text


def prompt_words(params: dict[str, Any]) -> list[str]:
    """Content words to build answers from; function words or raw tokens if that is all there is."""
    everything = _PLACEHOLDER.sub(" ", " ".join(received_texts(params)))
    return (content_words(focus_text(params)) or content_words(everything) or _WORD.findall(everything)
            or everything.split() or ["…"])


def guess_language(text: str) -> str:
    """An ISO 639-1 code for `text`: by script, else by Latin function words, default English."""
    counts = {code: sum(lo <= ch <= hi for ch in text) for code, lo, hi in _SCRIPTS}
    best = max(counts, key=lambda c: counts[c])
    if counts[best] > 0:
        return best
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {code: sum(w in fw for w in words) for code, fw in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda c: (scores[c], c == "en"))
    return best if scores[best] else "en"


def phrase(words: list[str], start: int, count: int) -> str:
    """`count` prompt words from `start` (wrapping around, no more words than the prompt has)."""
    count = max(1, min(count, len(words)))
    return " ".join(words[(start + i) % len(words)] for i in range(count))


def sentence(words: list[str], start: int = 0, count: int = 12) -> str:
    """A capitalised sentence of prompt words."""
    text = phrase(words, start, count)
    return text[:1].upper() + text[1:] + "."


def continue_prefill(prefill: str, words: list[str]) -> str:
    """A short continuation of an assistant prefill: prompt words, closing an open tag if any."""
    body = phrase(words, 0, 12) + "."
    tag = _OPEN_TAG_AT_END.search(prefill)
    if tag:
        return sentence(words) + f"</{tag.group(1)}>"
    if prefill[-1:] in "([{\"'“‘":
        return body
    return " " + body


def fit_length(text: str, words: list[str], min_len: int | None, max_len: int | None) -> str:
    """Pad with more prompt words / cut at a word boundary to honour minLength and maxLength."""
    i = 0
    while min_len is not None and len(text) < min_len and i < min_len + 1:  # bounded: one word per step
        text = f"{text} {words[i % len(words)]}".strip()
        i += 1
    if max_len is not None and len(text) > max_len:
        cut = text[:max_len]
        text = cut.rsplit(" ", 1)[0] if " " in cut and (min_len or 0) <= len(cut.rsplit(" ", 1)[0]) else cut
    return text
