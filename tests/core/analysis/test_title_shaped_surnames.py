"""A surname spelt like a title's short form ("Sen", "Del"): run_reading.surname_not_title."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def test_a_surname_spelt_like_a_title_tags_the_quote() -> None:
    # before, "Sen" was read as "Senator" with no name after it, and the quote had no speaker
    text = (
        "Mira Sen, the district commissioner, spoke on Monday.\n“We are looking into it,” Sen said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Mira Sen"


def test_the_short_form_with_its_stop_before_a_name_is_still_a_title() -> None:
    (quote,) = analyze("“We are looking into it,” Sen. Tom Vell said.").quotes
    assert quote.speaker == "Tom Vell"
