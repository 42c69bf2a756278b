"""The words and distances the description resolver (descriptions.py) reads: which nouns name
any organisation, which documents an organisation issues, how far back "it" or "the statement"
still reaches."""

from __future__ import annotations

import re

from app.core.analysis.entities import HEAD_SPLIT, TRADE_WORDS

INDEFINITE = frozenset({"a", "an", "one", "the", "another"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&"})
COUNTED = frozenset({"two", "three", "four", "several", "some", "many"})
# What copy calls someone who gave it information, whatever they were called first.
INFORMANT_NOUNS = frozenset({"source", "insider"})
POSSESSIVE = frozenset({"my", "his", "her", "their", "our", "your", "its"})
# How many paragraphs a run of quotes may span and still keep its speaker for a pronoun.
CONTINUITY_BLOCKS = 2
# How far back (in mentions) an organisation stays the referent of "it", "they", "the company".
ORG_REACH = 40
# How many paragraphs later "the statement" still means the one someone issued.
DOCUMENT_REACH = 12
# Kinds of institution a name can say it is: "the department" is not Hillside Academy.
ORG_TYPES = frozenset(
    """department ministry council committee commission university school college academy
    hospital church court police army navy union party bank agency authority board institute
    foundation association league federation trust charity regulator government administration
    bureau forum society coalition""".split()
)
# What the names of public bodies end in that copy calls "the agency" again: "the Food and Drug
# Administration ... the agency said", the Securities and Exchange Commission, the Census Bureau.
_AGENCY_NAMES = frozenset(
    "agency administration bureau service commission authority office directorate".split()
)
# Kinds of body one name may be called by: "the Brightwater Trust ... the charity added".
_KIND_GROUPS = (
    frozenset({"charity", "trust", "foundation"}),
    frozenset({"police", "force", "constabulary"}),
    frozenset({"union", "association", "federation"}),
    frozenset({"school", "academy", "college"}),
)
# Words that mark a name as a business ("Garrow Freight Holdings", "Quenby Logistics Ltd").
_BUSINESS_WORDS = TRADE_WORDS | frozenset(
    """corp corporation inc ltd llc plc co company holdings industries foods logistics
    pharmaceuticals records productions studios airlines airways motors labs partners capital
    systems technologies energy brands stores retail insurance ventures software freight
    shipping construction mining engineering oil gas power water electronics resources minerals
    metals farms""".split()
)
# What copy calls a business (or a club) again: "the company", "the label", "the maker".
BUSINESS_HEADS = frozenset(
    """company firm business outfit giant conglomerate brand side team club label maker retailer
    chain startup airline carrier manufacturer publisher insurer lender supermarket operator
    carmaker automaker drugmaker chipmaker supplier utility provider""".split()
)
# Descriptions that may refer past the latest body when its name says it is another kind: a
# business past the ministry that fined it, a public agency past the company it sued.
# A union past the employer its members struck at: "Members of Unite voted to strike at
# Castlebridge Oil. “…,” the union said" is Unite.
LOOKS_PAST_ANOTHER_KIND = BUSINESS_HEADS | {"agency", "union"}


# Trades that name a person or a firm ("the miner said"): a firm when the last body named is
# in that trade by its name ("Kestrel Mining plc ... The miner said").
TRADE_FIRMS = {
    "miner": frozenset("mining mines minerals".split()),
    "brewer": frozenset("brewing brewery breweries brewers".split()),
    "distiller": frozenset("distillery distillers distilling".split()),
    "builder": frozenset("builders homes construction".split()),
    "housebuilder": frozenset("builders homes construction".split()),
    "developer": frozenset("developments developers properties".split()),
    "jeweller": frozenset("jewellers jewelers jewellery jewelry".split()),
    "jeweler": frozenset("jewellers jewelers jewellery jewelry".split()),
}


def in_trade(head: str, name: str) -> bool:
    """Is the body named so a firm in the trade "the <head>" names ("the miner": "Kestrel
    Mining plc")?"""
    return head in TRADE_FIRMS and bool(TRADE_FIRMS[head].intersection(_name_words(name)))


def business_named(head: str, name: str) -> bool:
    """Does "the company" (or "the firm") refer to this name as a business: "Hollin & Drew
    Scaffolding Ltd", "Garrow Freight Holdings"? A word after the first says so ("Construction
    is expected ..." opening a sentence is no business)."""
    if head not in ("company", "firm", "business") or is_market_index(name):
        return False  # "TSX ... Metals & Mining Index": trade words, but a price series
    return bool(_BUSINESS_WORDS.intersection(_name_words(name)[1:]))


def _name_words(name: str) -> list[str]:
    """A name's words in lower case without the stop of an abbreviation: "Halvard Inc." is a
    business as much as "Halvard Inc" is."""
    return [w.strip(".,") for w in name.lower().split()]


def same_kind(head: str) -> frozenset[str]:
    """The words a body "the <head>" refers to may carry in its name: "the charity" a Trust."""
    return next((g for g in _KIND_GROUPS if head in g), frozenset({head}))


def other_kind(name: str, head: str) -> bool:
    """Does an organisation's name say it is another kind of body than "the <head>"? A ministry
    is no company, a freight firm no agency; a charity may be a trust; "Oxfam" says nothing."""
    if is_market_index(name):
        return True  # "lagged the TSX Composite Index": a price series is no body at all
    words = set(_name_words(name))
    if words & same_kind(head):
        return False
    if head == "agency" and words & _AGENCY_NAMES:
        return False
    if head in BUSINESS_HEADS:
        return bool(words & (ORG_TYPES - {"bank", "trust"}))
    if head in ORG_TYPES or any(head in g for g in _KIND_GROUPS):
        return bool(words & (ORG_TYPES | _BUSINESS_WORDS | BUSINESS_HEADS))
    return False


# Documents brought against whom they name: their owner is never the last organisation named.
ADVERSARIAL = frozenset(
    "lawsuit lawsuits suit complaint indictment petition affidavit ruling verdict judgment".split()
)
# Documents an organisation issues in its own name ("a statement said", "a club statement read").
# A paper or a study speaks for its authors, who copy calls by one of these plural nouns.
RESEARCH_DOCUMENTS = frozenset({"paper", "study", "research", "analysis"})
RESEARCH_GROUPS = frozenset({"authors", "researchers", "scientists"})
_TEAM_OF_RE = re.compile(r"\b(?:team|group)\s+of\s+(\w+)")


def research_group(text: str) -> str | None:
    """How copy refers back to the researchers a phrase names: "the researchers" for
    "Researchers at Lowmoor University" or "a team of researchers in Tarnside", "the authors"
    for "the authors"; None for anyone else."""
    lowered = text.lower()
    team = _TEAM_OF_RE.search(lowered)
    head = HEAD_SPLIT.split(lowered, maxsplit=1)[0].split()[-1:]
    noun = team.group(1) if team else head[0] if head else ""
    return f"the {noun}" if noun in RESEARCH_GROUPS else None


ISSUED_DOCUMENTS = frozenset(
    {"statement", "release", "announcement", "notice", "bulletin", "circular", "advisory"}
)
DOCUMENT_KINDS = frozenset(
    {"statement", "letter", "memo", "release", "report", "email"}
    | {"note", "notice", "message", "announcement", "filing"}
    # what a body puts out besides statements: a weather bulletin, a registrar's circular, a
    # health advisory, a post or a tweet on its pages
    | {"bulletin", "circular", "advisory", "post", "tweet"}
    # a lawsuit is the one who sued ("Vance sued the label. The lawsuit says ...")
    | {"lawsuit"}
    # a court's papers are the judge's who wrote them ("In an order on Tuesday, Judge Ostrow
    # wrote ... “…,” the order said"), an executive order its signer's
    | {"order", "ruling", "opinion", "judgment", "decision"}
    # a jury's or a prize's citation is the jury's words, whoever reads it out
    | {"citation"}
)
# Other words for a document kind: "the suit" is the lawsuit someone filed, and so is "the
# complaint" that opens it ("The lawsuit, filed by 41 tenants ... The complaint says").
# "The statements read ..." (a usage of West African copy) is the one statement issued before.
DOCUMENT_ALIASES = {
    "suit": "lawsuit",
    "e-mail": "email",
    "complaint": "lawsuit",
    "statements": "statement",
}
# Heads that may name an organisation of any kind ("Oxfam said ... the charity added"); "the
# department" or "the council" is more likely another body than a one-word name just seen.
ANY_KIND_OF_ORG = frozenset(
    """company charity group organisation organization firm business club team band brand
    retailer chain startup start-up label airline carrier manufacturer maker publisher""".split()
)
AGE_RE = re.compile(r"\d{1,3}-year-old")


def is_age(description: str) -> bool:
    """Whether a description is an age ("62-year-old", "five-year-old") and so gives no role:
    an age says nothing of what someone does, though a later "the 62-year-old" may still mean
    the person given it. The one test every reader of descriptions asks (appositions, the
    people met); the resolving of "the 17-year-old" asks for figures (AGE_RE), which implies it."""
    return description.endswith("-year-old")


# Words that mark "the former minister" as someone already in the story.
BACK_REFERENCE_WORDS = frozenset(
    """former ex outgoing incoming embattled beleaguered retiring departing long-serving
    longtime veteran then-""".split()
)
# Roles a story names for the officials who report on its people, not for those people: after
# "John Marsh was arrested on Friday", "the sheriff said" is the county's sheriff, and after
# "Dana Cole died at the scene", "the coroner said" is not Cole. A bare one of these refers back
# only to someone the story described by it ("Tom Hale, the sheriff, ...").
# The officials of a hearing or a match: a story has one of each, who reports on its people.
_PRESIDING = frozenset("judge coroner magistrate prosecutor sheriff referee umpire".split())
# Who comments on a story from outside it: the firm named as where they work ("an analyst at
# Moorgate Securities") is not the company a later "the company said" means.
COMMENTATOR_ROLES = frozenset(
    """analyst analysts economist economists strategist strategists reporter reporters
    correspondent columnist professor lecturer""".split()
)
REPORTING_ROLES = _PRESIDING | frozenset(
    """detective investigator inspector constable sergeant trooper officer official spokesman
    spokeswoman spokesperson pathologist examiner paramedic lawyer attorney solicitor
    barrister coach commentator moderator announcer pundit interviewer host presenter anchor
    clerk bailiff""".split()
)
# Roles a story has one of, never the person quoted before: "the judge added" (resolution.py).
OTHER_PARTY = _PRESIDING | {"recorder", "jury", "chair"}


def one_of_group(written: str, group: str) -> str | None:
    """ "one delegate" for "one" after "Delegates ...", "another nurse" for "another" after
    "Three nurses from the night shift"; None when the group's noun has no plain singular
    ("A group of fishermen")."""
    head = HEAD_SPLIT.split(group.lower(), maxsplit=1)[0].split()[-1]
    single = "person" if head == "people" else head[:-1] if head.endswith("s") else ""
    if not single or single.endswith("s"):
        return None
    return f"{written.lower()} {single}"


# Market indices a business story names beside the company it is about ("lagged the TSX
# Composite Index", "the FTSE 100 fell"): a price series, never a body that issues statements,
# so never what a later "the company" or "it said" refers back to.
_INDEX_LAST_WORDS = frozenset({"index", "indices", "indexes", "composite", "average"})
_INDEX_FIRST_WORDS = frozenset({"ftse", "nikkei", "sensex", "nifty", "kospi", "stoxx"})


def is_market_index(name: str) -> bool:
    """Is this organisation-shaped name a stock market index ("S&P 500 Index", "FTSE 100")?"""
    words = _name_words(name)
    return bool(words) and (words[-1] in _INDEX_LAST_WORDS or words[0] in _INDEX_FIRST_WORDS)
