"""Corrected, updated and killed stories as they leave the desk: pages, ninjs, text, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core import config
from app.core.errors import BlockedError, NotFoundError
from app.core.exporting import service
from app.core.model import Source, StoryStatus
from tests.core.exporting.helpers import executable_content, parse_html
from tests.core.exporting.test_html_export import nu_messages
from tests.core.exporting.test_ninjs import _errors, validator  # noqa: F401  (a fixture)

NOTE = "An earlier version of this story gave the wrong day of the vote."


@pytest.fixture
def corrected(desk, make_story):
    """Published, corrected (Tuesday -> Monday), published again."""
    story = make_story()
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    reopened = desk.correct(story.slug, NOTE)
    desk.save_story(reopened.with_changes(body=reopened.body.replace("Tuesday", "Monday")))
    return desk.set_status(story.slug, StoryStatus.PUBLISHED)


def _page(desk, slug: str, folder: Path, **kwargs) -> tuple[Path, str]:
    outcome = service.export_story(desk, slug, "html", folder, **kwargs)
    assert outcome.path is not None
    return outcome.path, outcome.content


def test_both_publications_export_and_only_the_second_carries_the_note(
    desk, corrected, tmp_path: Path
) -> None:
    first_path, first = _page(desk, corrected.slug, tmp_path, publication=1)
    second_path, second = _page(desk, corrected.slug, tmp_path, publication=2)
    assert first_path != second_path  # an old publication never overwrites another file
    one, two = parse_html(first), parse_html(second)
    assert "Tuesday" in one.all_text and "Correction" not in one.all_text
    assert "Monday" in two.all_text and "Tuesday" not in two.all_text
    assert len([p for p in two.find("p") if p.get("class") == "amendment correction"]) == 1
    assert "Correction: " + NOTE.replace("'", "’") in " ".join(two.all_text.split())
    [ld1], [ld2] = one.jsonld(), two.jsonld()
    assert "correction" not in ld1
    assert ld2["correction"] == [
        {"@type": "CorrectionComment", "text": NOTE, "datePublished": ld2["dateModified"]}
    ]
    assert ld2["datePublished"] == ld1["datePublished"]
    assert ld2["dateModified"] >= ld1["dateModified"]
    assert executable_content(second, page=True) == []


def test_the_note_is_placed_as_the_house_style_says(desk, corrected) -> None:
    def where(style: str) -> str:
        text = service.export_story(desk, corrected.slug, "text", style=style).content
        parts = [p for p in text.split("\n\n") if p.strip()]
        index = next(i for i, p in enumerate(parts) if p.startswith("Correction:"))
        return "top" if index < parts.index("The vote was 7-2.") else "end"

    assert where("reuters") == "end" and where("list") == "end"
    assert where("ap") == "top"
    prefs = config.Preferences.load()
    prefs.note_placement = "top"
    prefs.save()
    assert where("reuters") == "top"


def test_nu_checker_finds_no_error_in_either_page_or_the_kill_notice(
    desk, corrected, tmp_path: Path
) -> None:
    pages = [_page(desk, corrected.slug, tmp_path / "v1", publication=1)[0],
             _page(desk, corrected.slug, tmp_path / "v2", publication=2)[0]]  # fmt: skip
    desk.kill(corrected.slug, "Legal asked us to withdraw the story.")
    pages.append(_page(desk, corrected.slug, tmp_path / "kill")[0])
    for page in pages:
        messages = nu_messages(page)
        assert [m for m in messages if m.get("type") == "error"] == [], page


def test_ninjs_of_every_publication_validates(desk, corrected, validator) -> None:  # noqa: F811
    items = [json.loads(service.export_story(desk, corrected.slug, "ninjs", publication=n)
                        .content) for n in (1, 2)]  # fmt: skip
    current = json.loads(service.export_story(desk, corrected.slug, "ninjs").content)
    desk.kill(corrected.slug, "Legal asked us to withdraw the story.")
    kill = json.loads(service.export_story(desk, corrected.slug, "ninjs").content)
    for item in (*items, current, kill):
        assert _errors(validator, item) == []
    first, second = items
    assert (first["version"], second["version"], current["version"]) == ("1", "2", "2")
    assert second["versionCreated"] >= first["versionCreated"]
    assert first["firstCreated"] == second["firstCreated"]
    assert {"role": "correction", "contentType": "text/plain", "value": NOTE} in \
        second["descriptions"]  # fmt: skip
    assert not any(d["role"] == "correction" for d in first["descriptions"])
    assert "Correction:" in second["bodies"][0]["value"]
    assert (kill["pubStatus"], kill["version"], kill["uri"]) == ("canceled", "3", first["uri"])


def test_an_update_is_labelled_update(desk, make_story) -> None:
    story = make_story()
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    desk.update(story.slug, "Adds the mayor's reaction.")
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    page = parse_html(service.export_story(desk, story.slug, "html").content)
    assert "Update: Adds the mayor’s reaction." in " ".join(page.all_text.split())
    assert "correction" not in page.jsonld()[0]
    item = json.loads(service.export_story(desk, story.slug, "ninjs").content)
    assert {"role": "update", "contentType": "text/plain",
            "value": "Adds the mayor's reaction."} in item["descriptions"]  # fmt: skip


@pytest.mark.parametrize("fmt", service.FORMATS)
def test_a_killed_story_exports_its_kill_notice_never_its_text(
    desk, corrected, fmt, tmp_path: Path
) -> None:
    desk.kill(corrected.slug, "The council disputes the vote count.")
    for publication in (None, 1, 2, 3):
        outcome = service.export_story(desk, corrected.slug, fmt, tmp_path,
                                       publication=publication)  # fmt: skip
        content = outcome.content
        assert outcome.killed and outcome.publication == 3
        for old in ("Council approves budget", "The vote was 7-2", "Ana Ortiz", NOTE):
            assert old not in content
        assert "withdrawn" in content and "The council disputes the vote count." in content
    with pytest.raises(NotFoundError):
        service.export_story(desk, corrected.slug, fmt, publication=4)


def test_a_source_made_confidential_after_publication_blocks_the_old_text(
    desk, make_story, tmp_path: Path
) -> None:
    story = make_story(body="Olena Kravets, a clerk, said the vote was 7-2.")
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    desk.correct(story.slug, "Removes a name at the source's request.")
    reopened = desk.get_story(story.slug)
    desk.save_story(reopened.with_changes(body="A clerk said the vote was 7-2."))
    desk.add_source(story.slug, Source("Olena Kravets", confidential=True))
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    with pytest.raises(BlockedError, match="confidential"):
        service.export_story(desk, story.slug, "html", tmp_path / "old.html", publication=1)
    assert not (tmp_path / "old.html").exists()
    assert "Kravets" not in service.export_story(desk, story.slug, "html", publication=2).content


def test_export_records_say_which_publication_went_out(desk, corrected, tmp_path: Path) -> None:
    from app.core.store.exports import ExportRepository

    service.export_story(desk, corrected.slug, "html", tmp_path / "a", publication=1)
    service.export_story(desk, corrected.slug, "ninjs", tmp_path / "b")
    with desk.store.session(write=False) as session:
        records = ExportRepository(session).list(corrected.id)
    assert [r.publication for r in records] == [1, 2]
