"""Facet extraction with Claude: all facets of a conversation in one tool call."""
from __future__ import annotations

from dataclasses import dataclass, replace

from clio_assets.facets.custom import CustomFacets
from clio_assets.facets.offline import Facets, extract_facets
from clio_assets.llm.caller import CallResult, Request
from clio_assets.llm.prompts import Prompt, load_prompt
from clio_assets.llm.tools import facets_tool
from clio_assets.privacy.pii.scrub import scrub_text
from clio_assets.shared.records import Conversation

CHARS_PER_TOKEN = 4  # a conservative estimate for budgeting; the API reports real counts
SCRUB_MARGIN = 256  # characters scrubbed past the budget, so that a name at the cut is read whole
FALLBACK_MODEL = "offline-fallback"


@dataclass(frozen=True)
class FacetFailure:
    conversation_id: str
    stage: str
    reason: str
    attempts: int


def conversation_text(conversation: Conversation, token_budget: int) -> str:
    """Scrubbed transcript, truncated at a turn boundary to about `token_budget` tokens.
    The first user turn is always kept (cut to the budget if it alone is too long). Only what
    can fit is scrubbed: a message longer than the room left plus a margin is not read (the
    first one is read to the budget plus the margin, and never up to the margin's end, so a
    name cut there is not sent)."""
    budget = token_budget * CHARS_PER_TOKEN
    parts: list[str] = []
    used = 0
    for message in conversation.messages:
        room = budget - used
        label = f"{message.role.capitalize()}: "
        too_long = len(message.content) > room + SCRUB_MARGIN
        if parts and (room <= 0 or too_long):
            parts.append(f"[… {len(conversation.messages) - len(parts)} later messages omitted]")
            break
        scrubbed = scrub_text(message.content[:budget + SCRUB_MARGIN] if too_long else message.content)
        if too_long:  # the first message, read in part
            scrubbed = scrubbed[:max(0, len(scrubbed) - SCRUB_MARGIN // 4)]
        turn = label + scrubbed
        if parts and used + len(turn) > budget:
            parts.append(f"[… {len(conversation.messages) - len(parts)} later messages omitted]")
            break
        parts.append(turn[:budget] if not parts else turn)
        used += len(turn)
    return "\n\n".join(parts)


def facet_prompt(custom: CustomFacets | None = None) -> Prompt:
    """The facets prompt; custom facets add their questions to the system part and their
    definitions' hash to the version (so a changed file is never answered from the cache)."""
    prompt = load_prompt("facets")
    if custom is None:
        return prompt
    return replace(prompt, version=f"{prompt.version}+{custom.version}",
                   system=f"{prompt.system}\n\n{custom.prompt_section()}")


def facet_requests(conversations: list[Conversation], model: str, token_budget: int,
                   custom: CustomFacets | None = None) -> list[Request]:
    """One request per conversation; custom facets are extra fields of the same tool call."""
    prompt = facet_prompt(custom)
    tool = facets_tool(custom.tool_properties() if custom else None)
    max_tokens = 600 + (60 * len(custom.facets) if custom else 0)
    return [Request("facets", model, prompt, prompt.render(conversation=conversation_text(c, token_budget)),
                    tool, max_tokens)
            for c in conversations]


def custom_values(custom: CustomFacets | None, data: dict) -> tuple[tuple[str, object], ...]:
    """The custom facets of a valid answer (already checked against the tool schema); text
    answers are scrubbed (as written: case helps find names), then lower-cased like the task and
    kept within their length (None if empty)."""
    if custom is None:
        return ()
    out: list[tuple[str, object]] = []
    for facet in custom.facets:
        value = data[facet.column]
        if facet.type == "text":
            value = scrub_text(" ".join(str(value).split())).lower()[:facet.max_length].strip() or None
        out.append((facet.column, value))
    return tuple(out)


def facets_from_results(conversations: list[Conversation], results: list[CallResult], model: str,
                        custom: CustomFacets | None = None) -> tuple[list[Facets], list[FacetFailure]]:
    """Valid answers become facets (scrubbed again); conversations whose answer never
    became valid keep offline facets, marked as such, and are recorded as failures."""
    prompt_version = facet_prompt(custom).version
    failed = [c for c, r in zip(conversations, results) if r.data is None]
    fallback = {f.conversation_id: f for f in extract_facets(failed)} if failed else {}
    facets, failures = [], []
    for conv, result in zip(conversations, results):
        if result.data is None:
            f = fallback[conv.conversation_id]
            facets.append(Facets(f.conversation_id, f.request, f.task, f.languages, f.concern, f.turns,
                                 FALLBACK_MODEL, f.prompt_version))
            failures.append(FacetFailure(conv.conversation_id, "facets", result.error, result.attempts))
            continue
        data = result.data
        facets.append(Facets(
            conversation_id=conv.conversation_id, request=scrub_text(data["request"].strip()),
            task=scrub_text(data["task"].strip().lower()), languages=tuple(dict.fromkeys(data["languages"])),
            concern=int(data["concern"]), turns=len(conv.user_turns), model=model, prompt_version=prompt_version,
            custom=custom_values(custom, data),
        ))
    return facets, failures
