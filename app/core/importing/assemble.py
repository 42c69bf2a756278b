"""Turn a reader's blocks (paragraphs, headings) into a StoryDraft by rules all readers share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from app.core.analysis.credits import email_only, parse_credit_line, read_credit_line
from app.core.analysis.news_agencies import NEWS_SUFFIXED, WIRE_AGENCIES
from app.core.importing.boilerplate import (
    contact_emails,
    is_boilerplate,
    is_desk_tag_candidate,
    is_end_mark,
    is_section_label,
    is_short_label,
    is_signoff_code,
)
from app.core.importing.byline_slot import find_byline_slot
from app.core.importing.dateline_marks import split_marked_dateline
from app.core.model import HEADLINE_LIMIT, Credit, CreditRole, Dateline, StoryDraft

# A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE = 250
_MAX_SUBHEAD = 80
_OPEN_QUOTES = "\"'“‘«„‚‹"
_CLOSE_QUOTES = "\"'”’»“‘›"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph ("p") or heading ("h") as a reader found it, text already Markdown."""

    text: str
    kind: str = "p"


@dataclass(slots=True)
class _Item:
    kind: str  # p, h, credit, email, contact, signoff, removed
    text: str
    credits: list[Credit] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    failed: tuple[str, ...] = ()  # parts of a credit line that could not be read


@dataclass(slots=True)
class Assembled:
    """The draft and the warnings met on the way."""

    draft: StoryDraft
    warnings: list[str]


def reads_as_lede(text: str) -> bool:
    """A first line that is the story's opening paragraph rather than its headline.

    Taking a lede for the headline would move the story's first paragraph out of the body, so a
    line is a lede when it is too long for any headline, or when it is longer than a headline
    may be and ends like a sentence (a headline carries no full stop).
    """
    if len(text) > MAX_HEADLINE:
        return True
    ending = text.rstrip().rstrip(_CLOSE_QUOTES + ")]")
    return len(text) > HEADLINE_LIMIT and ending.endswith((".", "…"))


def is_subhead(text: str) -> bool:
    """Short all-capitals or fully quoted lines ("‘WAY TOO LATE’") are wire subheads."""
    if len(text) > _MAX_SUBHEAD or "\n" in text or len(text.split()) > 10:
        return False
    quoted = len(text) > 2 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES
    inner = text[1:-1].strip() if quoted else text
    letters = [ch for ch in inner if ch.isalpha()]
    if len(letters) < 2 or is_end_mark(text):
        return False
    if all(ch.isupper() for ch in letters):
        found, rest = split_marked_dateline(text)
        return found is None or bool(rest.strip())
    return quoted and not inner.endswith(tuple(".,!?;:…"))


# A line holding only an agency's name sits under a byline ("By Ana Lima\nReuters").
_AGENCY_LINES = frozenset(
    {name.lower() for name in WIRE_AGENCIES} | {f"{name.lower()} news" for name in NEWS_SUFFIXED}
)
_MAX_DEK = 400


def _classify(text: str) -> _Item:
    if text.lower().strip(" .").removeprefix("the ") in _AGENCY_LINES:
        return _Item("removed", text)
    if is_boilerplate(text) or is_end_mark(text):
        return _Item("removed", text)
    address = email_only(text)
    if address:
        return _Item("email", text, emails=[address])
    found = contact_emails(text)
    if found:
        return _Item("contact", text, emails=found)
    read = read_credit_line(text) if "\n" not in text else None
    if read is not None and (read.credits or read.failed):
        # a caption with its picture's credit at the end stays in the body; the credit is kept.
        # A credit line naming no one ("By Staff") is taken out too, its part reported.
        kind = "credit" if read.stands_alone else "p"
        return _Item(kind, text, credits=read.credits, failed=read.failed)
    if is_signoff_code(text):
        return _Item("signoff", text)
    return _Item("p", text)


def _join_split_credits(blocks: list[Block]) -> list[Block]:
    """Join a cue line ending in ":" ("To contact the reporter on this story:", "Edited by:")
    with the name lines after it, as long as the joined text still parses as a credit line."""
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        text = block.text.strip()
        if block.kind != "p" or not text.endswith(":") or len(text) > 120:
            joined.append(block)
            index += 1
            continue
        combined, following = text, index + 1
        while following < len(blocks) and blocks[following].kind == "p":
            trial = f"{combined} {blocks[following].text.strip()}"
            if not parse_credit_line(trial):
                break
            combined, following = trial, following + 1
        joined.append(Block(combined))
        index = following if following > index + 1 else index + 1
    return joined


_META = frozenset({"credit", "email", "contact", "signoff"})


def _mark_desk_tags(items: list[_Item]) -> None:
    """Short labels after the closing credits are desk tags, not story.

    Walk back from the end over credits, e-mails, sign-offs and short labels; labels count as
    desk tags only when a credit or sign-off stands before them, so a story that simply ends on
    a short line keeps it.
    """
    start = len(items)
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if item.kind in _META or item.kind == "removed":
            start = index
            continue
        if item.kind == "p" and is_desk_tag_candidate(item.text):
            start = index
            continue
        break
    first_meta = next((i for i in range(start, len(items)) if items[i].kind in _META), None)
    if first_meta is None:
        return
    for item in items[first_meta:]:
        if item.kind == "p":
            item.kind = "desk_tag"


def _reads_as_headline(item: _Item) -> bool:
    """Whether a line could be the headline: not a lede, not a dateline's paragraph, one line,
    and no full stop at its end (a one-sentence lede under a short label is not a headline)."""
    text = item.text
    if item.kind not in ("p", "h") or "\n" in text or reads_as_lede(text):
        return False
    if text.rstrip(_CLOSE_QUOTES + ")]").endswith("."):
        return False
    return split_marked_dateline(text)[0] is None


def _drop_section_labels(items: list[_Item]) -> None:
    """Move the section path or kicker a web page prints above its headline ("FOOTBALL | MATCH
    REPORT", "British Columbia" then "LIVE") out of the way, into what the import removed.

    Only a run of short lines holding at least one such label, and only when the line after the
    run still reads as a headline: an all-capitals headline above its lede stays the headline.
    """
    start = next((i for i, item in enumerate(items) if item.kind != "removed"), None)
    if start is None:
        return
    end = start
    while end < len(items) and items[end].kind in ("p", "h") and is_short_label(items[end].text):
        end += 1
    run = items[start:end]
    if not run or end >= len(items) or not any(is_section_label(i.text) for i in run):
        return
    if _reads_as_headline(items[end]):
        for item in run:
            item.kind = "removed"


def _take_byline_slot(items: list[_Item], headline: str, dek_before_dateline: bool) -> None:
    """The bare name line under the headline (or dek) is the byline, read by its place."""
    found = find_byline_slot(
        [item.kind for item in items],
        [item.text for item in items],
        headline=headline,
        dek_before_dateline=dek_before_dateline,
    )
    if found is not None:
        index, credits = found
        items[index].kind = "credit"
        items[index].credits = credits


def assemble(
    blocks: Iterable[Block],
    *,
    headline: str | None = None,
    find_headline: bool = True,
    detect_subheads: bool = True,
    dek_before_dateline: bool = False,
    credits: Sequence[Credit] = (),
) -> Assembled:
    """Headline, dateline, body Markdown, credits, sign-off, desk tag and removed boilerplate.

    Every reader ends here so that wire text, Markdown, HTML, .docx and ninjs follow one set of
    rules: credit lines anywhere become credits, an e-mail alone on the line after a credit
    belongs to it, boilerplate is listed in `removed`, the first paragraph's dateline moves to
    `dateline`.
    """
    warnings: list[str] = []
    items: list[_Item] = []
    for block in _join_split_credits(list(blocks)):
        text = block.text.strip()
        if not text:
            continue
        if block.kind == "h":
            items.append(_Item("h", text))
        else:
            items.append(_classify(text))

    if headline is None and find_headline:
        _drop_section_labels(items)
        first = next((i for i, item in enumerate(items) if item.kind != "removed"), None)
        if first is not None and items[first].kind in ("p", "h"):
            candidate = items[first].text
            dateline, _ = split_marked_dateline(candidate)
            if not reads_as_lede(candidate) and "\n" not in candidate and dateline is None:
                headline = candidate
                del items[first]
    if not headline:
        warnings.append("No headline found; add one before filing.")
    else:
        _take_byline_slot(items, headline, dek_before_dateline)

    if detect_subheads:
        for item in items:
            if item.kind == "p" and is_subhead(item.text):
                item.kind = "h"

    _mark_desk_tags(items)

    all_credits: list[Credit] = list(credits)
    emails: list[str] = []
    removed: list[str] = []
    sign_offs: list[str] = []
    desk_tags: list[str] = []
    body: list[_Item] = []
    previous: _Item | None = None
    for item in items:
        if item.kind == "removed":
            removed.append(item.text)
            continue
        if item.kind == "credit":
            all_credits.extend(item.credits)
            # "Editing by ##!! 42": the rest of the line is kept, the editor told what was not
            warnings.extend(f"Could not read “{part}” in a credit line." for part in item.failed)
            if item.credits and all(c.role is CreditRole.EDITED_BY for c in item.credits):
                sign_offs.append(item.text)
        elif item.kind == "email":
            address = item.emails[0]
            if previous is not None and previous.kind == "credit" and all_credits:
                last = all_credits[-1]
                if last.email is None:
                    all_credits[-1] = replace(last, email=address)
            emails.append(address)
        elif item.kind == "contact":
            emails.extend(item.emails)
        elif item.kind == "signoff":
            sign_offs.append(item.text)
        elif item.kind == "desk_tag":
            desk_tags.append(item.text)
        else:
            all_credits.extend(item.credits)  # a caption's picture credit
            body.append(item)
        previous = item

    dateline: Dateline | None = None
    dek = ""
    paragraphs = [i for i, item in enumerate(body) if item.kind == "p"]
    for position, index in enumerate(paragraphs[:2]):
        found, rest = split_marked_dateline(body[index].text)
        if found is None:
            if not dek_before_dateline or len(body[index].text) > _MAX_DEK:
                break
            continue
        dateline = found
        if position == 1:
            dek = body[paragraphs[0]].text
            body[paragraphs[0]].kind = "dek"
        if rest.strip():
            body[index].text = rest.strip()
        else:
            body[index].kind = "gone"
        break

    lines: list[str] = []
    subheads: list[str] = []
    for item in body:
        if item.kind == "h":
            subheads.append(item.text)
            lines.append(f"## {item.text}")
        elif item.kind == "p":
            lines.append(item.text)
    if not lines:
        warnings.append("No story text found.")
    if len(desk_tags) > 1:
        warnings.append(f"Several labels after the credits; kept {desk_tags[0]!r} as desk tag.")
        removed.extend(desk_tags[1:])
    draft = StoryDraft(
        headline=headline or "",
        body="\n\n".join(lines),
        dek=dek,
        dateline=dateline,
        subheads=tuple(subheads),
        # "By Ana Lima" at the top and "Ana Lima ... Contact her at ..." at the foot: one credit
        credits=merge_credits(all_credits),
        sign_off="\n".join(sign_offs) or None,
        contact_emails=tuple(dict.fromkeys(emails)),
        desk_tag=desk_tags[0] if desk_tags else None,
        removed=tuple(removed),
    )
    return Assembled(draft, warnings)


def merge_credits(credits: Iterable[Credit]) -> tuple[Credit, ...]:
    """Drop repeats of the same person in the same role (page metadata and body both name
    them), keeping the first place and the most detail."""
    merged: dict[tuple[CreditRole, str], Credit] = {}
    for credit in credits:
        key = (credit.role, credit.name)
        seen = merged.get(key)
        if seen is None:
            merged[key] = credit
        else:
            merged[key] = replace(
                seen,
                location=seen.location or credit.location,
                email=seen.email or credit.email,
                organisation=seen.organisation or credit.organisation,
            )
    return tuple(merged.values())


def paragraph_count(draft: StoryDraft) -> int:
    """Body paragraphs, not counting subheads (what the editor calls paragraphs)."""
    return sum(1 for part in draft.body.split("\n\n") if part.strip() and not part.startswith("#"))
