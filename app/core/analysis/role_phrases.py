"""The role-noun phrase a role noun ends: looking back for the determiner or owner that opens
it ("the Indiana governor", "Quenby Logistics Ltd’s statement"), which words make it a clause
instead, and what follows it that is part of who it is ("a spokesperson for Harlow Council",
"the head of nursing", "the Dayton, Ohio, company").

Split from mentions.py, which scans the copy for every kind of mention and merges them; this
module reads one role noun's phrase.
"""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import WEEKDAYS
from app.core.analysis.credit_places import is_region
from app.core.analysis.document_authors import author_written_after
from app.core.analysis.entities import DOCUMENT, ORGANISATION, PERSON, kind_of_nominal
from app.core.analysis.mention import NOMINAL, Mention
from app.core.analysis.name_runs import _KEEPS_PERIOD, _UPPER
from app.core.analysis.name_titles import title_words_before
from app.core.analysis.names import _ROLE_OF_RE
from app.core.analysis.patterns import first_letter_guard, word_alternation
from app.core.analysis.phrases import WHERE_FROM_RE
from app.core.analysis.role_nouns import ROLE_NOUNS, nominal_kind
from app.core.analysis.roles import KIN_WORDS

# Words that never sit between a determiner and its role noun: a phrase holding one is a clause
# ("the Navy said in a statement" is not one mention).
CLAUSE_WORDS = frozenset(
    """said says say told tells in on at to for with by from and or but that which who whom is
    was were are be been has have had do does did not will would could should can may might
    as than when while if because since after before where whether""".split()
)
# "a father of three", "a mother of 2": a parent described by the children counted.
_CHILDREN_OF_RE = re.compile(
    r" of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?![\w-])"
    r"(?!\s+(?:from|in|at|of|near|with|outside)\b)"
)
# Determiners inside a phrase open a second one ("The Board published its report").
INNER_DETERMINERS = frozenset("the a an its his her their this that these those".split())


# Looking back from a role noun for the determiner that opens its phrase ("the Indiana governor").
_DETERMINERS = (
    r"[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[Ss]everal|"
    r"[Mm]any|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Oo]ther|[Mm]ultiple|[Aa]nother"
)
# an owner's name of up to four words: "Quenby Logistics Ltd’s", "Kelso & Finch’s"
_OWNER = rf"(?:(?:[{_UPPER}][\w.&-]*|&)\s+){{0,3}}[{_UPPER}][\w.&-]*(?:['’]s|s['’])"
_BACK_FROM = r"(?:^|(?<=[\s(\"“]))("
_BACK_TO = r")(?:\s+[\w\-’'.]+){0,5}?\s+)$"
_DETERMINER_BACK_RE = re.compile(rf"{_BACK_FROM}(?:{_DETERMINERS}|{_OWNER}{_BACK_TO}")
# The same without the owner (which needs an apostrophe), after a first-letter lookahead (speed).
_PLAIN_DETERMINER_BACK_RE = re.compile(
    first_letter_guard(_DETERMINERS) + rf"{_BACK_FROM}(?:{_DETERMINERS}{_BACK_TO}"
)
_PLAIN_CHUNKS = 6  # a plain match: the determiner and five words at most, between blanks


def determiner_back(text: str, pos: int, end: int) -> re.Match[str] | None:
    """_DETERMINER_BACK_RE.search(text, pos, end): the same match, found without trying the
    owner's name at every capitalised word when text[pos:end] has no apostrophe, and without
    trying the positions before the last six chunks, where no plain match can start (speed)."""
    stretch = text[pos:end]
    if "'" in stretch or "’" in stretch:
        return _DETERMINER_BACK_RE.search(text, pos, end)
    # (str.split and the pattern's \s agree on what a blank is)
    chunks = stretch.rsplit(None, _PLAIN_CHUNKS)
    if len(chunks) > _PLAIN_CHUNKS:
        pos += len(chunks[0])
    return _PLAIN_DETERMINER_BACK_RE.search(text, pos, end)


def nominal_before(text: str, lo: int, head_start: int, head_end: int) -> Mention | None:
    """The role-noun phrase ending at a role noun: "one mother", "the production company".

    The nearest determiner that gives a phrase (no clause word, no sentence break inside) wins:
    "The paper spoke to one mother" gives "one mother".
    """
    pos = lo
    while pos < head_start:
        d = determiner_back(text, pos, head_start)
        if not d:
            return None
        a = d.start(1)
        phrase = text[a:head_end]
        # a long owner ends in a possessive: no apostrophe, no search (speed)
        owner = _LONG_OWNER_RE.match(phrase) if "'" in phrase or "’" in phrase else None
        if owner is not None and kind_of_nominal(phrase) is not DOCUMENT:
            # "Deputy Mayor Ilse Varga’s crew": a long owner is kept for a document ("Quenby
            # Logistics Ltd’s statement"); for anything else the owner's name is read alone,
            # but a title makes no owner long ("Gov. Ana Ruiz’s office said")
            titled = title_words_before(phrase)
            if not titled or _LONG_OWNER_RE.match(phrase, titled):
                pos = a + 1
                continue
        inner = phrase.split()[:-1]
        if (
            any(
                (w.lower() in CLAUSE_WORDS and not _joins_modifiers(inner, i, phrase))
                # "A father of three whose oldest child": the clause is about someone else
                or w == "whose"
                or w in INNER_DETERMINERS  # "The Board published its report": two phrases
                # "moved to the U.S. Her son said": the stop ended a sentence
                or (inner[i - 1][-1] == "." and w.lower() in INNER_DETERMINERS)
                or _verb_after_noun(inner, i)  # "Ortiz’s campaign wants voters"
                for i, w in enumerate(inner[1:], start=1)
            )
            or any(
                w.endswith((".", ",", ";", ":"))
                and w.lower().rstrip(".") not in _KEEPS_PERIOD
                and "." not in w[:-1]  # "U.S." is an initialism, not a sentence's end
                for w in inner
            )
        ):
            pos = a + 1
            continue
        after = text[head_end : head_end + 2]
        possessive = after[:1] in ("'", "’") and after[1:2] in ("s", " ", "")
        of = None
        if not possessive:
            kind = kind_of_nominal(phrase)
            of = (
                author_written_after(text, head_end)
                if kind is DOCUMENT
                else _ROLE_OF_RE.match(text, head_end)
            )
            if of is None and kind is PERSON:
                # "A nurse at the hospital, who ...", "a teacher at the school said"
                of = WHERE_FROM_RE.match(text, head_end)
            if of is not None and of.group().lstrip().startswith("for "):
                # "with her husband for the clam rice": whose husband, not for what
                of = None if phrase.split()[-1] in KIN_WORDS else of
            if of is None and kind is ORGANISATION:
                # "the office of the mayor said": whose office is part of what it is
                of = WHERE_FROM_RE.match(text, head_end)
                of = of if of is not None and of.group().split()[0] == "of" else None
            if of is None and kind is PERSON and text.startswith(" of ", head_end):
                # "a father of three", "a mother of two": the children counted are who she is
                # ("A mother of three from Bootle, who ..." is read whole by asides.py)
                of = _CHILDREN_OF_RE.match(text, head_end)
            if of is None and kind is PERSON and _is_office_head(text, a, head_end):
                # "the head of nursing", "the director of public health": the field is the job
                of = _FIELD_OF_RE.match(text, head_end)
        if of:
            # "a spokesperson for the British Foreign Office": who they speak for is part of
            # who they are; "a report by the Institute for Fiscal Studies": who wrote it.
            head_end = _organisation_end(text, of.start(), of.end())
            phrase = text[a:head_end]
        entity = nominal_kind(phrase)
        one_of = (  # the phrase's opening asked first: cheaper than the search (speed)
            _ONE_OF_RE.search(text, max(0, a - 12), a)
            if phrase[:4].lower() in ("the ", "its ", "thei")
            else None
        )
        if one_of is not None:
            # "one of the sources said": one person, not the sources; a later "the source"
            # is them.
            a = one_of.start()
            phrase = text[a:head_end]
        return Mention(
            a,
            head_end,
            " ".join(phrase.split()),  # a blanked "(Nasa)" leaves no gap
            NOMINAL,
            possessive=possessive,
            entity=entity,
        )
    return None


_LONG_OWNER_RE = re.compile(r"(?![Tt]he\s|[Aa]n?\s)(?:\S+\s+){2,}?\S*?(?:['’]s|s['’])\s")


# Heads of a job named by its field, lower case: "head of nursing", "director of finance".
_OFFICE_HEADS = frozenset(
    """head chief director secretary minister master commissioner manager leader dean
    superintendent""".split()
)
_FIELD_OF_RE = re.compile(
    rf"\s+of\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z][a-z-]+"
    rf"(?:\s+(?!(?:{word_alternation(CLAUSE_WORDS)})\b)[a-z][a-z-]*[^\Wsd])?(?![\w'’-])"
)


def _is_office_head(text: str, a: int, head_end: int) -> bool:
    """Whether the phrase text[a:head_end] ends in a head that takes its field after "of"."""
    return text[max(a, head_end - 14) : head_end].rsplit(" ", 1)[-1].lower() in _OFFICE_HEADS


_ONE_OF_RE = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+of\s+$")
_WHEN_AFTER_RE = re.compile(
    rf"\s+on\s+(?:{WEEKDAYS}|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
_ABBREVIATIONS = frozenset("inc co corp ltd plc llc bros dept univ assn jr sr st".split())


_FULL_STOP_INSIDE_RE = re.compile(r"([\w'’&-]+)\.[ \u00a0]")


def _organisation_end(text: str, start: int, end: int) -> int:
    """Where "for Harlow Council" ends: before "on Monday", and before a sentence's full stop
    ("... said a spokesperson for Harlow Council."), but after "Inc." or "U.S."."""
    when = _WHEN_AFTER_RE.search(text, start, end)
    if when is not None:
        end = when.start()
    for stop in _FULL_STOP_INSIDE_RE.finditer(text, start, end):
        # "an analyst at Calder Street Securities. She said": the sentence ends at the stop
        # after a word that is no abbreviation ("Inc. Chief", "U.S. Army" go on).
        word = stop.group(1)
        if word.lower() not in _ABBREVIATIONS and "." not in word and len(word) > 1:
            end = stop.end(1) + 1
            break
    if text[end - 1 : end] == ".":
        word = text[start:end].split()[-1].rstrip(".")
        if word.lower() not in _ABBREVIATIONS and "." not in word and len(word) > 1:
            end -= 1
    return end


def _verb_after_noun(words: list[str], i: int) -> bool:
    """ "campaign wants", "council sent": a lower-case word ending in -s, or a common irregular
    past tense, right after a role noun is its verb."""
    w = words[i]
    before = words[i - 1].lower()
    for suffix in ("’s", "'s"):
        before = before.removesuffix(suffix)
    if (
        i >= 2  # (words[0] is the determiner: "A retired teacher")
        and w.islower()
        and w.endswith("ed")
        and words[i - 1][:1].isupper()
        and w not in _MODIFYING
    ):
        return True  # "The Halden Hawks fired coach Dan Fell": the name's verb, two phrases
    if i >= 2 and w in _NAME_SAYS and words[i - 1][:1].isupper():
        return True  # "the Harbour Gazette quotes one crew member as saying": two phrases
    return (
        w.islower()
        and (w in _IRREGULAR_PAST or (w.endswith("s") and not w.endswith(("ss", "’s", "'s"))))
        and before in ROLE_NOUNS
    )


# Participles a name may modify a noun with: "the New York based firm", "the Calder owned site".
_MODIFYING = frozenset(
    """based owned backed funded listed registered headquartered born bred trained educated
    licensed elected appointed""".split()
)
# Present tenses of saying no name is modified by ("the Gazette quotes one trader").
_NAME_SAYS = frozenset("says tells quotes cites adds writes".split())
# Past tenses no role noun is modified by: "The council sent residents a letter" is two phrases.
_IRREGULAR_PAST = frozenset(
    "sent gave told left wrote took brought kept got made spoke saw heard paid thought".split()
)


def _joins_modifiers(words: list[str], i: int, phrase: str) -> bool:
    """ "the Danish and Swedish transport ministries", "the former mayor and Harwick councillor":
    an "and" between capitalised modifiers joins two descriptions of one speaker; so does one
    between the plain words of an office's portfolio ("the former fisheries and ports minister",
    "the health and social care secretary")."""
    if words[i].lower() != "and" or i + 1 >= len(words):
        return False
    if words[i - 1][:1].isupper() or words[i + 1][:1].isupper():
        return True
    return (
        phrase.rsplit(None, 1)[-1].lower() in _PORTFOLIO_HEADS
        and words[i - 1].isalpha()
        and words[i + 1].isalpha()
        and words[i - 1].lower() not in CLAUSE_WORDS
        and words[i + 1].lower() not in CLAUSE_WORDS
    )


# Offices named by their portfolio, whose words may be joined by "and" in lower case.
_PORTFOLIO_HEADS = frozenset("minister secretary spokesman spokeswoman spokesperson".split())


# "the Dayton, Ohio, company": a determiner, a city and its state set off by commas.
_CITY_STATE_BACK_RE = re.compile(
    r"(?:^|(?<=\s))((?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*,\s+"
    r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+)$"
)


def placed_by_state(text: str, lo: int, head_start: int, head_end: int) -> Mention | None:
    """ "the Dayton, Ohio, company", "a Reno, Nev., firm": US copy places a company by its city
    and state between commas before the noun; the commas close nothing, the phrase is one."""
    back = _CITY_STATE_BACK_RE.search(text, lo, head_start)
    if back is None or not is_region(back.group(2)):
        return None
    phrase = text[back.start(1) : head_end]
    return Mention(
        back.start(1),
        head_end,
        " ".join(phrase.split()),
        NOMINAL,
        entity=nominal_kind(phrase),
    )
