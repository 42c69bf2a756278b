"""Whether the words in marks are the sentence subject's own: the one acting in the active
voice, named or definite ("Ana Ruiz called for a “clean” bill"), or people in general naming a
thing ("Doctors call the condition “broken heart syndrome”"), which gives it a name and quotes
no one.

speech.py asks these of a passage with no speech tag of its own; split from it, which held the
whole judgement and neared the house limit: this module holds the reading of the subject, that
one what the marks' words look like and where they stand.
"""

from __future__ import annotations

import re

from app.core.analysis.attribution_rules import LocalAttribution
from app.core.analysis.entities import DOCUMENT, PERSON
from app.core.analysis.mention import NOMINAL, PRONOUN
from app.core.analysis.modifiers import DETERMINERS
from app.core.analysis.phrase_owners import document_author

# Habitual naming: "Doctors call the condition “…”", "locals call it “…”" (present tense).
# A group naming someone or something once is naming too: "Fans dubbed him “the Wall”".
_NAMING_CUES = frozenset(
    {"call", "calls", "dub", "dubs", "dubbed", "nickname", "nicknames", "nicknamed", "christened"}
)
# A verb after "it" that makes it an expletive naming no one: "It turned out that the “weapon”".
_EXPLETIVE_RE = re.compile(
    r"\s+(?:turned\s+out|turns\s+out|seems|seemed|appears|appeared|emerged|remains|remained|"
    r"is|was|has\s+been|had\s+been|will\s+be|would\s+be)\b"
)
# The subject (and an aside between commas), then the auxiliary right before the quote.
_AUXILIARY_RE = re.compile(
    r"^(?:\s*,[^,]{0,60},)?\s+(?:(?:has|have|had)\s+been|is|are|was|were|gets?|got)\s+[\"“‘']$"
)
# A verb done to the subject, not a feeling it may have voiced ("was “stunned”" can be words).
_PARTICIPLE_RE = re.compile(
    r"(?!(?:disappoint|delight|thrill|shock|sadden|worr|concern|surpris|frustrat|outrag|appal|"
    r"horrif|devastat|pleas|stunn|excit|embarrass|humiliat|disgust|amaz|reliev|blindsid|bemus|"
    r"baffl|confus|anger|annoy|insult|offend|terrif|scar|tir|bor|interest|prepar|determin|"
    r"commit|dedicat|convinc|satisfi|overwhelm|honou?r|humbl|bless|proud)[a-z]*\b)"
    r"(?:[a-z]+ed\b|(?:let|given|made|told|taken|kept|shown|seen|known|held|brought|sent|put|left|"
    r"set|thrown|forgotten|hidden|beaten|caught|done|paid)\b)"
)
_PERSONAL = frozenset("he she they".split())  # pronouns that are never expletive
DEFINITE = frozenset("the this that these those his her their its".split())
"""Words that open a description of someone in particular ("the mayor", "his lawyer"), not of
people in general ("a customer", "parents")."""
_PASSIVE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|given|seen|shown|known|held|made|told|taken|brought|kept|"
    # the other irregular participles: "Staff were sent home after a “quick review”"
    r"sent|put|caught|thrown|hit|cut|paid|sold|built|bought|taught|struck|shut|spent|driven|"
    r"written|chosen|beaten|hidden|stolen|broken|shaken|led|run|won|lost|sworn|forgotten)\b"
)


def acting_speaker(
    text: str, start: int, local: LocalAttribution, *, people: bool = False, modifier: bool = False
) -> bool:
    """Is the sentence's subject someone who could be using their own words, in the active voice?

    `people`: people described in general ("Critics likened it to “a ghost town”") count too;
    otherwise only someone named or definite does ("Negotiators say a “phase one” deal": a term).
    `modifier`: the quote is one word before a noun; only the voice before the verb of saying
    counts, not a passive inside the reported clause.
    """
    mention = local.mention
    if mention is None:
        return False
    if mention.kind is NOMINAL:
        first = mention.text.split()[0].lower()
        if mention.entity is DOCUMENT:
            # "Two reports by the inspector general found ...": a text speaks for its author
            return document_author(mention.text) is not None
        general = people and mention.entity is PERSON
        if first not in DEFINITE and not general:
            return False  # "Teachers", "a player", "several firms": no one in particular
    if (
        mention.kind is PRONOUN
        # "She was “quietly confident”": a person's own state, reported in their words
        and mention.text.lower() not in _PERSONAL
        and _EXPLETIVE_RE.match(text, mention.end)
    ):
        return False  # "It turned out that the “weapon” was ...": no one
    between = text[mention.end : start] if 0 <= start - mention.end <= 200 else ""
    if _AUXILIARY_RE.match(between) and _PARTICIPLE_RE.match(text, start):
        return False  # "Morgan was “let go” by the bank": the quoted verb is done to the subject
    cue = local.cue
    if modifier and cue and len(between) > 40:
        # "Ruiz warned that the rules should not be used to curb “long-held” rights": a passive
        # inside the clause she reports is not hers; for one word she uses to qualify a noun,
        # only the voice up to her verb of saying counts
        at = between.find(cue)
        if at != -1:
            between = between[: at + len(cue)]
    return not _PASSIVE_RE.search(between)


def person_acting(local: LocalAttribution) -> bool:
    """A person named or referred to by a pronoun is the sentence's subject: what they repeat,
    finish with or sign a card with ("Ana Ruiz finished with “Long live the harbour”") can be
    their words; titles.py tells the works they watch or stage by the verb."""
    mention = local.mention
    return mention is not None and mention.kind is not NOMINAL and mention.entity is PERSON


def intensified(words: list[str]) -> bool:
    """An adverb of degree and the word it intensifies ("deeply troubling", "utterly dismal"):
    a judgement, never the name of a kind of thing."""
    return len(words) == 2 and words[0].lower().endswith("ly") and words[1].islower()


_WHAT_BEFORE_RE = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}$")
# "what auditors call", "what the report termed": the habitual naming verbs and their past.
_WHAT_CALL_CUES = _NAMING_CUES | {"called", "term", "terms", "termed"}


def what_they_call(text: str, local: LocalAttribution) -> bool:
    """ "what federal auditors call “reckless” spending": the sayer's own words for it, each of
    them ("… and “wasteful” contracts"), however general the sayer."""
    mention = local.mention
    return (
        (local.cue or "").lower() in _WHAT_CALL_CUES
        and mention is not None
        and _WHAT_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) is not None
    )


def habitual_naming(local: LocalAttribution) -> bool:
    """ "Doctors call the condition “…”": people in general naming a thing, not a speaker."""
    cue = (local.cue or "").lower()
    mention = local.mention
    if cue not in _NAMING_CUES or mention is None or mention.kind is not NOMINAL:
        return False
    first = mention.text.split()[0].lower()
    return first not in DETERMINERS and first not in ("one", "another")


def a_name(words_text: str) -> bool:
    """A name given ("broken heart syndrome", "the Cauldron"), not a judgement ("a disaster",
    "reckless"): judgements open with an article or are one word shaped like an adjective."""
    words = words_text.strip(" ,.;:!?").split()
    if not words or words[0].lower() in ("a", "an"):
        return False
    if len(words) <= 6 and any(w in ("but", "yet", "if") for w in words[1:-1]):
        return False  # "promising but early", "bold if risky": a verdict weighed, no name
    return not (len(words) == 1 and words[0].lower().endswith(_ADJECTIVE_ENDINGS))


_ADJECTIVE_ENDINGS = tuple("ous ful less ive able ible al ic ed ing ish ant ent ary".split())
