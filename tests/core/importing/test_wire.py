"""Plain wire copy: the project's wire story against its expectations, other agencies' shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.importing import read_file, read_text
from app.core.importing.assemble import paragraph_count
from app.core.importing.wire import read_wire
from app.core.model import Credit, CreditRole, Dateline

R = CreditRole


def test_wire_story_matches_expectations(wire_story: Path, wire_expected: dict) -> None:
    expected = wire_expected
    result = read_file(wire_story)
    draft = result.draft
    assert result.kind == "wire"
    assert draft.headline == expected["headline"]
    assert draft.dateline == Dateline.from_json(expected["dateline"])
    assert list(draft.subheads) == expected["subheads"]
    assert paragraph_count(draft) == expected["body_paragraphs"]
    assert list(draft.removed) == expected["stripped_boilerplate"]
    assert list(result.removed) == expected["stripped_boilerplate"]
    assert draft.desk_tag == expected["desk_tag"]
    got = [c.to_json() for c in draft.credits]
    want = [{"email": None, "organisation": None, **c} for c in expected["credits"]]
    assert got == want
    assert "ravimenon@harbourdesk.example" in draft.contact_emails
    assert draft.sign_off == "Edited by: Ravi Menon"
    for leftover in ("Reporting by", "Edited by", "@", "cookies", expected["desk_tag"]):
        assert leftover not in draft.body
    for subhead in expected["subheads"]:
        assert f"## {subhead}" in draft.body


REUTERS_STYLE = """\
Harbour strike halts grain exports for a second day

ROTTERDAM, Nov 18 (Reuters) - Dock workers extended a strike on Tuesday, a union spokesman said.

Ship agents said 14 vessels were waiting offshore.

NO DEAL IN SIGHT

Talks are due to resume on Thursday.

(Reporting by Anke Vos in Rotterdam; Additional reporting by Ruben Claes in Antwerp; Editing by \
Lena Maier)
"""


def test_reuters_style_copy() -> None:
    draft = read_text(REUTERS_STYLE).draft
    assert draft.headline == "Harbour strike halts grain exports for a second day"
    assert draft.dateline == Dateline("ROTTERDAM", "Nov 18", "Reuters")
    assert draft.body.startswith("Dock workers extended a strike")
    assert draft.subheads == ("NO DEAL IN SIGHT",)
    assert paragraph_count(draft) == 3
    assert draft.credits == (
        Credit(R.REPORTING, "Anke Vos", "Rotterdam"),
        Credit(R.ADDITIONAL_REPORTING, "Ruben Claes", "Antwerp"),
        Credit(R.EDITING, "Lena Maier"),
    )
    assert "Reporting" not in draft.body


AP_STYLE = """\
Wildfire forces evacuations near mountain town
By Carla Ruiz and Dev Patel

BOULDER, Colo. (AP) — Thousands of residents fled on Monday as a wildfire spread.

“We left with nothing,” said Mary Olsen, 71.

___

Associated Press writers Lena Fox in Denver and Sam Ito in Phoenix contributed to this report.
"""


def test_ap_style_copy() -> None:
    draft = read_text(AP_STYLE).draft
    assert draft.headline == "Wildfire forces evacuations near mountain town"
    assert draft.dateline == Dateline("BOULDER, Colo.", None, "AP")
    assert draft.credits == (
        Credit(R.BYLINE, "Carla Ruiz"),
        Credit(R.BYLINE, "Dev Patel"),
        # the sign-off's title says whom they work for
        Credit(R.ADDITIONAL_REPORTING, "Lena Fox", "Denver", organisation="Associated Press"),
        Credit(R.ADDITIONAL_REPORTING, "Sam Ito", "Phoenix", organisation="Associated Press"),
    )
    assert paragraph_count(draft) == 2
    assert "___" in draft.removed
    assert "contributed" not in draft.body


AFP_STYLE = """\
Floods cut off villages in the north
By Marion LEBLANC / AFP

LYON (AFP) - Rivers burst their banks overnight.

Rescuers reached some villages by boat.

ml/jh
"""


def test_afp_style_copy_with_sign_off_code() -> None:
    draft = read_text(AFP_STYLE).draft
    # the agency after the slash is kept when her surname in capitals is put in proper case
    assert draft.credits == (Credit(R.BYLINE, "Marion Leblanc", organisation="AFP"),)
    assert draft.dateline == Dateline("LYON", None, "AFP")
    assert draft.sign_off == "ml/jh"
    assert "ml/jh" not in draft.body


BLOOMBERG_STYLE = """\
Chipmaker shares surge on record orders

NEW YORK, March 3, 2024 (Bloomberg) -- Shares of the chipmaker rose 9% on Tuesday.

Analysts raised their targets.

--With assistance from Ola Berg and Mei Chen.

To contact the reporter on this story:
Tom Hale in New York at thale@example.net
"""


def test_bloomberg_style_copy() -> None:
    draft = read_text(BLOOMBERG_STYLE).draft
    assert draft.dateline == Dateline("NEW YORK", "March 3, 2024", "Bloomberg")
    assert Credit(R.ADDITIONAL_REPORTING, "Ola Berg") in draft.credits
    assert Credit(R.ADDITIONAL_REPORTING, "Mei Chen") in draft.credits
    # The contact note names the story's writer: a byline, so it merges with a "By" line.
    assert Credit(R.BYLINE, "Tom Hale", "New York", "thale@example.net") in draft.credits
    assert (
        draft.body
        == "Shares of the chipmaker rose 9% on Tuesday.\n\nAnalysts raised their targets."
    )


HARD_WRAPPED = """\
Council approves new budget

LEEDS -- The city council approved its budget on
Wednesday after a five-hour debate, officials said.

Opposition members walked out before the final vote,
saying the cuts went too far.

Reporting by Ivy Chan
"""


def test_hard_wrapped_copy_is_rejoined() -> None:
    draft = read_text(HARD_WRAPPED).draft
    assert draft.dateline == Dateline("LEEDS", None, None)
    assert draft.body.split("\n\n") == [
        "The city council approved its budget on Wednesday after a five-hour debate, officials "
        "said.",
        "Opposition members walked out before the final vote, saying the cuts went too far.",
    ]
    assert draft.credits == (Credit(R.REPORTING, "Ivy Chan"),)


BOILERPLATE = """\
Museum reopens after two-year renovation

The museum reopened on Saturday with a new wing.

Read More: Ten museums to visit this summer

Visitors queued from early morning.

Share this article

Subscribe to our newsletter for daily updates

Click here to see the photo gallery

Copyright 2024 Example Media. All rights reserved.

We use cookies to give you the best experience. Accept all
"""


def test_web_boilerplate_is_removed_and_listed() -> None:
    result = read_text(BOILERPLATE)
    draft = result.draft
    assert draft.body == (
        "The museum reopened on Saturday with a new wing.\n\nVisitors queued from early morning."
    )
    assert len(draft.removed) == 6
    assert draft.removed[0] == "Read More: Ten museums to visit this summer"


def test_short_last_line_without_credits_stays_in_the_body() -> None:
    draft = read_text("Headline here\n\nFirst paragraph.\n\nThe end of it all").draft
    assert draft.desk_tag is None
    assert draft.body.endswith("The end of it all")


def test_paragraph_before_the_dateline_is_the_dek() -> None:
    text = "Big headline\n\nA short summary of the story\n\nPARIS (AFP) - The story starts."
    draft = read_text(text).draft
    assert draft.dek == "A short summary of the story"
    assert draft.body == "The story starts."


def test_quoted_line_that_is_a_sentence_is_not_a_subhead() -> None:
    draft = read_text("Head\n\nBody one.\n\n“We will fight.”\n\n“A NEW ERA”\n\nBody two.").draft
    assert draft.subheads == ("“A NEW ERA”",)


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = "Headline\nFirst paragraph is here.\nSecond paragraph is here.\nBy the way, a third."
    draft = read_wire(text).draft
    assert paragraph_count(draft) == 3
    assert draft.credits == ()


def test_first_line_with_dateline_is_not_a_headline() -> None:
    result = read_text("LONDON (Reuters) - A story without a headline.")
    assert result.draft.headline == ""
    assert result.draft.dateline == Dateline("LONDON", None, "Reuters")
    assert any("headline" in w.lower() for w in result.warnings)


def test_agency_line_under_the_byline() -> None:
    text = "Rates held\nBy Ana Lima\nReuters\n\nLONDON (Reuters) - The bank held rates.\n"
    draft = read_text(text).draft
    assert draft.credits == (Credit(R.BYLINE, "Ana Lima"),)
    assert draft.dek == ""
    assert draft.dateline == Dateline("LONDON", None, "Reuters")
    assert draft.body == "The bank held rates."
    assert draft.removed == ("Reuters",)


LEDE = (
    "The harbour board voted on Tuesday night to close the old ferry slip at Kettle Point "
    "for good, ending a crossing that islanders have used for ninety years."
)


def test_a_long_first_sentence_is_the_lede_not_the_headline() -> None:
    result = read_text(f"{LEDE}\n\nThe vote was five to two.")
    assert result.draft.headline == ""
    assert result.draft.body.startswith("The harbour board voted")
    assert paragraph_count(result.draft) == 2
    assert any("headline" in w.lower() for w in result.warnings)


def test_a_long_first_line_without_a_full_stop_is_still_the_headline() -> None:
    headline = LEDE.rstrip(".").replace(", ending", " in a vote that ends")
    draft = read_text(f"{headline}\n\nThe vote was five to two.").draft
    assert draft.headline == headline
    assert draft.body == "The vote was five to two."


def test_a_short_first_line_ending_in_a_full_stop_is_the_headline() -> None:
    draft = read_text("Harbour board shuts ferry slip.\n\nThe vote was five to two.").draft
    assert draft.headline == "Harbour board shuts ferry slip."


_FERRY_BODY = (
    "VALMORA - Ferry fares will rise next month, the harbour board said.\n\n"
    "The board said fuel costs had doubled.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "Nell Varga Published 3 May 2026",  # the page's stamp vouches for the bare name
        "di Nell Varga",  # an Italian byline
        "by Nell Varga 44 views",  # a blog's view counter after the byline
    ],
)
def test_a_byline_vouched_by_its_stamp_or_cue_is_credited_and_the_body_kept(byline: str) -> None:
    draft = read_text(f"Harbour ferry fares to rise\n\n{byline}\n\n{_FERRY_BODY}").draft
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert draft.body == (
        "Ferry fares will rise next month, the harbour board said.\n\n"
        "The board said fuel costs had doubled."
    )


def test_a_sentence_with_a_name_and_a_date_stays_in_the_body() -> None:
    text = (
        "Harbour ferry fares to rise\n\nFerry fares will rise next month, the board said.\n\n"
        "Nell Varga published her first novel in May 2019\n\nThe board said costs doubled.\n"
    )
    draft = read_text(text).draft
    assert draft.credits == ()
    assert "Nell Varga published her first novel in May 2019" in draft.body


# A byline that names no one, at the foot of a hard-wrapped paragraph (no blank line before it).
_STAFF_UNDER_WRAPPED = """\
Harbour council funds a second ferry

The council voted on Tuesday to fund a second ferry for the
harbour crossing, officials said after a long meeting at the hall.
{byline}

The ferry will sail from the spring, the harbour master said today.
"""


@pytest.mark.parametrize("byline", ["By Staff", "BY STAFF", "By Our Foreign Staff"])
def test_a_byline_naming_no_one_is_taken_out_of_hard_wrapped_copy_and_reported(
    byline: str,
) -> None:
    result = read_text(_STAFF_UNDER_WRAPPED.format(byline=byline))
    body = result.draft.body
    assert byline not in body
    assert body.split("\n\n")[0].endswith("officials said after a long meeting at the hall.")
    assert any(byline.removeprefix("By ").removeprefix("BY ") in w for w in result.warnings)


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        ("By Ana Lima, for Reuters", [Credit(R.BYLINE, "Ana Lima", organisation="Reuters")]),
        (
            "Contributing: Ana Lima, For The Harbour Times; Tom Ray, Bergen",
            [
                Credit(R.ADDITIONAL_REPORTING, "Ana Lima", organisation="The Harbour Times"),
                Credit(R.ADDITIONAL_REPORTING, "Tom Ray", "Bergen"),
            ],
        ),
        (
            "For The Harbour Times: Ana Lima",
            [Credit(R.BYLINE, "Ana Lima", organisation="The Harbour Times")],
        ),
        ("By Ana Lima, Freelance Journalist", [Credit(R.BYLINE, "Ana Lima")]),
    ],
)
def test_a_byline_with_a_for_cue_or_a_freelance_title_is_credited_whole(
    byline: str, credits: list[Credit]
) -> None:
    """Round 30: the "for" / "Special to" cue and a freelance's title. The importer asks each
    short line as loose text, where these read nothing (the writer was lost), credited "Freelance
    Journalist", or kept the cue in the outlet and put both contributors in Bergen."""
    text = (
        f"Harbour strike halts grain exports\n\n{byline}\n\n"
        "OSLO, Nov 18 (Reuters) - Dock workers extended a strike on Tuesday,\n"
        "a union spokesman said.\n"
    )
    draft = read_wire(text).draft
    assert list(draft.credits) == credits
    assert byline not in draft.body
