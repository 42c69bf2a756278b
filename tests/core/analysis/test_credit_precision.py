"""Lines that are no person's credit, or hold one person beside other things (invented copy).

What editors paste into the credits panel and what pages print under a headline: a job word run
on after the name, an outlet after a bar or a comma, a picture library or site, a kicker, a
time, a date, a place, prose. Each case gives the RIGHT reading first; it is then read in both
modes: declared (the credits panel's paste box) must give exactly that reading, and the importer
(`read_credit_line` undeclared, and the byline slot under a headline) must give that reading or
nothing, never a credit that is not in it.
"""

from __future__ import annotations

import re

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.importing.byline_slot import bare_name_credits
from app.core.model import Credit, CreditRole

_ROLES = {"B": CreditRole.BYLINE, "P": CreditRole.PHOTO}
# A line opening on a cue: the importer must read it whole, as the panel does.
_CUED_RE = re.compile(r"(?:By|Photos?|Picture)\b")


def _right(*readings: str) -> list[Credit]:
    """ "B:Nell Varga@Leeds" -> a byline for Nell Varga in Leeds; "P:Ivo Brandt#AFP" -> a photo
    by Ivo Brandt for AFP (the organisation the line names)."""
    credits = []
    for reading in readings:
        role, rest = reading.split(":", 1)
        rest, _, organisation = rest.partition("#")
        name, _, place = rest.partition("@")
        credits.append(Credit(_ROLES[role], name, place or None, None, organisation or None))
    return credits


CASES: list[tuple[str, list[Credit]]] = [
    # a job word run on after the name, with no comma
    ("Nell Varga Contributor", _right("B:Nell Varga")),
    ("Nell Varga Columnist", _right("B:Nell Varga")),
    ("Nell Varga Intern", _right("B:Nell Varga")),
    ("Nell Varga Editor", _right("B:Nell Varga")),
    ("Ivo Brandt Freelancer", _right("B:Ivo Brandt")),
    ("By Nell Varga Contributor", _right("B:Nell Varga")),
    ("By Nell Varga Intern", _right("B:Nell Varga")),
    ("By Nell Varga, Contributor", _right("B:Nell Varga")),
    ("By Ivo Brandt Correspondent", _right("B:Ivo Brandt")),
    ("Ivo Brandt Staff Writer", _right("B:Ivo Brandt")),
    ("Nell Varga Senior Reporter", _right("B:Nell Varga")),
    ("Nell Varga | Contributor", _right("B:Nell Varga")),
    ("By Ivo Brandt and Nell Varga, Contributors", _right("B:Ivo Brandt", "B:Nell Varga")),
    ("Ivo Brandt and Nell Varga Contributors", _right("B:Ivo Brandt", "B:Nell Varga")),
    ("Nell Varga Guest Columnist", _right("B:Nell Varga")),
    ("Ivo Brandt Senior Correspondent", _right("B:Ivo Brandt")),
    # an outlet after a bar or a comma, of one word or several
    ("Nell Varga | Ellery Tide", _right("B:Nell Varga")),
    ("Nell Varga, Ellery Tide", _right("B:Nell Varga")),
    ("Nell Varga | Harbour Times", _right("B:Nell Varga")),
    ("By Nell Varga, Ellery Tide contributor", _right("B:Nell Varga")),
    ("Nell Varga, Reporter | Harbour Tide", _right("B:Nell Varga")),
    ("By Ivo Brandt, Lakeweek", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, Kestrelfeed", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, HarbourPost", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, Tarnowo Clarion", _right("B:Ivo Brandt")),
    ("By Ivo Brandt | The Kestrel Beacon", _right("B:Ivo Brandt#The Kestrel Beacon")),
    ("Ivo Brandt, Kestrel Valley Echo", _right("B:Ivo Brandt")),
    ("By Nell Varga, Kestrel Valley Echo", _right("B:Nell Varga")),
    ("By Ivo Brandt and Nell Varga, Harbour Gazette", _right("B:Ivo Brandt", "B:Nell Varga")),
    ("Nell Varga | Lakeweek", _right("B:Nell Varga")),
    ("Nell Varga | Kestrel Valley Voice", _right("B:Nell Varga")),
    ("By Ivo Brandt, Wired", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, Variety", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, Forbes", _right("B:Ivo Brandt")),
    ("Nell Varga | Vox", _right("B:Nell Varga")),
    ("By Nell Varga, Harbour Advocate", _right("B:Nell Varga")),
    ("Nell Varga | Sports", _right("B:Nell Varga")),
    ("Nell Varga, Tuesday", _right("B:Nell Varga")),
    ("Ivo Brandt - Kestrelfeed", _right("B:Ivo Brandt")),
    ("By Ivo Brandt, Leeds", _right("B:Ivo Brandt@Leeds")),  # a town there is the place
    # a picture library or site beside the photographer
    ("Photo: Ivo Brandt, Shutterstock", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt, Alamy", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt, Kestrelpix", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt, Kestrel Images", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt / Kestrel Pictures", _right("P:Ivo Brandt#Kestrel Pictures")),
    (
        "Photos: Ivo Brandt and Nell Varga/Kestrel Photography",
        _right("P:Ivo Brandt#Kestrel Photography", "P:Nell Varga#Kestrel Photography"),
    ),
    ("Photo: Ivo Brandt / Shutterstock", _right("P:Ivo Brandt#Shutterstock")),
    ("Picture: Ivo Brandt, iStock", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt, Getty Images", _right("P:Ivo Brandt")),
    ("Photo by Ivo Brandt from Snapsite", _right("P:Ivo Brandt")),
    ("Photo by Ivo Brandt from Pexels", _right("P:Ivo Brandt")),
    ("Photo by Ivo Brandt on Unsplash", _right("P:Ivo Brandt")),
    ("Photo: Ivo Brandt for Snapsite", _right("P:Ivo Brandt#Snapsite")),
    ("Photo: Ivo Brandt and Nell Varga, Shutterstock", _right("P:Ivo Brandt", "P:Nell Varga")),
    ("Photos: Ivo Brandt, Nell Varga", _right("P:Ivo Brandt", "P:Nell Varga")),
    # kickers and section names
    ("Long Read", []),
    ("Big Read", []),
    ("Weekend Read", []),
    ("Live Updates", []),
    ("Guest Column", []),
    ("Quick Take", []),
    ("Opinion", []),
    ("Breaking", []),
    ("Breaking News", []),
    ("Analysis", []),
    ("Explainer", []),
    ("Our View", []),
    ("In Depth", []),
    ("Top Stories", []),
    ("Editor's Picks", []),
    ("Sponsored Content", []),
    ("Nell Varga | Live Updates", _right("B:Nell Varga")),
    ("Most Read", []),
    ("Deep Dive", []),
    ("Fact Check", []),
    ("Photo Essay", []),
    ("Morning Briefing", []),
    ("Live Updates: Harbour plan vote", []),
    ("Breaking: council votes on harbour plan", []),
    # times, dates, places, page furniture, prose
    ("10:42 AM", []),
    ("Updated 10:42 AM", []),
    ("Updated 3 hours ago", []),
    ("March 4, 2026", []),
    ("Tuesday 4 March 2026 09.15 GMT", []),
    ("Leeds", []),
    ("Kestrel Valley", []),
    ("Port-Lys, Harbour Coast", []),
    ("5 min read", []),
    ("Advertisement", []),
    ("Share this article", []),
    ("Listen to this article", []),
    ("Sign up for our newsletter", []),
    ("Read more about the harbour plan", []),
    ("The council met on Tuesday to discuss the budget.", []),
    ("By Ivo Brandt | Updated March 4, 2026", _right("B:Ivo Brandt")),
    ("By Nell Varga | 5 min read", _right("B:Nell Varga")),
]


def _who(credits: list[Credit]) -> list[Credit]:
    """The people, roles and places of a reading; the organisation is checked only where a case
    names one ("P:Ivo Brandt#Shutterstock"): an outlet after a name is its writer's employer."""
    return [Credit(c.role, c.name, c.location, c.email) for c in credits]


@pytest.mark.parametrize(("line", "right"), CASES)
def test_the_panel_reads_a_pasted_line_rightly(line: str, right: list[Credit]) -> None:
    found = read_credit_line(line, declared=True).credits
    assert (found if any(c.organisation for c in right) else _who(found)) == right


@pytest.mark.parametrize(("line", "right"), CASES)
def test_the_importer_reads_a_line_rightly_or_not_at_all(line: str, right: list[Credit]) -> None:
    found = read_credit_line(line).credits
    if not any(c.organisation for c in right):
        found = _who(found)
    if _CUED_RE.match(line):
        assert found == right
    else:
        assert found in ([], right)
    assert _who(bare_name_credits(line)) in ([], _who(right))  # the line under a headline


def test_a_photo_credit_with_no_picture_word_keeps_the_one_name() -> None:
    # "Ivo Brandt / Harbour Times" may be a byline or a picture's credit: the line cannot say,
    # but it credits one person, by the right name, and not the paper
    found = read_credit_line("Ivo Brandt / Harbour Times", declared=True).credits
    assert [credit.name for credit in found] == ["Ivo Brandt"]
