"""Markdown read as blanks: the story body is Markdown, and its markup must neither end a
quote nor stand between a verb and a name ("said **Ana Ruiz**", "[Ana Ruiz](https://…)
said", `> “…”` after "said in a statement:").

Every markup character becomes a space, one for one, so every offset the analysis reports is
still an offset into the body as stored; the words a quote reports are taken from the body, so
they keep their markup. Unlike app.core.text.plain (which drops markup and maps offsets back),
nothing here moves: the analysis reads offsets everywhere and must not pay for a map.

Web copy's HTML is read the same way: a tag as blanks, a quotation mark's entity as the mark
against its word ("&ldquo;We" reads "      “We"). Headings keep their hashes: a heading's quoted
words are a headline's (quoted_headings.py reads them). Bullets are left too: quoted_headings.py and
attribution.py read a list item's marker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model

# Inline markup, most specific first. Every alternative opens with a literal character, so the
# regex engine skips to the next candidate at C speed instead of trying every position (speed);
# whether a run of stars or underscores is emphasis is asked in _inline_blanks. A link's or an
# image's text is read up to the next bracket, not the next closing one: a run of "[" looked
# ahead to the same far "]" from every bracket (quadratic: 200 KB of them never ended).
_INLINE_RE = re.compile(
    r"\\[!-/:-@\[-`{-~]"  # an escape ("\*"): the backslash goes, the character stays
    r"|\[\^[^\]\s]{1,20}\]"  # a footnote reference ("[^1]"): no words of the sentence
    r"|!\[[^\[\]\n]*\]\([^()\s]*\)"  # an image: its alt text is no part of the sentence
    r"|\[(?=[^\[\]\n]*\]\()"  # a link's opening bracket ...
    r"|\](?:\([^()\s]*(?:\s+\"[^\"\n]*\")?\)|\[[^\]\n]*\])"  # ... and its address or label
    r"|\*\*?\*?|__?_?"  # a run of stars or underscores: emphasis, or a character
    # an HTML tag with no attributes ("<em>", "</strong>", "<br/>"); one with attributes keeps
    # what they hold in view (the exporter must see a quote there to keep its markup out)
    r"|<(?=/?[A-Za-z])/?[A-Za-z][A-Za-z0-9]*\s*/?>"
    # An HTML entity pasted from the web: a quotation mark's becomes the mark, set against the
    # word it belongs to ("&ldquo;We" reads "      “We"), a space's or an ampersand's reads as one.
    r"|&(?:quot|[lrb]dquo|[lr]aquo|nbsp|amp|#(?:34|160|171|187|38|822[012])|#[xX](?:22|a0|A0|26|"
    r"ab|AB|bb|BB|201[cCdDeE]));"
)
_ENTITIES = {
    "quot": '"', "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
    "nbsp": " ", "amp": "&", "#34": '"', "#160": " ", "#171": "«", "#187": "»", "#38": "&",
    "#8220": "“", "#8221": "”", "#8222": "„", "#x22": '"', "#xa0": " ", "#x26": "&",
    "#xab": "«", "#xbb": "»", "#x201c": "“", "#x201d": "”", "#x201e": "„",
}  # fmt: skip
_AGAINST_THE_NEXT_WORD = frozenset("“„«")
# A blockquote's markers at the start of a line ("> ", "> > "): the quoted paragraph reads as a
# paragraph of the story, and a line of nothing but ">" as the blank line between paragraphs.
_BLOCKQUOTE_RE = re.compile(r"^[ ]{0,3}>(?:[ ]?>)*[ ]?", re.MULTILINE)


def blank_markup(text: str) -> str:
    """`text` with its Markdown markup blanked out (same length, same offsets).

    Text with no markup character is returned as is (most copy: asked first, for speed).
    """
    inline = "*" in text or "_" in text or "[" in text or "\\" in text or "<" in text or "&" in text
    quoted = text.startswith((">", " >", "  >", "   >")) or "\n>" in text or "\n >" in text
    if not inline and not quoted:
        return text
    if quoted:
        text = _BLOCKQUOTE_RE.sub(_blanks, text)
    if inline:
        text = _INLINE_RE.sub(_inline_blanks, text)
    return text


def _blanks(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _inline_blanks(m: re.Match[str]) -> str:
    found = m.group()
    first = found[0]
    if first == "\\":
        return " " + found[1]  # an escaped character is the copy's own
    if first == "&":
        return _entity(m)
    if first in "*_":
        # Emphasis flanks a word on one side only ("**Ana Ruiz**", "_“…”_"); with letters on
        # both sides a run is part of the word ("f***ing", snake_case), with spaces on both a
        # character ("5 * 3", a bullet).
        text, start, end = m.string, m.start(), m.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        opens = not (before.isalnum() or before in "*_") and not (after.isspace() or after in "*_")
        closes = not (before.isspace() or before in "*_") and not (after.isalnum() or after in "*_")
        if not (opens or closes):
            return found
    return " " * len(found)


def _entity(m: re.Match[str]) -> str:
    found = m.group()
    char = _ENTITIES[found[1:-1].lower()]
    pad = " " * (len(found) - 1)
    if char == '"':
        # a straight mark opens where a word does not end right before it
        before = m.string[m.start() - 1] if m.start() else " "
        return pad + char if before.isspace() or before in "([—–" else char + pad
    return pad + char if char in _AGAINST_THE_NEXT_WORD else char + pad


def as_stored(quotes: list[model.Quote], body: str, read: str) -> list[model.Quote]:
    """The quotes read from `read` (the body with its markup blanked) with their words as
    `body` stores them: markup inside the marks is the quote's own, so a start the blanks moved
    past (“**Not** so”) moves back to it."""
    out = []
    for q in quotes:
        start = q.start
        while start and read[start - 1] == " " and body[start - 1] in _MARKUP_CHARS:
            start -= 1
        out.append(replace(q, text=body[start : q.end], start=start))
    return out


_MARKUP_CHARS = frozenset("*_[")
