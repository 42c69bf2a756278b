"""A generated battery of named attributions: every name shape a newsroom meets (particles,
hyphens, apostrophes, initials, suffixes, diacritics, mononyms, family name first, first names
that are also words, titles, party tags) in every attribution form (before and after the quote,
"said Name", "Name said", "according to Name", "Name told reporters", "of the Org", colon or
comma introductions, three quotation-mark styles), followed by a paragraph where the same person
comes back by surname only.

Why generated: rounds of one-sentence rules did not move copy nobody tuned on; a name's extent
misread for one shape fails in every form it appears in, so the battery crosses shapes with forms
and an editor's expectation (the full name without its title; the surname quote is the same
person) is asserted for each. Every name and sentence here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.core.analysis.engine import analyze


@dataclass(frozen=True)
class Name:
    """A person as first written in copy, the speaker an editor expects, the second reference."""

    key: str
    written: str
    speaker: str
    surname: str
    plain: bool = True
    """False for names carrying a tag or letters after them ("(D-Ohio)", "KC"), which read
    oddly before an age-and-job apposition or an "of the Org" and are kept out of those forms."""


NAMES: tuple[Name, ...] = (
    # particles
    Name("van-der", "Jan van der Merwe", "Jan van der Merwe", "van der Merwe"),
    Name("de-la", "Inés de la Fuente", "Inés de la Fuente", "de la Fuente"),
    Name("bin", "Tariq bin Saleem", "Tariq bin Saleem", "bin Saleem"),
    Name("al-glued", "Hamid al-Rashidi", "Hamid al-Rashidi", "al-Rashidi"),
    Name("ibn", "Idris ibn Khalil", "Idris ibn Khalil", "ibn Khalil"),
    Name("von", "Greta von Altenau", "Greta von Altenau", "von Altenau"),
    Name("di", "Lucia di Benedetti", "Lucia di Benedetti", "di Benedetti"),
    Name("du", "Amandine du Preez", "Amandine du Preez", "du Preez"),
    Name("Le", "Marianne Le Goffic", "Marianne Le Goffic", "Le Goffic"),
    # hyphenated and double-barrelled
    Name("hyphen", "Sarah Whitcombe-Ortiz", "Sarah Whitcombe-Ortiz", "Whitcombe-Ortiz"),
    Name("double-hyphen", "Hugo Fane-Trevelyan", "Hugo Fane-Trevelyan", "Fane-Trevelyan"),
    Name("two-surnames", "Ana Belén Ruiz Morales", "Ana Belén Ruiz Morales", "Ruiz Morales"),
    # apostrophes, straight and curly
    Name("o-straight", "Niamh O'Kelleher", "Niamh O'Kelleher", "O'Kelleher"),
    Name("o-curly", "Declan O’Rourkin", "Declan O’Rourkin", "O’Rourkin"),
    Name("d-curly", "Priya D’Souzar", "Priya D’Souzar", "D’Souzar"),
    # Mc / Mac
    Name("mc", "Fiona McTavett", "Fiona McTavett", "McTavett"),
    Name("mac", "Ewan MacLarnon", "Ewan MacLarnon", "MacLarnon"),
    # initials
    Name("initials-spaced", "J. R. Tolland", "J. R. Tolland", "Tolland"),
    Name("initials-joined", "A.J. Berrington", "A.J. Berrington", "Berrington"),
    Name("middle-initial", "Hollis T. Vanecek", "Hollis T. Vanecek", "Vanecek"),
    # suffixes and letters after the name
    Name("jr", "Warren Pikeman Jr.", "Warren Pikeman Jr.", "Pikeman"),
    Name("sr", "Dale Hewlin Sr.", "Dale Hewlin Sr.", "Hewlin"),
    Name("iii", "Thomas Brandvold III", "Thomas Brandvold III", "Brandvold"),
    Name("kc", "Imogen Fairlight KC", "Imogen Fairlight", "Fairlight", plain=False),
    Name("mp", "Rhys Madocson MP", "Rhys Madocson", "Madocson", plain=False),
    Name("phd", "Ingrid Solvang, PhD,", "Ingrid Solvang", "Solvang", plain=False),
    # diacritics
    Name("zoe", "Zoë Marchetto", "Zoë Marchetto", "Marchetto"),
    Name("lukasz", "Łukasz Wróblewicz", "Łukasz Wróblewicz", "Wróblewicz"),
    Name("celik", "Emre Çelikkan", "Emre Çelikkan", "Çelikkan"),
    Name("nguyen", "Thảo Nguyễn-Vance", "Thảo Nguyễn-Vance", "Nguyễn-Vance"),
    # mononym, family name first
    Name("mononym", "Zephrine", "Zephrine", "Zephrine"),
    Name("chinese", "Wang Lixue", "Wang Lixue", "Wang"),
    Name("korean", "Park Min-seol", "Park Min-seol", "Park"),
    # first names that are also common words
    Name("will", "Will Hartigan", "Will Hartigan", "Hartigan"),
    Name("hope", "Hope Delacourt", "Hope Delacourt", "Delacourt"),
    Name("faith", "Faith Okorafor", "Faith Okorafor", "Okorafor"),
    Name("mark", "Mark Tellwright", "Mark Tellwright", "Tellwright"),
    Name("grant", "Grant Ashbury", "Grant Ashbury", "Ashbury"),
    Name("rose", "Rose Pemberley", "Rose Pemberley", "Pemberley"),
    Name("bill", "Bill Maddoxer", "Bill Maddoxer", "Maddoxer"),
    Name("may", "May Tanakura", "May Tanakura", "Tanakura"),
    Name("sky", "Sky Lindqvarn", "Sky Lindqvarn", "Lindqvarn"),
    # titles before the name
    Name("dr", "Dr Anika Raoul", "Anika Raoul", "Raoul"),
    Name("prof", "Prof. Colm Hennigan", "Colm Hennigan", "Hennigan"),
    Name("rev", "Rev. Ada Mensworth", "Ada Mensworth", "Mensworth"),
    Name("sen", "Sen. Lorna Whitfell", "Lorna Whitfell", "Whitfell"),
    Name("gov", "Gov. Peter Salamo", "Peter Salamo", "Salamo"),
    Name("det-sgt", "Det. Sgt. Gwen Harlowe", "Gwen Harlowe", "Harlowe"),
    Name("chief-constable", "Chief Constable Nadia Petrovna", "Nadia Petrovna", "Petrovna"),
    Name("brig-gen", "Brig. Gen. Otis Cranmore", "Otis Cranmore", "Cranmore"),
    # party and state tags
    Name("party-d", "Rep. Dana Kowalczyn (D-Ohio)", "Dana Kowalczyn", "Kowalczyn", plain=False),
    Name("party-r", "Ray Boonstra (R-Texas)", "Ray Boonstra", "Boonstra", plain=False),
)


@dataclass(frozen=True)
class Marks:
    key: str
    open: str
    close: str


MARKS = (Marks("curly", "“", "”"), Marks("straight", '"', '"'), Marks("single", "‘", "’"))

FIRST = ("The harbour wall will not survive another winter", "We have asked for the money twice")
SECOND = "Nobody has written back to us since March"


def _q(m: Marks, words: str, end: str) -> str:
    return f"{m.open}{words}{end}{m.close}"


# Attribution forms: (key, needs a plain name, builder(name, quote words, marks) -> paragraph)
FORMS = (
    ("name-said-after", False, lambda n, w, m: f"{_q(m, w, ',')} {n} said."),
    ("said-name-after", False, lambda n, w, m: f"{_q(m, w, ',')} said {n}."),
    ("name-said-colon", False, lambda n, w, m: f"{n} said: {_q(m, w, '.')}"),
    ("name-said-comma", False, lambda n, w, m: f"{n} said, {_q(m, w, '.')}"),
    ("apposition", True, lambda n, w, m: f"{n}, 44, a welder, said: {_q(m, w, '.')}"),
    ("according-to", False, lambda n, w, m: f"{_q(m, w, ',')} according to {n}."),
    ("told-reporters", False, lambda n, w, m: f"{n} told reporters: {_q(m, w, '.')}"),
    ("told-after", False, lambda n, w, m: f"{_q(m, w, ',')} {n} told reporters."),
    ("said-of-org", True, lambda n, w, m: f"{_q(m, w, ',')} said {n} of the Harbour Trust."),
)

# A second paragraph bringing the speaker back by surname only, before or after the quote.
SECONDS = (
    lambda s, m: f"{_q(m, SECOND, ',')} {s} said.",
    lambda s, m: f"{s} added: {_q(m, SECOND, '.')}",
)


@dataclass(frozen=True)
class BatteryCase:
    id: str
    text: str
    speaker: str


def _cases() -> list[BatteryCase]:
    out = []
    for i, name in enumerate(NAMES):
        for j, (form, plain_only, build) in enumerate(FORMS):
            if plain_only and not name.plain:
                continue
            marks = MARKS[(i + j) % len(MARKS)]
            first = build(name.written, FIRST[(i + j) % 2], marks)
            second = SECONDS[(i * 3 + j) % 2](name.surname, marks)
            out.append(
                BatteryCase(f"{name.key}-{form}-{marks.key}", f"{first}\n\n{second}", name.speaker)
            )
    return out


CASES = _cases()

# Cases judged out of scope, each with its reason (id -> reason).
OUT_OF_SCOPE: dict[str, str] = {}


def _same(found: str | None, expected: str) -> bool:
    """The speaker an editor expects: the same words; a suffix's closing period may go."""
    return found is not None and found.rstrip(".") == expected.rstrip(".")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=OUT_OF_SCOPE[c.id], strict=True))
        if c.id in OUT_OF_SCOPE
        else c
        for c in CASES
    ],
    ids=[c.id for c in CASES],
)
def test_named_speaker_and_surname_return(case: BatteryCase) -> None:
    quotes = analyze(case.text).quotes
    got = [(q.text[:24], q.speaker) for q in quotes]
    assert len(quotes) == 2, got
    assert _same(quotes[0].speaker, case.speaker), got
    assert _same(quotes[1].speaker, case.speaker), got


def test_the_battery_covers_every_shape_and_form() -> None:
    assert len(CASES) >= 300
    forms = {c.id.split("-")[-2] for c in CASES}
    assert len({c.id.rsplit("-", 1)[1] for c in CASES}) == len(MARKS)
    assert forms
