"""document.dateline_parts: the dateline's line, and where the HTML sets its place apart."""

from __future__ import annotations

import pytest

from app.core.exporting.document import DatelineParts, dateline_parts
from app.core.model import Credit, CreditRole, Dateline


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (
            Dateline("KORRAPUR", "Nov 3", "Reuters"),
            DatelineParts("KORRAPUR, Nov 3 (Reuters)", "KORRAPUR", "KORRAPUR", ", Nov 3 (Reuters)"),
        ),
        # no date: the agency follows the place with no comma
        (Dateline("LEEDS", None, "PA"), DatelineParts("LEEDS (PA)", "LEEDS", "LEEDS", " (PA)")),
        # an agency alone: no place to set apart, the whole line as written
        (Dateline(None, None, "AFP"), DatelineParts("(AFP)", "", "", "(AFP)")),
    ],
    ids=["place-date-agency", "no-date", "agency-only"],
)
def test_the_place_leads_and_the_rest_follows_as_written(
    dateline: Dateline, expected: DatelineParts
) -> None:
    assert dateline_parts(dateline) == expected


def test_a_place_typesetting_changed_is_not_cut_from_the_line() -> None:
    """ "O'HARE" typeset with a curly apostrophe no longer opens the line as stored: the whole
    line is printed as one, rather than split at a wrong offset."""
    parts = dateline_parts(Dateline("O'HARE", "May 2"))
    assert parts == DatelineParts("O’HARE, May 2", "O'HARE", "", "O’HARE, May 2")
    assert parts.lead + parts.rest == parts.text


@pytest.mark.parametrize("dateline", [None, Dateline(), Dateline("", "", "")])
def test_no_dateline_gives_empty_parts(dateline: Dateline | None) -> None:
    assert dateline_parts(dateline) == DatelineParts("", "", "", "")


CREDITS = (Credit(CreditRole.REPORTING, "Ida Marrow"),)
"""A credit, so that publishing passes the export gate (which refuses a story with none)."""


def test_a_page_of_a_story_never_published_says_so(desk, tmp_path) -> None:
    """Round 28: a draft's page read "Published <its creation time>"; it says it is not
    published yet, and a published story's page says when it went out."""
    from app.core.exporting import service
    from app.core.model import Story, StoryStatus

    story = desk.create_story(
        Story(headline="Harbour works", body="The pier reopened.\n", credits=CREDITS),
        analyse=False,
    )
    draft = service.render_preview(desk, desk.get_story(story.id), "fragment")
    assert "Not published yet" in draft and "Published" not in draft
    desk.set_status(story.id, StoryStatus.READY)
    desk.set_status(story.id, StoryStatus.PUBLISHED)
    page = service.render_preview(desk, desk.get_story(story.id), "fragment")
    assert "Published <time" in page and "Not published" not in page


def test_a_draft_page_claims_no_publication_time_to_machines(desk) -> None:
    """Round 29: the page's visible line said "Not published yet", but its JSON-LD still gave
    `datePublished` and its Open Graph head `article:published_time` (the creation time), which
    search engines and social cards read as the day it went out. A published story keeps both."""
    import json
    import re

    from app.core.exporting import service
    from app.core.model import Story, StoryStatus

    story = desk.create_story(
        Story(headline="Harbour works", body="The pier reopened.\n", credits=CREDITS),
        analyse=False,
    )

    def head(page: str) -> tuple[dict, bool]:
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        return json.loads(block.group(1)), "article:published_time" in page

    data, og = head(service.render_preview(desk, desk.get_story(story.id), "html"))
    assert "datePublished" not in data and data["dateCreated"] and not og
    desk.set_status(story.id, StoryStatus.READY)
    desk.set_status(story.id, StoryStatus.PUBLISHED)
    data, og = head(service.render_preview(desk, desk.get_story(story.id), "html"))
    assert data["datePublished"] and "dateCreated" not in data and og
