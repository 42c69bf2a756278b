"""Markdown to HTML with one fixed set of extensions and the house typography.

The extension set is deliberately small and documented here, because every extension widens
what pasted copy can make the renderer emit:

- ``smarty``: curly quotes and apostrophes, ``--`` → en dash, ``---`` → em dash, ``...`` → …
- ``sane_lists``: an ordered list and a bullet list next to each other stay two lists.
- ``_HouseStyle`` (below): body headings start at ``h2`` (the page's only ``h1`` is the
  headline) and a non-breaking space joins a number to the unit after it ("306 km").
- ``_DenseParagraphs`` (below): a paragraph holding thousands of inline marks is set as plain
  text, since Python-Markdown's inline reading of it takes minutes.

Python-Markdown does not sanitize (raw ``<script>`` passes straight through): every caller
runs the result through `sanitize.clean_body`.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET

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


class _DenseParagraphs(Preprocessor):
    """Sets a paragraph with more than `DENSE_MARKS` inline marks as plain text (stashed as
    finished HTML, which the sanitizer still reads like any other)."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        block: list[str] = []

        def flush() -> None:
            text = "\n".join(block)
            if sum(text.count(mark) for mark in _MARKS) > DENSE_MARKS:
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


class _HouseStyleExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Priority 5: after the inline processor (20), so text nodes hold the final words.
        md.treeprocessors.register(_HouseStyle(md), "copydesk_house_style", 5)
        # Priority 25: after whitespace is normalised (30), before raw HTML blocks (20).
        md.preprocessors.register(_DenseParagraphs(md), "copydesk_dense_paragraphs", 25)


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
