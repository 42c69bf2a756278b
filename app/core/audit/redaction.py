"""The confidentiality rule applied to every passage an audit report quotes.

Names are found exactly as the exporters find them (app.core.confidential: `name_patterns`
over `project`ed, folded text, so accents, curly apostrophes and markup inside a name do not
hide it), and replaced by "[confidential source]"; a source's private contact and notes are
replaced too. A private report (`--private`) redacts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.confidential import fold, name_patterns, names_any, project
from app.core.model import Source

PLACEHOLDER = "[confidential source]"
NAME = "confidential source"
"""How a confidential source appears where its name would be (a speaker, a sources table)."""


class Redactor:
    """Callable that returns a text with confidential sources' names and details taken out."""

    def __init__(self, hidden: Sequence[Source]) -> None:
        self.hidden = tuple(hidden)
        patterns: list[re.Pattern[str]] = []
        for source in self.hidden:
            patterns += name_patterns(source.name)
            for secret in (source.contact, source.notes):
                words = fold(secret or "").split()
                if len("".join(words)) >= 3:
                    patterns.append(
                        re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
                    )
        self._patterns = tuple(patterns)

    def __bool__(self) -> bool:
        return bool(self.hidden)

    def __call__(self, text: str | None) -> str:
        if not text or not self._patterns:
            return text or ""
        shown = project(text)
        spans = sorted(
            shown.span(*match.span())
            for pattern in self._patterns
            for match in pattern.finditer(shown.text)
        )
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in reversed(merged):
            text = text[:start] + PLACEHOLDER + text[end:]
        return text

    def names(self, text: str | None) -> bool:
        """Does `text` (a speaker, a source's name) name a confidential source?"""
        return names_any(text, self.hidden)

    def person(self, text: str | None) -> str:
        """A name field: "confidential source" when it names one, else the name as given."""
        if not text:
            return ""
        return NAME if self.names(text) else self(text)
