"""One story prepared for export: typeset, rendered, sanitized; every writer reads this.

Building it once means the HTML page, the fragment, the JSON-LD, ninjs and plain text all say
the same thing in the same typography, and the confidential filter runs in exactly one place.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from app.core.exporting import confidential, quotes_markup
from app.core.exporting.credits import in_house_form, render_printed
from app.core.exporting.editions import Amendment, Edition
from app.core.exporting.markdown_render import render_body, typeset
from app.core.exporting.sanitize import clean_body
from app.core.model import Credit, CreditRole, Dateline, Story

AUTHOR_ROLES = (CreditRole.BYLINE,)
FALLBACK_AUTHOR_ROLES = (CreditRole.REPORTING, CreditRole.WRITING)
EDITOR_ROLES = (CreditRole.EDITING, CreditRole.EDITED_BY)
_FIRST_P_RE = re.compile(r"<p>(.*?)</p>", re.S)
_TAGS_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Publisher:
    name: str
    url: str = ""


@dataclass(frozen=True)
class ExportDocument:
    """Everything an export shows, already safe: plain strings are plain text, `*_html` HTML."""

    uid: str
    slug: str
    version: int
    headline: str
    dek: str
    description: str
    byline: str
    authors: tuple[Credit, ...]
    contributors: tuple[Credit, ...]
    editors: tuple[Credit, ...]
    dateline: str
    dateline_place: str
    dateline_lead: str
    """The dateline's place as the HTML sets it in capitals; "" when the line does not open
    with the place as stored (then the whole line is `dateline_rest`)."""
    dateline_rest: str
    """What follows `dateline_lead`, printed as written (", Nov 3 (Reuters)")."""
    body_html: str
    credit_style: str
    credit_lines: tuple[str, ...]
    keywords: tuple[str, ...]
    section: str
    language: str
    word_count: int
    published: datetime
    modified: datetime
    status: str
    canonical_url: str = ""
    publisher: Publisher = field(default_factory=lambda: Publisher("Copydesk Newsroom"))
    person_urls: dict[str, str] = field(default_factory=dict)
    edition: int = 0
    """The publication this text is (ninjs `version`); 0 for a story never published."""
    amendments: tuple[Amendment, ...] = ()
    amendments_html: str = ""
    """The correction and update notes as escaped paragraphs, placed by `note_placement`."""
    note_placement: str = "end"
    never_published: bool = False
    """No publication yet (a draft or a ready text): `published` then holds the creation time
    for the feeds' required dates, and the page says "Not published yet" rather than claim it."""

    @property
    def corrections(self) -> tuple[Amendment, ...]:
        return tuple(a for a in self.amendments if a.role == "correction")


def _utc(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC).replace(microsecond=0)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def _byline_name(credit: Credit) -> str:
    """A name in the head's byline, with the agency or outlet it names: "Ana Lima (Reuters)".

    The head is the only place a plain byline is printed (the foot leaves it out), so an
    organisation left out here was lost from the page. In brackets, because "Ana Lima, Reuters
    and Ben Ott" reads as three people and "Ana Lima/Reuters" as a picture credit.
    """
    org = (credit.organisation or "").strip()
    return f"{credit.name} ({org})" if org else credit.name


def _names(credits: tuple[Credit, ...]) -> str:
    names = [_byline_name(c) for c in credits]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _footer_credits(credits: tuple[Credit, ...], authors: tuple[Credit, ...]) -> tuple[Credit, ...]:
    """The credits the credit lines at the foot show: all but the bylines the head already shows.

    A byline is printed once, under the headline (wire and AP copy alike); repeating "By A" at
    the foot showed the writer twice. A byline whose place or e-mail the head leaves out stays at
    the foot, where that is printed; a writer named only by a writing or reporting credit (the
    head's fallback) keeps the foot's line, the one that says the role.
    """
    shown = {c for c in authors if c.role is CreditRole.BYLINE and not c.location and not c.email}
    return tuple(c for c in credits if c not in shown)


def _description(dek: str, body_html: str, limit: int = 200) -> str:
    """The dek, else the first paragraph, cut at a word near `limit` characters."""
    if dek:
        text = dek
    else:
        first = _FIRST_P_RE.search(body_html)
        text = html_lib.unescape(_TAGS_RE.sub("", first.group(1))) if first else ""
        text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—")
    return cut + "…"


class DatelineParts(NamedTuple):
    """A dateline as the exports print it."""

    text: str
    """The whole line, typeset ("KORRAPUR, Nov 3 (Reuters)"): text, JSON-LD and print."""
    place: str
    """The place as stored (ninjs `located`)."""
    lead: str
    """The place where the line opens with it: the HTML sets it in capitals."""
    rest: str
    """The rest of the line after `lead`, the date and agency as written."""


def dateline_parts(dateline: Dateline | None) -> DatelineParts:
    """The dateline's line and its place, split where the HTML changes style, so the template
    only prints the parts. The place leads only when the typeset line still opens with it as
    stored: typesetting that changed a character of it ("O'HARE" with a curly apostrophe)
    leaves the whole line unstyled rather than cut it in the wrong place."""
    if dateline is None or dateline.is_empty():
        return DatelineParts("", "", "", "")
    text = ", ".join(p for p in (dateline.place, dateline.date) if p)
    if dateline.agency:
        text = f"{text} ({dateline.agency})" if text else f"({dateline.agency})"
    text = typeset(text)
    place = dateline.place or ""
    lead = place if place and text.startswith(place) else ""
    return DatelineParts(text, place, lead, text[len(lead) :])


def build(
    story: Story,
    *,
    credit_style: str = "reuters",
    published: datetime | None = None,
    publisher: Publisher | None = None,
    canonical_url: str = "",
    person_urls: dict[str, str] | None = None,
    allow_data_images: bool = False,
    edition: Edition | None = None,
    note_placement: str = "end",
) -> ExportDocument:
    """Prepare a stored story for every export format (from its public view only).

    With an `edition`, the dates are that publication's and its correction and update notes
    are carried (`amendments_html`, placed at the `note_placement`: top or end).
    """
    story = confidential.public_view(story)
    marked = quotes_markup.insert_sentinels(story.body, story.quotes)
    cleaned = clean_body(render_body(marked), allow_data_images=allow_data_images)
    # Spans go into the text of sanitized HTML; sanitizing again keeps it the last step.
    body_html = clean_body(quotes_markup.apply_spans(cleaned), allow_data_images=allow_data_images)
    # the credits as printed: the head's byline, the foot's lines, ninjs and JSON-LD alike; a
    # person's page was found by the name as stored ("Dr Ana Lima") and is kept by the printed
    credits = tuple(in_house_form(c) for c in story.credits)
    stored_urls = person_urls or {}
    person_urls = {
        printed.name: stored_urls[c.name]
        for c, printed in zip(story.credits, credits, strict=True)
        if c.name in stored_urls
    }
    authors = tuple(c for c in credits if c.role in AUTHOR_ROLES) or tuple(
        c for c in credits if c.role in FALLBACK_AUTHOR_ROLES
    )
    editors = tuple(c for c in credits if c.role in EDITOR_ROLES)
    contributors = tuple(c for c in credits if c not in authors and c not in editors)
    byline = typeset("By " + _names(authors)) if authors else ""
    footer = _footer_credits(credits, authors)
    rendered = render_printed(footer, credit_style) if footer else ""  # in house form already
    credit_lines = tuple(typeset(line) for line in rendered.splitlines() if line.strip())
    headline = typeset(story.headline)
    dek = typeset(story.dek)
    dateline = dateline_parts(story.dateline)
    modified = story.updated_at or published or story.created_at
    if edition is not None:
        published = edition.first_published or published
        modified = edition.published or modified
    never_published = published is None and str(story.status) != "published"
    return ExportDocument(
        uid=story.uid,
        slug=story.slug,
        version=story.version,
        headline=headline,
        dek=dek,
        description=_description(dek, body_html),
        byline=byline,
        authors=authors,
        contributors=contributors,
        editors=editors,
        dateline=dateline.text,
        dateline_place=dateline.place,
        dateline_lead=dateline.lead,
        dateline_rest=dateline.rest,
        body_html=body_html,
        credit_style=credit_style,
        credit_lines=credit_lines,
        keywords=tuple(k.strip() for k in story.keywords if k.strip()),
        section=story.desk,
        language=story.language or "en",
        word_count=story.word_count,
        published=_utc(published or story.created_at),
        modified=_utc(modified),
        status=str(story.status),
        canonical_url=canonical_url,
        publisher=publisher or Publisher("Copydesk Newsroom"),
        person_urls=dict(person_urls or {}),
        edition=edition.number if edition else 0,
        amendments=edition.amendments if edition else (),
        amendments_html=edition.amendments_html() if edition else "",
        note_placement=note_placement,
        never_published=never_published,
    )
