"""A definite description of a role ("the minister said") is the one person the story gave that
role: by a title before the name, an apposition or a copula; two holders are no one unless the
story is on one of them; a shadow, deputy or former holder is not the holder."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.role_holders import qualified_role, title_roles

_AFTER = "\n\nNell Prowse, a farmer, listened from the gallery.\n\n"


@pytest.mark.parametrize(
    ("intro", "tag", "speaker", "reason"),
    [
        (  # a title before the name
            "Transport Minister Ivo Strand opened the debate on Tuesday.",
            "“We will deliver,” the minister said.",
            "Ivo Strand",
            "the person described as minister",
        ),
        (  # an apposition
            "Ivo Strand, the minister, opened the debate on Tuesday.",
            "“We will deliver,” the minister said.",
            "Ivo Strand",
            "the person described as minister",
        ),
        (  # a copula
            "Ivo Strand is the club's striker. He scored twice on Saturday.",
            "“It was a team effort,” the striker said.",
            "Ivo Strand",
            "the person described as striker",
        ),
        (  # another word for the role
            "Ivo Strand, the chief executive, opened the meeting.",
            "“We will grow,” the boss said.",
            "Ivo Strand",
            "(boss: same role)",
        ),
    ],
)
def test_the_role_is_its_one_holder(intro: str, tag: str, speaker: str, reason: str) -> None:
    [quote] = analyze(intro + _AFTER + tag + "\n").quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and reason in quote.speaker_reason


def test_two_holders_are_no_one_and_the_reason_says_so() -> None:
    text = (
        "Striker Ivo Strand scored once. Striker Bram Oduya scored twice.\n\n"
        "The manager, Tess Lowry, praised both.\n\n"
        "“It was a team effort,” the striker said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "the striker"
    assert quote.speaker_reason is not None
    assert "two people hold the role of striker" in quote.speaker_reason


def test_a_word_of_one_holders_title_picks_them_out() -> None:
    text = (
        "Transport Minister Ivo Strand and Health Minister Tess Lowry met on Monday."
        + _AFTER
        + "“We will deliver,” the transport minister said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Strand"


def test_of_two_holders_the_one_the_story_came_back_to() -> None:
    text = (
        "Police Chief Tess Lowry said two people had died.\n\n"
        "“The dust is the danger,” said Fire Chief Bram Oduya.\n\n"
        "Lowry told reporters at city hall that the site was sealed. One reporter asked "
        "her about the owners: “Were they warned?”\n\n"
        "“I will not guess,” the chief replied.\n"
    )
    quotes = analyze(text).quotes
    assert quotes[-1].speaker == "Tess Lowry"
    assert quotes[-1].speaker_reason is not None
    assert "the one the story came back to" in quotes[-1].speaker_reason


@pytest.mark.parametrize(
    "other",
    [
        "The shadow transport minister, Tess Lowry, replied at length. She was scathing.",
        "Shadow Transport Secretary Tess Lowry replied at length. She was scathing.",
    ],
)
def test_a_shadow_holder_is_not_the_minister(other: str) -> None:
    text = (
        "Ivo Strand, the transport minister, opened the debate.\n\n"
        + other
        + "\n\n“We will deliver,” the minister said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Strand"


def test_a_shadow_secretary_alone_is_no_minister() -> None:
    text = (
        "The shadow transport secretary, Tess Lowry, rose to speak. She was scathing.\n\n"
        "Nell Prowse, a farmer, watched from the gallery. Bram Oduya, a driver, sat with her."
        "\n\n“We will deliver,” the minister said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker != "Tess Lowry"


def test_a_deputy_is_met_only_as_the_deputy() -> None:
    intro = (
        "Manager Ivo Strand was away.\n\nThe deputy manager, Bram Oduya, took the team. "
        "Oduya said little.\n\n"
    )
    [manager] = analyze(intro + "“We go again,” the manager said.\n").quotes
    assert manager.speaker == "Ivo Strand"
    [deputy] = analyze(intro + "“We go again,” the deputy manager said.\n").quotes
    assert deputy.speaker == "Bram Oduya"
    assert deputy.speaker_reason is not None
    assert "described as deputy manager" in deputy.speaker_reason


def test_qualified_roles_and_titles() -> None:
    assert qualified_role(["the", "shadow", "transport"], "secretary") == "shadow secretary"
    assert qualified_role(["the", "transport"], "minister") == "minister"
    assert title_roles("Shadow Transport Secretary") == {"shadow transport", "shadow secretary"}
    assert title_roles("Transport Minister") == {"transport", "minister"}


_UNSTATED = (
    "Ivo Strand’s ferry bill passed its first vote.\n\n"
    "There are days when a department stops listening. For Ivo Strand, that day came on "
    "Wednesday, when he called his bill historic for the fourth time.\n\n"
    "The bill promises a boat an hour to every island.\n\n"
)


def test_a_role_no_one_was_given_is_the_one_person_the_story_is_about() -> None:
    [quote] = analyze(_UNSTATED + "“This is the reform islands need,” the minister said.\n").quotes
    assert quote.speaker == "Ivo Strand"
    assert quote.speaker_reason is not None
    assert "no one was given that role" in quote.speaker_reason


def test_with_two_such_people_the_role_stays_unnamed() -> None:
    text = _UNSTATED.replace(
        "The bill promises", "Bram Oduya voted against it. Oduya said little. The bill promises"
    )
    [quote] = analyze(text + "“This is the reform islands need,” the minister said.\n").quotes
    assert quote.speaker == "the minister"


def test_a_person_named_once_is_not_taken_for_the_role() -> None:
    text = (
        "The ferry bill passed its first vote on Wednesday.\n\n"
        "Ivo Strand, who runs a cafe on the quay, watched from the public gallery.\n\n"
        "The bill promises a boat an hour to every island.\n\n"
        "“This is the reform islands need,” the minister said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "the minister"


@pytest.mark.parametrize(
    "intro",
    [
        "Ivo Strand started as striker for the first time on Saturday.",
        "Ivo Strand, who played as striker at his old club, signed in June.",
    ],
)
def test_a_part_played_gives_the_role(intro: str) -> None:
    text = (
        intro + "\n\nThe manager, Tess Lowry, praised the defence. Bram Oduya, the captain, lifted "
        "the cup.\n\n“It was a team effort,” the striker said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Strand"
    assert quote.speaker_reason is not None
    assert "the person described as striker" in quote.speaker_reason


def test_an_award_names_the_role() -> None:
    text = "Bram Oduya won best actor on Saturday.\n\nHe thanked his mother.\n\n"
    [quote] = analyze(text + "“I owe her everything,” the actor said.\n").quotes
    assert quote.speaker == "Bram Oduya"
    assert quote.speaker_reason is not None
    assert "the person described as actor" in quote.speaker_reason


def test_of_two_actors_the_one_the_story_came_back_to_sent_the_message() -> None:
    text = (
        "The jury, led by the British actor Ivo Strand, gave best director to Tess Lowry and "
        "best actor to Bram Oduya, who could not travel.\n\n"
        "Strand read the citation aloud.\n\n"
        "Oduya's visa was refused last week. His director, Nell Prowse, collected the prize "
        "for him and read out a message from the actor.\n\n"
        "“I am sorry I cannot be with you tonight.”\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Bram Oduya"
    assert quote.speaker_reason is not None
    assert "of the two described as actor" in quote.speaker_reason


def test_a_person_quoted_by_name_is_not_taken_for_a_role_never_given() -> None:
    text = (
        "The ferry timetable will change in May.\n\n"
        "“We listened to every complaint,” said Ivo Strand, who runs the quay cafe. Strand "
        "has lived on the island for years.\n\nTess Lowry, a ferry captain, agreed.\n\n"
        "“Nobody wants to lose the late boat,” the minister said.\n"
    )
    quotes = analyze(text).quotes
    assert quotes[-1].speaker == "the minister"
