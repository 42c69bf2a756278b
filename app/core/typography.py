"""Typographic quotes as an editor types: which mark a straight quote becomes, per house style.

The same reading as the export's (Python-Markdown's smarty): a mark after a space, the start
of a paragraph, an opening bracket, a dash or another opening mark opens a quotation; anywhere
else it closes one, and a single mark after a letter is an apostrophe.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING_CONTEXT = frozenset(" \t\n\u00a0\u2028\u2029([{<\u2014\u2013-/")
"""Characters after which a mark opens a quotation (besides the start of a paragraph)."""


@dataclass(frozen=True)
class QuoteStyle:
    double_open: str
    double_close: str
    single_open: str
    single_close: str
    apostrophe: str = "\u2019"

    @property
    def openers(self) -> str:
        return self.double_open + self.single_open


QUOTE_STYLES: dict[str, QuoteStyle | None] = {
    "curly": QuoteStyle("\u201c", "\u201d", "\u2018", "\u2019"),
    "german": QuoteStyle("\u201e", "\u201c", "\u201a", "\u2018"),
    "french": QuoteStyle("\u00ab", "\u00bb", "\u2039", "\u203a"),
    "straight": None,
}
"""House styles for `Preferences.smart_quotes`; "straight" keeps the marks as typed."""
DEFAULT_STYLE = "curly"


def style_named(name: str | None) -> QuoteStyle | None:
    """The style for a preference value; an unknown name falls back to the default."""
    return QUOTE_STYLES.get(name or DEFAULT_STYLE, QUOTE_STYLES[DEFAULT_STYLE])


def smart_quote(mark: str, before: str, style: QuoteStyle | None) -> str | None:
    """What a straight MARK typed after the character BEFORE ("" at a paragraph's start)
    becomes, or None when it stays as typed."""
    if style is None or mark not in ("'", '"'):
        return None
    opens = before == "" or before in OPENING_CONTEXT or before in style.openers
    if mark == '"':
        return style.double_open if opens else style.double_close
    if opens:
        return style.single_open
    return style.apostrophe if before.isalnum() else style.single_close


def in_code_span(text_before: str) -> bool:
    """Inside a `code span` of the paragraph so far (an odd number of unescaped backticks)."""
    count, escaped = 0, False
    for char in text_before:
        if char == "\\" and not escaped:
            escaped = True
            continue
        if char == "`" and not escaped:
            count += 1
        escaped = False
    return count % 2 == 1
