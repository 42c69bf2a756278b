"""Words a source passes on: "“We will appeal,” the Gazette quoted her as saying".

The subject of an active "quoted" or "cited" is whoever passed the words on (a paper, an agency,
a report); the one who spoke is its object, the person it quotes "as saying". So a tag built on
"X quoted Y as saying" names Y, a pronoun object ("her", "him") resolved as a subject pronoun
would be. The passive ("she was quoted as saying by the Gazette") keeps its subject and is read
in cues.passive_agent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.analysis.mention import NOMINAL, Mention, _pronoun
from app.core.analysis.mentions import bare_plural
from app.core.analysis.name_words import PRONOUN_FORMS, PRONOUN_GENDER

# The active verbs that pass someone's words on, and what follows the one they quote.
_PASSING_ON = frozenset("quoted cited quotes cites quoting citing".split())
_OBJECT_PRONOUN_RE = re.compile(r"\s+(him|her|them)(?=\s+as\s)")
_AS_SAYING_RE = re.compile(
    r"\s+as\s+(?:saying|telling|writing|stating|having\s+said|remarking|adding|declaring)\b"
)


def quoted_object(masked: str, mentions: Sequence[Mention], verb: re.Match[str]) -> Mention | None:
    """The person an active "quoted"/"cited" quotes "as saying" ("the Gazette quoted her as
    saying", "Reuters cited Ana Ruiz as telling reporters"), or None: the speaker, never the
    source that passed the words on. A pronoun object comes back as its subject form ("her"
    as "she") so it is resolved like any pronoun tag."""
    if verb.group() not in _PASSING_ON:
        return None
    at = verb.end()
    pronoun = _OBJECT_PRONOUN_RE.match(masked, at)
    if pronoun is not None:
        if _AS_SAYING_RE.match(masked, pronoun.end(1)) is None:
            return None
        subject = PRONOUN_FORMS[pronoun.group(1)]
        return _pronoun(pronoun.start(1), pronoun.end(1), subject, PRONOUN_GENDER[subject])
    name_at = at + 1
    if masked[at:name_at] != " ":
        return None
    for mention in mentions:
        if mention.start == name_at:
            if _AS_SAYING_RE.match(masked, mention.end):
                return mention
            return _described_object(masked, mention)
        if mention.start > name_at:
            break
    group = bare_plural(masked, name_at)  # "Reuters quoted officials as saying"
    if group is None:
        return None
    return group if _AS_SAYING_RE.match(masked, group.end) else _described_object(masked, group)


# What wire copy sets between the one quoted and "as saying": a phrase placing an unnamed
# source ("a person familiar with the talks", "a source close to the minister") or a title
# between commas ("Ana Ruiz, the mayor,"). A time ("a spokesman on Monday") places no one.
_PLACING_RE = re.compile(
    r"\s+(?:familiar|close|at|from|of|with|in|inside|within|near|for|among)\s[^,.;:!?\x00\n]{1,60}"
)
_APPOSED_RE = re.compile(r",\s+[^,.;:!?\x00\n]{2,60},")


def _described_object(masked: str, who: Mention) -> Mention | None:
    """The one quoted when a placing phrase or a title between commas stands between them and
    "as saying": "quoted a source close to the minister as saying" names the whole phrase
    (which the phrase reader may already have run on past "as saying"), "quoted Ana Ruiz, the
    mayor, as saying" names her."""
    as_at = masked.find(" as ", who.start, who.end + 72)
    if as_at < 0 or _AS_SAYING_RE.match(masked, as_at) is None:
        return None
    if who.is_person_name and _APPOSED_RE.fullmatch(masked, who.end, as_at):
        return who
    if who.kind is not NOMINAL:
        return None
    if as_at < who.end or _PLACING_RE.fullmatch(masked, who.end, as_at):
        return Mention(who.start, as_at, masked[who.start : as_at], NOMINAL, entity=who.entity)
    return None


def quoted_before(
    masked: str, mentions: Sequence[Mention], cues: Sequence[re.Match[str]], index: int
) -> Mention | None:
    """For a cue before a quote: the person quoted when cues[index] is the "quoted" of "X quoted
    Y as saying" or the "saying" right after it ("The Gazette quoted her as saying: “…”")."""
    verb = cues[index]
    found = quoted_object(masked, mentions, verb)
    if found is not None or index == 0 or verb.group() != "saying":
        return found
    found = quoted_object(masked, mentions, cues[index - 1])
    if found is None:
        return None
    saying = _AS_SAYING_RE.match(masked, found.end)
    return found if saying is not None and saying.end() == verb.end() else None
