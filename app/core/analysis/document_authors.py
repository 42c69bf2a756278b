"""Who put a document out, written right after it: "a report by the Institute for Fiscal
Studies", "a statement from the Hale family", "a letter from the regulator", "an email from his
boss".

Split from mentions.py, which reads a role-noun phrase ("a statement", "the report") and, when
the phrase is a document, extends it over its author: the author is part of what the document
is, and whose words it carries.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import ISSUED, ORGANISATION_NOUNS
from app.core.analysis.names import _ORG_NAME_AFTER
from app.core.analysis.patterns import word_alternation
from app.core.analysis.role_nouns import ROLE_NOUNS

# A document's author: "a report by the Institute for Fiscal Studies", "a statement from X",
# and with the participle that says who put it out: "a statement issued by X", "a letter
# signed by X" (the document is still its author's words, the participle no new clause).
_ISSUED_BY = rf"(?:{ISSUED}\s+)?by"
# ("a statement from the Hale family": the family's name and the word family)
_DOCUMENT_BY_RE = re.compile(
    rf"\s+(?:for|of|at|from|{_ISSUED_BY})\s+{_ORG_NAME_AFTER}(?:[ \u00a0]+famil(?:y|ies)\b)?"
)
_DOCUMENT_BY_ROLE_RE = re.compile(
    rf"\s+(?:{_ISSUED_BY}|from)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:"
    + "|".join(
        sorted(
            (
                "inspector general",
                "regulator",
                "watchdog",
                "department",
                "ministry",
                "agency",
                "commission",
                "committee",
                "council",
                "government",
                "board",
                "authors",
                "researchers",
                "company",
                "union",
                "police",
                "court",
                "auditor",
                "ombudsman",
                # "a statement from the family", "a letter from her parents": the bereaved speak
                # through one ("the family said in a statement" is theirs too)
                "family",
                "families",
                "parents",
                "relatives",
                "organisers",
                "organizers",
                # "a statement issued by the municipal corporation": any kind of organisation
                *ORGANISATION_NOUNS,
            ),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
# ... and anyone's role: "an email from his boss", "a letter from the headteacher"; not when a
# name is set beside the role ("A statement from the daughter, Gill Marsh,", "the head teacher,
# Ann Boyd,", "a report by the consultant Eva Lind"): the name is the author, met as a name; nor
# when the role owns more ("the singer's manager").
_DOCUMENT_BY_PERSON_RE = re.compile(
    rf"\s+(?:{_ISSUED_BY}|from)\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{word_alternation(ROLE_NOUNS)})\b"
    r"(?!['’-]|,?[ \u00a0]+[A-Z]|[ \u00a0]+[a-z][\w-]*,[ \u00a0]+[A-Z])"
)


def author_written_after(text: str, head_end: int) -> re.Match[str] | None:
    """The author's words right after a document's head noun, or None: a name ("by the
    Institute for Fiscal Studies", "from the Hale family"), then a body or the bereaved ("from
    the regulator", "issued by the municipal corporation", "from her parents"), then anyone's
    role ("from his boss")."""
    return (
        _DOCUMENT_BY_RE.match(text, head_end)
        or _DOCUMENT_BY_ROLE_RE.match(text, head_end)
        or _DOCUMENT_BY_PERSON_RE.match(text, head_end)
    )


__all__ = ["author_written_after"]
