"""A credit's organisation as the line names it, without the marks a picture desk sets by it.

Picture credits carry words that are no one's employer: archive and pool marks ("REUTERS/Ana
Lima/File Photo", "Ana Lima (Pool)", "Handout"), a copyright sign ("© Ana Lima/Reuters") and
the word "photo" after an agency ("ANA LIMA/AFP photo"). The readers that find an organisation
after a slash, in brackets or after "for"/"via" hand what they found to `organisation_name`,
so the stored organisation is the agency or outlet alone (the one the contributor works for,
not the distributor after "via"), and `without_marks` takes archive
marks out of a slash chain before it is read, so the photographer is not taken for the mark's
neighbour ("REUTERS/Ana Lima/File Photo" credits Ana Lima, not Reuters).
"""

from __future__ import annotations

import re

from app.core.analysis.credit_known_outlets import KNOWN_ONE_WORD_OUTLETS
from app.core.analysis.credit_names import is_caps, looks_like_outlet
from app.core.analysis.name_words import ORG_WORDS
from app.core.analysis.news_agencies import AGENCY_KEYS, PICTURE_MARKS

# "© ", "(c) 2026 ": a copyright sign (and year) before a holder.
COPYRIGHT_RE = re.compile(r"^(?:©|\((?i:c)\))\s*(?:\d{4}\s+)?")
_SLASH_RE = re.compile(r"\s*[/|]\s*")
_PHOTO_WORD_RE = re.compile(r"\s+(?i:photos?|fotos?)$")


def is_agency(text: str) -> bool:
    """ "AFP", "The Associated Press", "Reuters": a news agency named as a contributor."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower()
    return bare in AGENCY_KEYS


def is_picture_mark(part: str) -> bool:
    """ "Pool", "File Photo", "Handout": what kind of picture it is, no one's employer."""
    return part.strip().lower() in PICTURE_MARKS


def organisation_name(text: str | None) -> str | None:
    """The agency or outlet in `text`, or None when it is only a picture mark ("Pool",
    "File Photo"): "AFP photo" -> "AFP", "© Reuters" -> "Reuters"."""
    if not text:
        return None
    name = COPYRIGHT_RE.sub("", text.strip()).strip(" .,;")
    name = "/".join(part for part in _SLASH_RE.split(name) if part and not is_picture_mark(part))
    own, via, _ = name.partition(" via ")
    if via and own.strip():
        name = own.strip()  # "Bloomberg via Getty Images": hers; Getty only sells it on
    cut = _PHOTO_WORD_RE.sub("", name)
    if cut != name and is_agency(cut):
        name = cut  # "AFP photo": AFP's picture
    return name or None


def without_marks(item: str) -> str:
    """A slash chain without its archive and pool marks: "REUTERS/Ana Lima/File Photo" ->
    "REUTERS/Ana Lima"; an item with no mark (or only marks) is returned as it is."""
    if "/" not in item and "|" not in item:
        return item
    parts = _SLASH_RE.split(item.strip())
    kept = [part for part in parts if not is_picture_mark(part)]
    return "/".join(kept) if kept and len(kept) < len(parts) else item


def is_organisation(text: str) -> bool:
    """An agency or an outlet by its name ("Reuters", "The Harbour Ledger"), not a person: the
    credit readers ask it where a body may stand for a name, as a writer's employer ("Ana Lima
    of The Harbour Herald") or credited itself ("Additional reporting by Reuters")."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)  # "of the Harbour Herald"
    if is_agency(text) or (looks_like_outlet(bare) and bare[:1].isupper()):
        return True
    # "The Harbour Ledger": "The" and capitalised words.
    return text.startswith("The ") and all(w[:1].isupper() for w in text.split()[1:5])


def is_organisation_after_of(body: str, item: str) -> bool:
    """`is_organisation` of what follows "of" a name in `item` ("Ana Lima of Reuters"), with
    one difference: in a line printed in capitals ("BY ANA LIMA OF OSLO") one short word in
    capitals has no acronym's look, since every word has capitals, so "OSLO" may be a town as
    well as an outlet ("NPR"). There one word is an organisation only when the lists know it as
    one (an agency, a widely known outlet, a broadcaster the name tables know: "REUTERS", "BBC");
    the caller takes a known place for the writer's town and reports any other word, keeping
    the writer ("BY ANA LIMA OF OSLO" credits Ana Lima and reports "OF OSLO")."""
    words = body.split()
    if len(words) == 1 and is_caps(item):
        word = words[0].lower()
        return is_agency(body) or word in KNOWN_ONE_WORD_OUTLETS or word in ORG_WORDS
    return is_organisation(body)
