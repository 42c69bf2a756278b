"""A stringer's byline with the dateline's colon run on, and a picture the story's source
supplied. Every name and place here is invented."""

from __future__ import annotations

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def test_a_byline_with_the_datelines_colon_run_on_credits_the_writer() -> None:
    for line in ("By Orla Fenwick, IANS, Dunmore :", "By Orla Fenwick, Reuters, Dunmore:"):
        found = read_credit_line(line)
        assert [(c.role, c.name, c.location) for c in found.credits] == [
            (R.BYLINE, "Orla Fenwick", "Dunmore")
        ], line
    assert [c.name for c in read_credit_line("By Orla Fenwick :").credits] == ["Orla Fenwick"]
    # before the dateline's colon the last part is the town, never a second writer
    found = read_credit_line("By Orla Fenwick, Dunmore :")
    assert [(c.name, c.location) for c in found.credits] == [("Orla Fenwick", "Dunmore")]
    found = read_credit_line("By Orla Fenwick, Reuters :")
    assert [(c.name, c.location) for c in found.credits] == [("Orla Fenwick", None)]


def test_a_sentence_opening_with_by_and_ending_in_a_colon_credits_no_one() -> None:
    assert read_credit_line("By contrast, the council said:").credits == []
    assert read_credit_line("By then the new fares were:").credits == []


def test_a_picture_by_special_arrangement_credits_no_one() -> None:
    assert read_credit_line("Photo: Special Arrangement").credits == []
    assert read_credit_line("(Photo: Special Arrangement)").credits == []
    # a named photographer is still credited
    found = read_credit_line("Photo: Orla Fenwick")
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Orla Fenwick")]


def test_a_supplied_picture_credits_no_one() -> None:
    """Papers print "Photo: Supplied" for a picture the story's subject handed in: no one to credit,
    and a caption ending so keeps no photographer called "Supplied"."""
    assert read_credit_line("Photo: Supplied").credits == []
    assert read_credit_line("Picture: Supplied image").credits == []
    caption = read_credit_line("The under-12 side after their final on Saturday. Photo: Supplied")
    assert caption.credits == []
