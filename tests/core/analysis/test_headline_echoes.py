"""A headline's quote that the story quotes again is that speaker's (headline_echoes.py)."""

from __future__ import annotations

from app.core.analysis.engine import analyze

_BODY = (
    "Rangers at Kestle Fell met walkers at the car park on Saturday.\n"
    "Ida Lunde, chief ranger of the fell, said the upper paths were icy.\n"
    "“Nobody should climb after dark. Bring a torch and stay on the path, and you will get "
    "home,” she said.\n"
)


def _headline_quote(text: str) -> tuple[str, str | None] | None:
    quotes = [q for q in analyze(text).quotes if q.start < text.find("\n")]
    return (quotes[0].text, quotes[0].speaker) if quotes else None


def test_a_headline_quote_echoed_in_the_body_is_the_body_speakers() -> None:
    text = "‘Bring a torch and stay on the path’: Ranger’s Warning to Walkers\n" + _BODY
    assert _headline_quote(text) == ("Bring a torch and stay on the path", "Ida Lunde")


def test_an_echo_with_a_word_left_out_still_counts() -> None:
    # "a" and "the" dropped: most words again, in a row
    text = "‘Bring torch and stay on path’\n" + _BODY
    assert _headline_quote(text) == ("Bring torch and stay on path", "Ida Lunde")


def test_a_headline_quote_the_body_never_repeats_stays_a_heading() -> None:
    # near miss: words of the headline's own, quoted by no one in the story
    text = "‘A winter to remember’: Walkers Return to the Fell\n" + _BODY
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
