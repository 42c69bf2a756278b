"""Lines whose quoted words are a heading's, not someone's speech: a link to another story
set in the body ("READ MORE: ‘It was chaos’ – residents describe the flood"), a Markdown
heading, a numbered heading ("2. “Keep Your Receipts”") and a headline-shaped line (short, no
closing stop, no past tense of telling), unless the line names the sayer of its quote ("‘We
will fight’, says union boss"). Read by quotes.scan_block for every block.
"""

from __future__ import annotations

import re

from app.core.analysis.dash_signatures import signed_line
from app.core.analysis.headline_sayers import has_line_sayer, named_after, named_before
from app.core.analysis.quote_marks import QuoteSpan
from app.core.analysis.titles import _WORD_RE

_BULLETS = frozenset("•·▪‣◦*-–—>")

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


def block_lead(block: str) -> int:
    """Where the block's own words begin: after blanks and a heading number ("3.") or a live
    blog's time stamp before a quote."""
    numbered = _NUMBERED_RE.match(block)  # "2. “Keep Your Receipts”" is a numbered heading
    return numbered.end() if numbered else len(block) - len(block.lstrip())


def heading_words(block: str, spans: list[QuoteSpan], lead: int, headline_singles: bool) -> bool:
    """Are the quoted words of this block a heading's? `lead`: block_lead(block);
    `headline_singles`: the block is a headline quoting with single marks in copy that quotes
    with double ones."""
    return bool(
        _TEASER_RE.match(block)
        # a Markdown heading ("## Union boss: “We will fight”"): a headline's words
        or (block[lead : lead + 1] == "#" and _HEADING_RE.match(block, lead) is not None)
        or (
            spans
            and (headline_singles or headline_shaped(block))
            # a quoted sentence with its own stop ("“…president.” ― Ana Ruiz") is someone's words
            and (
                headline_singles
                or not any(block[s.start : s.end].rstrip()[-1:] in ".!?,;" for s in spans)
            )
            # and so is a headline's quote with its sayer attached ("‘…’: Mayor", "‘…’, says Ruiz")
            and not _sayer_attached(block, spans[0], spans[-1], lead)
        )
    )


def headline_shaped(block: str) -> bool:
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
