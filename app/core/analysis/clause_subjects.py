"""The subject of a clause and who may speak at all: "On Tuesday the Harbour Board, in a
statement on its website, thanked ...", "Calder's envoy to Denmark Ivo Marsh has said". A
mention in a prepositional phrase, a possessive, a name used as a modifier or the one told
("Swift's rep told Fox News") is no clause's subject.

Split from subjects.py, which finds the subject of a verb of saying and calls on these.
"""

from __future__ import annotations

import re

from app.core.analysis.body_names import body_named_beside
from app.core.analysis.cues import CUE_RE
from app.core.analysis.entities import DOCUMENT, ORGANISATION, PERSON, THING
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.name_words import PRONOUN_FORMS
from app.core.analysis.phrase_owners import document_author
from app.core.analysis.prepositions import after_preposition, skip_intro
from app.core.analysis.subject_patterns import CLAUSE_OPENING_WORDS

# compiled once: these run for every mention or quote (speed)
_WORD_BEFORE_RE = re.compile(r"([a-z]+)\s+(?:the\s+)?$")


def _after_cue(masked: str, start: int) -> bool:
    """Is the mention at `start` right after a verb of saying, as the one told ("told Fox
    News") or the subject of the words reported ("says he has ...")? Not after a quote's
    "said" or "added": there the mention is an inverted tag's subject ("“…,” said Carla Fenn,
    who represented Bright, adding that “…”" is Fenn's, not Bright's)."""
    lo = max(0, start - 20)
    word = _WORD_BEFORE_RE.search(masked[lo:start])
    if not word or CUE_RE.fullmatch(word.group(1)) is None:
        return False
    if word.group(1) not in _INVERTING:
        return True
    at = lo + word.start()
    return masked[max(0, at - 4) : at].rstrip()[-1:] not in _QUOTE_END


_INVERTING = frozenset({"said", "says", "added", "adds"})
_QUOTE_END = frozenset(",”\"’'\x00")


def can_speak(m: Mention) -> bool:
    """A person (named, "he"/"she", "the mayor") or an organisation may speak; things not."""
    if m.kind is PRONOUN:
        # "According to her, ...": the object form cited stands for its subject form
        return PRONOUN_FORMS.get(m.text.lower(), m.text.lower()) in ("he", "she", "they", "it")
    if m.kind is NOMINAL:
        # "The verdict from Chief Inspector Alan Shaw was blunt: “…”": a document speaks for
        # the author it names.
        return m.entity in (PERSON, ORGANISATION) or (
            m.entity is DOCUMENT and document_author(m.text) is not None
        )
    # A country speaks through its government ("Japan branded it an “outlaw nation”").
    return m.entity is not THING and m.entity is not DOCUMENT


def clause_subject(
    masked: str, mentions: list[Mention], lo: int, hi: int, main_clause: bool = False
) -> Mention | None:
    """The subject of the clause in masked[lo:hi]; with `main_clause`, never the subject of a
    clause inside it ("one of the reasons that they should ...")."""
    main = skip_intro(masked, lo, hi)
    found = _clause_subject(masked, mentions, main, hi, main_clause)
    if (found is None or not can_speak(found)) and main > lo:
        # "On “Harbour Hour,” Sen. Ruth Okafor (Ore.), who ..., identified": the title's
        # comma is masked (or the aside has commas of its own), so the opening phrase seemed
        # to run past the name; a person named in full there, in no phrase of its own, is
        # the subject after all.
        for m in mentions:
            if m.start >= main:
                break
            if lo <= m.start and m.is_person_name and len(m.name.split()) >= 2:
                if not (m.possessive or after_preposition(masked, m.start) or m.modifier):
                    return m
                break
    return found


def _clause_subject(
    masked: str, mentions: list[Mention], lo: int, hi: int, main_clause: bool
) -> Mention | None:
    for index, m in enumerate(mentions):
        if m.start < lo:
            continue
        if m.start >= hi:
            break
        if m.possessive or after_preposition(masked, m.start) or m.modifier:
            continue
        if m.kind is PRONOUN and m.text.lower() == "who":
            continue
        if main_clause and _SUBORDINATE_BEFORE_RE.search(masked, max(lo, m.start - 9), m.start):
            continue  # "one of the reasons that they should ...": a clause's subject
        if m.kind is PRONOUN and m.text.lower() == "it":
            # "it referenced “political tensions”" has a speaker; "it is “absurd”" has none.
            verb = re.match(r" ([a-z]+)", masked[m.end : m.end + 20])
            if not verb or not (verb.group(1).endswith("ed") or CUE_RE.fullmatch(verb.group(1))):
                continue
        if (
            m.kind is NAME
            and m.organisation
            and masked[m.end : m.end + 1] != " "
            # "The Harbour Board, in a statement on its website, thanked ...": an aside
            # between the body and its verb leaves it the subject
            and not _ASIDE_THEN_VERB_RE.match(masked, m.end, hi)
        ):
            continue
        if _after_cue(masked, m.start):
            continue  # "Swift's rep told Fox News ...": the one told is not the one telling
        if m.kind is NOMINAL and index + 1 < len(mentions):
            # "Calder's envoy to Denmark Ivo Marsh has said": the name is the subject.
            following = mentions[index + 1]
            if (
                following.is_person_name
                and not following.possessive
                and _NAME_AFTER_ROLE_RE.fullmatch(masked, m.end, following.start)
            ):
                return following
        named = body_named_beside(masked, mentions, index)
        return named if named is not None else m
    return None


_ASIDE_THEN_VERB_RE = re.compile(
    r",\s+(?:in|on|through|via|according\s+to)\s+[^,.;:]{2,60},\s+(?:also\s+)?[a-z]+(?:ed|s)\b"
)
_SUBORDINATE_BEFORE_RE = re.compile(r"\b(?:that|which|whether|because)\s+$")


_NAME_AFTER_ROLE_RE = re.compile(
    r"(?:,\s*|\s+(?:(?:to|of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,2})?)"
)


def opens_its_clause(before: str) -> bool:
    """Whether what comes before a subject in its sentence leaves it the sentence's own: nothing,
    an introductory phrase set off by a comma ("On Tuesday,"), or one conjunction ("But")."""
    before = before.strip()
    return not before or before.endswith(",") or before.lower() in CLAUSE_OPENING_WORDS
