"""Finding direct quotes in one block of copy: pairing quotation marks of every style.

Marks are paired per block (a paragraph) so that one stray mark can never spoil more than its
own paragraph. Orientation comes from the characters around a mark first and its glyph second,
because real copy mixes styles (“no evidence" yet) and sometimes types ” where “ was meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.analysis import single_marks, single_partials
from app.core.analysis.dash_signatures import signed_line
from app.core.analysis.headline_sayers import has_line_sayer, named_after, named_before
from app.core.analysis.name_shapes import is_title_case
from app.core.analysis.quote_glyphs import CLOSE_GLYPHS, OPEN_GLYPHS
from app.core.analysis.titles import _WORD_RE, HEADING, OTHER, QUOTE, TITLE, QuoteKind, kind_of
from app.core.fastinit import fast_init

__all__ = ["_WORD_RE", "QuoteKind", "is_title_case"]  # read from here by the analysis modules

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

_BULLETS = frozenset("•·▪‣◦*-–—>")
_PITCH_WORDS = frozenset({"meets", "vs", "vs.", "versus"})
_DOUBLE_CHARS = '"“”„‟«»〝〞″'
_GLYPHS = (OPEN_GLYPHS, CLOSE_GLYPHS)

# Past tense of telling: a paragraph reporting what was said, not a headline.
_NARRATED_RE = re.compile(r"\b(?:said|told|added|wrote|asked|explained|according\s+to)\b")
# Labels of links to other stories set in the body: their quoted words are headlines.
_TEASER_RE = re.compile(
    r"\s*(?:READ\s+MORE|Read\s+more|RELATED|Related|SEE\s+ALSO|See\s+also|ALSO\s+READ|"
    r"Also\s+read|MORE|WATCH|Watch|LISTEN|Listen|LIVE|Live|READ|Read|RECOMMENDED|Recommended|"
    # other houses' labels for links to their stories
    r"READ\s+NEXT|Read\s+next|DON['’]T\s+MISS|Don['’]t\s+miss|MOST\s+READ|Most\s+read|"
    r"TRENDING|Trending|MOST\s+POPULAR|Most\s+popular|YOU\s+MAY\s+ALSO\s+LIKE|"
    r"You\s+(?:may|might)\s+also\s+like|FURTHER\s+READING|Further\s+reading|"
    r"MORE\s+ON\s+THIS(?:\s+STORY)?|More\s+on\s+this(?:\s+story)?|VIDEO|PHOTOS|PICTURED|"
    r"GALLERY|OPINION|ANALYSIS|EXCLUSIVE|TOP\s+STORIES|Top\s+stories)"
    r"(?:\s+(?:STORY|story|STORIES|stories|ARTICLE|article))?\s*[:|>»–—-]\s"
)
_HEADING_RE = re.compile(r"#{1,6}[ \t]")
_NUMBERED_RE = re.compile(
    r"\s*(?:(?:\d{1,2}|[IVX]{1,4})[.):]"
    # a live blog's time stamp: "5:20 p.m. — “…”", "10.45am: “…”"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m)?\s*(?:—|–|-|:))\s+(?=[\"“‘'])",
    re.IGNORECASE,
)


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


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class BlockQuotes:
    """The quotes of one block plus the marks that found no partner."""

    spans: tuple[QuoteSpan, ...]
    strays: tuple[int, ...]
    opens_with_mark: bool
    lead: int = 0
    """Where the block's own words begin (after blanks and a heading number such as "3.")."""
    inches: tuple[int, ...] = ()
    """Marks that are inch signs after a figure ("the 6'4" forward", "a 65" TV"), no quote's."""


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


def scan_block(block: str, *, double: bool = True) -> BlockQuotes:
    """Pair the marks of one block into quotes and tell what each pair holds.

    `double` says the text quotes with double marks; otherwise single marks are its quotation
    marks and double ones nest inside them (single_marks.py tells them from apostrophes).
    """
    if double:
        spans, strays, opens_with_mark, inches = _pair_double(block)
    else:
        spans, strays, opens_with_mark, inches = _pair_single(block)
    headline_singles = (
        double
        and not spans
        and ("‘" in block or "'" in block)
        # a headline may end on its quote's closing mark: "Vell: ‘I will not resign’"
        and _headline_shaped(block.rstrip().rstrip("’'"))
    )
    if headline_singles:
        # headlines and subheads quote with single marks in copy whose body uses double ones
        # ("‘No sign of foul play,’ chief says" over a story quoting “…”): pair them as such;
        # they are a heading's words unless the line names their sayer
        spans, strays, opens_with_mark, inches = _pair_single(block)
    elif (
        double
        and "‘" in block
        and (spans or block.count(" ") >= 12 or single_partials.tagged(block))
    ):
        # "residents say it was ‘a farce’" in copy quoting whole sentences in double marks; a
        # short line with no double quote is a headline ("X calls plan ‘a farce’."): a heading's
        partials = single_partials.find(block, [(s.mark_start, s.mark_end) for s in spans])
        if partials:
            spans = sorted(
                spans + [QuoteSpan(o + 1, c, o, c + 1) for o, c in partials],
                key=lambda s: s.start,
            )
    # Where the block's own text begins and ends, computed once: a block of thousands of quotes
    # must not be re-sliced for each of them.
    numbered = _NUMBERED_RE.match(block)  # "2. “Keep Your Receipts”" is a numbered heading
    lead = numbered.end() if numbered else len(block) - len(block.lstrip())
    tail = len(block.rstrip(" \t\n.:"))
    if (
        _TEASER_RE.match(block)
        # a Markdown heading ("## Union boss: “We will fight”"): a headline's words
        or (block[lead : lead + 1] == "#" and _HEADING_RE.match(block, lead) is not None)
        or (
            spans
            and (headline_singles or _headline_shaped(block))
            # a quoted sentence with its own stop ("“…president.” ― Ana Ruiz") is someone's words
            and (
                headline_singles
                or not any(block[s.start : s.end].rstrip()[-1:] in ".!?,;" for s in spans)
            )
            # and so is a headline's quote with its sayer attached ("‘…’: Mayor", "‘…’, says Ruiz")
            and not _sayer_attached(block, spans[0], spans[-1], lead)
        )
    ):
        # "READ MORE: ‘It was chaos’ – residents describe the flood": another story's headline
        classified = tuple(_with_kind(s, HEADING) for s in spans)
    else:
        classified = tuple(
            _titles_in_lists(
                block,
                [
                    _with_kind(
                        s,
                        kind_of(
                            block,
                            s.start,
                            s.end,
                            s.mark_start,
                            s.mark_end,
                            s.unclosed,
                            lead,
                            tail,
                        ),
                    )
                    for s in spans
                ],
            )
        )
    return BlockQuotes(classified, tuple(strays), opens_with_mark, lead, inches)


def _pair_double(block: str) -> tuple[list[QuoteSpan], list[int], bool, tuple[int, ...]]:
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


def _pair_single(block: str) -> tuple[list[QuoteSpan], list[int], bool, tuple[int, ...]]:
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


def _headline_shaped(block: str) -> bool:
    """A short line with no closing punctuation and no past tense of telling: a headline.

    Edited copy ends every sentence with a stop; a paragraph that ends on a word ("Flood
    victims say ‘We were left with nothing’ as insurers delay payouts", "“Harbour Nights” –
    Sundays at 9pm") is a teaser, a subhead or a listing, and its quoted words are a heading's.
    """
    body = block.strip()
    if not body[-1:].isalnum() or "\n" in body:
        return False
    if body[:1] in _BULLETS or "@" in body or "http" in body or "twitter.com" in body:
        return False  # a summary point ("• Ruiz says plan ‘reckless’"), an embedded post
    words = _WORD_RE.findall(body)
    return 2 <= len(words) <= 18 and _NARRATED_RE.search(body) is None


def _sayer_attached(block: str, first: QuoteSpan, last: QuoteSpan, lead: int) -> bool:
    """Does a headline-shaped line name the sayer of its one quote: the quote opening the line
    with the sayer after it, or the sayer and a colon before a quote that ends the line?"""
    body_end = len(block.rstrip())
    prefix = block[lead : first.mark_start].rstrip()
    # the quote opens the line, maybe after a live blog's time stamp ("5:52 p.m. PT: ‘…’")
    opens = not prefix or (prefix.endswith(":") and len(prefix) <= 25)
    # or a tag's comma closes it after its subject: "Northstrand ‘devastated,’ company says"
    tagged = first is last and block[first.start : first.end].rstrip()[-1:] == ","
    if (opens or tagged) and named_after(block, last.mark_end, body_end):
        return True
    if (
        opens
        and first is last
        and signed_line(
            block, last.mark_end, body_end, _WORD_RE.findall(block, first.start, first.end)
        )
    ):
        return True  # "“We never gave up” — Ana Ruiz, harbour master"
    if first is last and has_line_sayer(block, first.start, first.end):
        return True  # a bare role ("‘Heartbroken,’ says mayor", "Senator on budget: ‘…’")
    return last.mark_end >= body_end and named_before(block, lead, first.mark_start)


def _family(glyph: str) -> str:
    if glyph in "“”„‟〝〞":
        return "curly"
    if glyph in "«»":
        return "guillemet"
    if glyph in ("''", "``", "‘‘", "’’", "‘’"):
        return "typewriter"
    return glyph


def _titles_in_lists(block: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """“A”, “B” and “C”: a title-case phrase listed with a title is a title too, whichever
    item of the list a cue announces ("“Salt,” “Gull” and the film “Low Tide” ..."); any item
    listed with a sign's words, a term or a word cited is one too."""
    out = list(spans)
    if len(out) < 2:
        return out
    for i in range(1, len(out)):
        # "“Downton Abbey” meets “The Wire”": a pitch made of two titles
        prev, cur = out[i - 1], out[i]
        if block[prev.mark_end : cur.mark_start].strip(" ,") in _PITCH_WORDS and all(
            is_title_case(_WORD_RE.findall(block[s.start : s.end])) for s in (prev, cur)
        ):
            out[i - 1], out[i] = _with_kind(prev, TITLE), _with_kind(cur, TITLE)
    _title_runs(block, out)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            known, cur = out[j], out[i]
            if known.kind is QUOTE or cur.kind is not QUOTE:
                continue
            first, second = (known, cur) if j < i else (cur, known)
            gap = block[first.mark_end : second.mark_start]
            between = gap.strip(" ,")
            if between not in ("and", "or", "") and not (
                # each name explained in a relative clause: "a mode called “Focus Lanes,”
                # which holds back alerts, and “Glance Replies,” which ..."
                j < i
                and ("which" in gap or "that" in gap)
                and _EXPLAINED_ITEM_RE.fullmatch(gap) is not None
                and is_title_case(_WORD_RE.findall(block[cur.start : cur.end]))
            ):
                continue
            if (
                not between
                and "," not in gap
                and block[first.start : first.end].rstrip()[-1:] in ".!?…"
            ):
                # "adopted the slogan “Fair Shot.” “We mean it,” Hale said": the stop inside the
                # marks ended the sentence; the next marks open a new one, no list item
                continue
            cur_text = block[cur.start : cur.end]
            words = _WORD_RE.findall(cur_text)
            if known.kind is TITLE and words and is_title_case(words):
                out[i] = _with_kind(cur, TITLE)
            elif (
                known.kind is OTHER
                and 0 < len(words) <= 12
                and cur_text.rstrip(" ,")[-1:] not in ".!?…"
            ):
                # banners reading “No farmers, no food” and “Keep the mill”: what the list's
                # cue names (a sign, a word, a term) it names for every item
                out[i] = _with_kind(cur, OTHER)
    return out


# What may stand between two names of a list when the first is explained: ", which ..., and".
_EXPLAINED_ITEM_RE = re.compile(r"\s*,?\s*(?:which|that)\s[^“”\"‘’.;:!?]{1,120},\s*(?:and|or)\s+")


def _title_runs(block: str, spans: list[QuoteSpan]) -> None:
    """“A”, “B” and “C”: three or more title-case names in one list, none with a stop, are
    names (works, nominees, favourites) even when a verb of saying opens the sentence; no one
    speaks in a list of headline-case phrases. Marked in place."""
    run: list[int] = []
    prev = -1  # the list's item before this one
    listed = False  # a colon introduced the list: "listed her demands: “Fair Pay”, ...": hers
    for i, span in enumerate(spans):
        text = block[span.start : span.end]
        words = _WORD_RE.findall(text)
        if not (
            span.kind is not HEADING
            and words
            and text.rstrip(" ,")[-1:] not in ".!?…;:"
            and is_title_case(words)
        ):
            run, prev = [], -1
            continue
        joined = prev >= 0 and block[spans[prev].mark_end : span.mark_start].strip(" ,") in (
            "and",
            "or",
            "",
        )
        if not joined:
            run, listed = [], block[: span.mark_start].rstrip().endswith(":")
        prev = i
        if listed:
            continue
        run.append(i)
        if len(run) >= 3 and any(
            " " in block[spans[j].start : spans[j].end].strip() for j in run
        ):  # "shouted “Stop”, “Wait” and “Police”": single words can be cries
            for j in run:
                if spans[j].kind is QUOTE:
                    spans[j] = _with_kind(spans[j], TITLE)


def _with_kind(span: QuoteSpan, kind: QuoteKind) -> QuoteSpan:
    if span.kind is kind:
        return span  # frozen: the span itself serves, no copy (most spans stay quotes: speed)
    return QuoteSpan(span.start, span.end, span.mark_start, span.mark_end, kind, span.unclosed)
