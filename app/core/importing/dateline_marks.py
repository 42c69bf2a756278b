"""A dateline read however the file sets it: in bold, italics, a link or small capitals.

Desks and web pages often set the dateline apart ("**ORVEL, England** — The ferry ..."); the
readers keep that look as Markdown, so the dateline reader, which reads printed words, did not
see a dateline and "**ORVEL, England** —" stayed at the head of the story. Every reader's
paragraphs meet in assemble, so the dateline is read here on the words as printed, and the
marks around it go with it. A paragraph whose marks do not close inside the dateline (a bold
run that carries on into the lede) is left as written: no emphasis is taken from a paragraph
unless the dateline holds all of it.
"""

from __future__ import annotations

import re

from app.core.analysis.datelines import parse_dateline, split_dateline
from app.core.model import Dateline
from app.core.text.plain import inline_plain

# Characters that open inline markup; a paragraph with none of them near its start is read as is.
_MARKS = frozenset("*_[<\\")
_HEAD = 300  # a dateline and its marks fit well inside this
_TOKEN_RE = re.compile(r"\\.|\*+|_+|\[|\]\([^()\s]*\)|</?[A-Za-z][^<>]*>")


def _open_marks(text: str) -> int:
    """How many marks in `text` are left open: a run of stars or underscores closes the same
    run opened before it ("**", "***", "_"), a link's "](address)" its "[", a closing tag the
    tag before it (enough for the few marks a dateline carries)."""
    stack: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if token.startswith("\\") or token.endswith("/>"):
            continue  # an escaped character, a <br/>: nothing to close
        if token.startswith(("]", "</")):  # closes the link or the tag opened last
            opener = "[" if token.startswith("]") else "<" + _tag_name(token)
            if stack and stack[-1] == opener:
                stack.pop()
            else:
                stack.append(token)
        elif token == "[" or token.startswith("<"):
            stack.append("[" if token == "[" else "<" + _tag_name(token))
        elif stack and stack[-1] == token:  # a run of stars or underscores closing its twin
            stack.pop()
        else:
            stack.append(token)
    return len(stack)


def _tag_name(tag: str) -> str:
    return tag.strip("</>").split()[0].lower() if tag.strip("</>") else ""


def split_marked_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """The dateline (if any) and the paragraph without it, marks and all.

    The paragraph is first read as written (most copy: no marks). Then, if marks stand near its
    start, its words are read without them; a dateline found there is cut from the stored text
    with the marks around it, and the story's own marks (an italic first word) stay.
    """
    found, rest = split_dateline(paragraph)
    if found is not None:
        return found, rest
    start = len(paragraph) - len(paragraph.lstrip())
    if not _MARKS.intersection(paragraph[start : start + 80]):
        return None, paragraph
    head = paragraph[: start + _HEAD]
    plain, offsets = inline_plain(head)
    match = parse_dateline(plain)
    if match is None:
        return None, paragraph
    if match.offset >= len(plain):  # the dateline is the whole paragraph
        if len(head) < len(paragraph) or _open_marks(paragraph):
            return None, paragraph
        return match.dateline, ""
    last = offsets[match.offset - 1] + 1 if match.offset else 0
    first = offsets[match.offset]
    # Between the dateline's last printed character and the story's first: marks closing the
    # dateline's (they go) and marks opening the story's (they stay).
    cut = last
    for token in _TOKEN_RE.finditer(head, last, first):
        if not _open_marks(head[:cut]):
            break
        cut = token.end()
    if _open_marks(head[:cut]):
        return None, paragraph
    return match.dateline, paragraph[cut:].lstrip()
