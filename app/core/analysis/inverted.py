"""Inverted speech tags: the speaker named right after the verb of saying ("said Mr. Burman",
"said veteran analyst Ivo Marsh", "said Mayor Karen Bass’s spokesman, Zach Seidl").

Split from tags.py, which reads the tag's verb and where it stands around the quote; this
module reads only who follows an inverted verb.
"""

from __future__ import annotations

import re

from app.core.analysis.description_words import AGE_RE
from app.core.analysis.entities import PERSON, THING
from app.core.analysis.kin import KIN_WORDS
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import (
    ROLE_NOUNS,
    TITLE_WORDS,
    Mention,
    bare_plural,
)
from app.core.analysis.nationals import nationality_key
from app.core.analysis.noun_phrases import NOT_IN_NP, called_by_name
from app.core.analysis.prepositions import PREPOSITIONS
from app.core.analysis.subject_patterns import NOT_DESCRIBING

# compiled once: these run for every mention or quote (speed)
_LAST_WORD_RE = re.compile(r"([a-z]+)$")
_TO_INVERTED_RE = re.compile(r"(?:\s+(?:also|then|later|simply|only|once))?\s+(?:the\s+(?=[A-Z]))?")


# The lower-case word right after a mention (compiled once: asked of every inverted tag).
_FOLLOWING_WORD_RE = re.compile(r" ([a-z][\w-]*)")


def inverted(
    mentions: list[Mention], masked: str, pos: int, hi: int, calling: bool = False
) -> Mention | None:
    """`said Mr. Burman`: the mention right after the cue (adverbs and a day allowed).

    Only verbs of saying invert; after "accused", "praised" or "told" the name is the one
    spoken to or about ("accused Ortiz's campaign of being “duped”"). `calling`: the verb is
    "called" right after a cry ("“Order!” called the chair"), which then inverts too.
    """
    verb = _LAST_WORD_RE.search(masked[max(0, pos - 16) : pos])
    if verb and verb.group(1).startswith(NON_INVERTING) and not calling:
        return None
    m = _TO_INVERTED_RE.match(masked[pos:hi])
    if not m:
        return None
    at = pos + m.end()
    group = bare_plural(masked, at)
    if group is not None:
        return group  # "said officials", "said Kelmarsh officials", "said local residents"
    # "said the Secretary of State": the office's mention holds its "the" (joins._office_of)
    office_at = at - 4 if masked[at - 4 : at] in ("the ", "The ") else -1
    for index, mention in enumerate(mentions):
        if mention.start == at or (mention.start == office_at and mention.kind is NOMINAL):
            if mention.kind is PRONOUN and mention.text.lower() in {"it", "who"}:
                return None
            if mention.kind is PRONOUN and masked[mention.end : mention.end + 1] == " ":
                # "said he would ...", "saying he “has offended ...”": reported speech, with
                # the subject before the cue.
                return None
            if mention.possessive:
                # "said Mayor Karen Bass’s spokesman, Zach Seidl": whose role, then the name;
                # "said the GOP's most important goal was ...": a clause, nobody named.
                return _owned_role(mentions, masked, index, hi)
            if mention.kind is NAME and mention.entity is THING:
                # "said Republican pollster Jo Banks": the adjective describes the speaker.
                described = _described_name(mentions, masked, index + 1, mention.end, hi)
                if described is None and _national_closes(mention, masked, at):
                    return mention  # "said the Kenyan.": a person called by nationality
                return described
            following = _FOLLOWING_WORD_RE.match(masked[mention.end : mention.end + 30])
            if following and following.group(1) in _CLAUSE_VERBS:
                return None  # "said the United States would ...": a that-clause, not a speaker
            if (
                mention.kind is NAME
                and mention.name.split()[-1].lower() in TITLE_WORDS
                and index + 1 < len(mentions)
                and mentions[index + 1].is_person_name
                and _AND_TITLE_RE.fullmatch(masked, mention.end, mentions[index + 1].start)
            ):
                return mentions[index + 1]  # "said IAB President and CEO Greg Stuart"
            if (
                mention.kind is NAME
                and following
                and following.group(1) not in PREPOSITIONS
                and following.group(1) not in NOT_IN_NP
            ):
                # "responded Harbour Rail director Ivo Marsh": the organisation describes
                # the person; "said the US decision did ...": a clause, nobody named.
                return _described_name(mentions, masked, index + 1, mention.end, hi)
            if mention.kind is NOMINAL:
                for later in mentions[index + 1 : index + 4]:
                    if later.start >= hi or not later.is_person_name:
                        continue
                    if called_by_name(
                        masked, mention.end, later.start
                    ) and not _SENTENCE_END_RE.search(masked, mention.end, later.start):
                        # "said one man, a retired teacher who gave his name only as Remy":
                        # the name the described speaker goes by
                        return later
                    if _NAME_BESIDE_RE.fullmatch(masked, mention.end, later.start):
                        # "said its spokesman, Simon Williams", "said the chairman of the
                        # committee, H. Carl McCall"
                        return later
                    if _kin_named(masked, mention, later):
                        return later  # "said her husband Tom", "said his son Mark, 32."
                    if (
                        masked[mention.end : later.start] == " "
                        and mention.text[:4] in ("the ", "The ")
                        and AGE_RE.fullmatch(mention.text, 4)
                    ):
                        # "says the 41-year-old Brandvold": an age standing before the name, as an
                        # adjective, describes the person named, who is the speaker
                        return later
                    break
            if mention.kind is NOMINAL:
                pp = _TRAILING_PP_RE.match(masked, mention.end, hi) or _TRAILING_WHO_RE.match(
                    masked, mention.end, hi
                )
                if pp:
                    # "said one union source on the panel."
                    return Mention(
                        mention.start,
                        pp.end(),
                        masked[mention.start : pp.end()],
                        NOMINAL,
                        entity=mention.entity,
                    )
            return mention
        if mention.start > at:
            # "says veteran industry analyst Ivo Marsh": a description, then the name.
            return _described_name(mentions, masked, index, at, hi)
    return None


_SENTENCE_END_RE = re.compile(r"[.!?]\s")


def _national_closes(mention: Mention, masked: str, at: int) -> bool:
    """ "said the Portuguese.", "said the Dutchman, who ...": a nationality after "the" that
    closes the tag names a person (the resolver finds whom, nationals.py); "said the British
    government" is no such word alone."""
    return (
        masked[at - 4 : at] in ("the ", "The ")
        and " " not in mention.name
        and nationality_key(mention.name) is not None
        and _NAME_CLOSES_RE.match(masked, mention.end) is not None
    )


# A relative named with no comma ("said her husband Tom", "said his daughter Elena Salas."): the
# family word (kin.KIN_WORDS) and the name are one person, as "her husband, Tom" is.
_OWNED_KIN_RE = re.compile(r"(?:his|her|their)\s+(?:\w+\s+)?(\w+)$", re.IGNORECASE)
# The name closes the tag ("said her husband Tom."), not "said her husband Tom would ...".
_NAME_CLOSES_RE = re.compile(r"\s*(?:[,.;:!?\x00]|$)")


def _kin_named(masked: str, kin: Mention, name: Mention) -> bool:
    """Whether `name` follows the family word `kin` with only a space between."""
    if masked[kin.end : name.start] != " " or name.kind is not NAME or name.possessive:
        return False
    owned = _OWNED_KIN_RE.fullmatch(kin.text)
    return (
        owned is not None
        and owned.group(1).lower() in KIN_WORDS
        and _NAME_CLOSES_RE.match(masked, name.end) is not None
    )


# Between a possessive owner and the person named straight after it: "Harrowgate's Dana Cole".
_OWNER_GAP_RE = re.compile(r"['’]s?[ \u00a0]")
_OWNED_ROLE_RE = re.compile(r"['’]s?\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))(?=[\s,.;:]|$)")


def _owned_role(mentions: list[Mention], masked: str, index: int, hi: int) -> Mention | None:
    """After a cue, a possessive name and a role noun: the person named beside the role, or the
    role as written ("Mayor Karen Bass’s spokesman")."""
    owner = mentions[index]
    named = mentions[index + 1] if index + 1 < len(mentions) else None
    if (
        named is not None
        and named.kind is NAME
        and named.is_person_name
        and _OWNER_GAP_RE.fullmatch(masked, owner.end, named.start)
        and not _CLAUSE_AFTER_RE.match(masked, named.end, hi)
    ):
        # "said Harrowgate's Dana Cole", "says the band's Ira Holm": whose member, then the
        # person; a verb after the name makes it a that-clause ("said Calder's Ana Ruiz would").
        return named
    role = _OWNED_ROLE_RE.match(masked, owner.end, hi)
    if role is None or role.group(2) not in ROLE_NOUNS:
        return None
    if (
        named is not None
        and named.is_person_name
        and _NAME_BESIDE_RE.fullmatch(masked, role.end(), named.start)
    ):
        return named
    if masked[role.end() : role.end() + 1] not in ("", ".", ",", ";", ":", " "):
        return None
    text = masked[owner.start : role.end()]
    return Mention(owner.start, role.end(), text, NOMINAL, entity=PERSON)


NON_INVERTING = (
    "accus",
    "prais",
    "blast",
    "slam",
    "critici",
    "mock",
    "call",
    "dub",
    "describ",
    "label",
    "brand",
    "hail",
    "condemn",
    "dismiss",
    "tout",
    "laud",
    "scold",
    "deem",
    "cit",
    "quot",
    "told",
    "tell",
    "charg",
    "urg",
    "advis",
    "thank",
    "blam",
)


# A name beside a description: ", " or a short phrase first ("the chair of the port's pay
# panel, H. Dana Reyes").
_AND_TITLE_RE = re.compile(r"\s+and\s+")
_NAME_BESIDE_RE = re.compile(r"(?:\s+(?:of|for|at|in|with)\s+[^,.;:!?\x00]{1,60}?)?,[ \u00a0]+")


# A place phrase closing a described speaker ("said one union source on the panel"); never the
# way the words came ("said the family in a statement", "said a cousin in an interview"),
# which says how they were said, not who said them.
_TRAILING_PP_RE = re.compile(
    r"\s+(?:on|in|at|inside|within|close\s+to|near)\s+(?:the|a|an|this|that)\s+"
    r"(?!(?:statement|interview|email|e-mail|letter|release|post|video|tweet|call|filing|"
    r"message|text|speech|broadcast|podcast|briefing|note|memo)\b)[a-z][\w-]*"
    r"(?=\s*(?:[.,;:]|$))"
)


# A relative clause closing a described speaker ("said a neighbour who saw the fire."): who
# they are; it ends at the sentence's end, before the way the words came ("in an interview").
_TRAILING_WHO_RE = re.compile(
    rf"\s+who\s+(?![^,.;:!?\x00]*\b{NOT_DESCRIBING}\b)[a-z][^,.;:!?\x00]{{2,60}}?"
    r"(?=\s*(?:[.;:!?]|$)|\s+(?:in\s+(?:an?|the)\s+(?:interview|statement|email)|by\s+phone)\b)"
)


_CLAUSE_VERBS = frozenset(
    """would will is was are were has had have could should can may might must did does do
    had""".split()
)
# One of them straight after a name: a clause of its own, not an inverted tag's speaker.
_CLAUSE_AFTER_RE = re.compile(rf" (?:{'|'.join(sorted(_CLAUSE_VERBS))})\b")


_DESCRIPTOR_RE = re.compile(r"[\w’'./-]+(?:\s+[\w’'./-]+){0,7}\s+$")


def _described_name(
    mentions: list[Mention], masked: str, index: int, at: int, hi: int
) -> Mention | None:
    """The person named after a short description that follows a cue ("43-year-old X")."""
    if index >= len(mentions):
        return None
    mention = mentions[index]
    if (
        mention.kind is NOMINAL
        and index + 1 < len(mentions)
        and _ONE_OF_RE.fullmatch(masked, at, mentions[index + 1].start)
    ):
        mention = mentions[index + 1]  # "said one of the men, Thierry Falise"
    if (
        mention.kind is NAME
        and not mention.is_person_name
        and index + 1 < len(mentions)
        and masked[at : mention.start].endswith(" and ")
        and _LOWER_WORDS_RE.fullmatch(masked, mention.end, mentions[index + 1].start)
    ):
        # "wrote Harbour Biotech founder and Calder University physics professor Ivo Marsh": a
        # second organisation, with its role, joined to the first description
        index, at, mention = index + 1, mention.end, mentions[index + 1]
    if mention.start >= hi or mention.kind is not NAME or not mention.is_person_name:
        return None
    gap = masked[at : mention.start]
    if "\x00" in gap:
        return None
    if _ONE_OF_RE.fullmatch(gap):
        return mention  # "said one of the men, Thierry Falise"
    if not _DESCRIPTOR_RE.fullmatch(gap.lstrip()):
        return None
    # "said board member and Nobel-prize winning physicist X": "and" joins two descriptions
    words = gap.split()
    if any(
        w.lower() in NOT_IN_NP and w.lower() != "and" and not _office_of(words, i)
        for i, w in enumerate(words)
    ):
        return None
    while index + 1 < len(mentions) and mentions[index + 1].start < hi:
        # "Stanford physicist Douglas Osheroff": a name used to describe comes first
        following = mentions[index + 1]
        between = masked[mention.end : following.start]
        if not (
            following.is_person_name
            and _LOWER_WORDS_RE.fullmatch(between)
            and not any(w in PREPOSITIONS or w in NOT_IN_NP for w in between.split())
        ):
            break
        mention, index = following, index + 1
    return mention


_LOWER_WORDS_RE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")

# A title before "of" heads the office whose lower-case name follows ("said Vantix president of
# consumer products Ivo Marsh"); other nouns before "of" name someone else's relation ("said a
# friend of victim Ivo Marsh"), so only these let an "of" inside the description.
_OF_HEADS = TITLE_WORDS | {"head"}


def _office_of(words: list[str], i: int) -> bool:
    """Is words[i] the "of" of an office ("president of mobile sales") with one lower-case
    word or more, none of them a function word, between it and the name?"""
    if words[i] != "of" or i == 0 or words[i - 1].lower() not in _OF_HEADS:
        return False
    rest = words[i + 1 :]
    return bool(rest) and all(w[:1].islower() and w not in NOT_IN_NP for w in rest)


_ONE_OF_RE = re.compile(
    r"\s*(?:one|two|three|some|several|many|most|all|each|both|none|another)\s+of\s+"
    r"(?:the|them|his|her|their|its|those|these)(?:\s+[a-z][\w-]*){0,3},\s+"
)
