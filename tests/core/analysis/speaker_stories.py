"""Generated paragraphs for the speaker-structure battery (test_speaker_structure_battery.py).

Each story puts two or three invented people or organisations in one paragraph or sentence, in
a structure where only one of them is speaking: a speech verb with an object ("told Y", "said of
Y", "in a letter to Y"), a passive ("was told by X", "was quoted by ... as saying"), a relative
clause that names another person, a possessive speaker ("X's lawyer, Z"), quotes before, after
and around the tag, a pronoun whose referent is the last agreeing subject, a follow-on quote in
the next paragraph, "according to X", and two speakers in one sentence. The speaker an editor
expects (the fullest name the story gives) is part of each story. Casts are drawn with a fixed
seed: genders are mixed and an organisation is often among the people.

Why generated: the engine's main speaker error on copy nobody tuned on is choosing the wrong one
of several mentions; one structure misread fails for every cast, so structures are crossed with
casts. Every name, organisation and sentence here is invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.core.analysis.story_cast import Story, StoryCast

SEED = 8

FIRST = {
    "f": ["Helen", "Margaret", "Claire", "Susan", "Fiona", "Rachel", "Joanna", "Patricia"],
    "m": ["David", "Peter", "Thomas", "Michael", "Andrew", "Richard", "Stephen", "Graham"],
}
SURNAMES = """Okafor Lindgren Haleby Adeyemi Nakamura Kowalczyk Haddad Ferreira Castellano
    Varga Nguyen Chowdhury Mensah Petrov Brennan Dubois Mahlangu Horvat Ionescu Demir Osei
    Whitcombe Pereira Novak Rahman Moreau Quispe Halvorsen Kiplagat Marchetti Szabo Okonkwo
    Yilmaz Bergstrom Tamura Mwangi Farrell Pritchard Esposito Ndlovu Ibarra Solberg""".split()
ORGS = ["Kestrel Bus Company", "Marlow Valley Water", "Northgate Housing Association",
        "Fenwick District Council", "Calder Mutual Insurance", "Rothley Energy",
        "the Dunmore Harbour Trust", "the Ashgrove Planning Agency"]  # fmt: skip
OUTLETS = ["the Wendham Gazette", "Radio Tarnhill", "the Carrow Evening Post"]
QUOTES = [
    "We have kept prices flat for two years",
    "Nobody told us the road would close",
    "It was the hardest winter we have had",
    "We will open again in the spring",
    "The numbers simply do not add up",
    "People here deserve a straight answer",
    "We knew the risk and we took it",
    "There was no other way to do it",
]
HE_SHE = {"m": "he", "f": "she"}
HIM_HER = {"m": "him", "f": "her"}
OTHER = {"m": "f", "f": "m"}


@dataclass(frozen=True)
class Person:
    """A person in one story: the full name, the surname, the gender."""

    full: str
    surname: str
    gender: str

    @property
    def he(self) -> str:
        return HE_SHE[self.gender]

    @property
    def him(self) -> str:
        return HIM_HER[self.gender]

    @property
    def his(self) -> str:
        return "his" if self.gender == "m" else "her"


class Cast(StoryCast):
    """Draws distinct people, an organisation, an outlet and quotes for one story."""

    FIRST = FIRST
    SURNAMES = SURNAMES
    QUOTES = QUOTES

    def person(self, gender: str | None = None) -> Person:  # type: ignore[override]
        g = gender or self.rng.choice("mf")
        s = self.surname()  # drawn before the first name, as the battery's seeds expect
        return Person(f"{self.first(g)} {s}", s, g)

    def org(self) -> str:
        return self.rng.choice(ORGS)

    def outlet(self) -> str:
        return self.rng.choice(OUTLETS)

    def q(self) -> str:
        return next(self._quotes)


def bare(org: str) -> str:
    """An organisation as the engine names it: without a leading "the" (as the scorer reads it)."""
    return org[4:] if org.startswith("the ") else org


def cap(s: str) -> str:
    """A mention opening a sentence ("the Dunmore Harbour Trust" -> "The Dunmore ...")."""
    return s[0].upper() + s[1:]


Builder = Callable[[Cast], tuple[str, tuple[str | None, ...]]]


def _other(c: Cast, x: Person) -> str:
    """The second party: a person of either gender or an organisation, by the cast's draw."""
    return c.person().full if c.rng.random() < 0.6 else c.org()


# --- a speech verb with an object -------------------------------------------------------------


def told_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} told {y}.", (x.full,)


def told_before(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"{x.full} told {y}: “{c.q()}.”", (x.full,)


def told_around(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} told {y}. “{c.q()}.”", (x.full, x.full)


def told_meeting(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{x.full} told {y.full} at a meeting on Tuesday that the money had gone. “{c.q()},” "
        f"{x.surname} said.",
        (x.full,),
    )


def said_of(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} said of {y}.", (x.full,)


def said_of_surname(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{x.full} and {y.full} have not spoken since March.\n\n"
        f"“{c.q()},” {x.surname} said of {y.surname}.",
        (x.full,),
    )


def letter_to(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"{x.full} wrote in a letter to {y}: “{c.q()}.”", (x.full,)


def in_letter_to(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"In a letter to {y}, {x.full} wrote: “{c.q()}.”", (x.full,)


def had_told(c: Cast) -> tuple[str, tuple[str, ...]]:
    # The quoted words are the ones Y said to X: an editor gives them to Y.
    x, y = c.person(), c.person()
    return f"{x.full} said {y.full} had told {x.him}: “{c.q()}.”", (y.full,)


def responding(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"Responding to {y}, {x.full} said: “{c.q()}.”", (x.full,)


def responding_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} said, responding to {y}.", (x.full,)


def asked_about(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"Asked about {y}, {x.full} said: “{c.q()}.”", (x.full,)


def interview(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    return f"In an interview with {c.outlet()}, {x.full} said: “{c.q()}.”", (x.full,)


def interview_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    return f"“{c.q()},” {x.full} said in an interview with {c.outlet()}.", (x.full,)


def org_told(c: Cast) -> tuple[str, tuple[str, ...]]:
    o, y = c.org(), c.person()
    return f"{cap(o)} told {y.full} in a statement: “{c.q()}.”", (bare(o),)


# --- passives ---------------------------------------------------------------------------------


def told_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"{y.full} was told by {x.full}: “{c.q()}.”", (x.full,)


def told_by_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"“{c.q()},” {y.full} was told by {x.full}.", (x.full,)


def quoted_as_saying(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    return f"{x.full} was quoted by {c.outlet()} as saying: “{c.q()}.”", (x.full,)


def quoted_as_saying_of(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person()
    return (
        f"{x.full} was quoted by {c.outlet()} as saying of {y.full}: “{c.q()}.”",
        (x.full,),
    )


# --- relative clauses naming another person -------------------------------------------------


def who_hired(c: Cast) -> tuple[str, tuple[str, ...]]:
    y, x = c.person(), c.person()
    return f"{y.full}, who hired {x.full} in 2019, said: “{c.q()}.”", (y.full,)


def who_y_hired(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"{x.full}, who {y.full} hired in 2019, said: “{c.q()}.”", (x.full,)


def whom_org_sued(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, o = c.person(), c.org()
    return f"{x.full}, whom {o} sued last year, said: “{c.q()}.”", (x.full,)


def who_works_for(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"“{c.q()},” said {x.full}, who works for {y.full}.", (x.full,)


def hired_then_said(c: Cast) -> tuple[str, tuple[str, ...]]:
    y, x = c.person(), c.person()
    return f"{y.full} hired {x.full} in 2019. “{c.q()},” {y.surname} said.", (y.full,)


# --- possessive speakers ----------------------------------------------------------------------


def lawyer_named(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, z = c.person(), c.person()
    return f"{x.full}’s lawyer, {z.full}, said: “{c.q()}.”", (z.full,)


def lawyer_named_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, z = c.person(), c.person()
    return f"“{c.q()},” said {x.full}’s lawyer, {z.full}.", (z.full,)


def spokeswoman_for(c: Cast) -> tuple[str, tuple[str, ...]]:
    o = c.org()
    return f"A spokeswoman for {o} said: “{c.q()}.”", (f"A spokeswoman for {o}",)


def spokeswoman_for_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    o, y = c.org(), c.person()
    return (
        f"{y.full} complained in May. “{c.q()},” a spokeswoman for {o} said.",
        (f"a spokeswoman for {o}",),
    )


# --- a following "he/she said": the last agreeing subject ------------------------------------


def pronoun_subject_not_object(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y, z = c.person(), c.person(x.gender)
    return (
        f"{x.full} sued {y.full} and {z.full} last year over the lease.\n\n“{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_subject_not_told(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{x.full} met {y.full} on Friday to discuss the lease. “{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_subject_org_between(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    o = c.org()
    return (
        f"{x.full} said {o} had ignored a report by {y.full}. “{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_other_gender_subject(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(OTHER[x.gender])
    return (
        f"{y.full} criticised {x.full} over the delays. “{c.q()},” {x.he} said.",
        (x.full,),
    )


# --- follow-on quotes in the next paragraph ---------------------------------------------------


def bare_follow_on(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} told {y}.\n\n“{c.q()}.”", (x.full, x.full)


def added_follow_on(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{x.full} said the council had let down {y.full}: “{c.q()}.”\n\n“{c.q()},” {x.he} added.",
        (x.full, x.full),
    )


def added_bare_verb(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return (
        f"“{c.q()},” {x.full} said after meeting {y}.\n\nAdded {x.surname}: “{c.q()}.”",
        (x.full, x.full),
    )


# --- "according to" ---------------------------------------------------------------------------


def according_to(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” according to {x.full}, a lawyer for {y}.", (x.full,)


def according_to_before(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"According to {x.full}, who advised {y.full}, “{c.q().lower()}.”", (x.full,)


# --- two speakers in one sentence -------------------------------------------------------------


def while_said(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{x.full} said the plan was sound, while {y.full} said: “{c.q()}.”",
        (y.full,),
    )


def while_both(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person()
    return (
        f"“{c.q()},” {x.full} said, while {y.full} said: “{c.q()}.”",
        (x.full, y.full),
    )


def but_org(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, o = c.person(), c.org()
    return (
        f"{x.full} called the fares unfair, but {o} said: “{c.q()}.”",
        (bare(o),),
    )


# --- more clause boundaries and continuity ----------------------------------------------------


def when_clause(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"When {y.full} resigned in May, {x.full} said: “{c.q()}.”", (x.full,)


def after_meeting(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"After meeting {y}, {x.full} told reporters: “{c.q()}.”", (x.full,)


def said_after_left(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"“{c.q()},” {x.full} said after {y.full} left the room.", (x.full,)


def citing(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} said, citing a report by {y}.", (x.full,)


def told_who_asked(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"“{c.q()},” {x.full} told {y.full}, who had asked about the lease.", (x.full,)


def said_of_plan(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"{x.full} said of the plan drawn up by {y}: “{c.q()}.”", (x.full,)


def speaking_to(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    return f"Speaking to {c.outlet()} on Monday, {x.full} said: “{c.q()}.”", (x.full,)


def on_behalf(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"{x.full}, speaking on behalf of {y}, said: “{c.q()}.”", (x.full,)


def chief_of_org(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, o = c.person(), c.org()
    return f"“{c.q()},” said {x.full}, the chief executive of {o}.", (x.full,)


def org_told_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    y, o = c.person(), c.org()
    return f"{y.full} was told by {o}: “{c.q()}.”", (bare(o),)


def quoted_as_saying_after(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    return f"{x.full} was quoted as saying by {c.outlet()}: “{c.q()}.”", (x.full,)


def pronoun_main_not_subordinate(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"Although {y.full} objected, {x.full} went ahead with the sale. “{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_after_told_tag(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return f"“{c.q()},” {x.full} told {y.full}.\n\n“{c.q()},” {x.he} said.", (x.full, x.full)


def pronoun_after_succeeded(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{x.full}, who succeeded {y.full} in 2019, runs the depot.\n\n“{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_after_lawyer(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    z = c.person(x.gender)
    return (
        f"{x.full}’s lawyer, {z.full}, filed the appeal on Monday. “{c.q()},” {z.he} said.",
        (z.full,),
    )


def pronoun_after_passive(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{x.full} was interviewed by {y.full} for two hours. “{c.q()},” {x.he} said.",
        (x.full,),
    )


def follow_on_after_object(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{x.full} said {y.full} had failed the town. “{c.q()}.”\n\n“{c.q()}.”",
        (x.full, x.full),
    )


def added_that(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{x.full} said: “{c.q()}.”\n\n{cap(x.he)} added that {y.full} had been warned. “{c.q()}.”",
        (x.full, x.full),
    )


def around_said_of(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = _other(c, x)
    return f"“{c.q()},” {x.full} said of {y}. “{c.q()}.”", (x.full, x.full)


def both_before(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{x.full} said: “{c.q()}.” {y.full} disagreed: “{c.q()}.”",
        (x.full, y.full),
    )


def replied(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return (
        f"{y.full} asked {x.full} about the lease. “{c.q()},” {x.surname} replied.",
        (x.full,),
    )


def warned_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person() if c.rng.random() < 0.5 else None
    listener = y.full if y else c.rng.choice(["The tenants", "Staff at the depot"])
    verb = c.rng.choice(["warned", "assured", "reminded"])
    return f"{listener} {'was' if y else 'were'} {verb} by {x.full}: “{c.q()}.”", (x.full,)


def told_by_lawyer(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, z = c.person(), c.person()
    return f"{x.full} was told by {x.his} lawyer, {z.full}: “{c.q()}.”", (z.full,)


def added_inverted(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    verb = c.rng.choice(["Added", "Continued", "Explained", "Recalled"])
    return (
        f"{x.full} said: “{c.q()}.”\n\n{verb} {x.surname}: “{c.q()}.”",
        (x.full, x.full),
    )


def inverted_new_speaker(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    verb = c.rng.choice(["Added", "Countered", "Replied", "Said"])
    return (
        f"{x.full} said: “{c.q()}.”\n\n{verb} {y.full}, a neighbour: “{c.q()}.”",
        (x.full, y.full),
    )


def document_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    o = c.org()
    doc = c.rng.choice(["A statement issued by", "A letter sent by", "A report published by"])
    return f"{doc} {o} said: “{c.q()}.”", (bare(o),)


def letter_signed_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, o = c.person(), c.org()
    return f"A letter signed by {x.full} and sent to {o} said: “{c.q()}.”", (x.full,)


SHORT = ["We will appeal", "It was never fair", "Nobody asked us", "We are not finished"]
"""Quotes of six words or fewer, which the engine weighs as possibly cited words."""


def in_a_letter(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person() if c.rng.random() < 0.5 else None
    o = c.org()
    sayer, speaker = (x.full, x.full) if x else (cap(o), bare(o))
    y = _other(c, x) if x else c.person().full
    verb = c.rng.choice(["told", "wrote to"])
    words = c.rng.choice(SHORT)
    return f"{sayer} {verb} {y} in a letter: “{words}.”", (speaker,)


def pronoun_after_trailing_tag(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    return (
        f"{y.full} sued {x.full} last year, {x.surname} said.\n\n“{c.q()},” {x.he} said.",
        (x.full,),
    )


def pronoun_reported_subject(c: Cast) -> tuple[str, tuple[str, ...]]:
    y = c.person()
    z = c.person(y.gender)
    sayer = c.person(OTHER[y.gender]).full if c.rng.random() < 0.5 else cap(c.org())
    verb = c.rng.choice(["said", "believes", "claimed"])
    act = c.rng.choice(["had written to", "had misled", "had sued"])
    return (
        f"{sayer} {verb} {y.full} {act} {z.full} in May.\n\n“{c.q()},” {y.he} said.",
        (y.full,),
    )


def who_was_told_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    y = c.person()
    x = c.person() if c.rng.random() < 0.6 else None
    sayer, speaker, aux = (x.full, x.full, "was") if x else ("The tenants", "The tenants", "were")
    verb = c.rng.choice(["told", "warned"])
    return (
        f"{sayer}, who {aux} {verb} by {y.full} that the depot would close, said: “{c.q()}.”",
        (speaker,),
    )


def said_was_told_by(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    return f"{x.full} said {x.he} was told by {y.full}: “{c.q()}.”", (y.full,)


def semicolon_two_speakers(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    o = c.org()
    y, speaker_y = (c.person().full,) * 2 if c.rng.random() < 0.6 else (cap(o), bare(o))
    if c.rng.random() < 0.5:
        text = f"{x.full} said: “{c.rng.choice(SHORT)}”; {y} said: “{c.q()}.”"
    else:
        text = f"{x.full} said it was “a mistake”; {y} said it was “the right call”."
    return text, (x.full, speaker_y)


def cut_in(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    verb = c.rng.choice(["interrupted", "chimed in"])
    return (
        f"“{c.q()},” {x.full} said, before {y.full} {verb}: “{c.rng.choice(SHORT)}.”",
        (x.full, y.full),
    )


def pronoun_past_relative_clause(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    y = c.person(x.gender)
    rel = c.rng.choice([f"which {y.full} built in 2010", f"where {y.full} worked for years"])
    return (
        f"“{c.q()},” {x.full} said.\n\nThe depot, {rel}, is now closed. “{c.q()},” {x.he} said.",
        (x.full, x.full),
    )


def owned_speaker_goes_on(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    role = c.rng.choice(["spokeswoman", "spokesman"])
    he = "she" if role == "spokeswoman" else "he"
    return (
        f"{x.full}’s {role} said: “{c.q()}.”\n\n“{c.q()},” {he} added.",
        (f"{x.full}’s {role}",) * 2,
    )


def contrast_opening_clause(c: Cast) -> tuple[str, tuple[str, ...]]:
    x, y = c.person(), c.person()
    opener = c.rng.choice(["Where", "Whereas", "Whilst"])
    return f"{opener} {x.full} saw “a mistake”, {y.full} saw “the right call”.", (x.full, y.full)


def contrast_called_it(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    o = c.org()
    y, speaker_y = (c.person().full,) * 2 if c.rng.random() < 0.6 else (o, bare(o))
    opener = c.rng.choice(["", "Whereas ", "While "])
    return (
        f"{opener}{x.full} called it “a mistake”, {y} called it “the right call”.",
        (x.full, speaker_y),
    )


def according_to_role_then_name(c: Cast) -> tuple[str, tuple[str, ...]]:
    o, y = c.org(), c.person()
    role = c.rng.choice(["a spokeswoman for", "a lawyer for"])
    return (
        f"According to {role} {o}, {y.full} “was never an employee”.",
        (f"{role} {o}",),
    )


def participle_by_opening(c: Cast) -> tuple[str, tuple[str, ...]]:
    # A first name that says no gender: only the sentence's shape says who "she" is.
    x = c.person()
    name = f"{c.rng.choice(['Kalani', 'Tendai', 'Anesu', 'Oluwaseun'])} {x.surname}"
    o = c.org()
    verb = c.rng.choice(["Pressed", "Questioned", "Challenged"])
    return (
        f"{name} was in court on Monday.\n\n{verb} by {o} on the lease, {x.he} said: “{c.q()}.”",
        (name,),
    )


def told_by_bare_plural(c: Cast) -> tuple[str, tuple[str, ...]]:
    x = c.person()
    group = c.rng.choice(["residents", "tenants", "neighbours"])
    return f"{x.full} was told by {group}: “{c.q()}.”", (group,)


def agentless_passive(c: Cast) -> tuple[str, tuple[str | None, ...]]:
    x = c.person()
    return f"“{c.q()},” {x.full} was told.", (None,)


STRUCTURES: dict[str, Builder] = {
    f.__name__.replace("_", "-"): f
    for f in (
        told_after, told_before, told_around, told_meeting, said_of, said_of_surname,
        letter_to, in_letter_to, had_told, responding, responding_after, asked_about,
        interview, interview_after, org_told, told_by, told_by_after, quoted_as_saying,
        quoted_as_saying_of, who_hired, who_y_hired, whom_org_sued, who_works_for,
        hired_then_said, lawyer_named, lawyer_named_after, spokeswoman_for,
        spokeswoman_for_after, pronoun_subject_not_object, pronoun_subject_not_told,
        pronoun_subject_org_between, pronoun_other_gender_subject, bare_follow_on,
        added_follow_on, added_bare_verb, according_to, according_to_before, while_said,
        while_both, but_org, when_clause, after_meeting, said_after_left, citing,
        told_who_asked, said_of_plan, speaking_to, on_behalf, chief_of_org, org_told_by,
        quoted_as_saying_after, pronoun_main_not_subordinate, pronoun_after_told_tag,
        pronoun_after_succeeded, pronoun_after_lawyer, pronoun_after_passive,
        follow_on_after_object, added_that, around_said_of, both_before, replied,
        warned_by, told_by_lawyer, added_inverted, inverted_new_speaker, document_by,
        letter_signed_by, in_a_letter, pronoun_after_trailing_tag, pronoun_reported_subject,
        who_was_told_by, said_was_told_by, semicolon_two_speakers,
        cut_in, pronoun_past_relative_clause, owned_speaker_goes_on, contrast_opening_clause,
        contrast_called_it, according_to_role_then_name, participle_by_opening,
        told_by_bare_plural, agentless_passive,
    )
}  # fmt: skip

XFAIL: dict[str, str] = {}
"""Structures an editor reads one way and the engine, honestly, cannot yet: key -> reason."""

CASTS = 8
"""Casts per structure: enough to cross genders and person-or-organisation objects."""


def stories() -> list[Story]:
    """Every structure with CASTS seeded casts; ids say the structure and the cast."""
    rng = random.Random(SEED)
    out = []
    for key, build in STRUCTURES.items():
        for i in range(CASTS):
            text, speakers = build(Cast(random.Random(rng.random())))
            out.append(Story(f"{key}-{i}", text + "\n", speakers, XFAIL.get(key, "")))
    return out
