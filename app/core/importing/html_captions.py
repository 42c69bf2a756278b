"""Picture credits from a page's captions, which the article extractor leaves out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.analysis.credits import read_credit_line
from app.core.importing.assemble import Block
from app.core.model import Credit, CreditRole

if TYPE_CHECKING:
    from lxml import etree

# A caption inside these is not the story's picture: menus, side boxes, teasers, the footer.
_OUTSIDE = frozenset({"nav", "aside", "footer", "form"})
# Nor is a caption inside a teaser for another story ("related", "more on this"): its
# picture, and its credit, belong to that story.
_TEASER_CLASS = re.compile(r"related|teaser|promo|recommend|more-stories|read-more", re.I)
_MAX_CAPTION = 400
_PICTURE_ROLES = frozenset(
    {CreditRole.PHOTO, CreditRole.VIDEO, CreditRole.GRAPHICS, CreditRole.ILLUSTRATION}
)
_MAX_CAPTIONS = 30


def _story_root(root: etree._Element) -> etree._Element | None:
    """The <article> (or <main>) that holds the page's <h1>: the story's own pictures."""
    heading = root.find(".//h1")
    if heading is None:
        return None
    for node in heading.iterancestors():
        if node.tag in ("article", "main"):
            return node
    return None


def caption_credits(root: etree._Element, kept: str) -> list[Credit]:
    """Photo and video credits in the captions of the story's pictures.

    trafilatura drops each <figure> with its <figcaption>, so a picture's credit ("Photo:
    Esme Vardy" after the caption) was lost on every page it read. Only captions inside the
    <article> or <main> that holds the headline are read, only those not in `kept` (the text
    imported, whose credits are read there), and only picture credits are taken.
    """
    story = _story_root(root)
    if story is None:
        return []
    credits: list[Credit] = []
    for caption in story.iter("figcaption"):
        if len(credits) >= _MAX_CAPTIONS:
            break
        if any(
            node.tag in _OUTSIDE or _TEASER_CLASS.search(node.get("class") or "")
            for node in caption.iterancestors()
        ):
            continue
        text = " ".join(caption.text_content().split())
        if not text or len(text) > _MAX_CAPTION or text in kept:
            continue
        found = read_credit_line(text).credits
        credits.extend(c for c in found if c.role in _PICTURE_ROLES)
    return credits


def captions_dropped(root: etree._Element, blocks: list[Block]) -> list[Block]:
    """The story's blocks without its pictures' captions, on every path through the import.

    A caption is not body copy in most content systems; the extractor leaves it out, but a
    short page read from its own paragraphs (or one the extractor gave nothing for) kept it as
    a paragraph, "Photo: ..." and all, so the same picture came in differently by page length.
    A block is dropped when its text is a <figcaption>'s whole text; the credit in it is read
    by `caption_credits` as on every other page.
    """
    captions = {" ".join(node.text_content().split()) for node in root.iter("figcaption")} - {""}
    if not captions:
        return blocks
    return [b for b in blocks if " ".join(b.text.replace("**", "").split()) not in captions]
