"""A page's standfirst, which article extractors leave out, put back above the story."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from app.core.importing.assemble import Block
from app.core.importing.boilerplate import is_boilerplate

if TYPE_CHECKING:
    from lxml import etree

# Where the standfirst sits: a paragraph, a bare <div> of text or an <h2> set as a sentence (a
# "dek") between the headline and the story. Text inside these is never the standfirst: a
# picture's caption, menus, boxes, forms.
_LEAF_TAGS = frozenset({"p", "div", "h2"})
_NOT_STORY = frozenset({"figure", "figcaption", "nav", "aside", "footer", "form", "button"})
_NOT_STORY_CLASS = re.compile(
    r"caption|credit|byline|author|meta|date|share|social|promo|newsletter|disclos|disclaim|notice",
    re.I,
)
_SENTENCE_END = tuple('.!?"”’')
_MIN_WORDS = 10
# Elements looked at after the <h1>: the standfirst is close to the headline, and an <h1> far
# from the story (a site's logo) reaches no kept paragraph within them, so nothing is added.
_MAX_SCAN = 60
_MAX_RESTORED = 2


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").replace("*", "").split())


def _outside_story(element: etree._Element) -> bool:
    for node in element.iterancestors():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _NOT_STORY or _NOT_STORY_CLASS.search(str(node.get("class") or "")):
            return True
    return bool(_NOT_STORY_CLASS.search(str(element.get("class") or "")))


def _reads_as_standfirst(element: etree._Element, text: str) -> bool:
    """A full sentence or two, not a line of links, a byline, a caption or a notice."""
    if len(text.split()) < _MIN_WORDS or not text.endswith(_SENTENCE_END):
        return False
    if text.lower().startswith("by ") or is_boilerplate(text):
        return False
    linked = sum(len(a.text_content()) for a in element.iter("a"))
    return linked * 2 < len(text) and not _outside_story(element)


def standfirst_restored(root: etree._Element, blocks: list[Block]) -> list[Block]:
    """The extracted blocks with the page's standfirst put back before the first paragraph.

    A standfirst (the lede set under the headline: `<p class="standfirst">`, a `div.intro`, a
    summary or an `<h2>` dek in the article's `<header>`) is part of the story, but trafilatura
    takes it for page furniture and drops it. A block of prose that sits between the page's
    <h1> and the first paragraph the extractor kept, and that the extractor left out, is that
    standfirst.
    """
    first = next((i for i, block in enumerate(blocks) if block.kind == "p"), None)
    heading = root.find(".//h1")
    if first is None or heading is None:
        return blocks
    target = _plain(blocks[first].text)
    kept = {_plain(block.text) for block in blocks}
    found: list[Block] = []
    for scanned, element in enumerate(_after(heading)):
        if scanned >= _MAX_SCAN:
            return blocks
        if (
            not isinstance(element.tag, str)
            or element.tag not in _LEAF_TAGS
            or any(isinstance(child.tag, str) and child.tag in _LEAF_TAGS for child in element)
        ):
            continue
        text = " ".join(element.text_content().split())
        if text == target or (text and target.startswith(text[:80])):
            break
        if text and text not in kept and _reads_as_standfirst(element, text):
            found.append(Block(text))
    else:
        return blocks
    return blocks[:first] + found[:_MAX_RESTORED] + blocks[first:]


def _after(element: etree._Element) -> Iterator[etree._Element]:
    """Elements that follow `element` in document order (not its own descendants), lazily."""
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()
