"""A headline's quote that the story quotes again is that speaker's (headline_echoes.py)."""

from __future__ import annotations

from app.core.analysis.engine import analyze

_BODY = (
    "The coach of the Harbour Hawks spoke to his players before the final on Sunday.\n"
    "Tomas Wren, head coach of the Hawks, said the team had trained hard.\n"
    "“We know the job is not done. Keep your heads up and finish the job, and the cup is "
    "ours,” he said.\n"
)


def _headline_quote(text: str) -> tuple[str, str | None] | None:
    quotes = [q for q in analyze(text).quotes if q.start < text.find("\n")]
    return (quotes[0].text, quotes[0].speaker) if quotes else None


def test_a_headline_quote_echoed_in_the_body_is_the_body_speakers() -> None:
    text = "‘Keep your heads up and finish the job’: Coach’s Plea to Players\n" + _BODY
    assert _headline_quote(text) == ("Keep your heads up and finish the job", "Tomas Wren")


def test_an_echo_with_a_word_left_out_still_counts() -> None:
    # "the" dropped and a word changed at the edge: most words again, in a row
    text = "‘Keep heads up and finish job’\n" + _BODY
    assert _headline_quote(text) == ("Keep heads up and finish job", "Tomas Wren")


def test_a_headline_quote_the_body_never_repeats_stays_a_heading() -> None:
    # near miss: words of the headline's own, quoted by no one in the story
    text = "‘A season to remember’: Hawks Reach the Final\n" + _BODY
    assert _headline_quote(text) is None


def test_an_echo_the_body_speaker_reports_as_someone_elses_words_is_not_theirs() -> None:
    # near miss: a fan repeats what the club told them; the headline's words are not the fan's
    text = (
        "‘We will not sell the ground’\n"
        "Supporters of the Harbour Hawks gathered outside the stadium on Sunday.\n"
        "“They told us we will not sell the ground, but nobody believes them,” said supporter "
        "Ilse Brandt.\n"
    )
    found = _headline_quote(text)
    assert found is None or found[1] != "Ilse Brandt"
