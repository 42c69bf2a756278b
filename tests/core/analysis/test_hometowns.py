"""A speaker called by home place (hometowns.py): "the Kilcorran man" is the person named in
full who was the subject just before; never a coach with a title, a woman, or someone the quote
talks about."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_the_place_man_is_the_named_subject_just_before() -> None:
    text = (
        "After a presentation by delegate Tadhg Ruane, chairman Mick Tolan backed the plan."
        "\n\nRuane told the delegates that the fears were unfounded.\n\n“That idea has been"
        " dropped,” the Kilcorran man explained."
    )
    assert _speakers(text) == ["Tadhg Ruane"]


def test_a_coach_named_last_is_not_the_place_man() -> None:
    # the brief's near miss: the coach is the latest subject, but nothing says he is the man
    text = (
        "Felo Amankwa scored twice on Saturday. Coach Dario Mendes praised him after the game."
        "\n\n“It was the best day of my career,” said the Kilcorran man."
    )
    assert _speakers(text) == ["the Kilcorran man"]


def test_a_woman_just_before_is_not_the_place_man() -> None:
    text = (
        "Aoife Brady told the delegates the plan was sound.\n\n“That idea has been dropped,”"
        " the Kilcorran man explained."
    )
    assert _speakers(text) == ["the Kilcorran man"]


def test_the_man_a_quote_talks_about_does_not_say_it() -> None:
    text = (
        "Tadhg Ruane told the delegates that the fears were unfounded.\n\n“He has done nothing"
        " wrong,” the Kilcorran man said."
    )
    assert _speakers(text) == ["the Kilcorran man"]


def test_a_place_man_met_beside_the_subject_is_someone_else() -> None:
    # the phrase stood for the man Tom Garrow met, so the speaker is not Garrow
    text = (
        "Tom Garrow met the Ardbeck man at the parish hall on Friday.\n\n"
        "“We shook hands on a deal,” the Ardbeck man said."
    )
    assert _speakers(text) == ["the Ardbeck man"]


def test_the_place_man_said_twice_is_still_the_subject() -> None:
    text = (
        "Tom Garrow told the delegates the plan was sound. “We have the funds,” the Ardbeck man"
        " explained. “The bank has signed off,” the Ardbeck man added."
    )
    assert _speakers(text) == ["Tom Garrow", "Tom Garrow"]
