"""Asides between a subject and its verb of saying: appositives ("Ivo Marsh, a senior analyst
at Calder Bank, told"), relative clauses ("a refugee who fled Aleppo said", "a mother of three,
who did not want to be named, said") and short phrases ("Ruiz, opening the terminal, said").

subjects.py walks back from a verb past these to the one who speaks.
"""

from __future__ import annotations

import re
from typing import Final

from app.core.analysis.capped_offices import capitalised_office
from app.core.analysis.cues import CUE_RE, is_noun
from app.core.analysis.entities import ORGANISATION, PERSON, PLACE, UNKNOWN
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import Mention, looks_like_description
from app.core.analysis.name_words import HONORIFICS
from app.core.analysis.names import letters_after_name
from app.core.analysis.prepositions import after_preposition
from app.core.analysis.sentences import TITLING_ROLES


def _looks_appositive(text: str) -> bool:
    body = text.strip(" ,")
    return (looks_like_description(body) or _office_of_a_body(body)) and not any(
        not is_noun(body, m.start()) for m in CUE_RE.finditer(body)
    )


# "Ivo Marsh, secretary-general of the Elm Street Residents' Association, said": a job no word
# list holds, read by its shape, a lower-case noun and the body it serves ("of the", "at the").
_OFFICE_OF_A_BODY_RE = re.compile(r"[a-z][a-z-]+ (?:of|at|for|with) (?:the )?[A-Z]")


def _office_of_a_body(body: str) -> bool:
    """Does the aside read "<job> of the <Named Body>"? Short, and naming a body."""
    return len(body) <= 120 and _OFFICE_OF_A_BODY_RE.match(body) is not None


_ASIDE_OPENERS = frozenset(
    """in at on during speaking appearing writing however too though meanwhile standing
    asked when after before while which whose of from""".split()
)


def skippable(text: str) -> bool:
    """An appositive or a short aside ("at a later press gaggle") between subject and verb."""
    body = text.strip(" ,")
    if _looks_appositive(body) or letters_after_name(body):
        return True  # "Ada Lowe, a surgeon, said", "Ada Lowe, PhD, said"
    if body[-1:].isalpha() and capitalised_office(body):
        return True  # "Ana Ruiz, Nueva Tierra Governor, said"
    head, comma, rest = body.partition(", ")
    if comma and letters_after_name(head) and skippable(rest):
        return True  # "Ada Lowe, Ph.D., of Albany, said": the letters, then an aside
    words = body.split()
    if words and words[0].lower() in ("which", "whose") and CUE_RE.search(body):
        return False  # ", which said ...," is a clause of its own
    if words and words[0].lower().endswith("ing") and len(words) <= 4:
        return True  # "Dana Reyes, prosecuting, said": the role in court, an aside
    if (
        words
        and words[0].lower().endswith("ing")
        and len(words) <= 16
        and not any(not is_noun(body, m.start()) for m in CUE_RE.finditer(body))
    ):
        return True  # "Ruiz, opening the terminal on Saturday, said"
    if (
        words
        and (words[0].endswith("ed") or words[0] in _IRREGULAR_PARTICIPLES)
        and words[0].islower()
        and len(words) <= 12
        and not any(not is_noun(body, m.start()) for m in CUE_RE.finditer(body))
    ):
        return True  # "Tom Vell, signed last year, said", "The firm, founded in 1998, said"
    return bool(words) and words[0].lower() in _ASIDE_OPENERS and len(words) <= 12


# Past participles not in -ed that open a reduced relative ("Ana Ruiz, born in Leeds, said").
_IRREGULAR_PARTICIPLES = frozenset(
    """born known built chosen made taken given seen held brought kept left sent shown sworn
    thrown won beaten bought caught found led paid sold taught told written""".split()
)


# Between a name and its description: "Brandt, now the port director".
_APPOSITION_GAP_RE = re.compile(r",?\s*(?:(?:now|then|also|formerly|currently|still)\s+)?")


# A description's phrase ("to the senator", "of three from Bootle"), then an aside in commas.
DESCRIBED_THEN_ASIDE_RE = re.compile(
    r"(\s+(?:to|for|of|at|from|with|in|on)\s+[^,;:.!?\x00]{2,60}?)(,\s+[^\x00]{2,160}?,\s*)"
)


def is_aside(text: str) -> bool:
    """ ", speaking on condition of anonymity," or ", who did not want to be named,"."""
    inner = text.strip(" ,")
    if inner.startswith("who "):
        return not any(
            not re.match(r"\s+(?:not\s+)?to\b", inner[c.end() :]) for c in CUE_RE.finditer(inner)
        )
    return skippable(inner)


def inside_relative_clause(masked: str, candidates: list[Mention], idx: int) -> int | None:
    """The index of the "who" opening a relative clause that `candidates[idx]` sits in, with
    no comma between ("a refugee who fled Aleppo said"); else None. A subject right after
    "what" opens a clause of its own ("Ruiz, who led the push for what Tom Vell called “...”":
    he calls it), so it sits in no one's relative clause."""
    m = candidates[idx]
    if masked[max(0, m.start - 5) : m.start] == "what ":
        return None
    for j in range(idx - 1, max(-1, idx - 4), -1):
        c = candidates[j]
        if c.kind is PRONOUN and c.text == "who":
            between = masked[c.end : m.start]
            if j > 0 and "," not in between and re.match(r"\s+[a-z]", between):
                return j
            return None
        if whose_clause_to(masked, c, m.start):
            # "One reviewer whose comments ran beside the paper wrote": the paper is in the
            # clause about the reviewer, who speaks
            return j
    return None


# From a person to a mention inside the "whose" clause about them, no comma between.
_WHOSE_CLAUSE_RE = re.compile(r"\s+whose\s+[^,;:\x00]{1,100}")


def whose_clause_to(masked: str, person: Mention, verb_start: int) -> bool:
    """Is `person` followed by a "whose" clause that runs, with no comma, up to the verb at
    `verb_start` ("A nurse whose ward sits beside the car park told")? Then the person is the
    verb's subject, not a noun inside the clause."""
    return (
        (person.is_person_name or (person.kind is NOMINAL and person.entity is PERSON))
        and not person.possessive
        and masked.startswith(" whose ", person.end)
        and _WHOSE_CLAUSE_RE.fullmatch(masked, person.end, verb_start) is not None
    )


# "A plant worker in Port Tarrow, who ...": a place the person is in, between them and "who".
_PLACE_OF_PERSON_RE = re.compile(r"\s+(?:in|from|at|near)\s+")


# Between a person and the institution they are from: "Ivo Marsh, from ", ", of the ".
_FROM_INSTITUTION_RE = re.compile(r",\s+(?:from|of|at)\s+(?:the\s+)?")


def place_of_person(masked: str, candidates: list[Mention], idx: int) -> int:
    """The index of the person a place phrase tells where they are ("A plant worker in Port
    Tarrow"), for the place at idx; else idx. A relative "who" after the place is the person,
    never the town."""
    m = candidates[idx]
    if idx == 0 or m.kind is not NAME or m.entity is PERSON:
        return idx  # "Lowmoor" is no known place, but a town all the same after "in"
    person = candidates[idx - 1]
    if (
        (m.entity is PLACE or (m.text.isupper() and len(m.text) <= 4))
        and person.kind is NAME
        and masked[person.end : m.start] == ", "
        and after_preposition(masked, person.start)
    ):
        # "Ivo Marsh, from Harbour University, UK, who ...": the country places the
        # institution, and the institution the person before it, whom "who" describes
        if (
            idx >= 2
            and candidates[idx - 2].is_person_name
            and _FROM_INSTITUTION_RE.fullmatch(masked, candidates[idx - 2].end, person.start)
        ):
            return idx - 2
        return idx - 1
    if (
        person.kind is NOMINAL
        and person.entity is PERSON
        and not person.possessive
        and _PLACE_OF_PERSON_RE.fullmatch(masked, person.end, m.start)
    ):
        return idx - 1
    return idx


# A relative clause that ends in a noun and the name set beside it: "who took over from her
# late father, " before "Paddy".
_CLAUSE_THEN_APPOSITION_RE = re.compile(r"\s+[a-z][^,;:.\x00]{0,120},\s*")


def apposed_in_relative_clause(masked: str, candidates: list[Mention], idx: int) -> int | None:
    """The index of the "who" whose clause `candidates[idx]` is set beside, by a comma, at its
    end ("Ms Roe, who took over from her father, Paddy, in 1997, said": Paddy names the
    father inside Ms Roe's clause, so Ms Roe speaks); else None."""
    m = candidates[idx]
    if not m.is_person_name:
        return None
    for j in range(idx - 1, max(0, idx - 4), -1):
        c = candidates[j]
        if c.kind is PRONOUN and c.text == "who":
            if _CLAUSE_THEN_APPOSITION_RE.fullmatch(masked, c.end, m.start):
                return j
            return None
    return None


def resolve_who(masked: str, candidates: list[Mention], idx: int) -> Mention:
    m = candidates[idx]
    if m.kind is PRONOUN and m.text == "who" and idx > 0:
        return resolve_who(masked, candidates, place_of_person(masked, candidates, idx - 1))
    if (
        m.kind is NOMINAL
        and idx > 0
        and candidates[idx - 1].is_person_name
        and not candidates[idx - 1].possessive
        and 0 <= m.start - candidates[idx - 1].end <= 16
        and _APPOSITION_GAP_RE.fullmatch(masked, candidates[idx - 1].end, m.start)
        # "At a briefing in Calder, the mayor said": a place in an opening phrase is no
        # apposition; "with Brandt, now the port director, who" still is.
        and (
            not after_preposition(masked, candidates[idx - 1].start)
            or masked[candidates[idx - 1].end : m.start].strip(" ,")
        )
    ):
        # "Ivo Marsh, a senior analyst at Calder Bank, ... told": the name, not its description.
        return candidates[idx - 1]
    return m


# ", the senior midwife " right before a name: a role titling the name in an apposition.
_TITLED_APPOSITION_RE = re.compile(
    r",\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\s+$"
)


# An address after a speaker, up to the comma before its town or county: "Ana Ruiz, 45, of
# Elm Road, Hove,", "Tom Vell, from 12 Mill Lane, Great Horton,", "a resident of Walney,
# Cumbria,", "People in Elm Close, Hove,". UK, Irish and Australian regional copy gives a
# speaker's street and town so.
_ADDRESS_BEFORE_RE = re.compile(
    r"(?:,\s+|\b([A-Za-z][a-z]+)\s)(?:of|from|in)\s+(?:\d+[A-Za-z]?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r",\s+$"
)


# apposition_start's answer for a name that is no apposition but the town closing an address:
# no position (no mention ends before it); subjects.py asks for it by name. address_town asks
# the same question on its own.
ADDRESS_TOWN: Final = -1


def apposition_start(masked: str, name_start: int) -> int:
    """Where the apposition holding the name at `name_start` opens (its comma): right before the
    name, or before a role that titles it ("Its author, the senior midwife Dr Ana Ruiz, said").
    ADDRESS_TOWN when the name is no apposition but the town of an address ("Ana Ruiz, of Elm
    Road, Hove, said": Hove is where Elm Road is; Ana Ruiz speaks), as address_town reads it. A
    name whose first two words hold a first name or an honorific is a person's ("The chairman
    of Acme, Ana Ruiz, said", "The Dean of Ostley, Very Rev. Ada Lowe, said"); a place phrase
    with no comma before it follows a lower-case noun ("a resident of Walney, Cumbria,"), not an
    office ("The Dean of")."""
    if address_town(masked, name_start):
        return ADDRESS_TOWN
    titled = _TITLED_APPOSITION_RE.search(masked, max(0, name_start - 60), name_start)
    if titled is not None and titled.group(1).lower() in TITLING_ROLES:
        return titled.start()
    return name_start - 2


def address_town(masked: str, name_start: int) -> bool:
    """Is the name at `name_start` the town or county closing an address ("Ana Ruiz, of Elm
    Road, Hove,", "People in Elm Close, Hove,", "a resident of Walney, Cumbria,")? Not when
    its first two words hold a first name or an honorific, nor after an office ("The Dean of
    Ostley, Kip Hughes,")."""
    if masked[name_start - 2 : name_start] != ", ":
        return False
    words = _name_words(masked, name_start)
    if not words or not words[-1].endswith(","):
        return False  # a town closes the address with a comma: "Hove, said", not "Vell said"
    address = _ADDRESS_BEFORE_RE.search(masked, max(0, name_start - 60), name_start)
    if address is None or any(_person_word(w) for w in words):
        return False
    # "a resident of Walney, Cumbria,": only people who live somewhere are placed so; "The head
    # of Acme, Okafor," and "A member of Hove Council, Okafor," set a person beside an office
    noun = address.group(1)
    return noun is None or noun.lower() in _RESIDENT_NOUNS


def _name_words(masked: str, name_start: int) -> list[str]:
    """The first two words of the name at `name_start`, up to the comma that closes it ("Hove,
    said" is "Hove" alone: "Said" is a first name, "said" the verb)."""
    words = []
    for word in masked[name_start : name_start + 40].split(" ")[:2]:
        if not word[:1].isupper():
            break
        words.append(word)
        if word.endswith(","):
            break
    return words


def _person_word(word: str) -> bool:
    """A word that opens a person's name: a first name or an honorific ("Ana", "Mr"); not the
    words that open places ("Great Horton", "West Kirby"), which the first-name table holds."""
    bare = word.rstrip(".,")
    if bare.lower() in _PLACE_OPENERS:
        return False
    return is_first_name(bare) or bare.lower() in HONORIFICS


_RESIDENT_NOUNS = frozenset(
    """resident residents people neighbour neighbours neighbor neighbors villager villagers
    local locals tenant tenants householder householders homeowner homeowners family families
    parent parents trader traders shopkeeper shopkeepers man woman men women couple""".split()
)

_PLACE_OPENERS = frozenset(
    """great little west east north south upper lower new old st saint port mount fort kings
    long high nether market church castle bishops""".split()
)


# An aside set off by a pair of dashes right before the verb: " - wearing a flat cap - ".
_DASH_ASIDE_END_RE = re.compile(
    r"(\s[-–—]\s|—)(?:[^\x00\n\-–—]|(?<=\w)-(?=\w)){2,120}?(\s[-–—]\s|—)\s*$"
)


# A verb that shows or records people doing something, and its object: "featured a row of
# nurses", "heard the crowd" (not "praised the nurses", whose participle is the praiser's).
_SHOWS_SOMEONE_RE = re.compile(
    r"\b(?:show(?:s|ed|ing)?|feature[sd]?|featuring|heard|hears?|saw|sees?|film(?:s|ed)|"
    r"picture[sd]|depict(?:s|ed)|capture[sd]|caught|record(?:s|ed))\s+[^,;:.!?\x00\n]{1,60}$"
)


def dash_aside_start(
    masked: str, mentions: list[Mention], lo: int, cue_start: int, participle: bool
) -> int | None:
    """Where a dash aside right before `cue_start` opens (the space before its first dash),
    when the verb is read as if it came right after what stands before the aside.

    A person named right before the first dash is the subject, whatever the aside holds:
    "Vera Holm – who has toured with Ian Cole, Ada Marsh and Leo Kay – said" (the aside's list,
    read as commas, would offer its last names as an appositive). A participle after the object
    of a verb that shows people: "featured a row of nurses - young and old - declaring" reads as
    "featured a row of nurses declaring", the aside only describing the nurses."""
    found = _DASH_ASIDE_END_RE.search(masked, max(lo, cue_start - 130), cue_start)
    if found is None:
        return None
    if any(
        m.end == found.start()
        and m.kind is NAME
        and m.entity in (PERSON, UNKNOWN, ORGANISATION)  # a bare first name is of no kind yet
        and not m.possessive
        for m in mentions
    ):
        return found.start()
    if not participle or not _SHOWS_SOMEONE_RE.search(
        masked, max(lo, found.start() - 70), found.start()
    ):
        return None
    return found.start()


def dash_aside_as_commas(masked: str, lo: int, cue_start: int) -> str:
    """The dashes of "the singer - wearing a grey coat - told" read as the commas of an aside
    ("the singer, wearing a grey coat, told"); offsets unchanged."""
    found = _DASH_ASIDE_END_RE.search(masked, max(lo, cue_start - 130), cue_start)
    if found is None:
        return masked
    chars = list(masked[found.start() : cue_start])
    for group in (1, 2):
        a, b = found.span(group)
        for i in range(a, b):
            if masked[i] in "-–—":
                chars[i - found.start()] = ","
    return masked[: found.start()] + "".join(chars) + masked[cue_start:]


def with_clause(masked: str, person: Mention, end: int) -> Mention:
    """The described person with the relative clause run into the verb after them ("A neighbour
    who saw the fire" told ...): the whole description, as written, is the speaker's mention."""
    text = masked[person.start : end]
    return Mention(person.start, end, text, NOMINAL, entity=person.entity)
