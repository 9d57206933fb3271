"""Record types shared by the pure logic modules (no Dagster imports here)."""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("user", "assistant", "system")


@dataclass(frozen=True)
class Message:
    role: str  # one of ROLES
    content: str


@dataclass(frozen=True)
class Conversation:
    """One normalised conversation, whatever format it arrived in."""

    conversation_id: str
    user_id: str  # "" when the record has none (a pseudo-user is assigned at ingest)
    messages: tuple[Message, ...]
    source_format: str
    source_file: str
    source_line: int
    metadata: dict = field(default_factory=dict)

    @property
    def user_turns(self) -> list[str]:
        return [m.content for m in self.messages if m.role == "user"]


@dataclass(frozen=True)
class Rejected:
    """A record that could not be normalised: kept with its reason, never dropped."""

    source_file: str
    source_line: int
    reason: str
    excerpt: str  # first bytes of the raw record, restricted tier only
