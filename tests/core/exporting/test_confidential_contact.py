"""A confidential source's contact details never leave, however the copy writes the number
(red team, round 29).

The output guard looked for the stored contact as written ("+48 600 100 200" with its
spaces): the same number written "600-100-200", "(+48) 600100200" or "+48 600-100-200" passed
`check` and every export. `check` did not look for contact details at all, so even the stored
spelling passed it, to be refused only at export without a spot; and the dateline's date and
a credit's organisation, place and e-mail were not read by `check` either.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app.core.errors import BlockedError, PublicationError
from app.core.exporting import confidential, service
from app.core.model import Credit, CreditRole, Dateline, Source, Story, StoryStatus

SECRET = Source(
    name="Irena Woźniczka",
    confidential=True,
    contact="+48 600 311 742; i.wozniczka@tenders.example",
    notes="Met at the station café on Sunday",
)

NUMBER_AS_COPY_WRITES_IT = [
    "+48 600 311 742",
    "600-311-742",
    "600311742",
    "(+48) 600 311 742",
    "+48 600-311-742",
    "+48.600.311.742",
    "6００ 311 742",  # full-width digits drawn like the others
]


def _story(body: str = "The tender was rigged.", **fields: object) -> Story:
    return Story(headline="Tender rigged", body=body, slug="tender", sources=(SECRET,), **fields)


@pytest.mark.parametrize("number", NUMBER_AS_COPY_WRITES_IT)
def test_the_gate_finds_the_number_at_its_spot(number: str) -> None:
    body = f"The tender was rigged. Call {number} for more."
    findings = confidential.find_names(_story(body))
    assert [f.code for f in findings] == [confidential.CODE]
    assert body[findings[0].start : findings[0].end].strip(" ()+") == number.strip(" ()+")


@pytest.mark.parametrize("number", NUMBER_AS_COPY_WRITES_IT)
def test_the_output_guard_refuses_the_number(number: str) -> None:
    for output in (f"<p>Call {number} for more.</p>", f"Call {number} for more.",
                   f'{{"body": "<p>Call {number}</p>"}}'):  # fmt: skip
        with pytest.raises(BlockedError):
            confidential.assert_clean(output, _story())


@pytest.mark.parametrize(
    "body",
    [
        "Write to i.wozniczka@tenders.example for the papers.",  # one part of the contact
        "Write to I.Wozniczka@Tenders.Example for the papers.",
        "They met at the station café on Sunday, she said.",  # the notes
    ],
)
def test_the_gate_finds_other_details_too(body: str) -> None:
    assert [f.code for f in confidential.find_names(_story(body))] == [confidential.CODE]


@pytest.mark.parametrize(
    "body",
    [
        "The tender was worth 600 million zloty; 311 firms bid and 742 jobs depend on it.",
        "Call the ministry on +48 22 555 0100 for comment.",
        "The budget rose to 6,003,117 zloty.",
    ],
)
def test_other_numbers_are_not_the_source(body: str) -> None:
    assert confidential.find_names(_story(body)) == []
    confidential.assert_clean(f"<p>{body}</p>", _story())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("dateline", Dateline("WARSAW", "Woźniczka", None)),
        ("credits", (Credit(CreditRole.REPORTING, "Ana Ortiz", organisation="Woźniczka Media"),)),
        ("credits", (Credit(CreditRole.REPORTING, "Ana Ortiz", location="Wozniczka"),)),
        ("credits", (Credit(CreditRole.REPORTING, "Ana Ortiz", email="wozniczka@x.example"),)),
    ],
)
def test_check_reads_every_field_the_export_prints(field: str, value: object) -> None:
    """Each of these was refused by the output guard at export while `check` passed."""
    findings = confidential.find_names(_story(**{field: value}))
    assert [f.code for f in findings] == [confidential.CODE]


def test_no_export_carries_a_reformatted_number(desk, make_story, tmp_path: Path) -> None:
    story = make_story(body="The tender was rigged. Call 600-311-742 for more.")
    desk.add_source(story.slug, SECRET)
    result = service.check_story(desk, story.slug)
    assert not result.overridable
    for fmt in service.FORMATS:
        with pytest.raises(BlockedError):
            service.export_story(desk, story.slug, fmt, tmp_path / f"x.{fmt}",
                                 override_reason="the editor insists")  # fmt: skip


def _published(desk, make_story) -> Story:
    story = make_story(body="The tender was rigged.")
    desk.add_source(story.slug, SECRET)
    return desk.set_status(story.slug, StoryStatus.PUBLISHED)


def test_a_kill_reason_or_correction_with_the_number_is_refused(desk, make_story) -> None:
    """Stored, such a note could never be exported (the guard refuses it) nor edited."""
    story = _published(desk, make_story)
    with pytest.raises(PublicationError):
        desk.correct(story.slug, "An earlier version gave a wrong number, 600 311 742.")
    with pytest.raises(PublicationError):
        desk.kill(story.slug, "Withdrawn: it printed 600-311-742 by mistake.")
    desk.kill(story.slug, "Withdrawn at the request of our lawyers.")


def test_a_note_written_before_the_source_was_confidential_is_redacted(
    desk, make_story, tmp_path: Path
) -> None:
    story = make_story(body="The tender was rigged.")
    desk.add_source(story.slug, replace(SECRET, confidential=False))
    desk.set_status(story.slug, StoryStatus.PUBLISHED)
    desk.kill(story.slug, "Withdrawn: it printed 600-311-742 by mistake.")
    desk.put_source(story.slug, SECRET.name, {"confidential": True})
    for fmt in service.FORMATS:
        out = service.export_story(desk, story.slug, fmt, tmp_path / f"k.{fmt}").content
        assert "311" not in out and "a confidential source" in out, fmt
