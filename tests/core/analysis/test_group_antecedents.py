"""Who "the group" is (group_antecedents.py): the people it was introduced as, when no body
named "… Group" explains it."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_CAMPAIGN = (
    "Shares in Tollan Mining fell sharply on Monday after pressure from activist "
    "shareholders. The group, led by Ashcombe Partners, said in a letter that “the board has "
    "failed to act on costs.”\n\n"
)


def test_the_group_is_the_people_it_was_introduced_as() -> None:
    # Before, the quote went to Ashcombe Partners, the firm in the group's own aside
    assert analyze(_CAMPAIGN).quotes[0].speaker == "activist shareholders"


def test_the_company_is_still_the_company_the_story_is_about() -> None:
    text = _CAMPAIGN + "“We are open to every proposal,” the company said."
    assert analyze(text).quotes[-1].speaker == "Tollan Mining"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # business copy calls a company "the group": with no aside making it a band, the firm
        (
            "Tollan plc's profit rose 9 percent, pleasing investors. The group said it "
            "expected “another strong year.”",
            "Tollan plc",
        ),
        # a body whose name holds "Group" is the group named before
        (
            "The Ashcombe Group bought a stake in Tollan on Monday, angering activist "
            "investors. The group said it was “a long-term holder.”",
            "Ashcombe Group",
        ),
    ],
)
def test_the_group_that_is_a_body(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Friends of Kelby Park, a charity, says the plan angered local residents.",
        "The Fenmoor Nurses Union met hospital managers over the rota, which angered nurses.",
    ],
)
def test_the_group_beside_a_body_named_with_the_people_stays_as_written(sentence: str) -> None:
    # Before, "the group" went to the people, though the body named in the same sentence may
    # as well be the group
    text = f"{sentence} The group said: “We will fight it.”"
    assert analyze(text).quotes[0].speaker == "The group"


def test_a_lower_case_body_word_does_not_stop_the_reading() -> None:
    # "the village school" names no body that could be the group: the group is still the people
    text = (
        "The car park planned outside the village school angered local residents. "
        "The group said: “We will fight it.”"
    )
    assert analyze(text).quotes[0].speaker == "local residents"
