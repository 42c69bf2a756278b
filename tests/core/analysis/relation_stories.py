"""Generated stories for the relation battery (test_relation_battery.py): which person speaks
when a name comes with a long style, an office, a relative or a statement of what they are.

Round 9's second-pass causes, each a family of shapes crossed with casts of both genders and
names and honorifics from many places:
- a graded honorific before a name in an apposition ("The Archbishop of Kelby, Most Rev. Ada
  Eze,", "Rt Hon", "Very Rev."): the named person speaks, not "The Archbishop of Kelby" as a
  second, unnamed one;
- a capitalised office graded by a word that is no title ("The Presiding Bishop of ...", "The
  Senior Pastor of ...", "The Managing Director of ..."): a person's office, not an
  organisation called "Presiding Bishop";
- a relative named inside the subject's relative clause ("Mrs Roe, who took over from her
  father, Paddy, in 1997, said"): the subject speaks, not the relative;
- a relative described and named ("Her partner, Owen, said"), then referred to again by the
  same possessive noun ("Her partner said"): the named relative, not a new unnamed one;
- a name said to be someone ("Kofi Asare is the couple's son"): the next "he" is that person,
  not "the couple's son" as a second one;
- a description whose tail says where or for whom ("the Member of Parliament for the area, Mr
  Yusuf Rahman,", "The lawmaker representing the ward in the State Assembly, Hon. Ada Eze,"),
  and a lone opening word grading a role ("Local councillor Ana Roe"): the name speaks;
- a feature's present-tense tag ("“…,” Mrs Roe protests"), a description ending in a firm's
  name before a full stop ("... at Calder Street Securities. She said"), a full name with a
  first name no table lists that reports what happened ("Thulani Ndlovu said ..."), an unnamed
  witness whose reported words say "she", and the name a witness gives after a tail;
- an aside of comparison after a quote (", and not, as the company claimed, ...") and the
  recipient of a letter before a participle ("wrote to the board asking it ..."): neither
  takes the quote.
Every name, title and sentence is invented. The speaker an editor expects is part of each story.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.core.analysis.story_cast import Story, StoryCast, gendered_stories

SEED = 13

FIRST = {
    "f": ["Ngozi", "Abena", "Wanjiru", "Siobhan", "Eilidh", "Mariam", "Leilani", "Annika",
          "Chiamaka", "Rhiannon", "Thandiwe", "Marisol", "Ingrid", "Yetunde"],
    "m": ["Chukwuemeka", "Kwabena", "Kipchoge", "Declan", "Hamish", "Tariq", "Rangi", "Lars",
          "Oluwaseun", "Gethin", "Sibusiso", "Joaquin", "Henrik", "Babatunde"],
}  # fmt: skip
SURNAMES = """Eze-Nwosu Ampofo Kamau Brannigan Munro Haddad Tupaia Lindqvist Adebowale Prydderch
    Dlamini Carvajal Solheim Ogunleye Asante Wekesa Fitzgerald McAllister Rahimi Ngata Okoro
    Bergqvist Oyelaran Hughes-Parry Mthembu Echeverria Halvorsen Nwachukwu Boateng""".split()
QUOTES = [
    "Keep faith with the town that raised you",
    "We will build a school before we build a hall",
    "This is a debt we intend to repay",
    "Nobody here asked for a fight",
    "The doors will stay open as long as I can turn the key",
    "We owe the next generation more than promises",
    "It was the longest winter of my life",
    "I would do every minute of it again",
    "That is all anyone can ask of us",
    "The numbers simply do not add up",
]
HE_SHE = {"m": "he", "f": "she"}
HIS_HER = {"m": "his", "f": "her"}
OTHER = {"m": "f", "f": "m"}
KIN = {"m": ["husband", "son", "brother", "father", "partner", "uncle"],
       "f": ["wife", "daughter", "sister", "mother", "partner", "aunt"]}  # fmt: skip
CHILD = {"m": "son", "f": "daughter"}

# Graded styles of clergy and parliaments, with the offices that go before them.
STYLES = ["Most Rev.", "Most Rev. Dr.", "Rt Rev.", "Rt. Rev. Dr.", "Very Rev.", "Right Rev.",
          "Rt Hon", "Most Revd", "Rt Revd"]  # fmt: skip
OFFICES_OF = ["The Archbishop of Kelby", "The Bishop of Marrowby",
              "The Moderator of the Assembly", "The Dean of Ostley",
              "The Speaker of the Chamber", "The Primate of the Church"]  # fmt: skip
# Offices whose first word grades the title word after it.
GRADED_OFFICES = ["Presiding Bishop", "Senior Pastor", "Managing Director", "Lead Pastor",
                  "Presiding Judge", "Station Commander", "Executive Director", "Senior Partner",
                  "Chief Imam", "Deputy Principal"]  # fmt: skip
BODIES = ["Calvary Methodist Church", "Harbourside Housing Trust", "Kelby Evangelical Mission",
          "Northgate Family Court", "Ostley Fire Service", "Marrowby Building Society"]  # fmt: skip
HONORIFICS = {"m": ["Mr", "Mr.", "Dr", "Alhaji", "Chief"],
              "f": ["Mrs", "Ms", "Dr", "Madam", "Mrs.", "Alhaja"]}  # fmt: skip
CLAUSES = ["took over the shop from", "learned the trade from", "runs the stall with",
           "inherited the counter from", "opened the bakery with", "still farms with"]  # fmt: skip
TAILS = ["in 1997", "in Lagos", "after the war", "last spring", "two decades ago", "in 2004"]


class Cast(StoryCast):
    """Draws distinct people and quotes for one story from this battery's tables."""

    FIRST = FIRST
    SURNAMES = SURNAMES
    QUOTES = QUOTES

    def person(self, g: str) -> str:
        return f"{self.first(g)} {self.surname()}"


Builder = Callable[[Cast, str], tuple[str, tuple[str | None, ...]]]

# --- a graded honorific before a name in an apposition ----------------------------------------


def graded_style(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"{c.rng.choice(OFFICES_OF)}, {c.rng.choice(STYLES)} {a}, said the anniversary was "
        f"“{c.q()}.”\n\n"
        f"“{c.q()},” {HE_SHE[g]} added.\n"
    )
    return text, (a, a)


def graded_style_opens(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"Hundreds filled the hall on Sunday.\n\n"
        f"{c.rng.choice(STYLES)} {a}, who led the service, told them: “{c.q()}.”\n"
    )
    return text, (a,)


# --- a capitalised office graded by a word that is no title -----------------------------------


def graded_office(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    office = c.rng.choice(GRADED_OFFICES)
    text = (
        f"The {office} of the {c.rng.choice(BODIES)}, {a}, said the "
        f"decision was “{c.q()}.”\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, a)


def graded_office_again(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """The office's head word names the person again later ("the bishop said")."""
    a = c.person(g)
    office = c.rng.choice(GRADED_OFFICES)
    text = (
        f"The {office} of the {c.rng.choice(BODIES)}, {a}, opened the new hall on Sunday.\n\n"
        f"Hundreds of members and their families attended the service.\n\n"
        f"“{c.q()},” the {office.split()[-1].lower()} said.\n"
    )
    return text, (a,)


def graded_office_styled(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"The {c.rng.choice(GRADED_OFFICES)} of the {c.rng.choice(BODIES)}, "
        f"{c.rng.choice(STYLES)} {a}, said members should “{c.q()}.”\n"
    )
    return text, (a,)


OFFICES_FOR = ["Member of Parliament", "Member of the Senedd", "Minister of State",
               "Commissioner of Police", "Member of the Assembly"]  # fmt: skip
WHERE = ["the area", "the district", "this ward", "the coastal towns", "the region"]
OPENINGS = ["In a statement on Tuesday", "In a Facebook post on Tuesday evening",
            "Speaking on Friday", "In a letter to residents"]  # fmt: skip


def office_for_where(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A new speaker whose office ends in where it serves ("the Member of Parliament for the
    area, Mr Yusuf Rahman,") takes over "he" from the speaker quoted before."""
    first = c.person(g)
    new = c.person(g)
    hon = c.rng.choice(["Mr", "Dr"] if g == "m" else ["Ms", "Mrs", "Dr"])
    text = (
        f"{first}, a shopkeeper, was more forgiving. “{c.q()},” {HE_SHE[g]} said.\n\n"
        f"{c.rng.choice(OPENINGS)}, the {c.rng.choice(OFFICES_FOR)} for {c.rng.choice(WHERE)}, "
        f"{hon} {new}, said {HE_SHE[g]} had asked for more buses.\n\n"
        f"“{c.q()},” {HE_SHE[g]} wrote.\n"
    )
    return text, (first, new)


TAG_VERBS = ["protests", "protested", "objects", "objected", "retorts", "interjects", "muses",
             "marvels", "ventured", "sighs", "exclaims", "pleads"]  # fmt: skip


def tag_verb_present(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A feature's tag verb of objecting or musing ("“…,” Mrs Roe protests") names the speaker
    after the quote, not the spouse quoted just before."""
    main_first, main_last = c.first(g), c.surname()
    main = f"{main_first} {main_last}"
    spouse = c.person(OTHER[g])
    hon = {"m": c.rng.choice(["Mr", "Dr", "Chief"]), "f": c.rng.choice(["Mrs", "Ms", "Dr"])}[g]
    spouse_kin = "husband" if OTHER[g] == "m" else "wife"
    text = (
        f"{main} started the reading club in 1990.\n\n"
        f"{HIS_HER[g].capitalize()} {spouse_kin}, {spouse}, laughs from the next chair. "
        f"“{c.q()},” {HE_SHE[OTHER[g]]} says.\n\n"
        f"“{c.q()}. What was I supposed to do?” {hon} {main_last} {c.rng.choice(TAG_VERBS)}.\n"
    )
    return text, (spouse, main)


ROLES_TAILED = ["lawmaker representing the area in the State House of Assembly",
                "councillor serving the ward on Kelby Borough Council",
                "senator representing the coast in the Federal Senate",
                "member representing the district in the Regional Assembly",
                "official leading the inquiry for the Ostley Port Authority"]  # fmt: skip


def tailed_description(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A description with a tail that names a body ("The lawmaker representing the area in
    the State House of Assembly, Hon. Ada Eze,") stands beside the name after it: the next
    "he"/"she" is that person, not the one quoted before."""
    first = c.person(g)
    new = c.person(g)
    hon = c.rng.choice(["Hon.", "Dr", "Mr" if g == "m" else "Mrs"])
    text = (
        f"The statement was signed by its spokesperson, {first}. {HE_SHE[g].capitalize()} "
        f"said crews had come “{c.q().lower()}.”\n\n"
        f"The {c.rng.choice(ROLES_TAILED)}, {hon} {new}, who also visited the market, promised "
        f"to push for what {HE_SHE[g]} called “{c.q().lower()}.”\n"
    )
    return text, (first, new)


# Given names a table of first names may lack: the story, not the table, says who they are.
UNLISTED = {"m": ["Thulani", "Sizwe", "Hohepa", "Mthunzi", "Mandla", "Tawanda", "Lwazi", "Hemi"],
            "f": ["Lerato", "Nomvula", "Nyambura", "Mbali", "Nokuthula", "Folake", "Marama",
                  "Rudo"]}  # fmt: skip


def reporter_unlisted_name(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A full name reporting what happened ("Thulani Ndlovu said workers were worried") is a
    person's, so the next "he"/"she" is theirs, not the older subject's whose first name a
    table knows."""
    first = c.person(g)
    new = f"{c.rng.choice(UNLISTED[g])} {c.surname()}"
    text = (
        f"At the foundry, the owner, {first}, said {HE_SHE[g]} had sent half the staff home.\n\n"
        f"{new} said workers were worried about their pay. “{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (new,)


UNNAMED_WITNESSES = ["A vendor", "One shopkeeper", "A witness", "Another resident", "A cleaner",
                     "One driver"]  # fmt: skip
WITNESS_TAILS = ["", " near the stand", " at the market", " from the estate", " on the corner"]
OFFICERS = ["Inspector", "Superintendent", "Detective Sergeant", "Chief Inspector"]


def unnamed_reports_gender(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """An unnamed witness whose reported words say "she" ("A vendor near the stand said she
    hid") is a woman: the next paragraph's "she" is hers, not the officer's quoted before."""
    officer = c.person(g)
    witness = c.rng.choice(UNNAMED_WITNESSES)
    text = (
        f"“{c.q()},” {c.rng.choice(OFFICERS)} {officer} said. {HE_SHE[g].capitalize()} said "
        f"officers wanted to speak to a man in a black top.\n\n"
        f"{witness}{c.rng.choice(WITNESS_TAILS)} said {HE_SHE[g]} hid behind a wall when "
        f"{HE_SHE[g]} heard the shots.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (officer, witness)


GIVEN_ONLY = {"m": ["Big Mike", "Uncle Sol", "Kofi", "Tiny", "Joe"],
              "f": ["Auntie Bev", "Mama Joy", "Bev", "Grace", "Nana Ama"]}  # fmt: skip


def gave_name_after_tail(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """ "A vendor near the stand, and who gave her name only as Auntie Bev," is Auntie Bev,
    whatever her name looks like: the next "she" is hers, not the officer's."""
    officer = c.person(g)
    given = c.rng.choice(GIVEN_ONLY[g])
    joiner = c.rng.choice(["", "and "])
    text = (
        f"“{c.q()},” {c.rng.choice(OFFICERS)} {officer} said.\n\n"
        f"{c.rng.choice(UNNAMED_WITNESSES)}{c.rng.choice(WITNESS_TAILS)}, {joiner}who gave "
        f"{HIS_HER[g]} name only as {given}, said {HE_SHE[g]} hid when {HE_SHE[g]} heard the "
        f"shots.\n\n“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (officer, given)


JUDGES = ["Employment Judge", "District Judge", "Judge", "Tribunal Judge", "Deputy Coroner"]
OTHER_SIDES = ["the company", "the landlord", "the council", "the firm", "her employer",
               "the club"]  # fmt: skip
OTHER_VERBS = ["claimed", "argued", "said", "insisted", "maintained"]
REASONS = ["raised real concerns about the heat in the kitchen",
           "asked for the extraction to be fixed before the summer",
           "refused to work a third double shift in a week",
           "reported the broken fans to the area manager"]  # fmt: skip


def as_aside_after(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """An aside of comparison after the quote (", and not, as the company claimed, because
    ...") says whose account the words after it are: the quote stays the judge's."""
    judge = c.person(g)
    cg = c.rng.choice("mf")
    claimant = c.person(cg)
    joiner = c.rng.choice(["and not", "not"])
    text = (
        f"{c.rng.choice(JUDGES)} {judge} found that {claimant} had been dismissed because "
        f"{HE_SHE[cg]} “{c.rng.choice(REASONS)}”, {joiner}, as {c.rng.choice(OTHER_SIDES)} "
        f"{c.rng.choice(OTHER_VERBS)}, because of poor costings.\n"
    )
    return text, (judge,)


RECIPIENTS = ["the national postal service", "the health board", "the regional rail operator",
              "the housing association", "the county council"]  # fmt: skip
PARTICIPLES = ["asking it", "urging it", "calling on it", "telling it"]
WROTE = ["had written to", "had appealed to", "had gone to", "had turned to"]


def recipient_then_participle(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """Whom a letter went to does not say what the participle after it reports ("wrote to
    the postal service asking it to keep the office open on a “temporary basis”")."""
    a = c.person(g)
    text = (
        f"Councillor {a} said {HE_SHE[g]} {c.rng.choice(WROTE)} {c.rng.choice(RECIPIENTS)} "
        f"{c.rng.choice(PARTICIPLES)} to keep the office open on a “temporary basis” until a "
        f"new postmaster was found.\n"
    )
    return text, (a,)


GRADED_ROLES = ["Local councillor", "Union steward", "Party chair", "Police sergeant",
                "Club captain", "School governor", "Hospital porter"]  # fmt: skip


def opener_grades_role(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A lone opening word before a role and a name grades the role ("Local councillor Ana
    Roe said"): the named person speaks, not "Local" as an unnamed one."""
    other = c.person(OTHER[g])
    a = c.person(g)
    cllr = c.rng.choice(["", "Cllr ", "Dr "])
    text = (
        f"{other} opened the meeting.\n\n"
        f"{c.rng.choice(GRADED_ROLES)} {cllr}{a} said {HE_SHE[g]} had written to the board "
        f"asking it to keep the office open on a “temporary basis”.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, a)


FIRMS_AT = ["Calder Street Securities", "Marrowby Bank", "the Kelby Housing Trust",
            "Ostley Partners", "Harbour Energy Group", "Northgate Capital"]  # fmt: skip
JOBS_AT = ["an analyst", "a senior economist", "a fund manager", "a spokesperson", "a director"]


def job_at_firm_then_pronoun(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A description that ends in a firm's name ends at the full stop after it: the next
    sentence's "She said" is its own ("... at Calder Street Securities. She said ...")."""
    a = c.person(g)
    if c.rng.random() < 0.5:
        opening = f"“{c.q()},” said {a}, {c.rng.choice(JOBS_AT)} at {c.rng.choice(FIRMS_AT)}."
        speakers: tuple[str | None, ...] = (a, a)
    else:
        opening = f"{a} is {c.rng.choice(JOBS_AT)} at {c.rng.choice(FIRMS_AT)}."
        speakers = (a,)
    text = f"{opening} {HE_SHE[g].capitalize()} said the range was “{c.q().lower()}.”\n"
    return text, speakers


# --- a relative named inside the subject's relative clause ------------------------------------


def clause_relative(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a_first, a_last = c.first(g), c.surname()
    a = f"{a_first} {a_last}"
    kg = c.rng.choice("mf")
    kin = c.rng.choice([k for k in KIN[kg] if k != "partner"])
    text = (
        f"{a} has run the shop on Quay Street for 30 years.\n\n"
        f"{c.rng.choice(HONORIFICS[g])} {a_last}, who {c.rng.choice(CLAUSES)} "
        f"{HIS_HER[g]} {kin}, {c.first(kg)}, {c.rng.choice(TAILS)}, said {HE_SHE[g]} had "
        f"“{c.q().lower()}.”\n"
    )
    return text, (a,)


# --- a relative named, then the same possessive noun again ------------------------------------


def kin_named_again(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    owner_g = c.rng.choice("mf")
    owner = c.person(owner_g)
    kin = c.rng.choice(KIN[g])
    first = c.rng.choice([f for f in FIRST[g] if f != owner.split()[0]])
    relative = first if c.rng.random() < 0.5 else f"{first} {c.surname()}"
    text = (
        f"{owner} lost the appeal in March.\n\n"
        f"{HIS_HER[owner_g].capitalize()} {kin}, {relative}, said the ruling was "
        f"“{c.q()}.”\n\n"
        f"{HIS_HER[owner_g].capitalize()} {kin} said {HE_SHE[g]} was “{c.q()}.”\n"
    )
    return text, (relative, relative)


def kin_named_in_clause(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    owner_g = OTHER[g]
    owner_first, owner_last = c.first(owner_g), c.surname()
    kin = "partner" if c.rng.random() < 0.5 else ("husband" if g == "m" else "wife")
    relative = c.first(g)
    hon = "Ms" if owner_g == "f" else "Mr"
    text = (
        f"{owner_first} {owner_last} won the case on Friday.\n\n"
        f"{hon} {owner_last}, who now runs a cafe with {HIS_HER[owner_g]} {kin}, {relative}, "
        f"said outside the hearing: “{c.q()}.”\n\n"
        f"{HIS_HER[owner_g].capitalize()} {kin} said {HE_SHE[g]} was “{c.q().lower()}”.\n"
    )
    return text, (f"{owner_first} {owner_last}", relative)


# --- a name said to be someone -----------------------------------------------------------------


def named_is_child(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    parent = c.person(g)
    child = c.person(g)
    text = (
        f"{parent} opened the bakery in 1980 with {HIS_HER[g]} spouse.\n\n"
        f"{child} is the couple's {CHILD[g]}, a nurse in the city.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (child,)


def named_is_role(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    old = c.person(g)
    new = c.person(g)
    verb = c.rng.choice(["is", "is now", "was", "has been"])
    text = (
        f"{old} retired from the club last year.\n\n"
        f"One of the founders, {new}, {verb} the club's {c.rng.choice(['coach', 'secretary'])}.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (new,)


STRUCTURES: dict[str, Builder] = {
    f.__name__.replace("_", ""): f
    for f in (
        graded_style, graded_style_opens, graded_office, graded_office_again, graded_office_styled,
        office_for_where, tailed_description, tag_verb_present, job_at_firm_then_pronoun,
        reporter_unlisted_name, unnamed_reports_gender, gave_name_after_tail, clause_relative,
        kin_named_again, kin_named_in_clause, named_is_child, named_is_role, as_aside_after,
        recipient_then_participle, opener_grades_role,
    )
}  # fmt: skip
PER_STRUCTURE = 24
XFAIL: dict[str, str] = {}


def stories() -> list[Story]:
    """PER_STRUCTURE stories per structure, half of each gender, fixed seed."""
    return gendered_stories(STRUCTURES, Cast, SEED, PER_STRUCTURE, XFAIL)
