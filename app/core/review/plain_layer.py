"""The CriticMarkup layer of the plain-text view: a body with suggestions reads as accepted text.

Registered in front of the Markdown layer (`app.core.text.plain` loads this module), so
spelling, house style and every other reader of the plain view see the words a reader will get
(insertions in, deletions out, comments and metadata notes gone) while each character still
maps back to where it stands in the markup. Text without an unescaped brace passes unchanged.
"""

from __future__ import annotations

from app.core.review import critic
from app.core.text.plain import Mapped, register_layer

NAME = "criticmarkup"


def critic_layer(block: str) -> Mapped:
    """BLOCK with every suggestion accepted, and for each character its index in BLOCK."""
    if "{" not in block:
        return block, tuple(range(len(block) + 1))
    view = critic.accepted(block)
    if view.text == block:
        return block, tuple(range(len(block) + 1))
    offsets: list[int] = []
    for start, length in zip(view.markup_starts, view.lengths, strict=True):
        offsets.extend(range(start, start + length))
    offsets.append(len(block))
    return view.text, tuple(offsets)


register_layer(NAME, critic_layer, before="markdown")
