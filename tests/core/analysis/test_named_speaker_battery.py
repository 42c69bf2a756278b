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
from tests.core.analysis.marks import MARKS
from tests.core.analysis.marks import quoted as _q


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
    Name("father", "Father Tomás Reynaga", "Tomás Reynaga", "Reynaga"),
    Name("sister", "Sister Agnes Mulvane", "Agnes Mulvane", "Mulvane"),
    Name("judge", "Judge Helena Carrowby", "Helena Carrowby", "Carrowby"),
    Name("acc", "Assistant Chief Constable Rory Dunmoor", "Rory Dunmoor", "Dunmoor"),
    Name("cllr", "Cllr Bethan Rees-Avery", "Bethan Rees-Avery", "Rees-Avery"),
    Name("imam", "Imam Yusuf Adeyemo", "Yusuf Adeyemo", "Adeyemo"),
    Name("title-of", "US Secretary of State Ada Lowenthal", "Ada Lowenthal", "Lowenthal"),
    Name("minister-of", "Minister of Finance Jonas Ekwueme", "Jonas Ekwueme", "Ekwueme"),
    Name("professor", "Professor Keziah Lund-Harte", "Keziah Lund-Harte", "Lund-Harte"),
    # surnames that are also title or organisation words
    Name("surname-judge", "Helen Judge", "Helen Judge", "Judge"),
    Name("surname-bishop", "Ryan Bishop", "Ryan Bishop", "Bishop"),
    Name("surname-church", "Dana Church", "Dana Church", "Church"),
    Name("surname-court", "Lewis Court", "Lewis Court", "Court"),
    # more first names that are also words
    Name("summer", "Summer Oyelaran", "Summer Oyelaran", "Oyelaran"),
    Name("chance", "Chance Mulroney", "Chance Mulroney", "Mulroney"),
    Name("precious", "Precious Adeyinka", "Precious Adeyinka", "Adeyinka"),
    Name("young", "Kim Young-soo", "Kim Young-soo", "Kim"),
    # more particles and initials
    Name("hyphen-first", "Pieter-Jan de Vriesman", "Pieter-Jan de Vriesman", "de Vriesman"),
    Name("Van", "Elke Van Houdtem", "Elke Van Houdtem", "Van Houdtem"),
    Name("Di", "Lorenzo Di Marcello", "Lorenzo Di Marcello", "Di Marcello"),
    Name("st", "Felicity St. Johnston", "Felicity St. Johnston", "St. Johnston"),
    Name("initial-first", "J. Alfredo Monteira", "J. Alfredo Monteira", "Monteira"),
    # party and state tags
    Name("party-d", "Rep. Dana Kowalczyn (D-Ohio)", "Dana Kowalczyn", "Kowalczyn", plain=False),
    Name("party-r", "Ray Boonstra (R-Texas)", "Ray Boonstra", "Boonstra", plain=False),
    Name("party-ap", "Sen. Mara Quillen, D-Vt.,", "Mara Quillen", "Quillen", plain=False),
    Name("party-ap-plain", "Ray Boonstra, R-Texas,", "Ray Boonstra", "Boonstra", plain=False),
)


FIRST = ("The harbour wall will not survive another winter", "We have asked for the money twice")
SECOND = "Nobody has written back to us since March"


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
    ("said-role-after", True, lambda n, w, m: f"{_q(m, w, ',')} said {n}, a spokeswoman."),
    ("apposition-after", True, lambda n, w, m: f"{_q(m, w, ',')} {n}, 44, a welder, said."),
    ("who-clause", True, lambda n, w, m: f"{n}, who runs the ferry, said: {_q(m, w, '.')}"),
    ("role-first", False, lambda n, w, m: f"The union’s treasurer, {n}, said: {_q(m, w, '.')}"),
    ("said-on-day", False, lambda n, w, m: f"{_q(m, w, ',')} {n} said on Tuesday."),
    ("intro-phrase", False, lambda n, w, m: f"Asked about the pier, {n} said: {_q(m, w, '.')}"),
    ("statement", False, lambda n, w, m: f"{_q(m, w, ',')} {n} said in a statement."),
)
CORE_FORMS = 5
"""The first forms are crossed with every name; each later one with every other name, so the
battery stays a few hundred cases while every name meets most forms."""

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
            if (plain_only and not name.plain) or (j >= CORE_FORMS and (i + j) % 2):
                continue
            marks = MARKS[(i + j) % len(MARKS)]
            first = build(name.written, FIRST[(i + j) % 2], marks)
            second = SECONDS[(i * 3 + j) % 2](name.surname, marks)
            out.append(
                BatteryCase(f"{name.key}-{form}-{marks.key}", f"{first}\n\n{second}", name.speaker)
            )
    return out


CASES = _cases()

# Name shapes judged out of scope, each with its reason (name key -> reason).
_ORG_SURNAME = (
    "a first name before an organisation word ('Dana Church', 'Lewis Court') reads as the body "
    "or the building ('Grace Church', 'Ashley Court'); the words alone cannot tell them apart"
)
OUT_OF_SCOPE: dict[str, str] = {"surname-church": _ORG_SURNAME, "surname-court": _ORG_SURNAME}


def _out_of_scope(case: BatteryCase) -> str | None:
    return next((why for key, why in OUT_OF_SCOPE.items() if case.id.startswith(key + "-")), None)


def _same(found: str | None, expected: str) -> bool:
    """The speaker an editor expects: the same words; a suffix's closing period may go."""
    return found is not None and found.rstrip(".") == expected.rstrip(".")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=_out_of_scope(c) or "", strict=True))
        if _out_of_scope(c)
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


def test_the_battery_crosses_every_shape_with_every_form_and_mark() -> None:
    assert 300 <= len(CASES) <= 1000
    for name in NAMES:
        ids = [c.id for c in CASES if c.id.startswith(name.key + "-")]
        assert len({i.rsplit("-", 1)[1] for i in ids}) == len(MARKS), name.key
    for form, _, _ in FORMS:
        assert sum(f"-{form}-" in c.id for c in CASES) >= len(NAMES) // 3, form
