"""Where a paragraph's sentences start, read with its quotes masked out.

A stop ends a sentence unless it closes an abbreviation, an honorific or an initial ("Cmdr.
Sean Robertson", "D.C.", "A. J. Kemp"); a quote whose words end the sentence inside its marks
hides the stop, so subjects are also read after such a quote. Apart from sentences.py (what the
sentences say) because attribution, lead-ins and owners need only the starts.
"""

from __future__ import annotations

import re

from app.core.analysis.masking import MASK
from app.core.analysis.mentions import HONORIFICS
from app.core.analysis.name_titles import initial_ends_sentence
from app.core.analysis.name_words import SENTENCE_OPENERS

# Every honorific counts ("Cmdr. Sean Robertson, ... told" is one sentence).
_ABBREVIATIONS = HONORIFICS | frozenset(
    """mr mrs ms dr prof sen rep gov gen col capt sgt lt adm maj rev st jr sr inc corp co ltd bros
    no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m
    mt ft ave blvd dept est fig approx""".split()
)
# The same matches as r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[A-Z0-9À-Þ\x00])|\n", written to open with
# one character set: the regex engine then skips to the next stop at C speed instead of trying
# every position of every block (speed). A run of stops is read from its first stop only, and
# what follows the stops is never given back (the same matches): a paste of 100,000 full stops
# was read again from each of them (quadratic: it never ended).
_SENTENCE_END_RE = re.compile(
    r"[.!?…\n](?:(?<=\n)|(?<![.!?…].)[.!?…]*+[\"”’')\]]*+\s++(?=[\"“‘'(\[A-Z0-9À-Þ\x00]))"
)
# compiled once: these run for every mention or quote (speed)
_DOTTED_RE = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
_WORD_BEFORE_END_RE = re.compile(r"([\w.]+)[.!?…]*[\"”’')\]]*\s+$")


def sentence_starts(masked: str) -> list[int]:
    """Offsets where a new sentence begins (outside quotes), 0 first."""
    starts = [0]
    for m in _SENTENCE_END_RE.finditer(masked):
        if m.group() != "\n":
            word = _WORD_BEFORE_END_RE.search(masked[max(0, m.start() - 12) : m.end()])
            if word:
                token = word.group(1).rstrip(".").lower()
                if (
                    (
                        token in _ABBREVIATIONS
                        or (len(token) == 1 and token.isalpha())
                        # joined initials before a surname ("A.J. Berry said"), like "U.S."
                        or _DOTTED_RE.fullmatch(token)
                    )
                    and not (
                        # "... in Washington, D.C. He said": a pronoun opens the next sentence
                        masked[m.end() : m.end() + 6].partition(" ")[0] in SENTENCE_OPENERS
                        and token not in HONORIFICS
                    )
                    and not (
                        # "chose Option B. Ian Tate said": a thing's letter, not an initial
                        len(token) == 1
                        and initial_ends_sentence(
                            masked[max(0, m.start() - 24) : m.start() - 2].rpartition(" ")[2],
                            masked[m.end() : m.end() + 40],
                        )
                    )
                ):
                    continue
        starts.append(m.end())
    return starts


# A quote's closing mark with a capital after it: its sentence ended inside the marks when the
# words did ("... was “entirely predictable.” Its chair, Ana Ruiz, said").
_QUOTE_CLOSE_RE = re.compile(r"\x00[\"”’']+\s+(?=[A-Z\"“‘(À-Þ])")


def starts_after_quotes(block: str, masked: str, starts: list[int]) -> list[int]:
    """`starts` with the sentences that begin after a quote whose words end the sentence (the
    full stop is inside the marks, so the masked text hides it): for reading subjects."""
    if MASK not in masked:
        return starts
    more = [
        m.end()
        for m in _QUOTE_CLOSE_RE.finditer(masked)
        if block[m.start()] in ".!?…" and m.end() not in starts
    ]
    return sorted(starts + more) if more else starts
