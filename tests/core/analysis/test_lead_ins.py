"""A paragraph that introduces the quote opening the next one (lead_ins.py): who speaks."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "Police chief Mara Dunn said officers were at the scene.\n"
            "The chief had opened the news conference with a prepared statement:",
            "Mara Dunn",
        ),
        ("Judge Ana Ruiz heard the case on Monday.\nThe judge was blunt:", "Ana Ruiz"),
        (
            "Tom Vell, the head coach, faced reporters.\nThe head coach began with a warning:",
            "Tom Vell",
        ),
    ],
)
def test_a_role_alone_introducing_the_next_paragraph_is_the_person_given_it(
    intro: str, speaker: str
) -> None:
    # Before, a description as the colon sentence's subject introduced no one, and the
    # statement under it had no speaker
    text = f"{intro}\n“Shortly after nine this morning, officers were called to the port.”"
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "intro",
    ["A neighbour was furious:", "The sign on the door was clear:", "The officials were blunt:"],
)
def test_a_description_that_is_no_role_alone_introduces_no_one(intro: str) -> None:
    text = f"Tom Vell, the mayor, opened the meeting.\n{intro}\n“Nobody asked us.”"
    assert analyze(text).quotes[-1].speaker is None


_DESCRIBED = "The mayor spoke for an hour.\n\n{para}\n\n{quote}"


@pytest.mark.parametrize(
    "para",
    [
        "Harbour nurse Tui Ngata was the first to stand and walk out of the hall.",
        "Lena Marsh, a nurse, stood up and left.",
    ],
)
def test_a_first_person_quote_after_a_paragraph_about_one_named_person(para: str) -> None:
    text = _DESCRIBED.format(para=para, quote='"I felt like he was lecturing us about our jobs."')
    (quote,) = analyze(text).quotes
    assert quote.speaker in ("Tui Ngata", "Lena Marsh")


@pytest.mark.parametrize(
    ("para", "quote"),
    [
        # two people named: nothing says whose the words are
        (
            "Lena Marsh and Tui Ngata stood and walked out of the hall.",
            '"I felt like he was lecturing us about our jobs."',
        ),
        (
            "Lena Marsh stood up as Tui Ngata walked out of the hall.",
            '"I felt like he was lecturing us about our jobs."',
        ),
        # no first person in the quote: it may be anyone's, a sign, a chant
        (
            "Lena Marsh was the first to stand and walk out of the hall.",
            '"Nurses deserve better pay and safer wards."',
        ),
    ],
)
def test_an_untagged_quote_that_ties_to_no_one_person_stays_no_ones(para: str, quote: str) -> None:
    (found,) = analyze(_DESCRIBED.format(para=para, quote=quote)).quotes
    assert found.speaker is None


_PRONOUN_PARA = (
    "The board met on Monday. Councillor Ana Ruiz spoke first.\n\n"
    "She also wanted the parents to know that the budget was tight.\n\n{quote}"
)


def test_a_first_person_quote_after_one_sentence_about_she() -> None:
    text = _PRONOUN_PARA.format(quote='"Please understand that I am not the enemy here."')
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # no first person in the quote
        _PRONOUN_PARA.format(quote='"Please understand that the budget is not endless."'),
        # the sentence about "she" names someone else too
        "The board met on Monday. Councillor Ana Ruiz spoke first.\n\n"
        "She also wanted Tom Vell to know that the budget was tight.\n\n"
        '"Please understand that I am not the enemy here."',
    ],
)
def test_a_quote_after_a_pronoun_sentence_needs_the_first_person_and_no_other_name(
    text: str,
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Statement from Dana Pell:", "Dana Pell"),
        ("Statement from Dana Pell, athletic director:", "Dana Pell"),
        ("A statement from the Harlow Rowing Club:", "Harlow Rowing Club"),
        ("Joint statement by Marrow County Council:", "Marrow County Council"),
        ("Full remarks from Mayor Dana Pell, as delivered:", "Dana Pell"),
        # a government media release's line naming whose quotes follow
        ("Quotes attributable to Minister for Harbours Dana Pell:", "Dana Pell"),
        ("Comments attributable to Calder Council CEO Dana Pell:", "Dana Pell"),
        ("Quotes attributable to Dana Pell, Member for Harbour Hill:", "Dana Pell"),
    ],
)
def test_a_statement_heading_names_the_speaker_of_the_quote_under_it(
    heading: str, speaker: str
) -> None:
    # Before, a heading with no verb introduced no one, and the statement under it, as press
    # releases and club pages print it, had no speaker
    text = (
        "Coach Lee Mills will leave the program after six seasons.\n"
        f"{heading}\n"
        "“We thank Coach Mills for six seasons of work. He leaves the program stronger.”\n"
        "“We will name a new coach by March.”"
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [speaker, speaker]


@pytest.mark.parametrize(
    "heading",
    [
        "Statement from Dana Pell's lawyer:",  # someone else's words
        "Quotes attributable to Dana Pell's office:",
        "Statement from the Harlow Rowing Club on the boathouse fire and what comes next:",
    ],
)
def test_a_heading_that_does_not_end_with_the_name_names_no_one(heading: str) -> None:
    text = f"{heading}\n“We thank the crews who fought the fire.”"
    assert analyze(text).quotes[0].speaker is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ANA RUIZ – HARBOUR MASTER, DELL", "TOM VELL – MAYOR"),
        ("Ana Ruiz, harbour master", "Tom Vell, mayor of Dell"),
    ],
)
def test_a_heading_of_a_name_and_a_role_gives_the_quotes_under_it_their_speaker(
    first: str, second: str
) -> None:
    # Before, the quote paragraphs of a reaction round-up had no speaker
    text = (
        "Reaction from the pier\n"
        "The harbour master and the mayor spoke after the pier reopened.\n"
        f"{first}\n"
        "“We finished the repairs in time. The crews were brilliant.”\n"
        "“I thought the divers did really well.”\n"
        f"{second}\n"
        "“We are extremely grateful.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == [
        "Ana Ruiz",
        "Ana Ruiz",
        "Tom Vell",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz, harbour master, at the pier on Monday.",  # a caption: a sentence
        "Ana Ruiz, Dell",  # no role
        "HARBOUR WORKS – STAGE TWO",  # no person
    ],
)
def test_a_line_that_is_no_speaker_heading_names_no_one(line: str) -> None:
    text = f"The pier reopened.\n{line}\n“We finished in time.”"
    assert analyze(text).quotes[0].speaker is None


@pytest.mark.parametrize(
    "heading", ["Tom Vell – Dell Harbour Minister", "TOM VELL – DELL HARBOUR MINISTER"]
)
def test_the_person_a_speaker_heading_names_is_the_one_a_later_surname_means(
    heading: str,
) -> None:
    # Before, a heading was read as a headline whose names the story gives again, and the
    # surname in the tag under it was given alone
    text = (
        "Ministers talk – Monday\n"
        f"{heading}\n"
        "The port will reopen next week, Vell told Radio Dell on Monday. "
        "“The crews have done the work,” Vell stated."
    )
    assert analyze(text).quotes[0].speaker == "Tom Vell"


@pytest.mark.parametrize(
    "intro",
    [
        "Dana Whitfield is the province's acting crop specialist.",
        "Dana Whitfield is Kestrel County's acting crop specialist.",
        "Dana Whitfield is a senior economist at Harbour Bank.",
        # the role in capitals, as a ministry writes it
        "Dana Whitfield is the province's Acting Crop Management Specialist.",
    ],
)
def test_a_sentence_introducing_a_person_by_role_gives_the_next_quote_to_them(intro: str) -> None:
    # radio and trade copy introduce the next voice so; before, a quote in the plural first
    # person ("we") after it had no speaker
    text = (
        "This week's crop report shows most of the harvest is in.\n\n"
        f"{intro}\n\n"
        "“For most growers in the south, we are waiting for the canola to dry down.”"
    )
    assert analyze(text).quotes[-1].speaker == "Dana Whitfield"


def test_a_sentence_of_what_a_person_did_still_wants_the_first_person_singular() -> None:
    text = (
        "This week's crop report shows most of the harvest is in.\n\n"
        "Dana Whitfield won the county vote in 2019.\n\n"
        "“For most growers in the south, we are waiting for the canola to dry down.”"
    )
    assert analyze(text).quotes[-1].speaker is None


@pytest.mark.parametrize(
    "quote",
    [
        "“She told us to plant early. We did not listen.”",
        "“He warned us in March. We should have listened to him.”",
    ],
)
def test_an_introduced_person_spoken_of_in_the_third_person_is_not_the_speaker(quote: str) -> None:
    # the quote paragraph speaks of the person just introduced ("she told us"), so it is the
    # previous speaker's, going on; before, the introduction gave it to the person it speaks of
    intro = (
        "Dana Whitfield is the province's crop specialist."
        if "She" in quote
        else "Tom Brandt is the province's crop specialist."
    )
    text = f"“The crop is ruined,” said farmer Ivo Marsh.\n\n{intro}\n\n{quote}"
    assert analyze(text).quotes[-1].speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "quote",
    [
        "“Without Tom we would have folded years ago.”",
        "“Vell has been here every week for sixty years.”",
    ],
)
def test_an_introduced_person_named_in_the_quote_is_not_its_speaker(quote: str) -> None:
    # the words speak of the man just introduced by his name, so they go on from the captain
    text = (
        f"“We won the cup,” said captain Ana Ruiz.\n\nTom Vell is the club's oldest fan.\n\n{quote}"
    )
    assert analyze(text).quotes[-1].speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "reported",
    [
        "Calder Homes had said it would reconsider, but the council could not make it",
        "Oren Dulak had said he would reconsider",
        "the builder had told her it would think again",
    ],
)
def test_a_person_reporting_what_another_said_goes_on_in_the_quote_after(reported: str) -> None:
    """ "Mara Tollan said Calder Homes had said ...": the paragraph reports Tollan's words."""
    text = (
        f"Mara Tollan, the council's planning manager, said {reported}.\n\n"
        "“The changes they made were all they would do.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Mara Tollan"]


def test_a_body_reporting_a_persons_words_hands_the_quote_to_the_person() -> None:
    text = "The council said Oren Dulak had said he would reconsider.\n\n“I will think again.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Oren Dulak"]


@pytest.mark.parametrize(
    "caption",
    [
        "Lina Hart, harbour master, on Monday",
        "Lina Hart, harbour master, pictured at the quay",
        "Lina Hart, harbour master (left) with Omar Bek",
    ],
)
def test_a_photo_caption_with_no_full_stop_names_no_speaker(caption: str) -> None:
    # a caption shaped like a speaker's heading (a name, a comma, a role) gave her the quote
    # paragraph under it; the time or the picture it speaks of shows it is a caption
    text = f"The port reopened.\n\n{caption}\n\n“Ships can move again and the channel is clear.”"
    assert [q.speaker for q in analyze(text).quotes] == [None]


@pytest.mark.parametrize(
    "heading", ["Lina Hart, harbour master", "Lina Hart – harbour master at Dell Port"]
)
def test_a_speaker_heading_still_names_the_quote_under_it(heading: str) -> None:
    text = f"The port reopened.\n\n{heading}\n\n“Ships can move again and the channel is clear.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Lina Hart"]


@pytest.mark.parametrize(
    "heading",
    [
        "Tom Vell, Sunday league coach",
        "Tom Vell, manager, Dellford Wednesday",
        "Mara Tollan, chair of the Monday Club",
        "Ivo Rask, host of Saturday Live",
        "Pia Lund, yesterday's winner and captain",
    ],
)
def test_a_weekday_inside_a_name_or_a_role_leaves_the_speaker_heading(heading: str) -> None:
    # a weekday or "yesterday" that is part of a club's, a show's or a league's name, or that
    # owns the role ("yesterday's winner"), says nothing of when a picture was taken
    text = f"The season is over.\n\n{heading}\n\n“We let the fans down and we know it.”"
    assert [q.speaker for q in analyze(text).quotes] == [heading.split(",")[0]]


@pytest.mark.parametrize(
    "caption",
    [
        "Lina Hart, harbour master, at the quay on Friday",
        "Lina Hart, harbour master, Friday",
        "Lina Hart, harbour master, last Friday with Omar Bek",
        "Lina Hart, harbour master, yesterday",
    ],
)
def test_a_caption_saying_when_names_no_speaker(caption: str) -> None:
    text = f"The port reopened.\n\n{caption}\n\n“Ships can move again and the channel is clear.”"
    assert [q.speaker for q in analyze(text).quotes] == [None]


def test_each_attributable_line_gives_the_quotes_under_it_their_own_speaker() -> None:
    text = (
        "The state will rebuild the northern wharves.\n"
        "Quotes attributable to Minister for Harbours Ana Ruiz:\n"
        "“This keeps our ports busy for thirty years.”\n"
        "“Local crews will build it.”\n"
        "Quotes attributable to Calder Council CEO Tom Vell:\n"
        "“We welcome the money.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz", "Ana Ruiz", "Tom Vell"]


def test_a_sentence_about_attributable_comments_is_no_heading() -> None:
    # near miss: the comments are the subject of a sentence whose speaker introduces the quote
    text = (
        "The comments attributable to Tom Vell drew anger, Mara Lind said:\n"
        "“He should apologise to every worker.”"
    )
    assert analyze(text).quotes[0].speaker == "Mara Lind"


@pytest.mark.parametrize(
    ("lead", "writer"),
    [
        ("Ruiz read aloud from an email one woman sent when the study ended:", "one woman"),
        ("Later, Ruiz read out a letter from a constituent, Margery Haddow:", "Margery Haddow"),
        ("Ruiz read out a letter from Margery Haddow, typed the night before.", "Margery Haddow"),
    ],
)
def test_words_read_out_are_the_writers_not_the_readers(lead: str, writer: str) -> None:
    """ "She read aloud from an email one woman sent:" then the email: the reader was given
    the words she read."""
    text = f"Dr Ana Ruiz led the study.\n\n{lead}\n\n“I made it to the cake, and then nothing.”"
    assert speaker_of(text, "made it to the cake") == writer


def test_a_reader_who_reads_no_document_keeps_her_words() -> None:
    text = (
        "Dr Ana Ruiz led the study.\n\nRuiz read the results twice before she believed them:\n\n"
        "“I made it to the cake, and then nothing.”"
    )
    assert speaker_of(text, "made it to the cake") == "Ana Ruiz"
