"""Generated mini stories for the pronoun battery (test_pronoun_battery.py).

Each story introduces a speaker, mentions someone or something else in between (a person of the
same or the other gender, an organisation, a place, a victim, a person criticised, a name inside
a quote) and then quotes the speaker again with "he", "she", "they" or "it". The speaker an
editor would name is part of each story. First names are sampled from the project's own
first-name table by gender (so whatever names the copy brings, not a hand-picked few), plus
names of many origins the table lacks; surnames, places and events are invented.
"""

from __future__ import annotations

import gzip
import random
from dataclasses import dataclass

from app.core.analysis.entities import PEOPLE_NOUNS
from app.core.analysis.name_words import NOT_NAME, TITLE_WORDS
from app.core.config import resource_path

SEED = 13


@dataclass(frozen=True)
class Story:
    """One generated story and the speakers an editor expects, quote by quote."""

    id: str
    text: str
    speakers: tuple[str, ...]
    xfail: str = ""


# Ordinary English words the name table also holds: a story reading "Hope Varga hired Summer"
# tests the word, not the pronoun.
_WORDS = frozenset(
    """april may june august will bill mark rose hope faith grace joy summer autumn winter dawn
    ivy holly lily daisy iris ruby pearl amber crystal star sky river rain storm angel baby
    king prince duke earl major rich sunny honey candy cherry ginger olive violet heather
    destiny miracle precious princess lady queen bishop royal chance justice liberty unique
    marvel melody harmony lyric story blessing gift treasure wisdom christian sterling""".split()
)

_NOT_NAMES = _WORDS | NOT_NAME | TITLE_WORDS | PEOPLE_NOUNS

# First names the table lacks, with the gender their bearers usually give (many origins).
ABSENT = {
    "m": ["Oluwaseun", "Mthunzi", "Sizwe", "Nkosana", "Chidi", "Hohepa", "Hemi", "Minjun",
          "Seojun", "Tendai", "Olamide", "Kalani"],
    "f": ["Nomvula", "Lerato", "Nyambura", "Yevgenia", "Aiko", "Jiwoo", "Anele", "Mere",
          "Noor", "Mbali", "Rudo", "Nomsa"],
}  # fmt: skip

SURNAMES = """Okafor Lind Hale Adeyemi Nakamura Kowalczyk Haddad Ferreira Castellano Varga
    Lindqvist Nguyen Chowdhury Mensah Petrov Brennan Dubois Kaur Mahlangu Horvat Sato Ionescu
    Demir Osei Whitcombe Pereira Novak Rahman Tran Moreau Quispe Halvorsen Abadi Kiplagat
    Lestari Fonoti Ashdown Marchetti Szabo Okonkwo Delacroix Yilmaz Rautio Bergstrom Achterberg
    Tamura Mwangi Costa Farrell Oyelaran Pritchard Esposito Kovacs Ndlovu Ibarra Solberg
    Thackeray Vasquez Grzelak Hall Hill Park Lane Wood Ford""".split()

ORGS = ["Dunmore Harbour Trust", "Kestrel Bus Company", "Marlow Valley Water",
        "Northgate Housing Association", "Brackley Rail", "Fenwick District Council",
        "Ashgrove Hospital Trust", "Calder Mutual Insurance", "Rothley Energy",
        "Lowmoor Football Club"]  # fmt: skip
PLACES = ["Ellesby", "Port Carrow", "Wendham", "Kilbride Cross", "Tarnhill", "Ostley"]

QUOTES = [
    "We have kept prices flat for two years",
    "Nobody told us the road would close",
    "It was the hardest winter we have had",
    "We will open again in the spring",
    "The numbers simply do not add up",
    "I have never seen the river this high",
    "People here deserve a straight answer",
    "We knew the risk and we took it",
]
MORE = ["There was no other way", "I would do it again", "We are not finished yet",
        "That is all anyone can ask"]  # fmt: skip

HE_SHE = {"m": "he", "f": "she"}
OTHER = {"m": "f", "f": "m"}
HONORIFICS = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lord": "m", "Lady": "f"}
# Role nouns that say a person's gender, as an apposition after the name.
ROLES = {
    "f": ["an actress", "a spokeswoman for the ferry operator", "the club's chairwoman",
          "a mother of three", "a businesswoman from the town", "the school's headmistress",
          "a widow who lives nearby"],
    "m": ["an actor", "a spokesman for the ferry operator", "the club's chairman",
          "a father of two", "the son of a fisherman", "a businessman from the town",
          "the school's headmaster"],
}  # fmt: skip


def _table_names() -> dict[str, list[str]]:
    """Capitalised first names from resources/data/first_names.tsv.gz, by gender."""
    by_gender: dict[str, list[str]] = {"m": [], "f": [], "u": []}
    with gzip.open(resource_path("data", "first_names.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            name, _, gender = line.rstrip("\n").partition("\t")
            if 4 <= len(name) <= 9 and name.isalpha() and name not in _NOT_NAMES:
                by_gender.setdefault(gender, []).append(name.capitalize())
    return by_gender


class _Cast:
    """Draws people for one story: distinct surnames, first names by gender. First names from
    the table come from their own generator (`names`), so a table that grows changes which
    names the stories use but not the stories' shapes, genders and surnames."""

    def __init__(
        self, rng: random.Random, table: dict[str, list[str]], names: random.Random
    ) -> None:
        self.rng = rng
        self.table = table
        self.names = names
        self.used: set[str] = set()

    def surname(self) -> str:
        while True:
            s = self.rng.choice(SURNAMES)
            if s not in self.used:
                self.used.add(s)
                return s

    def first(self, gender: str, absent: bool = False) -> str:
        if absent:
            return self.rng.choice(ABSENT[gender])
        return self.names.choice(self.table[gender])

    def person(self, gender: str, absent: bool = False) -> str:
        return f"{self.first(gender, absent)} {self.surname()}"


def _q(rng: random.Random) -> str:
    return rng.choice(QUOTES)


def _object_between(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A speaker as a subject, another person named only as an object, then "he"/"she"."""
    g = rng.choice("mf")
    other_g = rng.choice([g, OTHER[g]])
    absent = i % 4 == 3
    a, b = cast.person(g, absent), cast.person(other_g)
    pro = HE_SHE[g]
    surname, pro_cap = a.split()[1], HE_SHE[g].capitalize()
    middles = [
        f"Last spring {surname} hired {b} to help with the deliveries.",
        f"{pro_cap} took over the shop in 2013 after {b} retired.",
        f"{surname} bought the ovens from {b}, who ran a café in Ostley.",
    ]
    if other_g != g:
        # With the same gender these read either way (the person just named may be meant):
        # only the pronoun's gender settles them.
        middles += [
            f"The council sent {b} to inspect the premises in March.",
            f"In March the local paper printed a letter from a customer, {b}.",
        ]
    middle = rng.choice(middles)
    text = (
        f"{a} has run the bakery on Mill Lane for eleven years.\n\n{middle}\n\n"
        f"“{_q(rng)},” {pro} said.\n"
    )
    # A name the table lacks is still the subject: an agreeing person met only as an object
    # ("hired", "bought from") does not take its "he"/"she" (pronouns._salient_subject).
    return Story(f"object-{i}-{g}{other_g}{'-absent' if absent else ''}", text, (a,))


def _clause_between(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A person named inside the speaker's clause (criticised, quoted, blamed) is not "he"."""
    g = rng.choice("mf")
    absent = i % 5 == 4
    a, b = cast.person(g, absent), cast.person(g)
    pro = HE_SHE[g]
    sentence = rng.choice([
        f"{a} said the decision by {b} to close the footbridge was a mistake.",
        f"{a} criticised {b} for the delays at the crossing.",
        f"{a} blamed {b}, the contractor, for the cost of the repairs.",
        f"{a} said {b} had ignored three warnings about the footbridge.",
    ])  # fmt: skip
    text = f"{sentence}\n\n“{_q(rng)},” {pro} said.\n"
    return Story(f"clause-{i}-{g}", text, (a,))


def _victim_between(rng: random.Random, cast: _Cast, i: int) -> Story:
    """The story's subject (a victim) is named first; the witness who speaks is named after."""
    g = rng.choice("mf")
    a, b = cast.person(g), cast.person(rng.choice([g, OTHER[g]]))
    pro = HE_SHE[g]
    text = (
        f"{b} was injured in a fall near the quay on Tuesday.\n\n"
        f"{a}, who saw the fall from a café, called an ambulance.\n\n"
        f"“{_q(rng)},” {pro} said.\n"
    )
    return Story(f"victim-{i}-{g}", text, (a,))


def _honorific(rng: random.Random, cast: _Cast, i: int) -> Story:
    """People introduced only as "Mr Okafor", "Ms Lind", "Dr Hale", "Lord ...", "Sir ..."."""
    kind = rng.choice([*HONORIFICS, "Dr", "Sir", "Dame"])
    if kind == "Dr":
        g = rng.choice("mf")
    elif kind in ("Sir", "Dame"):
        g = "m" if kind == "Sir" else "f"
    else:
        g = HONORIFICS[kind]
    surname = cast.surname()
    if kind in ("Sir", "Dame"):
        first = cast.first(g)
        intro, expected = f"{kind} {first} {surname}", f"{first} {surname}"
    else:
        intro, expected = f"{kind} {surname}", surname
    # Dr says no gender: the person in between is of the other gender.
    other_g = OTHER[g] if kind == "Dr" else rng.choice([g, OTHER[g]])
    b = cast.person(other_g)
    pro = HE_SHE[g]
    text = (
        f"{intro} opened the new ward at the county hospital on Friday.\n\n"
        f"The money was raised by {b}, a retired teacher.\n\n"
        f"“{_q(rng)},” {pro} said.\n"
    )
    return Story(f"honorific-{i}-{kind}-{g}{other_g}", text, (expected,))


def _role_noun(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A neutral or unlisted first name with a gendered role noun: the noun says "she"."""
    g = rng.choice("mf")
    first = cast.names.choice(cast.table["u"]) if i % 2 == 0 else cast.first(g, absent=True)
    a = f"{first} {cast.surname()}"
    b = cast.person(OTHER[g])
    pro = HE_SHE[g]
    age = f"{rng.randint(19, 80)}, " if i % 3 == 1 else ""  # "Ana Ruiz, 45, a mother of two"
    text = (
        f"{a}, {age}{rng.choice(ROLES[g])}, led the protest outside the town hall on Saturday.\n\n"
        f"The council leader, {b}, refused to meet the marchers.\n\n"
        f"“{_q(rng)},” {pro} said.\n"
    )
    return Story(f"role-{i}-{g}", text, (a,))


def _singular_they(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A person the copy says uses "they": a later "they said" is that person."""
    first = cast.names.choice(cast.table["u"] + cast.table["m"] + cast.table["f"])
    a = f"{first} {cast.surname()}"
    b = cast.person(rng.choice("mf"))
    how = rng.choice(["who uses they/them pronouns", "who is non-binary"])
    text = (
        f"{a}, {how}, founded the choir in 2015.\n\n"
        f"Their friend {b} sang at the first concert.\n\n"
        f"“{_q(rng)},” they said.\n"
    )
    return Story(f"they-{i}", text, (a,))


def _it_organisation(rng: random.Random, cast: _Cast, i: int) -> Story:
    """ "it said in a statement" is the organisation, whoever was named after it."""
    org = rng.choice(ORGS)
    b = cast.person(rng.choice("mf"))
    place = rng.choice(PLACES)
    middle = rng.choice([
        f"{b}, a councillor, said the plan would hurt families in {place}.",
        f"The scheme was opposed by {b}, who lives in {place}.",
        f"Residents in {place} have collected 400 signatures.",
    ])  # fmt: skip
    tag = rng.choice(["it said in a statement", "it said", "it added"])
    text = (
        f"The {org} announced on Monday that it would raise its charges.\n\n{middle}\n\n"
        f"“{_q(rng)},” {tag}.\n"
    )
    return Story(f"it-{i}", text, (org,))


def _continuity(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A run of quotes keeps its speaker; a name inside a quote does not become "he"."""
    g = rng.choice("mf")
    a, b = cast.person(g, absent=i % 4 == 3), cast.person(g)
    b_first = b.split()[0]
    pro = HE_SHE[g]
    q2, q3 = rng.sample(MORE, 2)
    text = (
        f"“I rang {b_first} twice that night and nobody answered,” {a} said. "
        f"“{q2},” {pro} said.\n\n"
        f"“{q3},” {pro} added.\n"
    )
    return Story(f"run-{i}-{g}", text, (a, a, a))


def _quote_mention(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A person named in full inside the previous quote is not the next "he"/"she"."""
    g = rng.choice("mf")
    a, b = cast.person(g), cast.person(g)
    pro = HE_SHE[g]
    text = (
        f"{a} has coached the under-12s since 2016.\n\n"
        f"“When {b} left, I took over the Saturday sessions,” {pro} said.\n\n"
        f"“{_q(rng)},” {pro} said.\n"
    )
    return Story(f"inquote-{i}-{g}", text, (a, a))


def _new_subject(rng: random.Random, cast: _Cast, i: int) -> Story:
    """After a quote, another person of the same gender becomes the subject: "she" is now her."""
    g = rng.choice("mf")
    a, b = cast.person(g), cast.person(g)
    pro = HE_SHE[g]
    text = (
        f"“{_q(rng)},” {a} said.\n\n"
        f"{b}, who chairs the residents' group, disagreed.\n\n"
        f"“{rng.choice(MORE)},” {pro} said.\n"
    )
    return Story(f"newsubject-{i}-{g}", text, (a, b))


def _kin(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A relative introduced by a kin noun beside the name speaks for the victim named first."""
    g = rng.choice("mf")
    victim_g = rng.choice("mf")
    kin = rng.choice({"f": ["mother", "sister", "wife", "daughter"],
                      "m": ["father", "brother", "husband", "son"]}[g])  # fmt: skip
    # The relative's first name is one given to both genders or none in the table: the
    # kin noun is what says "he" or "she".
    first = cast.names.choice(cast.table["u"]) if i % 2 else cast.first(g, absent=True)
    a = f"{first} {cast.surname()}"
    b = cast.person(victim_g)
    owner = {"m": "His", "f": "Her"}[victim_g]
    text = (
        f"{b} was injured when a lorry hit the bus shelter on Tuesday.\n\n"
        f"{owner} {kin}, {a}, said the junction had been dangerous for years.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    return Story(f"kin-{i}-{g}", text, (a,))


def _it_after_person(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A person quoted first, then an organisation as a subject: "it said" is the
    organisation, and a person's "he"/"she" after it is still the person."""
    g = rng.choice("mf")
    org = rng.choice(ORGS)
    a = cast.person(g)
    text = (
        f"“{_q(rng)},” said {a}, who has lived in {rng.choice(PLACES)} for thirty years.\n\n"
        f"The {org} rejected the criticism.\n\n"
        f"“{rng.choice(MORE)},” it said.\n\n"
        f"{a.split()[1]} was not convinced. “{rng.choice(QUOTES)},” {HE_SHE[g]} said.\n"
    )
    return Story(f"itafter-{i}-{g}", text, (a, org, a))


def _honorific_later(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A name the table lacks, later given an honorific ("Ms Mwangi"): the honorific says
    "she", so a person of the other gender named since is not her."""
    g = rng.choice("mf")
    a = cast.person(g, absent=True)
    b = cast.person(OTHER[g])
    hon = rng.choice({"m": ["Mr"], "f": ["Ms", "Mrs"]}[g])
    surname = a.split()[1]
    text = (
        f"{a} opened the first refill shop in {rng.choice(PLACES)} in 2019.\n\n"
        f"{hon} {surname} said trade had doubled since {b} started a delivery round.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    return Story(f"honlater-{i}-{g}", text, (a,))


def _owner(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A parent named only as the owner of a child of the other gender ("Anna Lind's son, Tom,
    was hurt"): "she" has nobody else to mean."""
    g = rng.choice("mf")
    a = cast.person(g)
    child = {"m": "daughter", "f": "son"}[g]
    b_first = cast.first(OTHER[g])
    text = (
        f"{a}'s {child}, {b_first}, was hurt when the footbridge gave way on Sunday. "
        f"{HE_SHE[g].capitalize()} said the council had been warned.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    return Story(f"owner-{i}-{g}", text, (a,))


def _described(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A speaker introduced only by role ("The headteacher at Ostley Primary said ..."); the
    person named since is of the other gender, so "she" can only be the headteacher."""
    g = rng.choice("mf")
    role = rng.choice(["headteacher", "manager", "owner", "landlord", "chair of governors",
                       "vicar", "caretaker"])  # fmt: skip
    # One-word places: how "at Kilbride Cross" is trimmed from the shown role is not this
    # battery's business.
    described = f"the {role} at {rng.choice([p for p in PLACES if ' ' not in p])}"
    b = cast.person(OTHER[g])
    text = (
        f"{described[0].upper()}{described[1:]} said the building would reopen on Monday. "
        f"Parents had written to {b}, the council's education officer, about the delay.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    # The speaker is shown as the role without where it was met ("the headteacher").
    return Story(f"described-{i}-{g}", text, (f"the {role}",))


def _it_subject(rng: random.Random, cast: _Cast, i: int) -> Story:
    """Two organisations: "it" is the one that was the subject, not one named since only as
    an object ("carried out by", "a contract with")."""
    first, second = rng.sample(ORGS, 2)
    middle = rng.choice([
        f"The work was carried out by {second}.",
        f"It has signed a five-year contract with {second}.",
        f"The plan was drawn up with help from {second}.",
    ])  # fmt: skip
    text = (
        f"{first} said on Tuesday that the work would finish by June. {middle}\n\n"
        f"“{_q(rng)},” it said in a statement.\n"
    )
    return Story(f"itsubject-{i}", text, (first,))


# Titles that say no gender, and ones that do; the speaker is shown without the title.
TITLES = {"Cllr": "", "Prof": "", "Rev": "", "Insp": "", "Canon": "", "Father": "m",
          "Sister": "f", "Baroness": "f", "Councillor": "", "Professor": "",
          "Judge": ""}  # fmt: skip


def _titled(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A person introduced by a title ("Cllr", "Prof", "Father", "Baroness"); a person of the
    other gender named since is not "he"/"she"."""
    title = rng.choice(sorted(TITLES))
    g = TITLES[title] or rng.choice("mf")
    with_first, absent = i % 2 == 0, i % 4 == 0
    surname = cast.surname()
    name = f"{cast.first(g, absent)} {surname}" if with_first else surname
    b = cast.person(OTHER[g])
    text = (
        f"{title} {name} said the bins would be collected weekly from May. "
        f"{b}, who lives on Mill Lane, welcomed the news.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    # Religious and noble titles (Sister, Baroness, Canon) are read as titles since the
    # named-speaker battery's round; "Cllr" before a first name the table lacks too since
    # round 9's second pass (every honorific is a title word).
    return Story(f"titled-{i}-{title}-{g}", text, (name,))


# First names spelt otherwise than in the table: letters that carry no separable accent (ø, ł,
# đ, ð, þ; the table has "soren", "lukasz"), and hyphenated names it has joined ("yejin") or
# only by their parts ("pierre", "emerick").
LETTERS = {
    "m": ["Søren", "Bjørn", "Łukasz", "Paweł", "Rafał", "Stanisław", "Ørjan", "Đorđe",
          "Jørgen", "Sigurður", "Børge", "Pierre-Emerick", "Abdul-Karim", "Carl-Olof"],
    "f": ["Małgorzata", "Þóra", "Guðrún", "Sigríður", "Ragnheiður", "Władysława", "Łucja",
          "Ðurđa", "Eva-Lena", "Ye-jin", "Eun-ji", "Marie-Josée"],
}  # fmt: skip


def _letters(rng: random.Random, cast: _Cast, i: int) -> Story:
    """The speaker's first name is spelt otherwise than in the table (ø, ł, đ, ð, þ, a hyphen);
    a person of the same gender named after them in the same sentence is not "he"/"she"."""
    g = rng.choice("mf")
    a = f"{rng.choice(LETTERS[g])} {cast.surname()}"
    b = cast.person(g)
    text = f"{a} criticised {b} for the delays at the crossing.\n\n“{_q(rng)},” {HE_SHE[g]} said.\n"
    return Story(f"letters-{i}-{g}", text, (a,))


def _named_place(rng: random.Random, cast: _Cast, i: int) -> Story:
    """A place named after someone ("Victoria Park", "Stanley Hall") met after "in", "at" or
    "on" is where things happen, not who speaks, even with a first name of the right gender."""
    g = rng.choice("mf")
    a = cast.person(g)
    place = f"{cast.first(g)} {rng.choice(['Park', 'Hall', 'Hill', 'Lane'])}"
    prep = rng.choice(["in", "at", "on", "near"])
    text = (
        f"{a} spoke at the rally on Saturday.\n\n"
        f"The {ORGS[i % len(ORGS)]}, the {ORGS[(i + 1) % len(ORGS)]} and the police had asked "
        f"for the march to be called off. It ended {prep} {place} at noon.\n\n"
        f"“{_q(rng)},” {HE_SHE[g]} said.\n"
    )
    return Story(f"namedplace-{i}-{g}", text, (a,))


GENERATORS = [
    (_object_between, 40),
    (_clause_between, 30),
    (_victim_between, 24),
    (_honorific, 40),
    (_role_noun, 28),
    (_singular_they, 16),
    (_it_organisation, 24),
    (_continuity, 24),
    (_quote_mention, 20),
    (_new_subject, 20),
    (_kin, 24),
    (_it_after_person, 16),
    (_honorific_later, 16),
    (_owner, 12),
    (_described, 14),
    (_it_subject, 12),
    (_titled, 22),
    (_letters, 24),
    (_named_place, 14),
]


def stories() -> list[Story]:
    """Every generated story, the same on every run (a fixed seed)."""
    rng, names = random.Random(SEED), random.Random(SEED + 1)
    table = _table_names()
    out: list[Story] = []
    for make, count in GENERATORS:
        for i in range(count):
            out.append(make(rng, _Cast(rng, table, names), i))
    return out
