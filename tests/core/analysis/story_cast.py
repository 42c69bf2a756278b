"""What the generated speaker batteries share (speaker_stories.py, referent_stories.py,
relation_stories.py): a story with the speakers an editor expects, and a cast that draws
distinct people and quotes from a battery's own tables. One place, so every battery draws and
judges its stories the same way."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One generated story and the speakers an editor expects, quote by quote."""

    id: str
    text: str
    speakers: tuple[str | None, ...]
    xfail: str = ""


class StoryCast:
    """Draws distinct surnames and quotes for one story from the subclass's tables (FIRST by
    gender, SURNAMES, QUOTES), so two people in a story never share a surname."""

    FIRST: dict[str, list[str]]
    SURNAMES: list[str]
    QUOTES: list[str]

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        quotes = list(self.QUOTES)
        rng.shuffle(quotes)
        self._quotes = iter(quotes)

    def first(self, g: str) -> str:
        return self.rng.choice(self.FIRST[g])

    def surname(self) -> str:
        while True:
            s = self.rng.choice(self.SURNAMES)
            if s not in self.used:
                self.used.add(s)
                return s

    def q(self) -> str:
        return next(self._quotes)


def gendered_stories(
    structures: dict[str, Callable[..., tuple[str, tuple[str | None, ...]]]],
    cast: type[StoryCast],
    seed: int,
    per_structure: int,
    xfail: dict[str, str],
) -> list[Story]:
    """`per_structure` stories per structure, alternating the speaker's gender, from one seeded
    generator: the batteries whose builders take a cast and a gender draw them this way."""
    rng = random.Random(seed)
    out: list[Story] = []
    for key, build in structures.items():
        for i in range(per_structure):
            g = "mf"[i % 2]
            text, speakers = build(cast(rng), g)
            out.append(Story(f"{key}-{i}-{g}", text, speakers, xfail.get(key, "")))
    return out
