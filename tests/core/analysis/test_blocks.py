"""Reading one paragraph for the linking pass (blocks.py): here, people a report says died,
who are met but are no subject a later "he" or "she" may mean, and a person cited with
"according to", who is one."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    "victim",
    [
        "A five-year-old boy died in the crash.",
        "A man was killed in the crash.",
        "Police said a teenage boy was among the dead.",
        "A cyclist, 34, was pronounced dead at the scene.",
        "A man was found dead at the scene.",
    ],
)
def test_one_who_died_is_not_the_next_he(victim: str) -> None:
    # crash and crime reports: the "he" after a victim is the officer quoted before
    text = (
        f"Inspector Tom Vell spoke of the crash on the coast road. {victim} "
        "“It is a terrible thing to have happened,” he said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tom Vell"


def test_one_who_was_hurt_may_still_speak() -> None:
    # near miss: the injured live to be quoted
    text = (
        "Inspector Ana Ruiz spoke of the crash. A man was hurt in the crash. "
        "“It is a terrible thing,” he said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "A man"


def test_the_one_cited_with_according_to_is_the_next_he() -> None:
    # "…, according to X." then "He said:": X speaks, not the speaker of the quote before
    text = (
        "Omar Reyes said: “It floods every time it rains.”\n"
        "But the drains were not the problem, according to Dev Patel, the council engineer.\n"
        "He said: “The pipes are too small for the water.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Omar Reyes", "Dev Patel"]


def test_one_cited_of_the_other_gender_leaves_the_speaker() -> None:
    # near miss: "she" cannot be the man cited
    text = (
        "Ana Ruiz said: “It floods every time it rains.”\n"
        "The drains were cleared, according to Dev Patel.\n"
        "She said: “It still floods.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "A farmer killed a fox in the yard. “It had taken six hens,” he said.",
        "A police officer killed a suspect on Friday. “He was armed,” he said.",
    ],
)
def test_one_who_killed_is_not_the_dead(text: str) -> None:
    # "killed" with no "was" before it is the subject's deed: he may still speak
    (quote,) = analyze(text).quotes
    assert quote.speaker == text.split(" killed")[0]


@pytest.mark.parametrize(
    "credit",
    [
        "By Marcus Delane",
        "Marcus Delane, Staff Reporter",
        "Marcus Delane | Reporter",
        "Staff writer Marcus Delane",
    ],
)
def test_the_writer_in_a_credit_line_is_no_one_a_pronoun_means(credit: str) -> None:
    """The byline names the writer, who never speaks in their own copy: "he" is the man the
    story is about, or nobody, never the writer."""
    text = (
        f"{credit}\n\nThe pumps at the market failed on Friday.\n\n"
        "“We need clean water,” he said.\n"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "he"
    text = (
        f"{credit}\n\nThe pumps failed on Friday. Ivo Tamsin, who sells fish there, called it "
        "a disaster.\n\n“We need clean water,” he said.\n"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ivo Tamsin"


def test_a_credit_line_at_the_end_gives_no_speaker_to_the_quote_after_it() -> None:
    text = (
        "Nadia Okello opened the clinic in May.\n\n"
        "Ana Lima contributed reporting.\n\n"
        "“We are full every day,” she said.\n"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Nadia Okello"


@pytest.mark.parametrize(
    "opening",
    [
        "Marcus Delane/Metro Desk: The pumps at the market failed on Friday.",
        "Marcus Delane/Metro Desk:\n\nThe pumps at the market failed on Friday.",
    ],
)
def test_a_slash_byline_opening_the_copy_names_no_one_it_is_about(opening: str) -> None:
    """ "Name/Desk:" before the copy credits the writer: the "he" after it is nobody named."""
    (quote,) = analyze(f"{opening}\n\n“We need clean water,” he said.\n").quotes
    assert quote.speaker == "he"


def test_two_people_set_off_by_a_slash_are_no_byline() -> None:
    """ "Tom Vell/Ana Ruiz:" names two people, neither side a desk: the copy is about them,
    so the "she" after it is Ana Ruiz (a byline is one name beside a desk)."""
    text = "Tom Vell/Ana Ruiz: the pair opened the bridge. “It took us four years,” she said."
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize("desk", ["Metro Desk", "Kyiv Bureau", "Staff Reporter"])
def test_a_name_beside_a_desk_is_still_a_slash_byline(desk: str) -> None:
    """ "Marcus Delane/Kyiv Bureau:" is the writer and the desk: the "he" after it is nobody."""
    text = f"Marcus Delane/{desk}: The pumps failed on Friday.\n\n“We need clean water,” he said."
    assert [q.speaker for q in analyze(text).quotes] == ["he"]
