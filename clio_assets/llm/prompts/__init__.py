"""Versioned prompt files (clio_assets/prompts/*.md): a version line, a system part and
a user template. Bump the version line whenever a prompt's wording changes: the
version is part of the response-cache key, so only that stage re-runs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROMPT_DIR = Path(__file__).resolve().parent
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: str
    user: str

    def render(self, **values: object) -> str:
        """Fill {field} placeholders; text inside values is never re-interpreted."""
        missing = set(_FIELD.findall(self.user)) - set(values)
        if missing:
            raise KeyError(f"prompt {self.name} needs {sorted(missing)}")
        return _FIELD.sub(lambda m: str(values[m.group(1)]), self.user)


@cache
def load_prompt(name: str) -> Prompt:
    text = (PROMPT_DIR / f"{name}.md").read_text(encoding="utf-8")
    head, _, rest = text.partition("\n## system\n")
    system, _, user = rest.partition("\n## user\n")
    version = head.strip().removeprefix("version:").strip()
    if not version or not system.strip() or not user.strip():
        raise ValueError(f"prompt file {name}.md needs 'version:', '## system' and '## user'")
    return Prompt(name=name, version=version, system=system.strip(), user=user.strip())
