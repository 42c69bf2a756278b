"""A body's lawyers or organizers speak for the body: "lawyers for the company said" gives the
company's words (a party's filing is its case); a person's lawyers stay as written."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_SUED = "Harwick Housing Association was sued by its tenants in May.\n\n"


@pytest.mark.parametrize(
    "tag",
    [
        "In a court filing, lawyers for the association denied that it had “ignored the damp.”",
        "Lawyers for Harwick Housing Association said the claims were “without merit.”",
        "The association’s lawyers said the claims were “without merit.”",
    ],
)
def test_a_bodys_lawyers_speak_for_it(tag: str) -> None:
    [quote] = analyze(_SUED + tag + "\n").quotes
    assert quote.speaker == "Harwick Housing Association"
    assert quote.speaker_reason is not None and "speak for" in quote.speaker_reason


def test_a_groups_organizers_speak_for_the_group() -> None:
    text = (
        "Renters at three blocks formed a group, Quayside Tenants Union, in March.\n\n"
        "In a post on the group’s page, its organizers wrote: “We want heat, not promises.”\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Quayside Tenants Union"
    assert (
        quote.speaker_reason is not None and "its organizers speak for it" in quote.speaker_reason
    )


def test_a_persons_lawyers_stay_as_written() -> None:
    text = (
        "Oren Blakely was charged in May.\n\nLawyers for Blakely said the case was “a mistake.”\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "Lawyers for Blakely"


def test_lawyers_for_a_body_never_named_stay_as_written() -> None:
    text = "Tenants sued in May.\n\nLawyers for the company said the claims were “without merit.”\n"
    [quote] = analyze(text).quotes
    assert quote.speaker == "Lawyers for the company"
