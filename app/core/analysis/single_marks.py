"""Pairing single quotation marks as a text's primary marks, telling quotes from apostrophes.

British, Irish, Australian and New Zealand papers and many books quote with single marks
(‘…’ or '…') and nest double ones inside (‘I wrote “unsafe” on it’). The glyph that closes a
quote is the apostrophe of "don’t", "the players’ union", "Jess’ bike", "goin’ home" and
"an’ all", and the one that opens it starts "’em", "’til" and "rock ’n’ roll"; so a single
mark is read from the letters around it and, when they cannot tell, from the marks after it:
a mark after a word and before a lower-case word inside an open quote is an apostrophe when
the next mark that surely faces one way is a closing one (‘The fans’ support was incredible,’).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analysis.quote_glyphs import CLOSE_GLYPHS, OPEN_GLYPHS

_MARK_RE = re.compile(r"[‘’'‹›‚`\"“”„‟«»〝〞]")
_SINGLES = frozenset("‘’'‹›‚`")
# The one-character glyphs of each facing: single-mark pairing reads a mark at a time.
_OPEN_GLYPHS = frozenset(g for g in OPEN_GLYPHS if len(g) == 1)
_CLOSE_GLYPHS = frozenset(g for g in CLOSE_GLYPHS if len(g) == 1)
_FIXED_GLYPHS = frozenset("«»„")
# What may sit right before an opening mark / right after a closing mark.
_BEFORE_OPEN = frozenset("([{—–-/:;,…\u00a0\u2009\u202f\u2015\"“”„‟«»〝〞‘'")
# Straight marks, typed alike at both ends of a quote (double, and the single one of
# single-marks copy).
_STRAIGHT_MARKS = frozenset({'"', "''", "'"})
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-/…\u00a0\u2009\u202f\u2015*\"“”„‟«»〝〞’'")
# Words that lose their first letters to an apostrophe ("’em", "’til", "’cause"), and decades
# ("the ’90s", "’60s"): the mark before them opens nothing.
_ELIDED_RE = re.compile(
    r"(?:em|til|tis|twas|cause|cos|coz|bout|nuff|kay|n(?=[‘’']\s))\b|\d0s\b|\d\ds\b", re.I
)
# A year cut to two figures after a word that takes a year ("the class of ’98", "since ’04").
_YEAR_AFTER_RE = re.compile(
    r"\b(?:of|in|since|from|until|till|to|class|summer|winter|spring)\s$", re.I
)
_NEXT_WORD_RE = re.compile(r"[a-z]*")
_CLIPPED_RE = re.compile(r"(?:\b[A-Za-z]{2,}in|\b[Aa]n|\b[Oo])$")
# Words that open what follows a closing mark, and never follow a possessive's apostrophe.
_AFTER_QUOTE_WORDS = frozenset(
    """and but or nor as at by for from in into of on onto to with after before when while
    which who whom whose that than then he she they we it i you said says added told asked
    because if so until over about since though although unless where whereas""".split()
)
# "‘‘" and "’’": a double mark typed as two singles, as text taken from print replicas
# (PressReader's pages of New Zealand, Australian and British papers) writes every quote.
# "‘’" before a word opens a double quote too (two typed apostrophes a word processor turned).
# The elided words' pattern, for quote_marks._DOUBLE_RE: "‘’Tis" opens no double quote either.
ELIDED_PATTERN = _ELIDED_RE.pattern
# Not before an elided word ("‘’Tis", "‘’90s"): there the ’ is the apostrophe of the word.
_DECIDE_RE = re.compile(
    r"''|``|‘‘|’’|‘’(?=\w)(?!(?i:" + _ELIDED_RE.pattern + r"))|[\n\"“”„«»‘’'‹‚›]"
)
_DECIDE_DOUBLES = frozenset(("''", "``", "‘‘", "’’", "‘’", '"', "“", "”", "„", "«", "»"))
# The decider's double marks that face one way only, as the pairing reads them.
_DECIDE_CLOSE_ONLY = CLOSE_GLYPHS & _DECIDE_DOUBLES
_DECIDE_OPEN_ONLY = OPEN_GLYPHS & _DECIDE_DOUBLES


@dataclass(slots=True)
class SingleMark:
    """One mark of a single-marks text; `loose` marks may be an apostrophe (see module doc)."""

    start: int
    glyph: str
    opens: bool
    closes: bool
    loose: bool = False

    @property
    def family(self) -> str:
        return "single" if self.glyph in _SINGLES else "double"


def prefers_singles(text: str) -> bool:
    """True when more quotes open with single marks than with double ones, each counted only
    outside the other kind's quotes.

    A single-marks text still holds double marks for its nested quotes (‘I wrote “unsafe” on
    it’) and a double-marks text single ones for its own (“They said, ‘Not here,’” she said)
    and for headlines and titles; neither kind of nested quote counts. Marks are read the
    simple way, per line: an opening single mark is one before a word, not an elision
    ("’em", "’90s"); a closing one follows a word or a stop and comes before a space or a stop.
    """
    if not any(ch in text for ch in "‘'‹‚"):
        return False  # no mark that could open a single quote (curly copy's ’ closes only)
    singles = doubles = 0
    double_open = single_open = False
    # One plain character class, the neighbours read here: a scan with look-behinds at every
    # position would cost more than the rest of the decision (this runs on every analysis).
    for m in _DECIDE_RE.finditer(text):
        ch = m.group()
        at = m.start()
        if ch == "\n":
            double_open = single_open = False
            continue
        nxt = text[m.end() : m.end() + 1]
        if ch in _DECIDE_DOUBLES:
            if not double_open and text[at - 1 : at].isdigit() and not nxt.isalnum():
                continue  # an inch sign after a figure ("a 12" single"): no quote opens
            if ch in ("''", "’’") and not double_open and not nxt.isalnum():
                single_open = False  # ‘…’’: a nested single quote closing with its outer one
            elif not double_open and ch not in _DECIDE_CLOSE_ONLY:
                double_open = True
                doubles += not single_open
            elif double_open and ch not in _DECIDE_OPEN_ONLY:
                double_open = False
            continue
        prev = text[at - 1] if at else " "
        if ch in "‘'‹‚" and nxt.isalpha() and (prev.isspace() or prev in '([—–/“"'):
            if _ELIDED_RE.match(text, at + 1) is None:
                singles += not double_open and not single_open
                single_open = True
        elif (
            single_open and ch in "’'›" and not prev.isspace() and (not nxt or nxt in _AFTER_CLOSE)
        ):
            single_open = False
    return singles > doubles


def mark_sides(
    prev: str, nxt: str, glyph: str, glyphs: tuple[frozenset[str], frozenset[str]]
) -> tuple[bool, bool]:
    """Whether a mark can open and whether it can close a quote, from the characters touching
    it and then its glyph. `glyphs` is (opening glyphs, closing glyphs): double-mark pairing
    also knows two-character ones (``, ’’)."""
    open_glyphs, close_glyphs = glyphs
    left_open = prev == "" or prev.isspace() or prev in _BEFORE_OPEN
    right_close = nxt == "" or nxt.isspace() or nxt in _AFTER_CLOSE
    opens = left_open and nxt != "" and not nxt.isspace()
    closes = right_close and prev != "" and not prev.isspace()
    if glyph in _FIXED_GLYPHS:
        # Guillemets and low-9 marks are typed on purpose and often spaced (« text ») ...
        if glyph == "»" and left_open and nxt.isalnum():
            return True, False  # ... or facing inwards, as German and Danish copy has them
        if glyph == "«" and right_close and prev and (prev.isalnum() or prev in ".,;!?…"):
            return False, True  # (»Wir schaffen das«, said ...)
        return glyph in "«„", glyph == "»"
    if (
        opens
        and (glyph in close_glyphs or glyph in _STRAIGHT_MARKS)
        and prev
        and prev in ",…"
        and nxt.isalpha()
    ):
        # "“We ran,”said Voss", "\"We ran,\"said Voss", "'We ran,'said Voss": a closing (or
        # straight) mark after the quote's comma, its space left out before the tag; it may
        # close, and the pairing decides (an open quote takes it; with none open,
        # "he said,\"We ran\"" opens one)
        return True, True
    if opens == closes:
        # Surroundings do not decide (spaces on both sides, or glued on both): the glyph does.
        if glyph in open_glyphs:
            return True, False
        if glyph in close_glyphs:
            return False, True
        return True, True
    return opens, closes


def _char_before(block: str, at: int) -> str:
    """The last character before `at` that is not a space ("" at the start): read backwards, so
    a long block stays linear."""
    i = at - 1
    while i >= 0 and block[i].isspace():
        i -= 1
    return block[i] if i >= 0 else ""


def find_marks(block: str) -> list[SingleMark]:
    """Every quotation mark of a block quoted with single marks, apostrophes left out."""
    out: list[SingleMark] = []
    n = len(block)
    skip = -1
    for m in _MARK_RE.finditer(block):
        start = m.start()
        if start == skip:
            continue
        glyph = m.group()
        prev = block[start - 1] if start > 0 else ""
        nxt = block[start + 1] if start + 1 < n else ""
        single = glyph in _SINGLES
        if single:
            if prev.isalnum() and nxt.isalnum():
                continue  # an apostrophe: don’t, O’Neill
            if not prev.isalnum() and nxt.isalnum():
                elided = _ELIDED_RE.match(block, start + 1)
                if elided is not None:
                    if nxt in "nN" and elided.end() == start + 2:
                        skip = start + 2  # rock ’n’ roll: both marks are apostrophes
                    continue
                if nxt.isdigit() and (
                    glyph == "’" or _YEAR_AFTER_RE.search(block, max(0, start - 7), start)
                ):
                    continue
        opens, closes = mark_sides(prev, nxt, glyph, (_OPEN_GLYPHS, _CLOSE_GLYPHS))
        # After a word and before a lower-case one: a close, or the apostrophe of a plural's
        # possessive ("the players’ union") or of a clipped word ("goin’ home", "an’ all").
        loose = (
            single
            and closes
            and not opens
            and prev.isalpha()
            and nxt in " \u00a0"
            and block[start + 2 : start + 3].islower()
            # "‘bonkers’ and said", "‘ask the fans’ he said": the words that follow a closing
            # mark, where a possessive is followed by its noun ("the Rovers’ board"); a clipped
            # word may be followed by anything ("waitin’ for", "an’ all")
            and (
                _NEXT_WORD_RE.match(block, start + 2).group() not in _AFTER_QUOTE_WORDS
                or _CLIPPED_RE.search(block, max(0, start - 12), start) is not None
            )
        )
        out.append(SingleMark(start, glyph, opens, closes, loose))
    return out


def pair(
    block: str,
) -> tuple[list[tuple[int, int, bool]], list[int], int | None, tuple[int, ...]]:
    """Pair a single-marks block: (opening, closing, unclosed) triples of mark offsets (closing
    is -1 when the block ends inside the quote), the offsets of stray marks, the offset of
    the block's first mark when that mark opens a quote (None otherwise), and the double marks
    that are inch signs after a figure (‘the 6'4" forward’)."""
    marks = find_marks(block)
    # For each mark: the next single mark that surely faces one way, how many single marks
    # after it surely close, and how many may close (a loose one). Read backwards once, so a
    # long block stays linear.
    count = len(marks)
    next_sure: list[SingleMark | None] = [None] * count
    sure_after = [0] * count
    loose_after = [0] * count
    sure: SingleMark | None = None
    closing = loose = 0
    for i in range(count - 1, -1, -1):
        next_sure[i], sure_after[i], loose_after[i] = sure, closing, loose
        mark = marks[i]
        if mark.family == "single":
            if mark.loose:
                loose += 1
            else:
                sure = mark  # double marks nested further on say nothing about single quotes
                closing += mark.closes
    spans: list[tuple[int, int, bool]] = []
    strays: list[int] = []
    stack: list[SingleMark] = []
    first_open: int | None = None
    first = True
    inches: list[int] = []
    for i, mark in enumerate(marks):
        if (
            mark.family == "double"
            and not mark.opens
            and block[mark.start - 1 : mark.start].isdigit()
            and all(open_mark.family == "single" for open_mark in stack)
        ):
            # a double mark closing nothing, right after a figure: an inch sign (‘He is 6'4"
            # and fast,’), not the end of a nested quote
            inches.append(mark.start)
            continue
        if mark.loose:
            after = next_sure[i]
            if not stack or (
                after is not None
                and after.closes
                and not after.opens
                and sure_after[i] >= _singles_open(stack)
            ):
                continue  # an apostrophe: nothing is open, or surer closes come later
        elif (
            len(stack) == 1
            and mark.family == "single"
            and mark.closes
            and i + 1 < count
            and marks[i + 1].start == mark.start + 2
            and marks[i + 1].closes
            and marks[i + 1].family == "single"
            and block[mark.start + 1] in ",.;:!?"
            and block[mark.start - 1].isalpha()
        ):
            continue  # 'not the owners',' / 'just watchin',': the quote closes one mark later
        if first:
            first = False
            first_open = mark.start if mark.opens else None
        if not stack:
            if mark.opens:
                stack.append(mark)
            elif mark.family == "double" or not block[mark.start - 1].isalpha():
                # With nothing open, a single mark after a letter is an apostrophe ("the
                # players’ ‘heart’"); after a stop it is a close whose opening went missing.
                strays.append(mark.start)
            continue
        top = stack[-1]
        if mark.closes:
            if mark.family != top.family:
                # A close of the outer quote's kind while a nested one is open: the nested
                # opening mark was stray (‘I wrote “unsafe on the sheet,’ she said).
                while len(stack) > 1 and stack[-1].family != mark.family:
                    strays.append(stack.pop().start)
            opening = stack.pop()
            if not stack:
                spans.append((opening.start, mark.start, False))
            continue
        # A mark that can only open while a quote is open: a nested quote if enough closing
        # marks follow to close it and every quote around it, else the open one was stray.
        # After a comma, a colon or a word ("saying, ‘Go home’") marks that may close count
        # too; after a stop a new quote more likely begins (‘We lost. ‘Next year,’ he said).
        need = _singles_open(stack) + 1
        if len(stack) < 3 and (
            mark.family != top.family
            or sure_after[i] >= need
            or (
                _char_before(block, mark.start) not in ".!?"
                and sure_after[i] + loose_after[i] >= need
            )
        ):
            stack.append(mark)
        else:
            strays.append(top.start)
            stack[-1] = mark
    if stack:
        spans.append((stack[0].start, -1, True))
    return spans, strays, first_open, tuple(inches)


def _singles_open(stack: list[SingleMark]) -> int:
    return sum(1 for mark in stack if mark.family == "single")
