"""Privacy audit with Claude: rate 1-5; below the minimum, rewrite more generally and
re-audit once; what still fails is withheld."""
from __future__ import annotations

from clio_assets.llm.caller import LLMCaller, Request
from clio_assets.llm.prompts import load_prompt
from clio_assets.llm.tools import AUDIT


def _requests(texts: list[str], model: str, min_score: int) -> list[Request]:
    prompt = load_prompt("privacy_audit")
    return [Request("audit", model, prompt, prompt.render(text=t, min_score=min_score), AUDIT, 500) for t in texts]


def audit(caller: LLMCaller, texts: list[str], model: str, min_score: int = 4) -> list[tuple[int, str]]:
    """(score, text to publish or '' to withhold) per input text."""
    first = caller.call_many(_requests(texts, model, min_score))
    out: list[tuple[int, str] | None] = [None] * len(texts)
    retry_idx, retry_texts = [], []
    for i, result in enumerate(first):
        if result.data is None:
            out[i] = (1, "")  # an audit that never answered is a failed audit: withhold
        elif result.data["score"] >= min_score:
            out[i] = (int(result.data["score"]), texts[i])
        elif (result.data.get("rewrite") or "").strip():
            retry_idx.append(i)
            retry_texts.append(result.data["rewrite"].strip())
        else:
            out[i] = (int(result.data["score"]), "")
    for i, text, result in zip(retry_idx, retry_texts, caller.call_many(_requests(retry_texts, model, min_score))):
        ok = result.data is not None and result.data["score"] >= min_score
        out[i] = (int(result.data["score"]) if result.data else 1, text if ok else "")
    return [o if o is not None else (1, "") for o in out]
