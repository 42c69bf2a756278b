"""The words and distances the description resolver (descriptions.py) reads: which nouns name
any organisation, which documents an organisation issues, how far back "it" or "the statement"
still reaches."""

from __future__ import annotations

import re

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
# Organisation nouns that fit any organisation ("the company said" after "Apple").
GENERIC_ORG_HEADS = frozenset(
    """company firm group organisation organization business outfit giant conglomerate brand
    side team club""".split()
)
# Kinds of institution a name can say it is: "the department" is not Hillside Academy.
ORG_TYPES = frozenset(
    """department ministry council committee commission university school college academy
    hospital church court police army navy union party bank agency authority board institute
    foundation association league federation trust charity regulator government""".split()
)
# Kinds a name may hide under another kind's word: a charity is often a trust or a foundation
# ("the Brightwater Trust ... the charity added"), a police force a constabulary.
SAME_KIND = {
    "charity": frozenset({"trust", "foundation", "association"}),
    "police": frozenset({"constabulary", "force"}),
    "union": frozenset({"association", "federation", "league"}),
    "school": frozenset({"academy", "college"}),
}
# Documents an organisation issues in its own name ("a statement said", "a club statement read").
ISSUED_DOCUMENTS = frozenset({"statement", "release", "announcement", "notice"})
DOCUMENT_KINDS = frozenset(
    {"statement", "letter", "memo", "release", "report", "email"}
    | {"note", "notice", "message", "announcement", "filing"}
)
# Heads that may name an organisation of any kind ("Oxfam said ... the charity added"); "the
# department" or "the council" is more likely another body than a one-word name just seen.
ANY_KIND_OF_ORG = frozenset(
    """company charity group organisation organization firm business club team band brand
    retailer chain startup start-up label airline carrier manufacturer maker publisher""".split()
)
AGE_RE = re.compile(r"\d{1,3}-year-old")
# Words that mark "the former minister" as someone already in the story.
BACK_REFERENCE_WORDS = frozenset(
    """former ex outgoing incoming embattled beleaguered retiring departing long-serving
    longtime veteran then-""".split()
)
