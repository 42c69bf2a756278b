"""Words a source passes on (quoted_as.py): in "“…,” the Gazette quoted her as saying" the
words are hers, not the paper's; the passive and a source reporting on its own read as before."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lina Hart lost the vote. “We will fight on,” the Bayside Courier quoted her as "
        "saying.",
        "Mayor Lina Hart lost the vote. “We will fight on,” the Courier quoted Hart as saying.",
        "Mayor Lina Hart lost the vote. The Bayside Courier quoted her as saying: “We will fight "
        "on.”",
        "“We will fight on,” the Courier cited Mayor Lina Hart as telling staff.",
    ],
)
def test_the_person_quoted_as_saying_is_the_speaker_not_the_source(text: str) -> None:
    assert _speakers(text) == ["Lina Hart"]


def test_a_pronoun_object_agrees_in_gender() -> None:
    text = (
        "Mayor Lina Hart lost the vote. Her deputy, Omar Bek, was calm. “We expected it,” the "
        "Courier quoted him as saying."
    )
    assert _speakers(text) == ["Omar Bek"]


def test_the_passive_keeps_its_subject() -> None:
    text = (
        "Mayor Lina Hart lost the vote. “We will fight on,” she was quoted as saying by the "
        "Courier."
    )
    assert _speakers(text) == ["Lina Hart"]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Lina Hart lost the vote. “The vote was close,” the Courier reported.",
        "Mayor Lina Hart lost the vote. “The vote was close,” the Courier quoted her.",
    ],
)
def test_a_source_with_no_one_quoted_as_saying_is_still_the_speaker(text: str) -> None:
    assert _speakers(text) == ["Courier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“No deal is close,” the Wire cited a person familiar with the talks as saying.",
            "a person familiar with the talks",
        ),
        (
            "The Wire quoted a source close to the minister as saying: “No deal is close.”",
            "a source close to the minister",
        ),
        ("“No deal is close,” the Wire quoted Lina Hart, the mayor, as saying.", "Lina Hart"),
        ("“No deal is close,” the Wire quoted officials as saying.", "officials"),
    ],
)
def test_the_one_quoted_may_be_placed_or_titled_before_as_saying(text: str, speaker: str) -> None:
    # wire copy places an unnamed source ("familiar with", "close to") or sets a title between
    # commas before "as saying": the words are still theirs, not the agency's
    assert _speakers(text) == [speaker]


def test_a_time_before_as_saying_is_no_part_of_who_spoke() -> None:
    text = "Lina Hart lost the vote. “We will fight on,” the Courier quoted her on Monday."
    assert _speakers(text) == ["Courier"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lina Hart lost the vote. Omar Bek won it.\n\n“We will fight on,” the Bayside Courier "
            "quotes her as saying.",
            "Lina Hart",
        ),
        (
            "Mayor Lina Hart lost the vote. The Bayside Courier quotes her as saying: “We will "
            "fight on.”",
            "Lina Hart",
        ),
    ],
)
def test_the_present_tense_quotes_as_saying_names_the_one_quoted(text: str, speaker: str) -> None:
    # a review or a press round-up puts the passing-on in the present: the words are still
    # the person's, not the paper's
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Bayside Courier quotes a turnout of 40 per cent. “We will fight on,” Lina Hart "
            "said.",
            "Lina Hart",
        ),
        (
            # "the Courier quotes one crew member" is two phrases, not one described speaker
            "Mayor Lina Hart lost the vote. “It was a long night,” the Bayside Courier quotes one "
            "crew member as saying.",
            "one crew member",
        ),
        (
            "Lina Hart lost the vote. The Courier quotes her only once. “The vote was close,” the "
            "Courier reported.",
            "Courier",
        ),
    ],
)
def test_quotes_with_no_one_quoted_as_saying_is_no_tag(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
