"""Tokenisation into naming terms, multilingual, placeholder-aware."""
from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_WORD = re.compile(r"[^\W\d_]{3,}|[\u3040-\u30ff\u3400-\u9fff]+")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")
# Function words of the other supported Latin-script languages (generic language data).
_OTHER_STOP = """
que para con por una los las del como pero más este esta esto estos unos sobre entre cuando también
muy sin hay ser puede puedes quiero necesito hacer tengo mis sus tus ayudarme ayuda favor gracias
les des une dans pour pas sur avec est sont qui mais plus tout cette ces mes mon ton vos nous vous
faire peux veux besoin aider aide merci elle ils avoir être comment
der die das und ist nicht ein eine einen einem mit für auf den dem des sich auch wie kannst kann
mir mich mein meine bitte danke ich sie wir ihr hilf helfen brauche möchte oder aber noch nach
uma não com para por mais como mas meu minha você pode preciso ajudar obrigado
che con per una non sono come anche mio mia puoi aiutarmi grazie della delle degli nel
please help want need could would like thanks thank hello know make also really just get give
""".split()
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(_OTHER_STOP)
# CJK particles that make poor terms when they start or end a character bigram
_CJK_STOP_CHARS = set("的了是我你在吗呢吧和与一个这那有也请帮を、。にはがでとのもかなすますしてくださいです")


def _cjk_bigrams(run: str) -> list[str]:
    grams = [run[i:i + 2] for i in range(len(run) - 1)]
    return [g for g in grams if g[0] not in _CJK_STOP_CHARS and g[1] not in _CJK_STOP_CHARS]


def terms_of(text: str) -> list[str]:
    """Unigrams and adjacent-word bigrams (Latin script), character bigrams (CJK)."""
    text = _PLACEHOLDER.sub(" ", text)
    words: list[str] = []
    out: list[str] = []
    for token in _WORD.findall(text):
        if _CJK_RUN.fullmatch(token):
            out.extend(_cjk_bigrams(token))
            words.append("")  # break Latin bigrams across CJK
            continue
        word = token.lower()
        if word in STOP_WORDS:
            words.append("")
            continue
        words.append(word)
        out.append(word)
    out.extend(f"{a} {b}" for a, b in zip(words, words[1:]) if a and b)
    return out
