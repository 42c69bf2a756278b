"""A body described and then named beside the description: "The streaming service behind the
series, Kelp Street Media, said", "A parents' group called Families for Safe Crossings posted".

The description was the sentence's subject, so the quote went to "The streaming service" as
written (or, with "called", to a name cut at its "for": "Parents"), though the story gives the
body's name right there. The name is who speaks.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import ORGANISATION, PERSON
from app.core.analysis.mention import NAME, NOMINAL, Mention

# "called Families for Safe Crossings": the name runs over "for", "of", "and" between capitals.
_CALLED_RE = re.compile(r"\s+(?:called|named|known\s+as)\s+")
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|&|on|the)\s+)*[A-Z0-9][\w'’&-]*)*")
# "The streaming service behind the series, ": a short phrase, no verb of saying, to a comma.
_DESCRIPTION_TAIL_RE = re.compile(r"(?:\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5})?,\s+")


def body_named_beside(masked: str, mentions: list[Mention], index: int) -> Mention | None:
    """The name given right beside the organisation described at mentions[index] ("The
    union representing the drivers, the Garrow Rail Union,", "A group called Parents for
    Open Schools"), as an organisation; else None."""
    m = mentions[index]
    if m.kind is not NOMINAL or m.entity is not ORGANISATION:
        return None
    # "A group called ..." names the group; "her office called Tate's plan ..." is a verb
    called = _CALLED_RE.match(masked, m.end) if m.text[:2].lower() in ("a ", "an") else None
    if called is not None:
        run = _NAME_RUN_RE.match(masked, called.end())
        if run is None or masked[run.end() : run.end() + 1] in ("'", "’"):
            return None
        return _name_at(run.start(), run.group(), m.subject)
    tail = _DESCRIPTION_TAIL_RE.match(masked, m.end)
    if tail is None:
        return None
    for following in mentions[index + 1 : index + 4]:
        if following.start < tail.end():
            continue  # "the series" inside the description
        if masked[tail.end() : following.start] in ("", "the ") and (
            (
                following.kind is NAME
                and following.entity is not PERSON
                and not following.is_person_name
            )
            # "Families for Safe Crossings" read as a group of families: a name all the same
            or (following.kind is NOMINAL and _NAME_RUN_RE.fullmatch(following.text))
        ):
            if masked[following.end : following.end + 1] == ",":
                return following.flagged(entity=ORGANISATION, subject=m.subject)
            # "The group, Families for Safe Crossings, said": the name ran over its "for"
            run = _NAME_RUN_RE.match(masked, following.start)
            if run is not None and masked[run.end() : run.end() + 1] == ",":
                return _name_at(run.start(), run.group(), m.subject)
        break
    return None


def _name_at(start: int, text: str, subject: bool) -> Mention:
    """An organisation's name found beside its description, as a mention."""
    text = text.removesuffix(" and").removesuffix(" of")
    return Mention(
        start,
        start + len(text),
        text,
        NAME,
        name=text,
        organisation=True,
        entity=ORGANISATION,
        subject=subject,
    )
