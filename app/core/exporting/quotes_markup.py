"""Inline quotes in the exported HTML: each wrapped in `<span class="quote">`, marks kept once.

Browsers draw their own marks around `<q>`, and generated marks are lost on copy-and-paste
into a CMS; so the literal marks stay in the text (exactly once) and the quote is marked with a
span. Positions come from the stored quotes (offsets into the Markdown): sentinels are put
into the Markdown, survive rendering and sanitizing, and become tags only in text (a quote
that was inside an attribute value, e.g. a link's title, loses its sentinels) and only where
the span nests cleanly, so the markup can never make the HTML invalid. The body is sanitized
once more afterwards (allowing just `<span class="quote">`): sanitizing stays the last step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.model import Quote

OPEN = "\ufdd0"
CLOSE = "\ufdd1"
# Unicode noncharacters: never legitimate in text (and invalid in HTML), so safe as sentinels.
_NONCHAR_RE = re.compile("[\ufdd0-\ufdef]")
_MARKS = "\"“”„‟«»‘’‚‛‹›'`"
_STRAIGHT_OPEN = {'"': "“", "'": "‘"}
_STRAIGHT_CLOSE = {'"': "”", "'": "’"}
_SPAN_RE = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_ANY_TAG_RE = re.compile(r"<[^>]*>")
"""A tag in sanitized HTML (the sanitizer leaves no "<" or ">" inside attribute values)."""
_VOID = frozenset({"br", "img", "hr", "wbr"})


def insert_sentinels(body: str, quotes: Sequence[Quote]) -> str:
    """The body with sentinels around each stored quote (marks included) that still matches.

    Straight marks around a quote are made curly here, as smarty would: smarty cannot tell an
    opening mark once a sentinel stands before it.
    """
    text = _NONCHAR_RE.sub("\ufffd", body)
    chars = list(text)
    inserts: list[tuple[int, str]] = []
    last_end = -1
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < last_end or q.end > len(text) or text[q.start : q.end] != q.text:
            continue  # stale offsets (text edited since analysis) or overlapping: leave as is
        if not q.text.strip() or "\n\n" in q.text:
            continue
        start, end = q.start, q.end
        while start > 0 and text[start - 1] in _MARKS and start > last_end:
            start -= 1
        while end < len(text) and text[end] in _MARKS:
            end += 1
        if start < q.start and text[start] in _STRAIGHT_OPEN:
            chars[start] = _STRAIGHT_OPEN[text[start]]
        if end > q.end and text[end - 1] in _STRAIGHT_CLOSE:
            chars[end - 1] = _STRAIGHT_CLOSE[text[end - 1]]
        inserts.append((start, OPEN))
        inserts.append((end, CLOSE))
        last_end = end
    for position, sentinel in reversed(inserts):
        chars.insert(position, sentinel)
    return "".join(chars)


def _balanced(fragment: str) -> bool:
    stack: list[str] = []
    for closing, name, self_closing in _TAG_RE.findall(fragment):
        name = name.lower()
        if name in _VOID or self_closing:
            continue
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


def _span(match: re.Match[str]) -> str:
    inner = match.group(1)
    if not _balanced(inner) or re.search(r"</?(?:p|h\d|li|blockquote|ul|ol|pre)\b", inner):
        return inner
    return f'<span class="quote">{inner}</span>'


def _untag(match: re.Match[str]) -> str:
    return match.group(0).replace(OPEN, "").replace(CLOSE, "")


def apply_spans(html: str) -> str:
    """Sentinels in text to spans where they nest cleanly; any other sentinel is dropped.

    `html` must be sanitized: its tags are then exactly the `<...>` runs, and sentinels inside
    them (in attribute values) are removed before any span is made.
    """
    if OPEN not in html and CLOSE not in html:
        return html
    html = _ANY_TAG_RE.sub(_untag, html)
    html = _SPAN_RE.sub(_span, html)
    return html.replace(OPEN, "").replace(CLOSE, "")
