"""Generated stories for the organisation and unnamed-speaker battery
(test_unnamed_org_battery.py).

An organisation speaking is its name as written ("the Department of Rural Affairs", "Harlow
Biscuits"); an unnamed speaker is the short descriptive head as written ("a resident", "a
spokeswoman for the port authority", "a senior official", not the relative clause after it); a
statement speaks for whoever issued it. Each shape is crossed with the attribution forms copy uses
for it, including follow-ons ("it said", "the ministry added") after a person was named in
between, and a quote-only paragraph that continues. Every organisation, person and sentence here
is invented; quotes, outlets and the person in between are drawn with a fixed seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

SEED = 13


@dataclass(frozen=True)
class Org:
    """An organisation as written mid-sentence, what copy calls it again, and its pronoun."""

    key: str
    written: str
    kind: str
    pronoun: str = "it"


ORGS: tuple[Org, ...] = (
    Org("firm", "Harlow Biscuits", "company"),
    Org("firm-ltd", "Quenby Logistics Ltd", "company"),
    Org("firm-amp", "Kelso & Finch", "firm"),
    Org("firm-pharma", "Orwin Pharmaceuticals", "company"),
    Org("utility", "Tarnside Water", "company"),
    Org("label", "Pellham Sound Records", "label"),
    Org("dept-of", "the Department of Rural Affairs", "department"),
    Org("ministry-of", "the Ministry of Coastal Defence", "ministry"),
    Org("council", "Dunmere District Council", "council"),
    Org("council-the", "the Brackley Town Council", "council"),
    Org("board", "the Harbour Board", "board"),
    Org("police", "Westvale Police", "force"),
    Org("constabulary", "the Tarnbrook Constabulary", "force"),
    Org("union-of", "the Union of Ferry Workers", "union"),
    Org("association", "the National Association of Glaziers", "association"),
    Org("club", "Ashcombe Rovers", "club"),
    Org("charity", "the Brightwater Trust", "charity"),
    Org("hospital", "St Brannock’s Hospital", "hospital"),
    Org("university-of", "the University of Kelmarsh", "university"),
    Org("university", "Lowmoor University", "university"),
    Org("acronym-the", "the CRA", "agency"),
    Org("acronym", "NFGW", "union"),
    Org("foods", "Marsh Lane Foods", "company"),
    Org("town-club", "Felsham Town", "club"),
    Org("regulator", "the Office of Rail Standards", "regulator"),
    Org("school", "Greyhithe Academy", "school"),
)

QUOTES = (
    "The new timetable starts in the spring",
    "We have asked for the money twice",
    "Nobody has written back to us since March",
    "The bridge will stay shut until the survey is done",
    "We were never told about the second shift",
    "There is no plan to close the depot",
    "The figures speak for themselves",
    "We expect the work to finish by the autumn",
)
OUTLETS = ("the Tarnside Courier", "Radio Kelmarsh", "the Westvale Echo")
PEOPLE = (
    ("Mara Keillor", "a shop owner", "she"),
    ("Tobias Renwick", "who runs the ferry", "he"),
    ("Ines Okonjo", "a local councillor", "she"),
    ("Declan Farrow", "a driver", "he"),
)


def cap(text: str) -> str:
    """Sentence-initial form: "the Harbour Board" opens a sentence as "The Harbour Board"."""
    return text[:1].upper() + text[1:]


def possessive(text: str) -> str:
    """ "Harlow Biscuits’ statement", "the Harbour Board’s statement"."""
    return text + ("’" if text.endswith("s") else "’s")


@dataclass(frozen=True)
class Story:
    """One generated story and, quote by quote, the speakers an editor accepts."""

    id: str
    text: str
    speakers: tuple[tuple[str, ...], ...]


# A form builds paragraphs from the speaker as written, three quote texts, an outlet and a
# person (name, description, pronoun) named in between; it returns the paragraphs and, per
# quote, which speaker it expects: "S" the shape's speaker, "P" the person, "B" the shape's
# speaker or its back-reference ("the resident" for "a resident").
Form = Callable[[str, list[str], str, tuple[str, str, str], str], tuple[list[str], str]]


def _other_body(kind: str) -> str:
    """A body of another kind named in between: a ministry after a firm, a firm after a body."""
    commercial = {"company", "firm", "label", "club"}
    return "The Ministry of Inland Waters" if kind in commercial else "Garrow Freight Holdings"


def _org_forms() -> dict[str, Form]:
    return {
        "x-said-after": lambda s, q, o, p, k: ([f"“{q[0]},” {s} said."], "S"),
        "said-x-after": lambda s, q, o, p, k: ([f"“{q[0]},” said {s}."], "S"),
        "x-said-colon": lambda s, q, o, p, k: ([f"{cap(s)} said: “{q[0]}.”"], "S"),
        "statement-after": lambda s, q, o, p, k: ([f"“{q[0]},” {s} said in a statement."], "S"),
        "in-a-statement": lambda s, q, o, p, k: ([f"In a statement, {s} said: “{q[0]}.”"], "S"),
        "statement-from": lambda s, q, o, p, k: ([f"A statement from {s} said: “{q[0]}.”"], "S"),
        "statement-read": lambda s, q, o, p, k: (
            [f"{cap(possessive(s))} statement read: “{q[0]}.”"],
            "S",
        ),
        "according-to": lambda s, q, o, p, k: ([f"“{q[0]},” according to {s}."], "S"),
        "told-outlet": lambda s, q, o, p, k: ([f"{cap(s)} told {o}: “{q[0]}.”"], "S"),
        "x-added": lambda s, q, o, p, k: (
            [f"“{q[0]},” said {p[0]}, {p[1]}.", f"“{q[1]},” {s} added."],
            "PS",
        ),
        "it-said-later": lambda s, q, o, p, k: (
            [f"{cap(s)} said: “{q[0]}.”", f"“{q[1]},” said {p[0]}, {p[1]}.", f"“{q[2]},” it said."],
            "SPS",
        ),
        "kind-added-later": lambda s, q, o, p, k: (
            [
                f"“{q[0]},” {s} said in a statement.",
                f"{p[0]}, {p[1]}, disagreed. “{q[1]},” {p[2]} said.",
                f"“{q[2]},” the {k} added.",
            ],
            "SPS",
        ),
        "quote-only-next": lambda s, q, o, p, k: (
            [f"{cap(s)} said in a statement: “{q[0]}.”", f"“{q[1]}.”"],
            "SS",
        ),
        "named-spokeswoman": lambda s, q, o, p, k: (
            [f"{p[0]}, a spokeswoman for {s}, said: “{q[0]}.”"],
            "P",
        ),
        "unnamed-spokeswoman": lambda s, q, o, p, k: (
            [f"“{q[0]},” a spokeswoman for {s} said."],
            "W",
        ),
        "spokesman-told": lambda s, q, o, p, k: (
            [f"A spokesman for {s} told {o}: “{q[0]}.”"],
            "M",
        ),
        "which-clause": lambda s, q, o, p, k: (
            [f"{cap(s)}, which runs the depot, said: “{q[0]}.”"],
            "S",
        ),
        "said-on-day": lambda s, q, o, p, k: ([f"“{q[0]},” {s} said on Tuesday."], "S"),
        "letter-to": lambda s, q, o, p, k: (
            [f"In a letter to residents, {s} said: “{q[0]}.”"],
            "S",
        ),
        "issued-then-statement": lambda s, q, o, p, k: (
            [f"{cap(s)} issued a statement on Monday.", f"“{q[0]},” the statement said."],
            "S",
        ),
        "letter-from": lambda s, q, o, p, k: ([f"A letter from {s} said: “{q[0]}.”"], "S"),
        "statement-issued-by": lambda s, q, o, p, k: (
            [f"“{q[0]},” said a statement released by {s}."],
            "S",
        ),
        "named-chief-executive": lambda s, q, o, p, k: (
            [f"{cap(possessive(s))} chief executive, {p[0]}, said: “{q[0]}.”"],
            "P",
        ),
        "kind-after-news": lambda s, q, o, p, k: (
            [f"{cap(s)} announced the change on Monday.", f"“{q[0]},” the {k} said."],
            "S",
        ),
        "kind-after-other-body": lambda s, q, o, p, k: (
            [
                f"{cap(s)} said: “{q[0]}.”",
                f"{_other_body(k)} has opened an inquiry into the depot.",
                f"“{q[1]},” the {k} said.",
            ],
            "SS",
        ),
        "place-based-kind": lambda s, q, o, p, k: (
            [f"{cap(s)} announced the change.", f"“{q[0]},” the Kelmarsh-based {k} said."],
            "S",
        ),
        "it-added-same-paragraph": lambda s, q, o, p, k: (
            [f"{cap(s)} said: “{q[0]}.” It added: “{q[1]}.”"],
            "SS",
        ),
    }


@dataclass(frozen=True)
class Unnamed:
    """An unnamed speaker as written, the speaker an editor expects, and its back-reference."""

    key: str
    written: str
    speaker: str
    back: str
    """How copy refers to them again: "the resident", "they"."""
    body: bool = False
    """Officials, police, an office: bodies that issue statements."""


UNNAMED: tuple[Unnamed, ...] = (
    Unnamed("resident", "a resident", "a resident", "the resident"),
    Unnamed("one-mother", "one mother", "one mother", "the mother"),
    Unnamed("officials", "officials", "officials", "they", body=True),
    Unnamed("police", "police", "police", "they", body=True),
    Unnamed("residents", "residents", "residents", "they"),
    Unnamed(
        "spokeswoman-for",
        "a spokeswoman for the port authority",
        "a spokeswoman for the port authority",
        "the spokeswoman",
        body=True,
    ),
    Unnamed(
        "source-close",
        "a source close to the negotiations",
        "a source close to the negotiations",
        "the source",
    ),
    Unnamed("aide", "an aide", "an aide", "the aide"),
    Unnamed(
        "people-familiar",
        "people familiar with the talks",
        "people familiar with the talks",
        "they",
    ),
    Unnamed("office-of", "the office of the mayor", "the office of the mayor", "it", body=True),
    Unnamed(
        "not-named",
        "a senior official who asked not to be named",
        "a senior official",
        "the official",
    ),
    Unnamed("officer", "an officer", "an officer", "the officer"),
    Unnamed("one-user", "one user", "one user", "the user"),
    Unnamed("neighbour", "a neighbour", "a neighbour", "the neighbour"),
    Unnamed("former-employee", "a former employee", "a former employee", "the former employee"),
    Unnamed("two-witnesses", "two witnesses", "two witnesses", "they"),
    Unnamed("woman-who", "a woman who lives nearby", "a woman", "the woman"),
    Unnamed("another", "another resident", "another resident", "the resident"),
    Unnamed("police-spokesman", "a police spokesman", "a police spokesman", "the spokesman"),
    Unnamed("eyewitness", "an eyewitness", "an eyewitness", "the eyewitness"),
    Unnamed("several", "several parents", "several parents", "they"),
    Unnamed(
        "org-modifier",
        "a Westvale Police spokeswoman",
        "a Westvale Police spokeswoman",
        "the spokeswoman",
        body=True,
    ),
    Unnamed("government-source", "a government source", "a government source", "the source"),
    Unnamed(
        "close-to-family",
        "a person close to the Aldine family",
        "a person close to the Aldine family",
        "the person",
    ),
    Unnamed("local-residents", "local residents", "local residents", "they"),
    Unnamed("senior-officials", "senior officials", "senior officials", "they", body=True),
    Unnamed("place-officials", "Kelmarsh officials", "Kelmarsh officials", "they", body=True),
    Unnamed("police-officers", "police officers", "police officers", "they"),
    # where they were met is no part of who they are (speaker_forms.py): "an engineer"
    Unnamed("at-a-place", "an engineer at a Tarnside boatyard", "an engineer", "the engineer"),
    Unnamed("in-office", "a junior clerk in the planning office", "a junior clerk", "the clerk"),
)


def _unnamed_forms() -> dict[str, Form]:
    # k is the back-reference here ("the resident", "they").
    return {
        "x-said-after": lambda s, q, o, p, k: ([f"“{q[0]},” {s} said."], "S"),
        "said-x-after": lambda s, q, o, p, k: ([f"“{q[0]},” said {s}."], "S"),
        "x-said-colon": lambda s, q, o, p, k: ([f"{cap(s)} said: “{q[0]}.”"], "S"),
        "according-to": lambda s, q, o, p, k: ([f"“{q[0]},” according to {s}."], "S"),
        "told-outlet": lambda s, q, o, p, k: ([f"{cap(s)} told {o}: “{q[0]}.”"], "S"),
        "x-added": lambda s, q, o, p, k: (
            [f"“{q[0]},” said {p[0]}, {p[1]}.", f"“{q[1]},” {s} added."],
            "PS",
        ),
        "quote-only-next": lambda s, q, o, p, k: (
            [f"{cap(s)} said: “{q[0]}.”", f"“{q[1]}.”"],
            "SS",
        ),
        "back-reference-later": lambda s, q, o, p, k: (
            [f"{cap(s)} said: “{q[0]}.”", f"“{q[1]},” said {p[0]}.", f"“{q[2]},” {k} added."],
            "SPB",
        ),
        "statement-after": lambda s, q, o, p, k: ([f"“{q[0]},” {s} said in a statement."], "S"),
        "told-after": lambda s, q, o, p, k: ([f"“{q[0]},” {s} told {o}."], "S"),
        "added-same-paragraph": lambda s, q, o, p, k: (
            [f"{cap(s)} said: “{q[0]}.” {cap(k)} added: “{q[1]}.”"],
            "SB",
        ),
    }


ORG_FORMS = _org_forms()
UNNAMED_FORMS = _unnamed_forms()
BODY_ONLY = frozenset({"statement-after"})
CORE_FORMS = 9
"""The first forms are crossed with every shape; each later one with every other shape, so the
battery stays several hundred cases while every shape meets most forms."""


def _expected(
    code: str, speaker: str, back: str, org: str, person: str
) -> tuple[tuple[str, ...], ...]:
    table = {
        "S": (speaker,),
        "P": (person,),
        "B": (speaker, back),
        "W": (f"a spokeswoman for {org}",),
        "M": (f"a spokesman for {org}",),
    }
    return tuple(table[c] for c in code)


def stories() -> list[Story]:
    """Every organisation in every organisation form, every unnamed speaker in its forms."""
    rng = random.Random(SEED)
    out: list[Story] = []

    def draw() -> tuple[list[str], str, tuple[str, str, str]]:
        return rng.sample(QUOTES, 3), rng.choice(OUTLETS), rng.choice(PEOPLE)

    for i, org in enumerate(ORGS):
        for j, (form, build) in enumerate(ORG_FORMS.items()):
            if j >= CORE_FORMS and (i + j) % 2:
                continue
            quotes, outlet, person = draw()
            paragraphs, code = build(org.written, quotes, outlet, person, org.kind)
            expected = _expected(code, org.written, org.written, org.written, person[0])
            out.append(Story(f"org-{org.key}-{form}", "\n\n".join(paragraphs), expected))
    for i, who in enumerate(UNNAMED):
        for j, (form, build) in enumerate(UNNAMED_FORMS.items()):
            if (form in BODY_ONLY and not who.body) or (j >= CORE_FORMS and (i + j) % 2):
                continue
            quotes, outlet, person = draw()
            paragraphs, code = build(who.written, quotes, outlet, person, who.back)
            expected = _expected(code, who.speaker, who.back, "", person[0])
            out.append(Story(f"unnamed-{who.key}-{form}", "\n\n".join(paragraphs), expected))
    # "her office said", "his campaign said": a body speaking for the person named before
    for name, what, pronoun in PEOPLE:
        owner = "his" if pronoun == "he" else "her"
        for body in ("office", "campaign", "team"):
            quotes, outlet, _ = draw()
            intro = f"{name}, {what}, did not reply to calls on Monday."
            forms = {
                "after": f"“{quotes[0]},” {owner} {body} said.",
                "statement": f"{cap(owner)} {body} said in a statement: “{quotes[0]}.”",
            }
            for form, paragraph in forms.items():
                key = f"owned-{name.split()[0].lower()}-{body}-{form}"
                out.append(Story(key, f"{intro}\n\n{paragraph}", ((name,),)))
    return out
