"""The patterns subject_before (subjects.py) reads around a sentence's subject: a time between
subject and verb, an author after a document, a place or group after a person, a share of a
group, bare plurals before a verb of saying."""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import WEEKDAYS
from app.core.analysis.entities import GROUP_PLURALS
from app.core.analysis.mentions import word_alternation

# "who in 2010 said", "X on Tuesday told": a time between subject and verb.
TIME_RE = re.compile(
    r"\b(?:in|on|by|since|during|until)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|"
    rf"{WEEKDAYS})"
    r"(?:\s+\d{1,2})?\b|\b(?:last|this|next)\s+"
    r"(?:week|month|year|night|spring|summer|autumn|fall|winter)\b"
)


WHICH_BEFORE_RE = re.compile(
    r",\s*which\s+(?:[a-z]+ly\s+|has\s+|had\s+|also\s+"
    # when, as analysts' and brokers' notes are cited: "Harlow Bank, which last week wrote:"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|quarter)\s+|on\s+[A-Z][a-z]+day\s+"
    r"|(?:yesterday|today)\s+)?$"
)
COMMA_GAP_RE = re.compile(r"\s*")


CONJUNCTION_BEFORE_RE = re.compile(r"\b(?:after|before|since|until|as|once|because)\s+$")


AUTHORED_RE = re.compile(
    r"(?:(?:[a-z]+ly\s+)?(?:filed|published|issued|released|written|signed|commissioned|"
    r"produced|compiled|prepared|drafted|sent|posted|brought|led|funded|carried\s+out)\b"
    r"[^,\x00]{0,60}?)?"
    # "The report, by the Resolution Trust, said": the author with no participle
    r"\b(?:by|from)\s+[^,\x00]{2,80}"
)


PUBLISHED_RE = re.compile(
    r"(?:[a-z]+ly\s+)?(?:published|released|issued|presented|posted|carried\s+out|conducted|"
    # "The suit, filed in Boston, alleges", "The indictment, unsealed Tuesday, says"
    r"filed|unsealed|submitted|lodged|"
    r"seen\s+by|obtained\s+by|leaked\s+to)\b[^,\x00]{0,80}"
)


SUBJECT_PP_RE = re.compile(
    r"\s+(?:on|in|at|of|for|from|with|inside|near|close\s+to|familiar\s+with|within|"
    # where the person stands: "A woman beside him added", "a man behind the counter said"
    r"beside|behind|next\s+to|outside|opposite|across|among)\s+"
    # "A survey of 2,000 adults by Polldata found": a comma inside a number is no boundary
    r"(?:[^,.;:!?\x00]|(?<=\d)[,.](?=\d)){2,60}?\s+"
)


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "it"})


# Words before a noun phrase that make it an object, never the subject of what follows.
OBJECT_AFTER_RE = re.compile(r"\b(?:alongside|beside|besides|including|unlike|like)\s+$")


# "A report to the council said": whom a document went to; "a report to the councillors of
# Dunmore Shire, west of the ranges, revealed": with the body they sit on and an aside placing it
DOCUMENT_TO_RE = re.compile(
    r"\s+to\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?P<aside>,\s+(?:north|south|east|west|outside|near)\b[^,\x00]{2,40},)?)?\s+"
)


# Bodies, and their members, that a document goes to inside the institution issuing it.
_BODIES = frozenset(
    """council councillors councilors board committee commission members trustees directors
    cabinet""".split()
)


# Documents the public or another party sends to a body: never the body's own.
_SENT_FROM_OUTSIDE = frozenset(
    """submission submissions petition petitions complaint complaints letter letters appeal
    appeals application applications request requests objection objections""".split()
)


def document_to(masked: str, start: int, end: int, gap: str) -> str | None:
    """The document at masked[start:end] and whom it went to, as written, when `gap` (the words
    between it and its verb) says so with the body they sit on ("a report to the councillors of
    Dunmore Shire"; not "a letter to the editor of the Harbour Times", whom the writer is not);
    an aside placing the body is left out. None for any other gap."""
    found = DOCUMENT_TO_RE.fullmatch(gap)
    if found is None or found.group("of") is None:
        return None
    if masked[start:end].rsplit(None, 1)[-1].lower() in _SENT_FROM_OUTSIDE:
        return None  # "a petition to the councillors of Dunmore Shire": the public's
    if gap[: found.start("of")].rsplit(None, 1)[-1].lower() not in _BODIES:
        return None  # "a letter to the editor of the Harbour Times": no body of its own
    cut = found.start("aside") if found.group("aside") else found.end("of")
    return masked[start : end + cut]


# "The report by the county treasurer said": who wrote a document, as "from" says it
DOCUMENT_BY_RE = re.compile(r"\s+by\s+(?:[^,.;:!?\x00]|(?<=\d)[,.](?=\d)){2,60}?\s+")


RELATIVE_GAP_RE = re.compile(r"\s+[a-z][^,\x00]{1,150},\s*")
# The same clause run straight into the verb, no comma ("A woman who saw the fire said"); a
# "that" in it reports someone else's words ("who believes that the mayor said").
RELATIVE_RUN_ON_RE = re.compile(r"\s+[a-z](?![^,;:\x00]*\bthat\b)[^,;:\x00]{1,80}\s+")
# What a relative clause after a described speaker says when it tells why no name is given
# ("a spokesman who declined to be named", "who spoke on condition of anonymity"): it is not a
# description of who they are, so it stays out of the speaker's mention.
NOT_DESCRIBING = (
    r"(?:asked|declined|spoke\s+(?:on|under)\s+(?:the\s+)?condition|requested|anonymity|"
    r"not\s+to\s+be|did\s+not|didn['’]t|"
    r"would\s+not|wouldn['’]t|was\s+not|wasn['’]t)"
)
NOT_DESCRIBING_RE = re.compile(rf"\b{NOT_DESCRIBING}\b")


SHARED_SUBJECT_RE = re.compile(r"\b(?:and|but|then)\s+(?:later\s+|also\s+|then\s+)?$")


SHARE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:\d+(?:\.\d+)?|[A-Z]?[a-z]+(?:-[a-z]+)?)\s*(?:percent|per\s+cent|%)"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})?)\s+(?:also\s+)?$"
)


STRICT_PREPOSITIONS = frozenset(
    """of to for with from by about among between against in on at into than like through
    across around near inside outside within along""".split()
)


DETERMINERS_BEFORE = frozenset("the a an his her their its these those our my your".split())


# Any bare plural right before the verb: "unions warned", "scientists say".
ANY_PLURAL_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))((?:[Ss]ome\s+|[Mm]any\s+|[Mm]ost\s+)?[a-z]{3,}(?<![su]s)(?<!is)s)"
    r"\s+(?:also\s+|have\s+|had\s+)?$"
)


# Words that open a clause before its subject ("But residents said", "Still, doctors said").
CLAUSE_OPENING_WORDS = frozenset("but and yet so now then still also even instead".split())
# Words that open a subordinate clause before its subject ("What critics call “…”", "When
# officials said", "As residents put it").
_SUBORDINATORS = frozenset(
    "what whatever when while as if where how once though although because since unless".split()
)
# Capitalised, these are no nationality or place before a group (nor "Or", "Nor", "Here",
# "There"): "But residents said" is said by residents, "What critics call" by critics.
_CLAUSE_OPENERS = (
    "(?!(?:"
    + "|".join(
        sorted(
            w.capitalize()
            for w in CLAUSE_OPENING_WORDS | _SUBORDINATORS | {"or", "nor", "here", "there"}
        )
    )
    + r")\s)"
)
_GROUP_HEAD = (
    r"(?:(?:[Ll]ocal|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|[Ss]everal)\s+)?"
    # "Iraqi officials here insist", "U.S. officials said": a nationality or place before them
    rf"(?:{_CLAUSE_OPENERS}[A-Z][\w.-]*\s+){{0,2}}"
    rf"(?:{word_alternation(GROUP_PLURALS)})"
)
_AFTER_GROUP = r"\s+(?:also\s+|here\s+|there\s+|too\s+)?$"
BARE_PLURAL_BEFORE_RE = re.compile(rf"(?:^|(?<=[\s,;(]))({_GROUP_HEAD})(?:\s+who)?{_AFTER_GROUP}")
# A word of the place phrase: no verb ("groups of protesters continued to chant") or clause word.
_PLACE_WORD = (
    r"(?!(?:to|and|or|but|that|who|which|would|will|had|have|has|was|were|is|are)\b)"
    r"(?![\w’'.-]*ed\b)[\w’'.-]+"
)
# A group with where it was met: "But residents in the village said", "shopkeepers on the high
# street say", "officials in Washington said" (up to three words of place).
GROUP_PLACED_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\s,;(]))({_GROUP_HEAD}\s+(?:in|at|on|of|for|with|across|from|near|around|outside)\s+"
    rf"(?:(?:the|a|an)\s+)?(?:{_PLACE_WORD}\s+){{0,2}}?{_PLACE_WORD})"
    rf"{_AFTER_GROUP}"
)


# A clause putting out a message, then a colon before its words: "The council issued a notice:
# “…”", "The coach posted a single word: “…”". Its subject sent them, description or not.
SENT_COLON_RE = re.compile(
    r"\b(?:issued|issues|posted|posts|sent|sends|released|releases|put\s+out|puts\s+out|"
    r"published|tweeted|texted|emailed|wrote|writes|left)\s+(?:[\w'’,-]+\s+){0,4}?"
    r"(?:statement|notice|message|note|letter|memo|warning|post|tweet|update|reply|response|"
    r"word|words|line|plea|appeal|apology|text|email|e-mail|bulletin|alert)s?\s*:\s*$"
)
