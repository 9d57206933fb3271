"""Tokenisation into naming terms, multilingual, placeholder-aware.

Stop words: scikit-learn's English list (stopwords-iso's English list also drops content
words such as "system" or "problem") and stopwords-iso for the other languages, plus the
greetings and thanks that open chat messages in any language: they are shared by many
users of every group and say nothing about what a group asks for.
"""
from __future__ import annotations

import re
from functools import lru_cache

import stopwordsiso
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from clio_assets.facets.languages import LANGUAGE_CODES

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[\u3040-\u30ff\u3400-\u9fff]+")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")
_KATAKANA_WORD = re.compile(r"[\u30a0-\u30ff]{2,}")  # loanwords: keep whole ("プログラミング")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")  # no word boundaries: character bigrams
# Han characters that are grammar far more often than content; bigrams with them are noise.
_HAN_FUNCTION_CHARS = frozenset("的了是我你他她它们在吗呢吧啊和与及或一个这那有也请帮把给"
                                "对从就都要会能可以什么怎么为如何")
CHAT_FILLER = frozenset("""
hello hi hey hiya thanks thank please cheers regards help helping question quick anyone
hola buenas buenos gracias saludos ayuda ayudar ayúdame favor pregunta rápida
bonjour bonsoir salut coucou merci avance aide aider question svp
hallo guten morgen abend grüß gott danke dank bitte hilfe helfen frage vorab
olá oi obrigado obrigada ajuda ciao salve grazie aiuto domanda
谢谢 感谢 你好 您好 请问 麻烦 先谢 帮忙 问题 ありがとう 宜しく お願い 質問
""".split())


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    words: set[str] = set(CHAT_FILLER) | set(ENGLISH_STOP_WORDS) | {"don't", "doesn't", "i'm", "can't", "won't", "it's"}
    for code in LANGUAGE_CODES:
        if code != "en" and stopwordsiso.has_lang(code):
            words |= set(stopwordsiso.stopwords(code))
    return frozenset(w.lower() for w in words)


def _cjk_terms(run: str, stops: frozenset[str]) -> list[str]:
    out = list(_KATAKANA_WORD.findall(run))
    for han in _HAN_RUN.findall(run):
        out.extend(han[i:i + 2] for i in range(len(han) - 1))
    return [t for t in out if t not in stops and not (set(t) & _HAN_FUNCTION_CHARS)]


def terms_of(text: str) -> list[str]:
    """Unigrams and adjacent-word bigrams (Latin script), character bigrams (CJK)."""
    stops = stop_words()
    text = _PLACEHOLDER.sub(" ", text)
    words: list[str] = []
    out: list[str] = []
    for token in _WORD.findall(text):
        if _CJK_RUN.fullmatch(token):
            out.extend(_cjk_terms(token, stops))
            words.append("")  # no Latin bigram across CJK text
            continue
        word = token.lower().replace("’", "'")
        if len(word) < 3 or word in stops or word.split("'")[0] in stops:
            words.append("")
            continue
        words.append(word)
        out.append(word)
    out.extend(f"{a} {b}" for a, b in zip(words, words[1:]) if a and b)
    return out
