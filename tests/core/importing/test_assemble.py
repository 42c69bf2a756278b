"""What the shared assembler does with credit lines met in an imported story: a part it could
not read is reported, and one person credited twice in one role is one credit. Every story,
name and address here is invented for these tests."""

from __future__ import annotations

from app.core.importing.detect import read_text
from app.core.model import Credit, CreditRole

R = CreditRole


def test_an_unreadable_part_of_a_credit_line_is_reported_and_the_rest_kept() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "DUNMORE (Reuters) - Ferry fares will rise by a fifth next month, the operator said.\n\n"
        "Passenger groups said the rise was too steep.\n\n"
        "Reporting by Orla Fenwick in Dunmore and Teo Brandt in Leeds; Editing by ##!! 42"
    )
    result = read_text(story)
    assert [(c.role, c.name, c.location) for c in result.draft.credits] == [
        (R.REPORTING, "Orla Fenwick", "Dunmore"),
        (R.REPORTING, "Teo Brandt", "Leeds"),
    ]
    assert any("##!! 42" in warning for warning in result.warnings)


def test_a_writer_named_at_the_top_and_in_the_contact_note_is_one_credit() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Orla Fenwick and Teo Brandt, The Dunmore Ledger\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "Passenger groups said the rise was too steep.\n\n"
        "Orla Fenwick is the Ledger's transport reporter. Contact her at orla@dunmore.example."
    )
    credits = read_text(story).draft.credits
    assert credits == (
        Credit(R.BYLINE, "Orla Fenwick", None, "orla@dunmore.example", "The Dunmore Ledger"),
        Credit(R.BYLINE, "Teo Brandt", None, None, "The Dunmore Ledger"),
    )


def test_an_italic_end_note_is_read_as_credits() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Orla Fenwick\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "*Teo Brandt contributed reporting from Lisbon; Ines Calloway from Turin.*"
    )
    draft = read_text(story).draft
    assert [(c.role, c.name, c.location) for c in draft.credits] == [
        (R.BYLINE, "Orla Fenwick", None),
        (R.ADDITIONAL_REPORTING, "Teo Brandt", "Lisbon"),
        (R.ADDITIONAL_REPORTING, "Ines Calloway", "Turin"),
    ]
    assert "contributed" not in draft.body


def test_a_section_path_above_the_headline_is_not_the_headline() -> None:
    # Before, a page's section path copied with the article became the story's headline.
    story = (
        "Sport | Match report\n\n"
        "Harwick 2-0 Dunmore: Osei double sends Harwick top\n\n"
        "By Orla Fenwick at Mill Lane\n\n"
        "Kofi Osei scored twice as Harwick went top of the table on Saturday.\n\n"
        "“We were patient,” the manager, Teo Brandt, said."
    )
    result = read_text(story)
    assert result.draft.headline == "Harwick 2-0 Dunmore: Osei double sends Harwick top"
    assert "Sport | Match report" in result.draft.removed
    assert "Sport | Match report" not in result.draft.body


def test_a_region_line_and_a_live_label_above_the_headline_both_go() -> None:
    story = (
        "Harwickshire\n\nLIVE\n\n"
        "Fire at Dunmore depot: crews still at the scene\n\n"
        "Crews were still damping down the depot on Tuesday evening, the fire service said."
    )
    result = read_text(story)
    assert result.draft.headline == "Fire at Dunmore depot: crews still at the scene"
    assert result.draft.removed[:2] == ("Harwickshire", "LIVE")


def test_a_short_capitals_headline_above_its_lede_stays_the_headline() -> None:
    # Two words in capitals may be a wire headline; one word above a lede is kept too, since
    # the line after it does not read as a headline.
    for headline in ("MARKETS RALLY", "OBITUARY"):
        story = (
            f"{headline}\n\n"
            "Shares in Dunmore rose on Monday as investors bet the rate rise was the last.\n\n"
            "“It is a relief,” said Orla Fenwick, a trader at Harwick Securities."
        )
        assert read_text(story).draft.headline == headline


def test_a_dateline_on_its_own_paragraph_becomes_the_story_dateline() -> None:
    story = (
        "Harbour board delays vote on ferry fares\n\nChicago, May 20\n\n"
        "The board voted on Tuesday to delay the fare rise.\n\nTalks resume next week.\n"
    )
    draft = read_text(story).draft
    assert draft.dateline is not None
    assert (draft.dateline.place, draft.dateline.date) == ("Chicago", "May 20")
    assert draft.headline == "Harbour board delays vote on ferry fares"
    assert "Chicago, May 20" not in draft.body


def test_a_release_label_with_its_date_stays_in_the_body() -> None:
    """ "FOR IMMEDIATE RELEASE, May 20" over a press release names no place: the line stays
    the story's and no dateline is made of it."""
    story = (
        "Harbour Council opens new library\n\nFOR IMMEDIATE RELEASE, May 20, 2024\n\n"
        "The Harbour Council opened its new library on Monday.\n\nIt cost four million.\n"
    )
    draft = read_text(story).draft
    assert draft.dateline is None
    assert "FOR IMMEDIATE RELEASE, May 20, 2024" in draft.body


def test_a_caption_with_its_picture_credit_at_the_end_stays_in_the_body() -> None:
    caption = "Ferry crews tie up at the Dunmore pier on May 3, 2026. (AP Photo/Ivo Brandt)"
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Orla Fenwick\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        f"{caption}\n\n"
        "Passenger groups said the rise was too steep."
    )
    draft = read_text(story).draft
    assert [(c.role, c.name) for c in draft.credits] == [
        (R.BYLINE, "Orla Fenwick"),
        (R.PHOTO, "Ivo Brandt"),
    ]
    assert caption in draft.body


def test_a_paragraph_ending_on_a_sentence_about_a_byline_credits_no_one() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "The board met on Tuesday. Photo opportunities were few.\n\n"
        "Passenger groups said the rise was too steep."
    )
    draft = read_text(story).draft
    assert draft.credits == ()
    assert "Photo opportunities were few." in draft.body


def test_a_repeated_credit_keeps_the_organisation_either_copy_names() -> None:
    """Page metadata names the writer, the credit line names her agency too: one credit, with
    the agency (it was dropped when the two were merged)."""
    from app.core.importing.assemble import merge_credits

    with_agency = Credit(R.BYLINE, "Ana Lima", "Orvel", organisation="AFP")
    assert merge_credits([Credit(R.BYLINE, "Ana Lima"), with_agency]) == (with_agency,)


def test_an_interview_and_translation_credit_is_read_not_left_in_the_body() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "Passenger groups said the rise was too steep.\n\n"
        "Interviews by Orla Fenwick; translation by Teo Brandt"
    )
    result = read_text(story)
    assert [(c.role, c.name) for c in result.draft.credits] == [
        (R.INTERVIEWS, "Orla Fenwick"),
        (R.TRANSLATION, "Teo Brandt"),
    ]
    assert "Interviews by" not in result.draft.body


def test_a_staff_byline_is_reported_not_lost() -> None:
    """ "By Staff" names no one the reader can credit (no outlet is named): it is taken out of
    the body like any byline, and the editor is told it could not be read."""
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Staff\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "Passenger groups said the rise was too steep."
    )
    result = read_text(story)
    assert result.draft.credits == ()
    assert "By Staff" not in result.draft.body
    assert any("“Staff”" in warning for warning in result.warnings)
