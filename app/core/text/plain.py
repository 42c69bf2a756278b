"""The one plain-text view of a story body, with a map from every plain offset back to the body.

Spelling and house-style checks read words as a reader sees them: no emphasis markers, no link
addresses, no heading hashes, no backslash escapes; but what they report must point into the
stored Markdown, where the editor, `check --json` and the sidebar look. The view is built
paragraph by paragraph (blocks between blank lines, as app.core.findings numbers them), each
paragraph through a chain of *layers*. A layer turns text into text plus, for every output
character, the index of the input character it came from; chained layers compose their maps.
Two layers are registered: CriticMarkup (`app/core/review/plain_layer.py`: suggestions read as
accepted text, comments and metadata notes left out), then Markdown.

Paragraph results are memoised by their source text, so re-reading a long story after a
keystroke rebuilds one paragraph, not the story.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

Mapped = tuple[str, tuple[int, ...]]
"""A layer's output: text, and for each of its characters the input index it came from,
plus one more entry for the position just past the end."""
Layer = Callable[[str], Mapped]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the body as read: `text`, and where each of its characters is in the body."""

    index: int
    """0-based; findings say `index + 1`."""
    start: int
    end: int
    text: str
    local: tuple[int, ...]
    """local[i] + start = body offset of text[i] (one more entry: just past the end). Kept
    relative to the block, so an unchanged paragraph reuses its map wherever it moves."""

    def body_offset(self, i: int) -> int:
        return self.start + self.local[i]

    @property
    def offsets(self) -> tuple[int, ...]:
        """Body offsets of every character (and of the end): built on demand."""
        return tuple(self.start + i for i in self.local)

    def body_span(self, start: int, end: int) -> tuple[int, int]:
        """Body offsets of the plain span [start, end): from its first character to just after
        its last, so markup inside the span (a link's address, an emphasis marker) is kept."""
        if end <= start:
            at = self.body_offset(start)
            return at, at
        return self.body_offset(start), self.body_offset(end - 1) + 1


@dataclass(frozen=True, slots=True)
class PlainText:
    """A body and its paragraphs as read."""

    body: str
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        """The whole plain text, paragraphs separated by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def paragraph_at(self, body_offset: int) -> Paragraph | None:
        from bisect import bisect_right

        i = bisect_right([p.start for p in self.paragraphs], body_offset) - 1
        if i < 0:
            return None
        p = self.paragraphs[i]
        return p if body_offset <= p.end else None


def blocks(body: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty block of BODY between blank lines."""
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        if body[pos : m.start()].strip():
            yield _trim(body, pos, m.start())
        pos = m.end()
    if body[pos:].strip():
        yield _trim(body, pos, len(body))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


# -- layers ------------------------------------------------------------------------------------

_LAYERS: list[tuple[str, Layer]] = []


def register_layer(name: str, layer: Layer, *, before: str | None = None) -> None:
    """Add a layer to the chain (at the end, or in front of the layer called BEFORE)."""
    global _LAYERS
    chain = [(n, f) for n, f in _LAYERS if n != name]
    at = next((i for i, (n, _f) in enumerate(chain) if n == before), len(chain))
    chain.insert(at, (name, layer))
    _LAYERS = chain
    _read_block.cache_clear()


def unregister_layer(name: str) -> None:
    global _LAYERS
    _LAYERS = [(n, f) for n, f in _LAYERS if n != name]
    _read_block.cache_clear()


def layer_names() -> tuple[str, ...]:
    return tuple(n for n, _f in _LAYERS)


def _compose(inner: tuple[int, ...], outer: tuple[int, ...]) -> tuple[int, ...]:
    """OUTER maps the second layer's output to its input (the first layer's output), INNER maps
    that to the block: the result maps the second layer's output to the block."""
    return tuple(inner[i] for i in outer)


@lru_cache(maxsize=8192)
def _read_block(block: str, markup: bool = True) -> Mapped:
    if not markup:
        # Plain text as written (a .txt file): only line breaks inside a block read as spaces.
        return block.replace("\n", " "), tuple(range(len(block) + 1))
    text: str = block
    offsets: tuple[int, ...] | None = None  # None: the identity, not worth building
    for _name, layer in _LAYERS:
        text, outer = layer(text)
        offsets = outer if offsets is None else _compose(offsets, outer)
    return text, offsets if offsets is not None else tuple(range(len(block) + 1))


def read_block(block: str, markup: bool = True) -> Mapped:
    """One block (no blank lines inside) as read, with its map back into BLOCK."""
    return _read_block(block, markup)


def plain_text(body: str, *, markup: bool = True) -> PlainText:
    """The body as a reader sees it, paragraph by paragraph, each mapped back to the body.

    MARKUP false reads BODY as plain text (no layer applies): a text file checked as is.
    """
    paragraphs = []
    for start, end in blocks(body):
        text, local = _read_block(body[start:end], markup)
        if not text.strip():
            continue
        paragraphs.append(Paragraph(len(paragraphs), start, end, text, local))
    return PlainText(body, tuple(paragraphs))


# -- the Markdown layer ------------------------------------------------------------------------

_HEADING = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE_PREFIX = re.compile(r"[ ]{0,3}>[ ]?")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+")
_RULE_LINE = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_INLINE = re.compile(
    r"\\(?P<esc>[!-/:-@\[-`{-~])"
    r"|(?P<image>!)?\[(?P<label>(?:[^\[\]\\]|\\.)*)\](?:\((?P<url>[^()\s]*(?:\s+\"[^\"]*\")?)\)"
    r"|\[[^\]]*\])"
    r"|<(?P<autolink>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>"
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<code>`+)"
    r"|(?P<stars>\*+)"
    r"|(?P<unders>_+)"
)


class _Out:
    __slots__ = ("chars", "offsets")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self.chars.append(source[start:end])
            self.offsets.extend(range(start, end))

    def put(self, text: str, at: int) -> None:
        self.chars.append(text)
        self.offsets.extend([at] * len(text))


def _inline(line: str, start: int, end: int, out: _Out) -> None:
    """Copy LINE[start:end] to OUT without inline markup."""
    pos = start
    for m in _INLINE.finditer(line, start, end):
        if m.start() < pos:
            continue  # inside a code span already copied
        out.copy(line, pos, m.start())
        pos = m.end()
        kind = m.lastgroup
        if m.group("esc") is not None:
            out.put(m.group("esc"), m.start() + 1)
        elif m.group("label") is not None:
            _inline(line, m.start("label"), m.end("label"), out)  # link text or image alt
        elif m.group("autolink") is not None:
            out.copy(line, m.start("autolink"), m.end("autolink"))
        elif m.group("entity") is not None:
            out.put(html.unescape(m.group("entity")), m.start())
        elif kind == "code":
            close = line.find(m.group("code"), m.end(), end)
            if close < 0:
                out.copy(line, m.start(), m.end())  # a lone backtick is a character
            else:
                out.copy(line, m.end(), close)
                pos = close + len(m.group("code"))
        elif kind in ("stars", "unders"):
            before = line[m.start() - 1] if m.start() > 0 else " "
            after = line[m.end()] if m.end() < len(line) else " "
            flanking = not (before.isspace() and after.isspace())
            intraword = before.isalnum() and after.isalnum()
            if not flanking or (kind == "unders" and intraword):
                out.copy(line, m.start(), m.end())  # "5 * 3", snake_case: literal characters
        # an HTML tag: dropped
    out.copy(line, pos, end)


def inline_plain(line: str) -> Mapped:
    """One line without its inline markup (emphasis, link addresses, tags, escapes), with its
    map back into LINE: for readers that must see words as printed, such as a dateline set in
    bold, and still cut the stored text in the right place."""
    out = _Out()
    _inline(line, 0, len(line), out)
    return "".join(out.chars), (*out.offsets, len(line))


def markdown_layer(block: str) -> Mapped:
    """A Markdown block as read: block markers, emphasis, escapes, link addresses, tags gone.

    Lines of one block are joined by a space (a soft break reads as a space).
    """
    out = _Out()
    pos = 0
    first = True
    for line in block.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if _RULE_LINE.match(line):
            continue  # a thematic break, or a setext heading's underline
        at = 0
        while True:
            m = _QUOTE_PREFIX.match(line, at)
            if not m:
                break
            at = m.end()
        m = _HEADING.match(line, at)
        end = len(line)
        if m:
            at = m.end()
            close = _HEADING_CLOSE.search(line, at)
            if close:
                end = close.start()
        else:
            m = _LIST_ITEM.match(line, at)
            if m:
                at = m.end()
        if line.endswith("\\") and not line.endswith("\\\\"):
            end = min(end, len(line) - 1)  # a hard line break
        if not first and out.chars:
            out.put(" ", line_start - 1)
        first = False
        local = _Out()
        _inline(line, at, end, local)
        out.chars.extend(local.chars)
        out.offsets.extend([line_start + i for i in local.offsets] if line_start else local.offsets)
    text = "".join(out.chars)
    return text, (*out.offsets, len(block))


register_layer("markdown", markdown_layer)

# Suggestions read as their accepted text, in front of Markdown. Imported here, after the
# chain exists, so every reader of the view gets it however it reached this module.
from app.core.review import plain_layer as _plain_layer  # noqa: E402, F401
