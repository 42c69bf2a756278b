"""Who informs a story: named sources with their descriptions, anonymous and institutional ones.

Named sources come from the ways copy introduces people ("Mara Quist, an analyst with the
Harbour Institute"; "Norland's foreign minister, Piet Strand"; a title before a name) and
from the speakers of quotes. Anonymous sourcing ("people familiar with the matter") and
institutional sourcing ("the intelligence community estimates") are kept apart because the desk
treats them differently: the first needs a stated reason, the second does not.

This module reads one block for all three (read_block; the result is kept per block in the
AnalysisCache). The readings live apart: named_sources, anonymous_sources and
institutional_sources, with source_windows for the stretches the long patterns are tried in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.analysis.anonymous_sources import AnonymousSourcing, find_anonymous
from app.core.analysis.institutional_sources import InstitutionalSource, find_institutional
from app.core.analysis.mentions import Mention
from app.core.analysis.named_sources import NamedSource, find_named
from app.core.fastinit import fast_init


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class BlockSourcing:
    """The sourcing found in one block, offsets local to it."""

    named: tuple[NamedSource, ...] = ()
    anonymous: tuple[AnonymousSourcing, ...] = ()
    institutional: tuple[InstitutionalSource, ...] = ()


def read_block(block: str, masked: str, mentions: Sequence[Mention]) -> BlockSourcing:
    """Find named, anonymous and institutional sourcing in one block (quotes masked out)."""
    return BlockSourcing(
        named=tuple(find_named(masked, mentions)),
        anonymous=tuple(find_anonymous(masked, block)),
        institutional=tuple(find_institutional(block, masked)),
    )
