"""Clean HTML fragments (ninjs bodies, tiny pastes) to Markdown blocks, via lxml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.importing.assemble import Block
from app.core.packages import needs

if TYPE_CHECKING:
    from lxml import etree

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "nav",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "aside",
    "footer",
    "header",
}
_BLOCKS = {
    "p",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "td",
    "th",
    "dd",
    "dt",
    "figure",
    "figcaption",
    "address",
    "main",
    "body",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SPACE_RE = re.compile(r"[ \t\r\n\u00a0]+")
_DECLARATION_RE = re.compile(
    r"<!DOCTYPE(?:[^\[>]|\[(?:[^\]\"']|\"[^\"]*\"|'[^']*')*\])*>|<\?xml[^>]*\?>", re.I
)
"""A DOCTYPE (with an internal subset `[ <!ENTITY ...> ]`, which HTML parsers do not know and
leave as text: "]>" ended up in the story) and an XML declaration: neither is content."""


def _inline(element: etree._Element) -> str:
    """Text of an element with <b>/<strong> as **...** and <i>/<em> as *...*."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _DROP or not tag:  # comments and processing instructions are not text
            pass
        elif tag == "br":
            parts.append("\n")
        else:
            inner = _inline(child)
            stripped = inner.strip()
            if stripped and tag in ("b", "strong"):
                inner = inner.replace(stripped, f"**{stripped}**", 1)
            elif stripped and tag in ("i", "em", "cite"):
                inner = inner.replace(stripped, f"*{stripped}*", 1)
            parts.append(inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _collapse(text: str) -> str:
    return "\n".join(_SPACE_RE.sub(" ", line).strip() for line in text.split("\n")).strip()


def _walk(element: etree._Element, blocks: list[Block]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _DROP or not tag:
        return
    if tag in _HEADINGS:
        text = _collapse(_inline(element)).replace("\n", " ")
        if text:
            blocks.append(Block(text, "h1" if tag == "h1" else "h"))
        return
    has_block_child = any(
        isinstance(child.tag, str) and (child.tag in _BLOCKS or child.tag in _HEADINGS)
        for child in element
    )
    if tag in _BLOCKS and not has_block_child:
        text = _collapse(_inline(element))
        if text:
            prefix = "- " if tag == "li" else "> " if tag == "blockquote" else ""
            for line in text.split("\n"):
                if line.strip():
                    blocks.append(Block(prefix + line.strip()))
        return
    if element.text and element.text.strip() and tag not in ("html", "head"):
        blocks.append(Block(_collapse(element.text)))
    for child in element:
        _walk(child, blocks)
        if child.tail and child.tail.strip():
            blocks.append(Block(_collapse(child.tail)))


def parse_page(markup: str) -> etree._Element | None:
    """Parse markup with lxml and drop scripts, styles and embeds (kept: small JSON-LD, which
    carries a page's headline and author). Parsing once and pruning first keeps big pages fast."""
    head = markup[:65536]  # declarations come first; the rest is never scanned for them
    markup = _DECLARATION_RE.sub("", head, count=2) + markup[65536:]
    if not markup.strip():
        return None
    with needs("Reading HTML (saved pages, ninjs bodies)"):  # imported on first use
        from lxml import etree
        from lxml import html as lxml_html
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    for element in root.xpath("//script|//style|//noscript|//template|//svg|//iframe|//object"):
        kind = str(element.get("type") or "").lower()
        if kind == "application/ld+json" and len(element.text or "") < 50_000:
            continue
        element.drop_tree()
    return root


def tree_blocks(root: etree._Element) -> tuple[list[Block], str | None]:
    """Blocks of a parsed page or fragment, and its <title> if it has one (tree not changed)."""
    title_element = root.find(".//title")
    title = _collapse(title_element.text_content()) if title_element is not None else None
    body = root.find("body")
    blocks: list[Block] = []
    _walk(body if body is not None else root, blocks)
    return blocks, title or None


def fragment_blocks(markup: str) -> tuple[list[Block], str | None]:
    """Blocks of an HTML fragment or page, and its <title> if it has one."""
    root = parse_page(markup)
    if root is None:
        return [], None
    return tree_blocks(root)
