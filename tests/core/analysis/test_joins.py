"""Mentions that belong together (joins.py): two people named together (with ages or party
tags between them), and a capitalised office that runs over "of" or "to"."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    "text",
    [
        'Rosa Fenn, 52, and Owen Pike, 49, said the storm was "terrifying."',
        'Rosa Fenn, 52, and Owen Pike said the storm was "terrifying."',
        '"We lost the roof," said Rosa Fenn, 52, and Owen Pike, 49.',
    ],
)
def test_two_people_named_together_with_ages_speak_together(text: str) -> None:
    """An age after the first name ("Rosa Fenn, 52, and Owen Pike") does not split the pair:
    the quote is both of theirs, not the second one's."""
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Rosa Fenn and Owen Pike"


def test_a_pair_with_ages_is_they_after() -> None:
    text = (
        'Rosa Fenn, 52, and Owen Pike, 49, said the storm was "terrifying." '
        '"We lost the roof," they said.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn and Owen Pike"] * 2


def test_an_age_and_a_second_name_in_a_list_stay_apart() -> None:
    text = 'The injured were Rosa Fenn, 52, and Owen Pike, 49. Fenn said it was "a nightmare."'
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn"]


def test_two_lawmakers_with_party_tags_speak_together() -> None:
    text = (
        'Sen. Rosa Fenn, D-Mass., and Rep. Owen Pike, R-N.C., called the bill "a good start." '
        '"We will pass it," they said.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn and Owen Pike"] * 2


@pytest.mark.parametrize(
    "office",
    [
        "The new Chairman of the Harbour Board",
        "The former Secretary of the Harbour Board",
        "The new Secretary to the Government of Calder",
    ],
)
def test_a_capitalised_office_after_a_word_of_tenure_describes_the_name_beside_it(
    office: str,
) -> None:
    # "The new Chairman of X, Ana Ruiz, has called ...": the office is hers, never a surname
    text = f"{office}, Tomas Verlo, has called the harbour plan “a costly mistake nobody wanted”."
    assert [q.speaker for q in analyze(text).quotes] == ["Tomas Verlo"]


def test_a_named_body_after_a_word_of_tenure_is_still_the_body() -> None:
    # "Bank" heads no office: the body speaks
    text = "The new Bank of Calder said the plan was “a costly mistake nobody wanted”."
    assert [q.speaker for q in analyze(text).quotes] == ["Bank of Calder"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Most of the dossier went from the Secretary to the Mayor, who told reporters: "
            "“I have not opened it.”",
            "the Mayor",
        ),
        (
            "The proofs of the atlas went from the Secretary to the Harbour Printer, who said: "
            "“They came back a week late.”",
            "Harbour Printer",
        ),
    ],
)
def test_from_an_office_to_another_is_two_people_not_one_office(text: str, speaker: str) -> None:
    # "from the Secretary to the Mayor" is a path between two people; the one the relative
    # clause follows speaks, never an office "the Secretary to the Mayor"
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Most of the talks ran late. “No deal is near,” said the Adviser to the Prime "
            "Minister, Oren Halvik.",
            "Oren Halvik",
        ),
        (
            "Most of the talks ran late. The Assistant to the Mayor said on Friday that "
            "“nothing was signed.”",
            "The Assistant to the Mayor",
        ),
    ],
)
def test_an_office_held_to_an_office_written_alone_is_one_office(text: str, speaker: str) -> None:
    # "the Adviser to the Prime Minister": the office after "to" has no name of its own, so it
    # is part of the office before it, not a titled person; the name beside the office speaks
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_an_office_of_a_place_that_opens_with_a_first_name_is_the_office_not_the_place() -> None:
    # "Preston" is also a first name: "Preston Vale" after "the Mayor of" is still a place,
    # the mayor's town; the speaker is the office, and "the mayor" later is that office
    text = (
        "The ferry will stop.\n\nThe Mayor of Preston Vale said: “We have no "
        "choice.”\n\n“The hull is failing,” the mayor added."
    )
    speakers = _speakers(text)
    assert speakers[0] == "The Mayor of Preston Vale"
    assert "Preston Vale" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the office holder named beside the office is the speaker
        ("The Mayor of Preston Vale, Ana Ruiz, said: “We have no choice.”", "Ana Ruiz"),
        # a titled name after "of" is a person, not the office's place
        ("The Secretary of State Ana Ruiz said: “We have no choice.”", "Ana Ruiz"),
    ],
)
def test_a_person_named_with_the_office_is_still_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
