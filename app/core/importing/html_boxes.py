"""A story's fact box, which article extractors drop with the page's side columns, kept."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

# An <aside> is a side column to trafilatura and is dropped whole; but a "Key facts" box, a
# glossary or a timeline set in an <aside> inside the article is copy the desk wrote for the
# story. Only asides inside the story's <article> (or <main>) whose class or id names such a
# box are kept; related links, adverts and newsletter boxes stay out.
_BOX_NAME = re.compile(r"fact|key-?(?:point|figure)|info-?box|explainer|glossary|timeline", re.I)
_NOT_BOX = re.compile(r"related|promo|advert|newsletter|share|social|teaser", re.I)


def fact_boxes_opened(root: etree._Element) -> int:
    """Make the story's fact-box <aside>s plain <div>s, so the extractor keeps their text.

    Changes `root` in place (before extraction) and says how many boxes it opened.
    """
    heading = root.find(".//h1")
    story = (
        next((n for n in heading.iterancestors() if n.tag in ("article", "main")), None)
        if heading is not None
        else None
    )
    if story is None:
        return 0
    opened = 0
    for box in story.iter("aside"):
        name = f"{box.get('class') or ''} {box.get('id') or ''}"
        if _BOX_NAME.search(name) and not _NOT_BOX.search(name):
            box.tag = "div"
            opened += 1
    return opened
