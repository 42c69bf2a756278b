"""Pairing quotation marks into quotes, one block (a paragraph) at a time: which marks a
text quotes with (uses_double_marks), where each mark can open or close, and the pairs
(pair_double, pair_single) as QuoteSpans, with the marks that found no partner and the inch
signs after a figure set aside.

Marks are paired per block so that one stray mark can never spoil more than its own paragraph.
Orientation comes from the characters around a mark first and its glyph second, because real
copy mixes styles (“no evidence" yet) and sometimes types ” where “ was meant. What a pair holds
(a quote, a title, a heading's words) is read after, in quotes.scan_block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analysis import single_marks
from app.core.analysis.quote_glyphs import CLOSE_GLYPHS, OPEN_GLYPHS
from app.core.analysis.titles import QUOTE, QuoteKind
from app.core.fastinit import fast_init

# Double marks: curly, straight, low-9, guillemets, the typewriter pairs ``...'' / ''...'', and
# the double prime (″) that some keyboards and OCR put for a straight mark (after a figure it is
# an inch sign: _inch_sign). The same matches as the plain alternation
# r"'''|''|``|‘‘|’’|[\"“”„‟«»〝〞″]", opening with one character set: the regex engine then
# skips to the next mark at C speed instead of trying every position of every block (speed).
# The lookbehinds say what each ending follows.
_DOUBLE_RE = re.compile(
    r"[\"“”„‟«»〝〞″'`‘’](?:(?<=')''?|(?<=`)`|(?<=‘)(?:‘|’(?!(?i:"
    + single_marks.ELIDED_PATTERN
    + r")))|(?<=’)’|(?<=[\"“”„‟«»〝〞″]))"
)
# "‘’In order to …”": an opening double mark typed as a single pair, as some South Asian copy
# does (a word processor turned two typed apostrophes into ‘’); it only ever opens.

_DOUBLE_CHARS = '"“”„‟«»〝〞″'
_GLYPHS = (OPEN_GLYPHS, CLOSE_GLYPHS)


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class Mark:
    """One quotation mark in a block: where, which glyph, and which way it can face."""

    start: int
    end: int
    glyph: str
    can_open: bool
    can_close: bool


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A pair of marks in one block; offsets are local to the block.

    `start`/`end` bound the quoted text (marks excluded); `mark_start`/`mark_end` include them.
    `unclosed` means the block ended inside the quote (a multi-paragraph quote or a stray mark).
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    kind: QuoteKind = QUOTE
    unclosed: bool = False


def with_kind(span: QuoteSpan, kind: QuoteKind) -> QuoteSpan:
    """The span given `kind` (what the marks hold, read after the pairing)."""
    if span.kind is kind:
        return span  # frozen: the span itself serves, no copy (most spans stay quotes: speed)
    return QuoteSpan(span.start, span.end, span.mark_start, span.mark_end, kind, span.unclosed)


def uses_double_marks(text: str) -> bool:
    """True when the text quotes with double marks (most copy); False when single marks are
    its quotation marks (British, Irish, Australian house styles: ‘…’ with “…” nested inside).

    Quotes are counted, not marks looked for: a single-marks text still holds double marks for
    its nested quotes, and a double-marks text single ones for its own. A tie goes to double.
    """
    if not (
        any(ch in text for ch in _DOUBLE_CHARS)
        or "''" in text
        or "``" in text
        or "‘‘" in text  # a double mark typed as two singles (print replicas: ‘‘…’’)
        or "‘’" in text  # an opening one typed so ("‘’We will …’’")
    ):
        return False
    return not single_marks.prefers_singles(text)


def _marks(block: str) -> list[Mark]:
    """Every candidate double mark with the directions its surroundings allow."""
    out: list[Mark] = []
    n = len(block)
    for m in _DOUBLE_RE.finditer(block):
        start, end = m.span()
        glyph = m.group()
        if glyph == "'''":
            # A nested single quote touching the closing/opening pair: keep the pair's side.
            if start > 0 and not block[start - 1].isspace():
                start += 1
            else:
                end -= 1
            glyph = "''"
        prev = block[start - 1] if start > 0 else ""
        nxt = block[end] if end < n else ""
        opens, closes = single_marks.mark_sides(prev, nxt, glyph, _GLYPHS)
        out.append(Mark(start, end, glyph, opens, closes))
    return out


def pair_double(block: str) -> tuple[list[QuoteSpan], list[int], bool, tuple[int, ...]]:
    """Pair the marks of a double-marks block.

    A stack handles nesting (a straight-quoted passage that quotes something in curly marks);
    an opener of the same style met inside an open quote means the earlier opener was stray,
    which is how a missing closing mark usually shows. Inch signs after a figure are set aside
    (the last value returned).
    """
    marks = _marks(block)
    spans: list[QuoteSpan] = []
    strays: list[int] = []
    stack: list[Mark] = []
    inches: list[int] = []
    for i, mark in enumerate(marks):
        if (
            not mark.can_open
            and block[mark.start - 1 : mark.start].isdigit()  # asked inline first (speed)
            and _inch_sign(marks, i, bool(stack))
        ):
            inches.append(mark.start)
            continue
        if not stack:
            if mark.can_open:
                stack.append(mark)
            else:
                strays.append(mark.start)
            continue
        top = stack[-1]
        if mark.can_close:
            stack.pop()
            if not stack:
                spans.append(QuoteSpan(top.end, mark.start, top.start, mark.end))
            continue
        # A mark that can only open while a quote is open.
        if len(stack) < 3 and (
            _family(mark.glyph) != _family(top.glyph)
            # a third level in the same style (“I told them, ‘Never say “never,”’ and ...”)
            or _single_open(block, top.end, mark.start)
        ):
            stack.append(mark)  # a nested quote
        else:
            strays.append(top.start)
            stack[-1] = mark
    if stack:
        bottom = stack[0]
        end = len(block.rstrip())
        spans.append(QuoteSpan(bottom.end, end, bottom.start, end, unclosed=True))
    first = block.lstrip()
    opens_with_mark = (
        bool(marks) and marks[0].can_open and marks[0].start == len(block) - len(first)
    )
    return spans, strays, opens_with_mark, tuple(inches)


def _single_open(block: str, start: int, end: int) -> bool:
    """Is a single-marked quote open at `end`, opened after `start`? Then a double opener met
    there nests a third level (double, single, double), as house styles nest, and does not
    show the outer quote's closing mark missing. A closing mark is one not before a letter
    (the apostrophe of "can’t" is before one); a straight opener follows a space or a bracket.
    """
    piece = block[start:end]
    if "‘" not in piece and "'" not in piece:
        return False  # no mark that could open one (most blocks: speed)
    is_open = False
    for i, ch in enumerate(piece):
        if ch not in "‘’'":
            continue
        prev = piece[i - 1] if i else " "
        nxt = piece[i + 1] if i + 1 < len(piece) else " "
        if nxt.isdigit() and prev.isspace():
            continue  # "the ‘90s", "’til ’05": an elision, no quote
        if ch == "‘" or (ch == "'" and (prev.isspace() or prev in "([—–") and nxt.isalpha()):
            is_open = True
        elif is_open and not nxt.isalpha() and not prev.isspace():
            is_open = False
    return is_open


def _inch_sign(marks: list[Mark], i: int, open_quote: bool) -> bool:
    """Is marks[i], a mark right after a figure that cannot open, an inch sign ("the 6'4"
    forward", "a 65" TV")? It is when no quote is open, or when the mark after it can only
    close too (the open quote ends there: "“It's a 65" TV,” he said"); a quote ending on a
    figure ("gave it “a perfect 10” on Sunday") has no closing mark after its own."""
    if not marks[i].can_close:
        return False
    if not open_quote:
        return True
    after = marks[i + 1] if i + 1 < len(marks) else None
    return after is not None and after.can_close and not after.can_open


def pair_single(block: str) -> tuple[list[QuoteSpan], list[int], bool, tuple[int, ...]]:
    """Pair the marks of a block quoted with single marks (every mark is one character)."""
    pairs, strays, first_open, inches = single_marks.pair(block)
    spans: list[QuoteSpan] = []
    for opening, closing, unclosed in pairs:
        if unclosed:
            end = len(block.rstrip())
            spans.append(QuoteSpan(opening + 1, end, opening, end, unclosed=True))
        else:
            spans.append(QuoteSpan(opening + 1, closing, opening, closing + 1))
    opens_with_mark = first_open is not None and first_open == len(block) - len(block.lstrip())
    return spans, strays, opens_with_mark, inches


def _family(glyph: str) -> str:
    if glyph in "“”„‟〝〞":
        return "curly"
    if glyph in "«»":
        return "guillemet"
    if glyph in ("''", "``", "‘‘", "’’", "‘’"):
        return "typewriter"
    return glyph
