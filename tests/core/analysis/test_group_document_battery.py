"""A generated battery of part of a group speaking ("one of them said"), of documents owned
through a pronoun ("Their report said") and of research papers speaking for their authors ("The
paper describes the effect as ...") and of documents written with their author ("A statement
from the widow, Ruth Calder, was read"), from group_document_shapes.py.

Why generated: on the development sets the quote went to nobody ("one of them said": the bare
"them" was no mention) or to the single person quoted last ("Their report" after a minister
spoke), and a paper's words went to the journal or the university. What an editor expects: "one
of them" as written; the group that "their" stands for; the researchers as the copy calls them;
the author a document names.
Leading "the"/"a" and capitals do not matter.
"""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.group_document_shapes import AUTHOR_GROUPS, GROUPS, PARTS, Story, stories
from tests.core.analysis.test_unnamed_org_battery import norm

CASES = stories()


@pytest.mark.parametrize("story", CASES, ids=[s.id for s in CASES])
def test_group_or_owned_document_speaker(story: Story) -> None:
    quotes = analyze(story.text).quotes
    got = [(q.text[:20], q.speaker, q.speaker_reason) for q in quotes]
    assert len(quotes) == len(story.speakers), got
    for quote, accepted in zip(quotes, story.speakers, strict=True):
        assert norm(quote.speaker) in {norm(a) for a in accepted}, (got, accepted)


def test_the_battery_crosses_every_shape() -> None:
    assert 250 <= len(CASES) <= 330
    assert sum(s.id.startswith("agent-") for s in CASES) == 21
    assert sum(s.id.startswith("dispute-") for s in CASES) == 20
    assert sum(s.id.startswith("one-") for s in CASES) == 24
    assert sum(s.id.startswith("body-") for s in CASES) == 24
    assert sum(s.id.startswith("authored-") for s in CASES) == 48
    assert sum(s.id.startswith("research-") for s in CASES) == 45
    for g in range(len(GROUPS)):
        assert sum(s.id.startswith(f"part-{g}-") for s in CASES) >= len(PARTS)
    for a in range(len(AUTHOR_GROUPS)):
        assert sum(s.id.startswith(f"their-{a}-") for s in CASES) >= 4


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked both of them about the plan. “We are fine,” Ruth Hale said.",
        "“We are fine,” Ruth Hale said, and thanked all of them.",
    ],
)
def test_a_group_spoken_to_is_no_speaker(text: str) -> None:
    # "asked both of them", "thanked all of them": the group is spoken to, not speaking
    assert [q.speaker for q in analyze(text).quotes] == ["Ruth Hale"]
