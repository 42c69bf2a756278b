"""What the parts of a credit line look like: names, places, outlets, agencies, and proper case.

The credit-line grammar (app/core/analysis/credits.py) asks these questions of each part it
cuts out; keeping them apart keeps both modules short.
"""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import MONTH_NAMES, WEEKDAY_WORDS
from app.core.analysis.credit_places import is_town
from app.core.analysis.news_agencies import AGENCY_KEYS, WIRE_AGENCIES, agency_alternation


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words a name may hold ("Ana de Lima", "Tom van Dijk", "Ali bin Omar"): kept in
# lower case by proper-casing, and no sign of prose to the credit scans (credit_person).
NAME_PARTICLES = _words(
    "de da das do dos del della der den van von bin bint ibn al el la le du di ter ten y e zu af"
)
_FUNCTION_WORDS = _words(
    """the a an this that these those then now he she it we they you i his her its our their my
    your one some all most many any no not there here what which who when where why how if but so
    officials police authorities staff reporters sources people residents witnesses analysts
    contrast comparison default law design far early late noon midnight dawn nightfall"""
)
_CALENDAR_WORDS = (
    WEEKDAY_WORDS
    | frozenset(MONTH_NAMES.lower().split("|"))
    | _words("today tomorrow yesterday tonight")
)
_TITLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|bureau|chief|columnist|contributor|"
    r"associated press|news agency|newsroom|desk)s?\b",
    re.I,
)
_INITIALS_RE = re.compile(r"(?:[^\W\d_]\.){1,3}")
_PARTICLE_PREFIX_RE = re.compile(r"[a-z]{1,3}['’-][^\W\d_]")


def looks_like_location(text: str) -> bool:
    """Whether `text` is shaped like a place's name: up to six capitalised words (a place's
    particles and joining words, "of", "the", "on", "and", aside). A shape only, with no place
    list behind it, so the readers that take a place after "in", a comma or an agency add their
    own guards."""
    tokens = text.split()
    if not tokens or len(tokens) > 6 or len(text) > 60 or not tokens[0][0].isupper():
        return False
    for token in tokens:
        if token in {"of", "the", "upon", "on", "and", "de", "da", "do", "del", "la", "el", "al"}:
            continue
        if _PARTICLE_PREFIX_RE.match(token):
            continue
        if not token[0].isupper() or not all(ch.isalpha() or ch in "'’-.," for ch in token):
            return False
    return True


# A wire agency as it writes itself or in capitals ("Reuters", "REUTERS", "AFP"): the forms an
# agency run on after a byline's names takes (here and in credit_run_on).
WIRE_AGENCY_FORMS = frozenset(WIRE_AGENCIES) | {n.upper() for n in WIRE_AGENCIES}
# An agency run on after the names ("By Ana Lima AFP", "Ana Lima Reuters") is written as the
# agency writes itself or in capitals: "Ana J. Aap" or "Tom Efe" end in a surname, not in AAP/EFE.
AGENCY_RUN_ON_RE = re.compile(
    r"(?<=\S)\s+(?:The\s+)?" + agency_alternation(tuple(sorted(WIRE_AGENCY_FORMS))) + "$"
)
OUTLET_HEADS = frozenset(
    """news times post journal herald tribune gazette telegraph guardian press media radio tv
    television network daily weekly magazine chronicle observer independent standard star
    courier record review bulletin trust mail mirror express globe sentinel examiner dispatch
    inquirer enquirer monitor register today wire agency online insider advertiser ledger
    service week feed tide clarion beacon echo voice advocate citizen argus gleaner bugle""".split()
)
# "Daily Trust", "Sunday Mail", "Evening Standard": a paper named by when it comes out.
_OUTLET_FIRSTS = frozenset("daily sunday weekly evening morning".split())


_SITE_RE = re.compile(r"\w\.(?:com|org|net|co\.uk|news)$", re.I)


def looks_like_outlet(text: str) -> bool:
    """ "The Harbour Times", "BBC News", "NPR": a publication, not a person."""
    words = text.split()
    if not words:
        return False
    letters = text.replace(".", "")
    return (
        # ("The Hague", "The Bronx", "The Gambia": a town or a country the lists know)
        (words[0] == "The" and len(words) >= 2 and not is_town(text))
        or words[-1].lower() in OUTLET_HEADS
        or (words[0].lower() in _OUTLET_FIRSTS and len(words) >= 2)
        or (len(words) == 1 and letters.isupper() and 2 <= len(letters) <= 5)
        # "ABC Investigations", "NBC Chicago": a broadcaster's acronym leading a unit's name
        or (
            len(words) >= 2
            and words[0].isalpha()
            and words[0].isupper()
            and 3 <= len(words[0]) <= 5
            and not text.isupper()
        )
        # "CNBC.com", "theherald.co.uk": a site's address names the outlet
        or (len(words) == 1 and _SITE_RE.search(text) is not None)
    )


# The heads of a newspaper's name ("The Harbour Ledger", "Harbour Ledger" as memory keeps it):
# narrower than OUTLET_HEADS, which also holds words other bodies' names end in ("trust",
# "service", "courier", "express").
_PAPER_HEADS = frozenset(
    """times post journal herald tribune gazette telegraph guardian chronicle ledger inquirer
    examiner dispatch mirror""".split()
)

_ONE_WORD_PAPERS = frozenset(("guardian", "times", "telegraph", "herald", "tribune", "gazette"))


def is_news_outlet(name: str) -> bool:
    """A wire agency or a newspaper by its name ("Reuters", "The Associated Press", "The
    Harbour Ledger"): a body that reports what a document says, never the one that wrote it
    ("A letter sent to staff, seen by Reuters, said ...")."""
    lowered = name.lower()
    titled = lowered.startswith("the ")
    if titled:
        lowered = lowered[4:]
    words = lowered.split()
    # "The Guardian", "The Times" (memory may keep them as "Guardian"): one word is a paper's
    # name only for the heads no other body ends on ("Canada Post" is no paper)
    one_word = len(words) == 1 and (titled or words[0] in _ONE_WORD_PAPERS)
    return lowered in AGENCY_KEYS or ((len(words) >= 2 or one_word) and words[-1] in _PAPER_HEADS)


def is_agency_or_title(text: str) -> bool:
    """An agency's name, or words holding a desk's or a job's noun ("Staff Writer", "Metro
    Desk"): after a byline's names, what the writer works for or as, not a second writer."""
    return text.lower() in AGENCY_KEYS or bool(_TITLE_WORDS.search(text))


def is_caps(text: str) -> bool:
    """All capitals, two letters or more: a name printed in capitals ("ANA LIMA")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def proper_case(text: str) -> str:
    """ "MARY O'NEILL-MCDONALD" -> "Mary O'Neill-McDonald"; mixed-case text is left alone."""
    if not is_caps(text):
        return text

    def word(part: str) -> str:
        lower = part.lower()
        if lower in NAME_PARTICLES:
            return lower
        if lower.startswith("mc") and len(lower) > 2:
            return "Mc" + lower[2:].capitalize()
        return lower.capitalize()

    out = []
    for token in text.split(" "):
        if token == "AND" and out:
            out.append("and")  # "TRINIDAD AND TOBAGO": a place's "and", no name's word
            continue
        pieces = re.split(r"([-'’.])", token)
        cased = "".join(word(p) if p and p not in "-'’." else p for p in pieces)
        out.append(cased)
    result = " ".join(out)
    # A particle opening the name is capitalised ("De la Cruz" stays readable).
    return result[:1].upper() + result[1:]


def looks_like_name(text: str, allow_single: bool = True) -> bool:
    """Whether `text` reads as a person's (or agency's) name, not the start of a sentence.

    This is what keeps "By Tuesday, the troops..." and "Reporting by the newspaper showed..."
    out of the credits.
    """
    text = text.strip()
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    tokens = text.split()
    if len(tokens) > 5 or (len(tokens) == 1 and not allow_single):
        return False
    if len(tokens) == 1 and tokens[0].lower().strip(".") in _CALENDAR_WORDS:
        return False
    has_capital = False
    for token in tokens:
        lower = token.lower()
        if lower in _FUNCTION_WORDS:
            return False
        if lower in NAME_PARTICLES:
            continue
        if _INITIALS_RE.fullmatch(token):
            if not token[0].isupper():
                return False
            has_capital = True
            continue
        if _PARTICLE_PREFIX_RE.match(token):
            split_at = max(token.find("'"), token.find("’"), token.find("-"))
            rest = token[split_at + 1 :]
            if rest and rest[0].isupper() and all(ch.isalpha() or ch in "'’-." for ch in rest):
                has_capital = True
                continue
            return False
        if not token[0].isupper():
            return False
        if not all(ch.isalpha() or ch in "'’-." for ch in token):
            return False
        has_capital = True
    return has_capital
