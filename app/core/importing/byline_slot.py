"""The byline read by its place: a line of bare names right under an imported story's headline.

Many web pages and documents print the writer's name alone on the line under the headline (or
under the dek), before the story's first paragraph: "Nell Varga", with no "By" and nothing else
on the line to vouch for a credit. Read as any short paragraph is read, that line stays the
story's first paragraph and no one is credited. Its place is what makes it the byline, the way
the credits panel's paste box makes a pasted line a credit, so that one slot, and only it, is
read as a declared credit line (`read_credit_line(..., declared=True)`). A bare name further
down (a subhead naming a person in a profile, a name in a list) is left to the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.analysis.credit_kickers import is_english_word, is_kicker
from app.core.analysis.credits import read_credit_line
from app.core.analysis.first_names import is_first_name
from app.core.importing.dateline_marks import split_marked_dateline
from app.core.model import Credit

# A byline of two or three people with a title fits; a longer line is a dek or a lede.
MAX_SLOT_LINE = 100
_CLOSE = "\"'”’»)]*_ "
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
# A name linked to the writer's page, as Markdown ("[Nell Varga](https://…/staff/nell)").
_LINK_RE = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")


def bare_name_credits(text: str) -> list[Credit]:
    """The credits of a short one-line block that reads wholly as names once declared a credit.

    Empty for anything else: a line ending like a sentence (a one-line lede or a caption), a
    line of more than one line, and a line of which the declared reading leaves any part unread
    ("Nell Varga and the Quiet Harbour" is a title, not a byline) or finds a caption.
    """
    if "](" in text:
        text = _LINK_RE.sub(r"\1", text)  # the link's words are the line; its address is not
    if "\n" in text or len(text) > MAX_SLOT_LINE:
        return []
    if text.rstrip(_CLOSE).endswith(_SENTENCE_ENDS):
        return []
    read = read_credit_line(text, declared=True)
    if not read.credits or read.failed or read.caption:
        return []
    if not all(_names_a_person(credit.name) for credit in read.credits):
        return []
    if any(is_kicker(credit.name) for credit in read.credits):
        return []  # "Long Read": a kicker opening on a word the first-name table holds
    return list(read.credits)


def _names_a_person(name: str) -> bool:
    """Whether a name the declared reading found can be a person's rather than a page's label.

    The declared reading takes any name-shaped words for a person without a known first name,
    since the editor vouched for the line; under a headline a kicker of ordinary words ("Live
    Updates", "Guest Column", "Special Report") has that shape too. So a name is a person's
    when it opens on a known first name, or when one of its words is no English word ("Wang
    Li", "Dr. Ortiz"); a name made only of dictionary words is a label.
    """
    words = [word.strip(".,'’").lower() for word in name.split()]
    words = [word for word in words if word]
    if not words or is_first_name(words[0]):
        return bool(words)
    return not all(is_english_word(word) for word in words)


def find_byline_slot(
    kinds: Sequence[str],
    texts: Sequence[str],
    *,
    headline: str = "",
    dek_before_dateline: bool = False,
) -> tuple[int, list[Credit]] | None:
    """Where the byline under the headline stands among the story's blocks, and its credits.

    `kinds` and `texts` are the blocks after the headline, kind "removed" for boilerplate the
    importer already dropped (skipped) and "p" for a plain paragraph (the only kind taken: a
    line that already reads as a credit needs no slot, and a heading is a heading). The slot is
    the first block; for copy whose dek the importer finds by the dateline after it
    (`dek_before_dateline`), also the block between that dek and the dateline paragraph.

    A name the headline holds is the story's subject, not its writer ("Ana Ortiz, harbour
    pilot, dies at 81" over "Ana Ortiz": a portrait's caption or an obituary's name line).

    A name line that is one of a series (another bare-name paragraph further down, not the last
    block, as in a list of candidates each followed by a paragraph about them) is an item of the
    list, not a byline.
    """
    open_ = [i for i, kind in enumerate(kinds) if kind != "removed"]
    if not open_:
        return None
    slots = [open_[0]]
    if (
        dek_before_dateline
        and len(open_) >= 3
        and kinds[open_[0]] == "p"
        and split_marked_dateline(texts[open_[0]])[0] is None
        and split_marked_dateline(texts[open_[2]])[0] is not None
    ):
        slots.append(open_[1])
    for index in slots:
        if kinds[index] != "p":
            continue
        credits = bare_name_credits(texts[index])
        if not credits or _in_headline(credits, headline):
            continue
        if not _one_of_a_series(index, kinds, texts, open_[-1]):
            return index, credits
    return None


def _one_of_a_series(index: int, kinds: Sequence[str], texts: Sequence[str], last: int) -> bool:
    """Whether another bare-name paragraph follows before the last block (a name alone at the
    foot is a signature, and does not make the top one a list item)."""
    return any(
        kinds[other] == "p" and bare_name_credits(texts[other]) for other in range(index + 1, last)
    )


def _in_headline(credits: Sequence[Credit], headline: str) -> bool:
    """Whether the headline holds the last word of one of the names (the person written about)."""
    words = {word.strip(".,:;'’\"“”!?()").casefold() for word in headline.split()}
    return any(credit.name.split()[-1].casefold() in words for credit in credits)
