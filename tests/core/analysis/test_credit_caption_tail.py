"""A picture's credit run on at the end of its caption credits the photographer; the caption is
kept apart, so the line is no credit line. Every caption and name here is invented."""

from __future__ import annotations

from app.core.analysis.credits import is_credit_line, is_credit_paragraph, read_credit_line
from app.core.model import CreditRole

R = CreditRole


def test_a_wire_credit_after_the_caption_credits_the_photographer() -> None:
    line = "Crews tie up at the Dunmore pier on May 3, 2026. REUTERS/Ivo Brandt"
    found = read_credit_line(line)
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Ivo Brandt")]
    assert found.failed == ()
    assert found.caption == "Crews tie up at the Dunmore pier on May 3, 2026."


def test_a_bracketed_agency_photo_credit_after_the_caption() -> None:
    found = read_credit_line("Residents queue for water in Dunmore. (AP Photo/Ivo Brandt)")
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Ivo Brandt")]
    found = read_credit_line("Residents queue for water on Tuesday. Photo: Ivo Brandt")
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Ivo Brandt")]
    # house styles that set the credit after the caption: "(Photo/NAME)", "Image: NAME / SOURCE"
    found = read_credit_line("Students gather on the quad for the fair. (Photo/Ivo Brandt)")
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Ivo Brandt")]
    line = "The mayor speaks in Dunmore on 8 May 2026. Image: Ivo Brandt / Reuters"
    assert [(c.role, c.name) for c in read_credit_line(line).credits] == [(R.PHOTO, "Ivo Brandt")]


def test_a_caption_with_its_credit_is_no_credit_line() -> None:
    line = "Residents queue for water in Dunmore. (AP Photo/Ivo Brandt)"
    assert not is_credit_line(line)
    assert not is_credit_paragraph(line)


def test_prose_after_a_sentence_end_credits_no_one() -> None:
    for line in (
        "The board met on Tuesday. By then the fares had risen.",
        "The board met on Tuesday. Photo opportunities were few.",
        "The board met on Tuesday. REUTERS/File Photo",
        "The board met on Tuesday. By Orla Fenwick",  # a byline is no picture's credit
    ):
        assert read_credit_line(line).credits == [], line


def test_a_papers_own_photo_credit_after_the_caption() -> None:
    line = "Children play in the flooded park on Sunday. Courier photo: Ivo Brandt"
    assert [(c.role, c.name) for c in read_credit_line(line).credits] == [(R.PHOTO, "Ivo Brandt")]
    # the paper's mark with no name credits no one
    assert read_credit_line("Cars wade through water on Sunday. Courier photo").credits == []
    assert read_credit_line("The new clinic near the station. A Courier photograph").credits == []
