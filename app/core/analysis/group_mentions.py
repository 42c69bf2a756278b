"""Groups of people the name and role scans miss: part of a group ("one of them said") and a
group whose describing word opens the sentence with a capital ("Local doctors said").

Both were read as nobody, or as a person: the bare "them" is no mention at all, so "“…,” one of
them said" had no subject and the quote went to nobody or to whoever was named before; and
"Local" opening a sentence looked like a name, so "Local doctors" became a person called Local.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import DOCUMENT, ORGANISATION, PERSON
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, NOMINAL, Mention
from app.core.analysis.name_words import NOT_NAME
from app.core.analysis.patterns import compile_guarded
from app.core.analysis.phrases import is_plural

# "one of them said", "some of those at the meeting said": part of a group the story has just
# described, a speaker as written.
_PART_OF_GROUP_RE = re.compile(
    r"\b(?:[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Mm]ost|[Bb]oth|[Tt]wo|[Tt]hree|[Ss]everal|"
    r"[Nn]either|[Ee]ither|[Nn]one|[Aa]ll)\s+of\s+(?:them|those)\b"
)

# A capitalised word opening a sentence right before a plural group noun ("Local doctors said",
# "Senior officials warned", "Veteran nurses walked out") describes the group.
_OPENING_MODIFIER_RE = re.compile(r"(?:^|(?<=[.!?\u201c\"] )|(?<=\n))([A-Z][a-z]+) $")


# "what one called “…”", "“…,” another said": "one" standing alone for one of a group; and
# "many chanted “…”", "“…,” others said": some of a crowd the sentence has in view.
_ONE_SAYS_RE = compile_guarded(  # searched in most blocks: guarded (speed)
    r"\b(?:[Oo]ne|[Aa]nother|[Mm]any|[Oo]thers|[Ss]everal)(?=\s+(?:said|says|told|tells|"
    r"called|calls|added|described|wrote|warned|complained|chanted|shouted|put\s+it|"
    # a reply in a thread or a vox pop: "Another replied: “Calm down.”" (not "posted": "Another
    # posted a screenshot" shows something)
    r"replied|replies|asked|agreed|recalled|explained|admitted|insisted|"
    r"commented|countered|joked|responded)\b)"
    # the tag turned round: "“…,” said another.", "“…,” said one." ("said one thing" is a count:
    # only a stop or comma after "one" makes it one of a group)
    r"|(?<=\bsaid )(?:one|another|others)(?=[.,;])|(?<=\badded )(?:one|another|others)(?=[.,;])"
)


# "heard someone shout “…”", "somebody yelled “…”": a person the sentence does not know, heard
# saying the words (bare forms after a verb of hearing included), a speaker as written; else the
# quote went to whoever reported the hearing.
_SOMEONE_SAYS_RE = re.compile(
    r"\b[Ss]ome(?:one|body)(?=\s+(?:say|said|says|shout|shouted|shouts|yell|yelled|yells|"
    r"scream|screamed|screams|cry|cried|cries|call|called|calls|ask|asked|asks|shriek|"
    r"shrieked|whisper|whispered|holler|hollered|tell|told|tells)\b"
    # "Somebody who saw the crash said": described by the clause after it (subjects.py runs the
    # clause into the mention, as for "A neighbour who saw the fire said"), never a surname
    r"|\s+who\b)"
)
# "dismissed by others as “…”", "hailed by some as “…”": the agent of a passive verb that names
# what the words call something, part of a group nobody named, a speaker as written.
_BY_SOME_AS_RE = re.compile(r"(?<=\bby )(?:others|some|many|several)(?=\s+as\b)")


def someone_speaks(text: str, at: int) -> bool:
    """Does "Someone"/"Somebody" at `at` stand for a person nobody named, heard speaking or
    described by a clause ("Someone who lives nearby shouted")? Then it is no surname."""
    return _SOMEONE_SAYS_RE.match(text, at) is not None


def parts_of_groups(text: str, start: int, end: int) -> list[Mention]:
    """ "one of them", "another of them", "two of those", and "one", "another", "many",
    "others" or "several" saying something, "someone" heard saying it, or "others" as a
    passive's agent ("condemned by others as"), in text[start:end], as unnamed people."""
    found: list[re.Match[str]] = []
    if text.find(" of th", start, end) != -1:  # cheap test before the search (speed)
        found += _PART_OF_GROUP_RE.finditer(text, start, end)
    if (
        text.find("ne", start, end) != -1  # "one"
        or text.find("nother", start, end) != -1
        or text.find("any", start, end) != -1
        or text.find("thers", start, end) != -1
        or text.find("veral", start, end) != -1
    ):
        found += _ONE_SAYS_RE.finditer(text, start, end)
    if text.find("omeone", start, end) != -1 or text.find("omebody", start, end) != -1:
        found += _SOMEONE_SAYS_RE.finditer(text, start, end)
    if text.find(" as ", start, end) != -1 and text.find("by ", start, end) != -1:
        found += _BY_SOME_AS_RE.finditer(text, start, end)
    return [Mention(m.start(), m.end(), m.group(), NOMINAL, entity=PERSON) for m in found]


# "No 10 said", "Number 10 said", "Number Ten": the prime minister's office named by the door of
# Downing Street. The name scan reads "No" as no name at all, so the quote went to nobody. Not
# "the No 10 shirt", "his No 10 jersey", nor "a No 10 spokesman" (a description, read as such).
_NUMBER_TEN_RE = re.compile(r"(?:No|Number)\s(?:10|Ten)(?![\w.-])")
_OWNER_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your)\s$", re.IGNORECASE)


def number_ten(text: str, start: int) -> Mention | None:
    """The office "No 10" or "Number 10" at `start`, an organisation named, else None."""
    ten = _NUMBER_TEN_RE.match(text, start)
    if ten is None or _OWNER_BEFORE_RE.search(text, max(0, start - 6), start):
        return None
    return Mention(
        start,
        ten.end(),
        ten.group(),
        NAME,
        name=ten.group(),
        organisation=True,
        entity=ORGANISATION,
    )


def opening_modifier(text: str, lo: int, start: int, end: int) -> Mention | None:
    """The group "Local doctors" for the plural people noun at text[start:end] when a
    capitalised describing word opens the sentence right before it, else None."""
    noun = text[start:end]
    # the noun asked first: most role nouns are no lower-case plural, and need no search (speed)
    if not is_plural(noun) or noun.lower() != noun:
        return None
    before = _OPENING_MODIFIER_RE.search(text, max(lo, start - 20), start)
    if before is None:
        return None
    word = before.group(1)
    if word.lower() in NOT_NAME or word.endswith("ly") or is_first_name(word):
        return None  # "But officials said", "Finally residents ...", "Ruth told doctors"
    a = before.start(1)
    return Mention(a, end, text[a:end], NOMINAL, entity=PERSON)


# Papers cited in the plural with no determiner, a lower-case word that is none before them at
# most ("court documents", "extracts"; "his notes" is his).
_BARE_DOCUMENTS_RE = re.compile(
    r"(?:(?!(?:the|his|her|their|its|our|my|your|a|an)\s)[a-z]+\s+)?"
    r"(?:documents|papers|records|extracts|excerpts|transcripts|minutes|filings|reports|"
    r"e-?mails|letters|memos|cables|notes|files|statements)\b(?!['’])"
)


def bare_documents(text: str, start: int, end: int) -> Mention | None:
    """The papers cited at `start` with no determiner and no author ("according to court
    documents", "according to extracts published today"): the source as written. Only the
    "according to" slot asks; elsewhere such a phrase is what is talked about."""
    if not text[start : start + 1].islower():
        return None
    papers = _BARE_DOCUMENTS_RE.match(text, start, end)
    if papers is None:
        return None
    return Mention(
        papers.start(),
        papers.end(),
        papers.group(),
        NOMINAL,
        entity=DOCUMENT,
    )
