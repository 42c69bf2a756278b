"""Words in the first person singular are a person's: "I" is never an organisation speaking.

"She said the Senate has confirmed forty judges and “I see no crisis.”": the verb nearest the
quote has the Senate as its subject, but a body says "we"; the person whose verb comes earlier
in the sentence is the one saying "I".
"""

from __future__ import annotations

import re

from app.core.analysis.cues import Scan
from app.core.analysis.entities import ORGANISATION
from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.tags import before_quote

_FIRST_PERSON_RE = re.compile(r"(?:^|\W)I(?:['’](?:m|ve|d|ll))?\s")


def _is_body(mention: Mention) -> bool:
    return mention.organisation or mention.entity is ORGANISATION


def person_saying_i(
    quote: str,
    masked: str,
    mentions: list[Mention],
    lo: int,
    before: tuple[Mention, str, bool],
    scan: Scan,
) -> tuple[Mention, str, bool] | None:
    """An earlier verb of saying with a person (or a personal pronoun) as its subject, when the
    nearest one's subject is a body and the quote speaks as "I"; None to keep the nearest."""
    if not _is_body(before[0]) or "I" not in quote or not _FIRST_PERSON_RE.search(quote):
        return None
    earlier = before_quote(masked, mentions, lo, before[0].start, scan)
    if earlier is None:
        return None
    mention = earlier[0]
    if _is_body(mention) or (
        mention.kind is PRONOUN and mention.text.lower() in ("it", "they", "we")
    ):
        return None
    return mention, earlier[1], False


__all__ = ["person_saying_i"]
