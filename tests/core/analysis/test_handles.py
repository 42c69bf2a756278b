"""The name someone posts under online is whom the copy quotes (handles.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.handles import handle_mentions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A user posting as night_owl77 wrote: “The update broke my printer.”", "night_owl77"),
        ("A poster using the handle @quietriver wrote: “Nobody asked for this.”", "@quietriver"),
        ("A Reddit user going by the name tallgrass_9 wrote: “I waited six hours.”", "tallgrass_9"),
        ("Another commenter, who goes by pinecone_dad, wrote: “Mine works fine.”", "pinecone_dad"),
        (
            "One member, a developer who goes by tessellate, posted a list of bugs and ended "
            "it: “Fix the Bluetooth.”",
            "tessellate",
        ),
        (
            "A user posting as gridlock_ghost, who said they worked nights, wrote: “I’m out.”",
            "gridlock_ghost",
        ),
        ("A user known online as x_ray_kid wrote: “No.”", "x_ray_kid"),
    ],
)
def test_the_handle_a_user_posts_under_speaks(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "She was going by bus when she said the fare was “awful.”",
        "He posted as usual, saying the fare was “too high.”",
        "A nurse posting as a volunteer said the ward was “chaos.”",
        "The notice was posted online as a warning to “all drivers.”",
        "A user who goes by Ray wrote: “No.”",  # a name: the name scan reads it
    ],
)
def test_no_handle_without_one(text: str) -> None:
    assert handle_mentions(text, 0, len(text)) == []


def test_a_name_someone_rang_is_not_what_they_go_by() -> None:
    (quote,) = analyze("A nurse who called Ann Lowe said the ward was “chaos.”").quotes
    assert quote.speaker == "A nurse"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a thread, one user, pedal_pusher, asked: “Why no refund?”", "pedal_pusher"),
        ("One member, @lakeview, wrote: “No way.”", "@lakeview"),
        # a plain word between commas is no handle
        ("One member, however, said the fees were “absurd.”", "One member"),
        ("One reader, retired, wrote: “Fix it.”", "One reader"),
    ],
)
def test_a_handle_set_beside_who_posts(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
