"""Generated stories for the document-owner battery (test_document_owner_battery.py).

A bulletin, a circular, an advisory, a post or a tweet speaks for whoever put it out, even when
another body was named since: "the county fire service said in its latest bulletin ... The
bulletin warned of “…”" is the fire service's. Each issuer (a body named, a body described in
full, a role) is crossed with the ways copy says who put the document out and with the ways it
quotes the document later. Every body, person and sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Issuer:
    """Who puts a document out, as written mid-sentence, and its possessive pronoun."""

    key: str
    written: str
    pronoun: str = "its"


ISSUERS: tuple[Issuer, ...] = (
    Issuer("named-service", "the Tarnside Fire Service"),
    Issuer("named-board", "the Kelmarsh Harbour Board"),
    Issuer("named-firm", "Orwin Water"),
    Issuer("described-bureau", "the national weather bureau"),
    Issuer("described-command", "the coastguard high command"),
    Issuer("described-department", "the county health department"),
    Issuer("described-service", "the regional fire service"),
    Issuer("registrar", "the Registrar", "his"),
)

DOCUMENTS = ("bulletin", "circular", "advisory", "post", "tweet", "statement", "notice")

# A body named after the issuer and before the document is quoted: the document is still the
# issuer's, not this last-named body's.
OTHER_BODY = "The Garrow Rail Union said separately that its members would meet on Monday."
PERSON = "Mara Keillor, who runs a cafe by the quay, said the road had flooded twice."
# A thing named as a subject first: no body, and never the issuer.
THING_FIRST = "Storm Perrin reached the coast at noon"
QUOTE = "severe flooding along the lower valley"


def cap(text: str) -> str:
    """Sentence-initial form."""
    return text[:1].upper() + text[1:]


# An introduction says who put the document out; it takes the issuer and the document noun.
Intro = Callable[[Issuer, str], str]
INTROS: dict[str, Intro] = {
    "said-in-its": lambda i, d: (
        f"{cap(i.written)} said in {i.pronoun} latest {d} that the river would peak overnight."
    ),
    "thing-first-said-in": lambda i, d: (
        f"{THING_FIRST}, {i.written} said in {i.pronoun} latest {d}."
    ),
    "in-a-doc-opening": lambda i, d: (
        f"In a {d} on {i.pronoun} website on Friday, {i.written} said the ferry would stop."
    ),
    "issued-a": lambda i, d: f"{cap(i.written)} issued a {d} on Tuesday about the river.",
    "posted-that": lambda i, d: (
        f"{cap(i.written)} posted late on Monday that the ferry would stop."
    ),
}

# A later quote from the document; the document noun is filled in.
FOLLOW_ONS: dict[str, Callable[[str], str]] = {
    "doc-warned-of": lambda d: f"The {d} warned of “{QUOTE}” by the morning.",
    "doc-said-after": lambda d: f"“The crossing is unsafe in any swell,” the {d} said.",
    "doc-described-as": lambda d: f"The {d} described the crossing as “unsafe in any swell”.",
}


@dataclass(frozen=True)
class Story:
    """One generated story and the speaker an editor expects for its one document quote."""

    id: str
    text: str
    speaker: str


def stories() -> list[Story]:
    """Every issuer with every document noun under each introduction that suits it, each
    quoted later in each follow-on form, a person and another body named in between."""
    out: list[Story] = []
    for issuer in ISSUERS:
        for doc in DOCUMENTS:
            for intro_key, intro in INTROS.items():
                if (intro_key == "posted-that") != (doc == "post"):
                    continue  # "posted that" makes a post; the others name their document
                for follow_key, follow in FOLLOW_ONS.items():
                    paragraphs = [intro(issuer, doc), PERSON, OTHER_BODY, follow(doc)]
                    out.append(
                        Story(
                            f"{issuer.key}-{doc}-{intro_key}-{follow_key}",
                            "\n\n".join(paragraphs),
                            issuer.written,
                        )
                    )
    return out


# A business described first ("A scaffolding company fined ..."), then named: a later "the
# company" is the firm by its name, not the description that came before the name.
FIRM_NAMES = (
    "Hollin & Drew Scaffolding Ltd",
    "Garrow Freight Holdings",
    "Pellbrook Construction",
    "Marsh Lane Foods",
    "Quenby Logistics plc",
    "Tarrow Street Bakeries Ltd",
)
FIRM_DESCRIPTIONS = (
    ("A scaffolding company fined $350,000 has lost its appeal", "company"),
    ("A haulage firm fined £90,000 after a crash has lost its appeal", "firm"),
    ("A family-run bakery business has been fined for a gas leak", "business"),
    ("A building company has been ordered to pay $60,000", "company"),
)
FIRM_NAMINGS = {
    "appeal-by": lambda n: (
        f"The court dismissed the appeal by {n}, which had argued the fine was too high."
    ),
    "named-subject": lambda n: f"{n} had argued that the fine was too high for a firm of its size.",
    "owned-by": lambda n: f"The site was run by {n}, the court heard.",
}
FIRM_BACK_REFERENCES = {
    "argument-that": lambda k: (
        f"Judge Ann Moyle said the {k}’s argument that a smaller fine would let it "
        "“keep drivers in work” did not outweigh the need to deter others."
    ),
    "kind-said": lambda k: f"“We will keep drivers in work,” the {k} said.",
    "kind-said-statement": lambda k: (
        f"The {k} said in a statement that it would “keep drivers in work”."
    ),
}


def firm_stories() -> list[Story]:
    """Every description of a business, then its name, then a back-reference to it."""
    out: list[Story] = []
    for index, name in enumerate(FIRM_NAMES):
        for description, kind in FIRM_DESCRIPTIONS:
            for naming_key, naming in FIRM_NAMINGS.items():
                for back_key, back in FIRM_BACK_REFERENCES.items():
                    paragraphs = [f"{description}.", naming(name), PERSON, back(kind)]
                    out.append(
                        Story(
                            f"firm{index}-{kind}-{naming_key}-{back_key}",
                            "\n\n".join(paragraphs),
                            name,
                        )
                    )
    return out


# An unnamed person placed in a town, then a relative clause: "A plant worker in Port Tarrow,
# who asked that her name not be used, said ...". The person speaks, never the town.
PLACED_PEOPLE = (
    ("A plant worker", "her"),
    ("A night nurse", "her"),
    ("One shopkeeper", "his"),
    ("A retired teacher", "her"),
    ("A deckhand", "his"),
)
PLACES = (("in", "Port Tarrow"), ("from", "Kelmarsh"), ("near", "Ashcombe Bay"), ("in", "Lowmoor"))
RELATIVES = (
    "who asked that {pos} name not be used",
    "who asked not to be named because {pos} employer had forbidden it",
    "who declined to give {pos} name",
)
PLACED_CUES = {
    "said-that": "said workers were “squeezed from both sides again”.",
    "said-colon": "said: “We are squeezed from both sides again.”",
    "told-outlet": "told the Tarrow Courier: “We are squeezed from both sides again.”",
}


def placed_stories() -> list[Story]:
    """Every unnamed person, placed in a town, with a relative clause and a cue; a minister
    named in the paragraph before."""
    out: list[Story] = []
    for who, pos in PLACED_PEOPLE:
        for prep, place in PLACES:
            for r_index, relative in enumerate(RELATIVES):
                for cue_key, cue in PLACED_CUES.items():
                    clause = relative.format(pos=pos)
                    paragraphs = [
                        "Fisheries Minister Derek Holm said he understood the anger.",
                        f"{who} {prep} {place}, {clause}, {cue}",
                    ]
                    key = who.split()[-1].lower()
                    out.append(
                        Story(
                            f"placed-{key}-{prep}-{place.split()[-1].lower()}-r{r_index}-{cue_key}",
                            "\n\n".join(paragraphs),
                            who,
                        )
                    )
    return out


# A body, an aside saying how it spoke, then its verb and "and said": "The Harbour Board, in a
# statement on its website, thanked Ruth Hale and said ...". The body speaks, not the person
# it thanked.
ASIDE_BODIES = (
    "The Rowing Development Board",
    "Tarnside Water",
    "The Kelmarsh Harbour Board",
    "Orwin Pharmaceuticals",
    "The Union of Ferry Workers",
)
ASIDES = (
    "in a statement on its website",
    "in a post on Friday",
    "through a spokesperson",
    "on its social media pages",
)
OBJECT_VERBS = (
    "congratulated Imran Shah and said",
    "thanked Ruth Hale and said",
    "praised Tobias Renwick and said",
    "named Ines Okonjo as its new chair and said",
)


def aside_stories() -> list[Story]:
    """Every body with every aside and every verb taking a person as its object."""
    out: list[Story] = []
    for b_index, body in enumerate(ASIDE_BODIES):
        for a_index, aside in enumerate(ASIDES):
            for v_index, verb in enumerate(OBJECT_VERBS):
                text = (
                    "Mara Keillor, a shop owner, said the ferry was late again.\n\n"
                    f"{body}, {aside}, {verb} the work showed “the strength of our young squad”."
                )
                out.append(Story(f"aside-b{b_index}-a{a_index}-v{v_index}", text, body))
    return out


# A body described, then named beside the description: the name speaks.
BESIDE_NAMES = (
    "Kelp Street Media",
    "the Garrow Rail Union",
    "Families for Safe Crossings",
    "Orwin Water",
    "the Tarnside Housing Trust",
)
BESIDE_FORMS = {
    "apposed": lambda n: f"The company, {n},",
    "apposed-with-phrase": lambda n: f"The group behind the campaign, {n},",
    "apposed-participle": lambda n: f"The union representing the drivers, {n},",
    "called": lambda n: f"A group called {n.removeprefix('the ')}",
    "named": lambda n: f"An outfit named {n.removeprefix('the ')}",
}
BESIDE_CUES = {
    "said-that": "said it was “ready to talk at any hour”.",
    "said-in-statement": "said in a statement that it was “ready to talk at any hour”.",
    "posted": "posted on Monday that it was “ready to talk at any hour”.",
}


def beside_stories() -> list[Story]:
    """Every name beside every description form, with every cue; a person named before."""
    out: list[Story] = []
    for n_index, name in enumerate(BESIDE_NAMES):
        for form_key, form in BESIDE_FORMS.items():
            for cue_key, cue in BESIDE_CUES.items():
                text = (
                    "Jarrah Whitfield, who chairs the residents' forum, said the talks had "
                    f"stalled.\n\n{form(name)} {cue}"
                )
                out.append(Story(f"beside-n{n_index}-{form_key}-{cue_key}", text, name))
    return out


# A document quoted with its author, then "It warned ...": the document again, so its author,
# not the body named before it.
AUTHORED = (
    ("A letter signed by Ruth Hale", "Ruth Hale"),
    ("A circular issued by the Registrar", "the Registrar"),
    ("A memo from Tobias Renwick", "Tobias Renwick"),
    ("A statement from Orwin Water", "Orwin Water"),
    ("A notice signed by Ines Okonjo", "Ines Okonjo"),
)
IT_VERBS = ("It warned that anyone found", "It added that anyone found", "It said anyone found")


def it_stories() -> list[Story]:
    """Every authored document quoted, then "It ..." quoting it again, a council named before."""
    out: list[Story] = []
    for d_index, (document, author) in enumerate(AUTHORED):
        for v_index, verb in enumerate(IT_VERBS):
            text = (
                "Dunmere District Council voted on Monday to close the pool.\n\n"
                f"{document} said the rule would apply “to every family on the list”. "
                f"{verb} “blocking the gates” would be fined."
            )
            out.append(Story(f"it-d{d_index}-v{v_index}", text, author))
    return out


# A message one person sends and another reads out: the sender's words.
SENDERS = (
    ("Moira Tulloch", "Ms Tulloch"),
    ("Elspeth Marr", "Ms Marr"),
    ("the Harbour Board", "the Harbour Board"),
)
READERS = ("Mr Baird", "the chairwoman, Ines Okonjo,", "her granddaughter")
SENT_DOCUMENTS = ("a message of thanks", "a letter", "a short statement")
READ_FORMS = {
    "that-read-out": "{sender} sent {doc} that {reader} read out to the hall: ‘{q}’",
    "which-read": "{sender} sent {doc}, which {reader} read to the meeting: ‘{q}’",
}


def read_out_stories() -> list[Story]:
    """Every sender, document and reader, in each way copy says the message was read out."""
    out: list[Story] = []
    quote = "Tell them from me, keep the library open. That is all there is to it."
    for s_index, (full, short) in enumerate(SENDERS):
        for r_index, reader in enumerate(READERS):
            for d_index, doc in enumerate(SENT_DOCUMENTS):
                for form_key, form in READ_FORMS.items():
                    sentence = form.format(sender=cap(short), doc=doc, reader=reader, q=quote)
                    text = (
                        f"The count ended after midnight. {full} had stood down in the spring.\n\n"
                        f"{sentence}"
                    )
                    key = f"read-s{s_index}-r{r_index}-d{d_index}-{form_key}"
                    out.append(Story(key, text, full))
    return out
