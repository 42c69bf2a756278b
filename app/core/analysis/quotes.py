"""Finding direct quotes in one block of copy: the marks paired (quote_marks.py), then what each
pair holds: a quote, a title, a term, a heading's words (titles.kind_of, quoted_headings.py,
title_lists.py). scan_block is the one entry; BlockQuotes what it gives for a block.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.analysis import single_partials
from app.core.analysis.name_shapes import is_title_case
from app.core.analysis.quote_marks import QuoteSpan, pair_double, pair_single, with_kind
from app.core.analysis.quoted_headings import block_lead, heading_words, headline_shaped
from app.core.analysis.title_lists import titles_in_lists
from app.core.analysis.titles import _WORD_RE, HEADING, OTHER, QuoteKind, kind_of
from app.core.fastinit import fast_init

__all__ = ["_WORD_RE", "QuoteKind", "is_title_case"]  # read from here by the analysis modules


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


MAX_QUOTES_IN_BLOCK = 2_000
"""Quotation pairs in one paragraph past which none is read as speech. Telling a quote from a
title, a term or a heading takes some 130 microseconds a pair (dozens of rules, each reading
the words around it), so 25,000 pairs ('"a' 50,000 times) took 5.5 s to save. A written
paragraph holds a handful; a long one a few dozen (the same limit as the export's
DENSE_MARKS)."""


def scan_block(block: str, *, double: bool = True) -> BlockQuotes:
    """Pair the marks of one block into quotes and tell what each pair holds.

    `double` says the text quotes with double marks; otherwise single marks are its quotation
    marks and double ones nest inside them (single_marks.py tells them from apostrophes).
    """
    if double:
        spans, strays, opens_with_mark, inches = pair_double(block)
    else:
        spans, strays, opens_with_mark, inches = pair_single(block)
    headline_singles = (
        double
        and not spans
        and ("‘" in block or "'" in block)
        # a headline may end on its quote's closing mark: "Vell: ‘I will not resign’"
        and headline_shaped(block.rstrip().rstrip("’'"))
    )
    if headline_singles:
        # headlines and subheads quote with single marks in copy whose body uses double ones
        # ("‘No sign of foul play,’ chief says" over a story quoting “…”): pair them as such;
        # they are a heading's words unless the line names their sayer
        spans, strays, opens_with_mark, inches = pair_single(block)
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
    lead = block_lead(block)
    tail = len(block.rstrip(" \t\n.:"))
    if len(spans) > MAX_QUOTES_IN_BLOCK:
        # a run of marks pasted by accident or malice ('"a' 50,000 times): no one's speech
        classified = tuple(with_kind(s, OTHER) for s in spans)
    elif heading_words(block, spans, lead, headline_singles):
        # "READ MORE: ‘It was chaos’ – residents describe the flood": another story's headline
        classified = tuple(with_kind(s, HEADING) for s in spans)
    else:
        classified = tuple(
            titles_in_lists(
                block,
                [
                    with_kind(
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
