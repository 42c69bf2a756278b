"""A name drawn backwards by bidi controls is found as a browser draws it (red team, round 29).

A right-to-left override (U+202E) makes a browser draw the letters after it from right to
left, so copy holding the name reversed shows the name. The override does not end where a
simple reading stops it: a line break inside a paragraph (HTML joins the lines), a stray
isolate end (U+2069 with no isolate open) and the end of an inner embedding (U+202C closing an
LRE or a nested override) all leave it running. Each case here exported the name to HTML,
the fragment and ninjs while `check` passed; the bodies say what a reader saw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential, service
from app.core.model import Source, Story

NAME = "Tomasz Brzęczyk"
BACKWARDS = "kyzcezrB"  # "Brzeczyk" typed in reverse (the name without its accent)
SECRET = Source(name=NAME, confidential=True)

RLO, PDF, LRE, PDI = "\u202e", "\u202c", "\u202a", "\u2069"

DRAWN_AS_THE_NAME = {
    # a page joins the lines of a paragraph: the override runs to its end, drawing
    # ".niaga Brzeczyk dias yeht"
    "over a line break": f"The tender leaked, {RLO}they said\n{BACKWARDS} again.",
    # U+2069 closes nothing (no isolate is open), so the override goes on over "ezrB"
    "past a stray isolate end": f"The tender leaked, {RLO}kyzc{PDI}ezrB{PDF} said.",
    # the first U+202C closes the LRE: "Brzeczyk they said", the override still running
    "after an inner embedding": f"The tender leaked, {RLO}{LRE} they said{PDF}kyzcezrB{PDF}.",
    # two overrides, one closed: the outer one still reverses the whole run
    "nested overrides": f"The tender leaked, {RLO}{RLO}kyzc{PDF}ezrB{PDF} said.",
}


def _story(body: str) -> Story:
    return Story(headline="Tender leaked", body=body, slug="tender", sources=(SECRET,))


@pytest.mark.parametrize("case", sorted(DRAWN_AS_THE_NAME))
def test_the_gate_reads_the_override_as_a_browser_does(case: str) -> None:
    findings = confidential.find_names(_story(DRAWN_AS_THE_NAME[case]))
    assert [f.code for f in findings] == [confidential.CODE], case


@pytest.mark.parametrize("case", sorted(DRAWN_AS_THE_NAME))
def test_the_output_guard_refuses_the_page(case: str) -> None:
    """Even past the gate, the page (one paragraph, as Markdown renders it) is refused."""
    page = f"<article><p>{DRAWN_AS_THE_NAME[case]}</p></article>"
    with pytest.raises(BlockedError):
        confidential.assert_clean(page, _story("The tender leaked."))


@pytest.mark.parametrize("case", sorted(DRAWN_AS_THE_NAME))
def test_no_export_carries_it(desk, make_story, tmp_path: Path, case: str) -> None:
    story = make_story(body=DRAWN_AS_THE_NAME[case])
    desk.add_source(story.slug, SECRET)
    assert service.check_story(desk, story.slug).blocks("any reason", confirmed=True)
    for fmt in service.FORMATS:
        with pytest.raises(BlockedError):
            service.export_story(desk, story.slug, fmt, tmp_path / f"x.{fmt}",
                                 override_reason="the editor insists")  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        # the override ends at U+202C: "czyk" then "ezrB" forwards, no name drawn
        f"The tender leaked, {RLO}kyzc{PDF}ezrB said.",
        # an isolate that is open is closed by U+2069, and the override inside it with it
        f"The tender leaked, \u2067{RLO}kyzc{PDI}ezrB said.",
        # a line of plain text after a paragraph break is drawn forwards
        f"The tender leaked, {RLO}kyzc\n\nezrB said.",
    ],
)
def test_an_override_that_really_ends_draws_no_name(body: str) -> None:
    assert confidential.find_names(_story(body)) == []


def test_the_name_after_an_override_on_the_line_before_is_still_found() -> None:
    """A text file ends the override at the line's end: the name on the next line reads
    forwards there, and must still be found (the page reading alone would turn it round)."""
    body = f"The tender leaked, {RLO}they said\n{NAME} again."
    assert [f.code for f in confidential.find_names(_story(body))] == [confidential.CODE]
