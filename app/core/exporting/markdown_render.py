"""Markdown to HTML with one fixed set of extensions and the house typography.

The extension set is deliberately small and documented here, because every extension widens
what pasted copy can make the renderer emit:

- ``smarty``: curly quotes and apostrophes, ``--`` → en dash, ``---`` → em dash, ``...`` → …
- ``sane_lists``: an ordered list and a bullet list next to each other stay two lists.
- ``_HouseStyle`` (below): body headings start at ``h2`` (the page's only ``h1`` is the
  headline) and a non-breaking space joins a number to the unit after it ("306 km").
- ``_DenseParagraphs`` (below): a paragraph holding thousands of inline marks is set as plain
  text, since Python-Markdown's inline reading of it takes minutes.
- ``_GroupChildren`` / ``_UngroupChildren`` (below): an element with thousands of children
  (paragraphs, headings, list items) is read by the inline processor in groups, since it looks
  each child up in a fresh list of all its siblings (20,000 paragraphs took 5 s, 25,000
  headings 8 s).

Python-Markdown does not sanitize (raw ``<script>`` passes straight through): every caller
runs the result through `sanitize.clean_body`.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from app.core.typography import QUOTE_STYLES, smart_quote

EXTENSIONS: tuple[str, ...] = ("smarty", "sane_lists")
"""The Python-Markdown extensions every export uses (plus the house-style treeprocessor)."""

NBSP = "\u00a0"

# Units that take a non-breaking space after their number (house style: the number and its
# unit never break across lines). Kept short on purpose: a word that is also a common noun
# ("feet" is fine, "points" is not) would glue unrelated words.
_UNITS = (
    "km|kilometers|kilometres|m|meters|metres|cm|mm|mi|miles|ft|feet|kg|kilograms|g|grams|"
    "t|tonnes|tons|lb|lbs|pounds|l|liters|litres|ml|mph|km/h|kph|kW|MW|GW|kWh|MWh|GWh|"
    "°C|°F|%|percent|per cent|bpd|barrels|sq km|sq mi|hectares|acres|knots|nautical miles"
)
_UNIT_RE = re.compile(rf"(?<![\w.,])(\d[\d,.]*)[ \t]+(?=(?:{_UNITS})(?![\w/]))")
_NO_TYPOGRAPHY = frozenset({"code", "pre", "kbd", "samp"})
# Characters that open a Markdown block when they start a line: escaped in one-line texts.
_BLOCK_START_RE = re.compile(r"^(\s*)([#>+*=-])")
_LIST_NUMBER_RE = re.compile(r"^(\s*\d+)([.)])")
_INLINE_SPECIAL_RE = re.compile(r"([\\`*_\[\]{}()!|])")


class _HouseStyle(Treeprocessor):
    """Headings start at h2; numbers and their units are joined by a non-breaking space."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            if element.tag == "h1":
                element.tag = "h2"
            if element.tag in _NO_TYPOGRAPHY:
                continue
            if element.text:
                element.text = _UNIT_RE.sub(rf"\1{NBSP}", element.text)
            if element.tail:
                element.tail = _UNIT_RE.sub(rf"\1{NBSP}", element.tail)


DENSE_MARKS = 2_000
"""Inline marks (quotes, brackets, emphasis, code, escapes, entities) in one paragraph past
which it is set as plain text. Python-Markdown re-reads a paragraph's text after each inline
match, so the time grows with the square of their number: 40,000 straight quotes in one
paragraph took 7 s to export, 100,000 opening brackets did not finish. No written paragraph
comes near (a long one holds a few dozen); a paste by accident or malice does."""
_MARKS = "\"'`*_[]\\&<!"
_CURLY = QUOTE_STYLES["curly"]


def _plain_paragraph(text: str) -> str:
    """`text` as one HTML paragraph of plain text, its straight quotes curled in one pass (the
    reading smarty and the editor share, app.core.typography)."""
    out: list[str] = []
    before = ""
    for char in text:
        shown = smart_quote(char, before, _CURLY) if char in "\"'" else None
        out.append(html.escape(shown or char, quote=False))
        before = char
    return "<p>" + "".join(out) + "</p>"


# A line that opens a block of its own (a heading, a list item, a quote, code): lines without a
# blank between them are then several elements, each read apart.
_BLOCK_LINE_RE = re.compile(r"^(?: {4}|\t| {0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d+[.)]\s))")


def _marks(text: str) -> int:
    return sum(text.count(mark) for mark in _MARKS)


def _dense(lines: list[str], text: str) -> bool:
    """Is this run of lines one element too dense to read inline: a plain paragraph with more
    than `DENSE_MARKS` marks, or any one line with that many? (A run of 1,400 headings such
    as "# Part *N*" is 1,400 small elements, not one dense one.)"""
    if _marks(text) <= DENSE_MARKS:
        return False
    if not any(_BLOCK_LINE_RE.match(line) for line in lines):
        return True
    return any(_marks(line) > DENSE_MARKS for line in lines)


class _DenseParagraphs(Preprocessor):
    """Sets a paragraph with more than `DENSE_MARKS` inline marks as plain text (stashed as
    finished HTML, which the sanitizer still reads like any other)."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] = []

        def flush() -> None:
            text = "\n".join(block)
            if _dense(block, text):
                out.append(self.md.htmlStash.store(_plain_paragraph(text)))
            else:
                out.extend(block)
            block.clear()

        for line in lines:
            if line.strip():
                block.append(line)
            else:
                flush()
                out.append(line)
        flush()
        return out


GROUP = 200
"""Children per group while the inline processor runs. Python-Markdown 3.x's InlineProcessor
finds a child's place with ``list(parent).index(child)`` for every child with a tail (every
block element: its tail is a newline), so its time grows with the square of the children of one
element. Grouped, a lookup copies at most `GROUP` siblings; the groups are removed right after,
so no later step (house style, serializer, sanitizer) sees them."""
_GROUP_TAG = "copydesk-group"


class _GroupChildren(Treeprocessor):
    """Before inline reading: the children of any element with more than `GROUP` of them are
    moved, in order, into wrapper elements of `GROUP` each (nested if there are still more)."""

    def run(self, root: ET.Element) -> None:
        crowded = [element for element in root.iter() if len(element) > GROUP]
        for element in crowded:
            children = list(element)
            while len(children) > GROUP:
                groups: list[ET.Element] = []
                for start in range(0, len(children), GROUP):
                    group = ET.Element(_GROUP_TAG)
                    group.extend(children[start : start + GROUP])
                    groups.append(group)
                children = groups
            element[:] = children


class _UngroupChildren(Treeprocessor):
    """After inline reading: every wrapper `_GroupChildren` made is replaced by its children
    (the wrapper's own text and tail are the newlines prettify gave it, and go with it)."""

    def run(self, root: ET.Element) -> None:
        parents = [element for element in root.iter() if element.find(_GROUP_TAG) is not None]
        for element in parents:
            element[:] = list(_flatten(element))


def _flatten(element: ET.Element) -> Iterator[ET.Element]:
    """`element`'s children with every (nested) group wrapper replaced by its own children."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _GROUP_TAG:
            stack.append(iter(child))
        else:
            yield child


class _HouseStyleExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Priority 5: after the inline processor (20), so text nodes hold the final words.
        md.treeprocessors.register(_HouseStyle(md), "copydesk_house_style", 5)
        # Priority 25: after whitespace is normalised (30), before raw HTML blocks (20).
        md.preprocessors.register(_DenseParagraphs(md), "copydesk_dense_paragraphs", 25)
        # Around both inline processors, Markdown's (20) and smarty's (6): grouped just before
        # the first, ungrouped after the second. A group counts as a block element so that
        # prettify (10) still puts each child on its own line, as it does ungrouped.
        md.block_level_elements.append(_GROUP_TAG)
        md.treeprocessors.register(_GroupChildren(md), "copydesk_group_children", 21)
        md.treeprocessors.register(_UngroupChildren(md), "copydesk_ungroup_children", 5.5)


class MarkdownRenderer:
    """One configured Markdown instance, reused: building one costs more than a conversion."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(
            extensions=[*EXTENSIONS, _HouseStyleExtension()],
            extension_configs={"smarty": {"smart_angled_quotes": False}},
            output_format="html",
        )

    def body(self, text: str) -> str:
        """The body as (unsanitized) HTML."""
        self._md.reset()
        return self._md.convert(text)

    def typeset(self, text: str) -> str:
        """A one-line text (headline, dek, caption) with the body's typography, as plain text.

        The text is escaped first so that Markdown syntax in a headline ("1. Plan", "*Star*")
        is shown as written; only the typography (quotes, dashes, units) is applied.
        """
        line = " ".join(text.split())
        if not line:
            return ""
        line = html.escape(line, quote=False)
        line = _INLINE_SPECIAL_RE.sub(r"\\\1", line)
        line = _BLOCK_START_RE.sub(r"\1\\\2", line)
        line = _LIST_NUMBER_RE.sub(r"\1\\\2", line)
        self._md.reset()
        rendered = self._md.convert(line)
        plain = re.sub(r"<[^>]+>", "", rendered)
        return html.unescape(plain).strip()


_LOCAL = threading.local()


def renderer() -> MarkdownRenderer:
    """This thread's renderer: a Markdown instance keeps state, and the GUI exports off-thread."""
    found = getattr(_LOCAL, "renderer", None)
    if found is None:
        found = _LOCAL.renderer = MarkdownRenderer()
    return found


def render_body(text: str) -> str:
    return renderer().body(text)


def typeset(text: str) -> str:
    return renderer().typeset(text)
