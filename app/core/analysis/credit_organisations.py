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

from app.core.analysis.news_agencies import AGENCY_KEYS, PICTURE_MARKS

# "© ", "(c) 2026 ": a copyright sign (and year) before a holder.
COPYRIGHT_RE = re.compile(r"^(?:©|\((?i:c)\))\s*(?:\d{4}\s+)?")
_SLASH_RE = re.compile(r"\s*[/|]\s*")
_PHOTO_WORD_RE = re.compile(r"\s+(?i:photos?|fotos?)$")


def _bare(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).lower()


def organisation_name(text: str | None) -> str | None:
    """The agency or outlet in `text`, or None when it is only a picture mark ("Pool",
    "File Photo"): "AFP photo" -> "AFP", "© Reuters" -> "Reuters"."""
    if not text:
        return None
    name = COPYRIGHT_RE.sub("", text.strip()).strip(" .,;")
    parts = [part for part in _SLASH_RE.split(name) if part and part.lower() not in PICTURE_MARKS]
    name = "/".join(parts)
    own, via, _ = name.partition(" via ")
    if via and own.strip():
        name = own.strip()  # "Bloomberg via Getty Images": hers; Getty only sells it on
    cut = _PHOTO_WORD_RE.sub("", name)
    if cut != name and _bare(cut) in AGENCY_KEYS:
        name = cut  # "AFP photo": AFP's picture
    if not name or name.lower() in PICTURE_MARKS:
        return None
    return name


def without_marks(item: str) -> str:
    """A slash chain without its archive and pool marks: "REUTERS/Ana Lima/File Photo" ->
    "REUTERS/Ana Lima"; an item with no mark is returned as it is."""
    if "/" not in item and "|" not in item:
        return item
    parts = _SLASH_RE.split(item.strip())
    kept = [part for part in parts if part.strip().lower() not in PICTURE_MARKS]
    if len(kept) == len(parts) or not kept:
        return item
    return "/".join(kept)
