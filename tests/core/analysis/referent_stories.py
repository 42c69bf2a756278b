"""Generated stories for the referent battery (test_referent_battery.py): which person "he",
"she" or a named mention stands for when the sentence before has something else as its subject.

Round 9's causes, each a family of shapes crossed with casts of both genders:
- a thing as the subject just before ("Her latest novel, ‘Quiet Water’, sold ..."; a pier, a
  lido, an album, an all-caps campaign, a firm named like a person): "he"/"she" is the agreeing
  person the story is about, never the title;
- a relative described and then named ("Her husband, the retired vet Alun Price, ..."): the
  speaker is the named person, not "Her husband";
- an unnamed subject ("One critic", "Another trader"): it does not outrank a named person whose
  gender agrees, and "who gave his name only as Kofi" names it;
- a new named speaker in a run ("Its vice-president, Jo Pike, said ..."): the run's next "he"
  is the new speaker;
- a capitalised sentence opener ("Outside court, Inspector Ada Reyes said:") is not a
  surname.
Every name, title and sentence is invented. The speaker an editor expects is part of each story.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.core.analysis.story_cast import Story, StoryCast, gendered_stories

SEED = 9

FIRST = {
    "f": ["Helen", "Margaret", "Claire", "Susan", "Fiona", "Rachel", "Joanna", "Patricia",
          "Rosalind", "Imogen", "Harriet", "Deborah"],
    "m": ["David", "Peter", "Thomas", "Michael", "Andrew", "Richard", "Stephen", "Graham",
          "Colin", "Gareth", "Malcolm", "Desmond"],
}  # fmt: skip
SURNAMES = """Okafor Lindgren Haleby Adeyemi Nakamura Kowalczyk Haddad Ferreira Castellano
    Varga Nguyen Chowdhury Mensah Petrov Brennan Dubois Mahlangu Horvat Ionescu Demir Osei
    Whitcombe Pereira Novak Rahman Moreau Quispe Halvorsen Kiplagat Marchetti Szabo Okonkwo
    Yilmaz Bergstrom Tamura Mwangi Farrell Pritchard Esposito Ndlovu Ibarra Solberg""".split()
QUOTES = [
    "We have kept prices flat for two years",
    "Nobody told us the road would close",
    "It was the hardest winter we have had",
    "We will open again in the spring",
    "The numbers simply do not add up",
    "People here deserve a straight answer",
    "We knew the risk and we took it",
    "There was no other way to do it",
    "I would do every minute of it again",
    "That is all anyone can ask of us",
]
HE_SHE = {"m": "he", "f": "she"}
HIS_HER = {"m": "his", "f": "her"}
OTHER = {"m": "f", "f": "m"}
KIN = {"m": ["husband", "son", "brother", "father"], "f": ["wife", "daughter", "sister", "mother"]}
JOBS = ["vet", "GP", "teacher", "engineer", "nurse", "headteacher", "solicitor", "architect"]

# Things that are a sentence's subject and look like names.
TITLES = ["Quiet Water", "Paper Boats", "Northern Lights", "Low Country", "Small Rooms",
          "Glass Harbour", "Winter Orchard", "Salt Roads"]  # fmt: skip
STRUCTURES_BUILT = ["Kelby Pier", "Marram Bridge", "Castle Lido", "Westgate Tower",
                    "Ferndale Viaduct", "Ostley Baths"]  # fmt: skip
CAMPAIGNS = ["SAVE OUR BATHS", "KEEP KELBY GREEN", "NO TO THE BYPASS", "HANDS OFF OUR LIBRARY"]
FIRMS = ["Pemberton Hale", "Ashby Kerr", "Lowther Grant", "Fielding Marsh", "Carver Dunne"]
UNNAMED = ["One critic", "Another trader", "A neighbour", "One customer", "Another resident",
           "One analyst", "A regular"]  # fmt: skip
OPENERS = ["Outside court", "Outside the court", "Afterwards", "Afterward", "Later",
           "Inside the hall", "Earlier", "Nearby", "Across the road", "Upstairs",
           "Outside the station", "Meanwhile"]  # fmt: skip
RANKS = ["Detective Constable", "Detective Sergeant", "Inspector", "Councillor", "Dr"]


class Cast(StoryCast):
    """Draws distinct people and quotes for one story from this battery's tables."""

    FIRST = FIRST
    SURNAMES = SURNAMES
    QUOTES = QUOTES

    def person(self, g: str) -> str:
        surname = self.surname()  # drawn before the first name, as the battery's seeds expect
        return f"{self.first(g)} {surname}"


def _surname(full: str) -> str:
    return full.split()[-1]


Builder = Callable[[Cast, str], tuple[str, tuple[str | None, ...]]]

# --- a thing as the subject just before -------------------------------------------------------


def title_single(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"{a} has written nine novels since 2009. {HIS_HER[g].capitalize()} latest novel, "
        f"‘{c.rng.choice(TITLES)}’, sold more than 80,000 copies in its first year.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a,)


def title_plain(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"{_surname(a)} recorded {HIS_HER[g]} first album in a garage in 2011. "
        f"{c.rng.choice(TITLES)} reached number four in the charts.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return f"{a} is a singer from Tarnhill.\n\n" + text, (a,)


def title_after_quote(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"“{c.q()},” said {a}, who runs a bookshop in Ostley.\n\n"
        f"{c.rng.choice(TITLES)}, the shop's own imprint, published six books last year.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, a)


def structure_subject(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    thing = c.rng.choice(STRUCTURES_BUILT)
    text = (
        f"{a} has led the volunteers for six years.\n\n"
        f"{thing} was closed in March after engineers found rust beneath the deck.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a,)


def structure_run(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    thing = c.rng.choice(STRUCTURES_BUILT)
    text = (
        f"{a}, who chairs the trust that owns it, said the repairs would take a year.\n\n"
        f"{thing} has been closed since March. {HE_SHE[g].capitalize()} said a survey had "
        f"found “far more damage than anyone expected”.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, a)


def campaign_subject(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"{a} started the petition in January.\n\n"
        f"{c.rng.choice(CAMPAIGNS)} has since collected 3,000 signatures.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a,)


def firm_at(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    firm = c.rng.choice(FIRMS)
    role = c.rng.choice(["at broker", "at bank", "at consultancy", "at stockbroker",
                         "from consultancy", "with lender"])  # fmt: skip
    text = (
        f"Analysts were divided. {a} {role} {firm} called the results "
        f"“solid but dull” and cut {HIS_HER[g]} rating. "
        f"“{c.q()},” {HE_SHE[g]} wrote in a note to clients.\n"
    )
    return text, (a, a)


def aged_newcomer(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A newcomer whose first name a table may lack, given an age ("Kamala Pawar, 62,"), is a
    person: "she" is her, not the older agreeing subject (as a title or a pier is not)."""
    a = c.person(g)
    first = c.rng.choice({"m": ["Sizwe", "Hohepa", "Tendai", "Kofi"],
                          "f": ["Rudo", "Lerato", "Nomvula", "Nyambura"]}[g])  # fmt: skip
    b = f"{first} {c.person(g).split()[1]}"
    text = (
        f"{a} runs the residents' association.\n\n"
        f"In the lanes behind the towers the shortage has been sharper. {b}, "
        f"{c.rng.randint(19, 88)}, said {HE_SHE[g]} had walked a kilometre to a tap on Sunday. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (b,)


# --- a relative described, then named ---------------------------------------------------------


def kin_job_named(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    other = OTHER[g]
    a = c.person(other)
    b = c.person(g)
    kin = c.rng.choice(KIN[g])
    text = (
        f"{a} has run the farm shop for twenty years.\n\n"
        f"{HIS_HER[other].capitalize()} {kin}, the retired {c.rng.choice(JOBS)} {b}, "
        f"handles the accounts.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (b,)


def kin_named(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    other = OTHER[g]
    a = c.person(other)
    b = c.person(g)
    kin = c.rng.choice(KIN[g])
    text = (
        f"{a} has run the farm shop for twenty years.\n\n"
        f"{HIS_HER[other].capitalize()} {kin}, {b}, handles the accounts.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (b,)


def kin_aside(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    kin = c.rng.choice(KIN[g])
    text = (
        f"{a} grew up above a bakery in Ostley. "
        f"{HIS_HER[g].capitalize()} {kin}, {HE_SHE[g]} said later, was "
        f"“the one who made me finish school”.\n"
    )
    return text, (a,)


def kin_when(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    kin = c.rng.choice(KIN[g])
    text = (
        f"{a} ran the hotel on the seafront for thirty years.\n\n"
        f"When {HIS_HER[g]} {kin} died in 2009, {HE_SHE[g]} sold it to a chain.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a,)


def kin_then_subject(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    kin = c.rng.choice(KIN[g])
    text = (
        f"{a} opened the workshop in 1998.\n\n"
        f"{HIS_HER[g].capitalize()} {kin}, {HE_SHE[g]} says, taught {'him' if g == 'm' else 'her'}"
        f" to plane a board. {HE_SHE[g].capitalize()} left school at 16.\n\n"
        f"“{c.q()},” {HE_SHE[g]} says.\n"
    )
    return text, (a,)


# --- an unnamed subject and a named person ----------------------------------------------------


def unnamed_between(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    who = c.rng.choice(UNNAMED)
    text = (
        f"{a} opened the gallery on Quay Street in 2015.\n\n"
        f"{who} described it as a quiet triumph, a phrase {HE_SHE[g]} has had printed "
        f"on the gallery's bags.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a,)


def unnamed_same_paragraph(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """An unnamed newcomer who speaks in their own paragraph is that paragraph's "she", over
    the named person before (whose gender agrees)."""
    a = c.person(g)
    who = c.rng.choice(["A nurse at the county hospital", "One nurse", "Another resident",
                        "A neighbour", "One paramedic"])  # fmt: skip
    text = (
        f"{a}, the health minister, visited the ward on Monday.\n\n"
        f"{who}, who asked not to be named, said the ward had 19 children with measles. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (who,)


def unnamed_then_named(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    who = c.rng.choice(UNNAMED)
    b = c.person(g)
    text = (
        f"{who} said the market had been neglected for years.\n\n"
        f"The councillor for the ward, {b}, visited on Monday. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (b,)


def gave_name(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    first = c.first(g)
    who = c.rng.choice(["Another trader", "A neighbour", "One resident", "A stallholder"])
    how = c.rng.choice([
        f"who gave {HIS_HER[g]} name only as {first}",
        f"who gave only {HIS_HER[g]} first name, {first}",
        f"who would give only {HIS_HER[g]} first name, {first}",
    ])  # fmt: skip
    text = (
        f"{who}, {how}, said many of those affected had no insurance. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (first,)


def gave_name_after(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    # first names a table of names may lack: the description and "his"/"her" say who it is
    first = c.rng.choice({"m": ["Kofi", "Sizwe", "Tendai", "Hohepa"],
                          "f": ["Nomvula", "Lerato", "Rudo", "Nyambura"]}[g])  # fmt: skip
    text = (
        f"“{c.q()},” said {a}, who sells fabric at the market.\n\n"
        f"Another trader, who gave {HIS_HER[g]} name only as {first}, said the fire service "
        f"came late. “{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, first)


# --- a new named speaker in a run --------------------------------------------------------------


def new_speaker_role(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a, b = c.person(g), c.person(g)
    role = c.rng.choice(["vice-president", "chairman", "general secretary", "treasurer"])
    text = (
        f"“{c.q()},” said {a}, a ferry captain.\n\n"
        f"The union representing ferry workers agreed. Its {role}, {b}, said in an interview "
        f"that new officers were being lured away.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, b)


def new_speaker_after_stop(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """The sentence before ends inside a quote's marks ("... “entirely predictable.” The
    union's treasurer, X, said"): X is still that sentence's subject."""
    a, b, d = c.person(g), c.person(g), c.person(OTHER[g])
    if c.rng.random() < 0.5:
        # a first name a table may lack: nothing but "he"/"she" says the gender
        first = c.rng.choice({"m": ["Sizwe", "Hohepa", "Tendai"], "f": ["Rudo", "Lerato"]}[g])
        b = f"{first} {b.split()[1]}"
    role = c.rng.choice(["treasurer", "general secretary", "vice-president", "chair"])
    end = c.rng.choice([".", "!"])
    text = (
        f"“{c.q()},” said {a}, a ferry captain.\n\n"
        f"{d} said the shortage was “entirely predictable{end}” The union's {role}, {b}, said "
        f"in an interview that officers were being lured away.\n\n"
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, d, b)


def new_speaker_job_first(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """A capitalised job opening the sentence ("Welder Sizwe Zulu said") titles a name whose
    first name a table may lack: that person is the new subject, and the next "he"."""
    a = c.person(g)
    first = c.rng.choice({"m": ["Sizwe", "Hohepa", "Tendai", "Kofi"],
                          "f": ["Rudo", "Lerato", "Nomvula", "Nyambura"]}[g])  # fmt: skip
    b = f"{first} {c.person(g).split()[1]}"
    job = c.rng.choice(["Welder", "Teacher", "Nurse", "Driver", "Cleaner", "Electrician",
                        "Plumber", "Carpenter"])  # fmt: skip
    text = (
        f"“{c.q()},” said {a}, who owns the foundry.\n\n"
        f"{job} {b} said workers were worried about their pay. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, b)


def new_speaker_job(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a, b = c.person(g), c.person(g)
    job = c.rng.choice(["Machine operator", "Welder", "Shift manager", "Crane driver"])
    text = (
        f"“{c.q()},” said {a}, who owns the foundry.\n\n"
        f"{job} {b}, who has worked at the foundry for 19 years, said workers were worried. "
        f"“{c.q()},” {HE_SHE[g]} said.\n"
    )
    return text, (a, b)


def introduces_as(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    """ "He joins us, and she introduces him as “my management”": the one who names speaks,
    not the sentence's first subject."""
    other = OTHER[g]
    a, b = c.person(g), c.person(other)
    kin = c.rng.choice(KIN[other])
    him = {"m": "him", "f": "her"}[other]
    who = c.rng.choice([HE_SHE[g], a])
    text = (
        f"{a} writes the novels.\n\n"
        f"{HIS_HER[g].capitalize()} {kin}, {b}, handles the tax return. "
        f"{HE_SHE[other].capitalize()} joins us halfway through the interview, and {who} "
        f"{c.rng.choice(['introduces', 'introduced'])} {him} as “my management.”\n"
    )
    return text, (a,)


# --- a capitalised opener is not a surname -----------------------------------------------------


def opener_rank(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"The defendant was jailed for four years.\n\n"
        f"{c.rng.choice(OPENERS)}, {c.rng.choice(RANKS)} {a}, of the fraud unit, said: "
        f"“{c.q()}.”\n"
    )
    return text, (a,)


def opener_plain(c: Cast, g: str) -> tuple[str, tuple[str | None, ...]]:
    a = c.person(g)
    text = (
        f"The defendant was jailed for four years.\n\n"
        f"{c.rng.choice(OPENERS)}, {a} said: “{c.q()}.”\n"
    )
    return text, (a,)


STRUCTURES: dict[str, Builder] = {
    f.__name__.replace("_", ""): f
    for f in (
        title_single, title_plain, title_after_quote, structure_subject, structure_run,
        campaign_subject, firm_at, aged_newcomer, kin_job_named, kin_named, kin_aside, kin_when,
        kin_then_subject, unnamed_between, unnamed_same_paragraph, unnamed_then_named, gave_name,
        gave_name_after,
        new_speaker_role, new_speaker_after_stop, new_speaker_job_first, new_speaker_job,
        introduces_as, opener_rank, opener_plain,
    )
}  # fmt: skip
PER_STRUCTURE = 12
XFAIL: dict[str, str] = {}


def stories() -> list[Story]:
    """PER_STRUCTURE stories per structure, half of each gender, fixed seed."""
    return gendered_stories(STRUCTURES, Cast, SEED, PER_STRUCTURE, XFAIL)
