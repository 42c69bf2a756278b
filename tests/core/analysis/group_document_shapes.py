"""Generated stories for the group and document battery (test_group_document_battery.py).

Two causes behind the unnamed and organisation errors round 8's battery (unnamed_org_shapes.py)
did not reach:

- part of a group speaking: "one of them said", "another of them added", "some of those at the
  meeting said", and "one" alone ("“…,” one said", "what one called “…”"): one of the group
  the story just made its subject ("one nurse" after "Three nurses ..."), never the group
  itself or the person quoted before. The bare "them" was no mention at all, so the tag had no
  subject and the quote went to nobody, or to the group, or to whoever was named before.
- a document owned through a pronoun: "Their report said", "Its statement called the plan ...".
  "their" stands for the group or organisation the sentence before made its subject, never for
  the single person quoted last.
- a research document speaking: "The paper, in the Journal of ..., describes the effect as ...",
  "The study itself notes ...": the researchers' words (as copy calls them: "the researchers",
  "the authors"), not the journal's, the university's or the lead author's quoted in between.
- a document written with its author ("A statement from the widow, Ruth Calder, was read to the
  court", "a letter signed by Harlow Council"): a later "the statement said" is the author's, not
  the court's or the last organisation's; and an organisation the story describes without a
  name ("A statement issued by the municipal corporation late on Monday said ...") is the author.

- a group as the agent of a passive verb of saying ("had been told by officials that it was on a
  “priority list”"): the group spoke, not the person told, where the bare plural after "by"
  was no mention and the quote went to the listener.
- a group named by its part in a dispute ("both sides", "the two sides", "both camps"): the
  group as written, where "sides" was no word for people and the speaker came out as "sides".

Every group, organisation, person and sentence here is invented; quotes, outlets and the person
quoted before are drawn with a fixed seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SEED = 29

# A group as it opens a sentence, and the words an editor accepts as its speaker.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Three nurses from the night shift", ("three nurses from the night shift", "three nurses")),
    ("Several residents of Quarry Lane", ("several residents of quarry lane", "several residents")),
    ("Two drivers who were at the depot", ("two drivers who were at the depot", "two drivers")),
    ("Parents at the school gate", ("parents at the school gate", "parents")),
    ("A group of fishermen", ("a group of fishermen", "group of fishermen", "fishermen")),
    ("The striking porters", ("the striking porters", "porters")),
    ("Four shop owners", ("four shop owners", "shop owners")),
    ("Volunteers at the food bank", ("volunteers at the food bank", "volunteers")),
)

PARTS = ("one of them", "another of them", "two of them", "some of them", "one of those")

# "one" alone, and who of each group (GROUPS, in order) an editor accepts it as ("one" as
# written where the group is a collective: "A group of fishermen").
ONE_ALONE: tuple[tuple[str, ...], ...] = (
    ("one nurse",),
    ("one resident",),
    ("one driver",),
    ("one parent",),
    ("one",),
    ("one porter",),
    ("one owner", "one shop owner"),
    ("one volunteer",),
)
ONE_FORMS = (
    "“{q},” one said.",
    "One told {outlet}: “{q}.”",
    "They were angry about what one called “{q}.”",
)

QUOTES = (
    "Nobody came out to talk to us",
    "We have been waiting since March",
    "The bridge should never have closed",
    "We found out from the radio",
    "It is the same story every winter",
    "There is nothing left in the fund",
)
OUTLETS = ("the Tarnside Courier", "Radio Kelmarsh", "the Westvale Echo")
PEOPLE = (
    ("Mara Keillor", "a shop owner", "she"),
    ("Tobias Renwick", "who runs the ferry", "he"),
    ("Ines Okonjo", "a local councillor", "she"),
)

# Groups an owned document speaks for ("Their report said"), as the sentence before opens.
AUTHOR_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Scientists advising the panel", ("scientists advising the panel", "scientists")),
    ("Engineers who inspected the bridge", ("engineers who inspected the bridge", "engineers")),
    ("The harbour workers", ("the harbour workers", "harbour workers")),
    ("Inspectors from the water agency", ("inspectors from the water agency", "inspectors")),
    ("Local doctors", ("local doctors", "doctors")),
    ("The residents", ("the residents", "residents")),
)
DOCUMENTS = ("report", "statement", "letter", "submission")
OWNED_FORMS = (
    "{Doc} said the plan was “{q}.”",
    "{Doc}, released on Monday, warned that “{q}.”",
    "{Doc} described the scheme as “{q}.”",
)


# Research groups as a story introduces them, and how the copy refers to them afterwards.
RESEARCHERS: tuple[tuple[str, str], ...] = (
    ("Researchers at Lowmoor University followed 300 gardeners for a year.", "the researchers"),
    ("Scientists from the University of Kelmarsh tagged 2,000 bees.", "the scientists"),
    ("“The effect was larger than we thought,” the authors write.", "the authors"),
    ("The authors, from Greyhithe College, surveyed 900 farms.", "the authors"),
    ("A team of researchers in Tarnside measured the river for a decade.", "the researchers"),
)
RESEARCH_DOCUMENTS = ("paper", "study", "analysis")
RESEARCH_FORMS = (
    "The {doc}, published in the Journal of Field Studies, describes the effect as “{q}.”",
    "The {doc} says the change was “{q}.”",
    "The {doc} itself notes that the sample was “{q}.”",
)
BETWEEN = "“It surprised all of us,” said Dr Ines Okonjo, who led the work."

# Authors as a document names them, and the speaker an editor expects for its words.
DOCUMENT_AUTHORS: tuple[tuple[str, str], ...] = (
    ("the widow, Ruth Calder", "Ruth Calder"),
    ("Ruth Calder", "Ruth Calder"),
    ("the head teacher, Ann Boyd", "Ann Boyd"),
    ("his brother, Colm Farrow", "Colm Farrow"),
    ("the Ministry of Roads", "the Ministry of Roads"),
    ("Harlow Biscuits", "Harlow Biscuits"),
    ("Westvale Police", "Westvale Police"),
    ("the district council", "the district council"),
)
AUTHORED = (
    "A {doc} from {author} was read to the court.",
    "A {doc} signed by {author} was handed to reporters.",
    "A {doc} issued by {author} on Monday ran to four pages.",
)
# Organisations described without a name, as a document's author.
DESCRIBED_BODIES = (
    "the municipal corporation",
    "the hospital trust",
    "the water authority",
    "the regional health board",
    "the parish council",
    "the ferry operator",
    "the fire service",
    "the housing association",
)
DESCRIBED_FORMS = (
    "A statement issued by {org} late on Monday said its plan would be “{q}.”",
    "A letter from {org} said the works were “{q}.”",
    "A memo circulated by {org} said the road was “{q}.”",
)
LATER = ("“{q},” the {doc} said.", "The {doc} said the plan was “{q}.”")


# Groups that tell someone something, after "by", and the forms of the passive.
AGENTS = (
    "officials",
    "engineers",
    "police",
    "senior officials",
    "council staff",
    "doctors",
    "people familiar with the plan",
)
PASSIVE_FORMS = (
    "{name} said {pronoun} had been told by {g} that the bridge was “{q}.”",
    "“{Q},” {name} was told by {g}.",
    "{name} was warned by {g} that the road was “{q}.”",
)

# Groups in a dispute, and how the sentence opens before them.
DISPUTE_GROUPS = ("both sides", "the two sides", "both camps", "the rival camps", "the two unions")
DISPUTE_FORMS = (
    "Talks resumed on Monday. {G} said the deal was “{q}.”",
    "Talks resumed on Monday. “{Q},” {g} said in a joint statement.",
    "The last strike ended with what {g} then called “{q}.”",
    "{G} told {outlet} that the offer was “{q}.”",
)


def cap(text: str) -> str:
    """Sentence-initial form."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Story:
    """One generated story and, quote by quote, the speakers an editor accepts."""

    id: str
    text: str
    speakers: tuple[tuple[str, ...], ...]


def _part_forms(part: str, quote: str, outlet: str) -> dict[str, str]:
    return {
        "said-after": f"“{quote},” {part} said.",
        "said-before": f"{cap(part)} said: “{quote}.”",
        "said-inverted": f"“{quote},” said {part}.",
        "told-outlet": f"{cap(part)} told {outlet}: “{quote}.”",
        "partial": f"{cap(part)} said the closure was “{quote.lower()}.”",
    }


def stories() -> list[Story]:
    """Every group with parts of it speaking, and every author group owning its documents."""
    rng = random.Random(SEED)
    out: list[Story] = []
    for g, (group, _) in enumerate(GROUPS):
        for p, part in enumerate(PARTS):
            name, what, pronoun = rng.choice(PEOPLE)
            first, second = rng.sample(QUOTES, 2)
            outlet = rng.choice(OUTLETS)
            for f, (form, paragraph) in enumerate(_part_forms(part, second, outlet).items()):
                if (g + p + f) % 2:
                    continue  # every other crossing keeps the battery quick
                lead = f"“{first},” said {name}, {what}."
                middle = f"{group} said they had not been warned."
                out.append(
                    Story(
                        f"part-{g}-{part.replace(' ', '-')}-{form}",
                        f"{lead}\n\n{middle} {paragraph}",
                        ((name,), (part,)),
                    )
                )
    for g, (group, _) in enumerate(GROUPS):
        for f, form in enumerate(ONE_FORMS):
            name, what, _ = rng.choice(PEOPLE)
            first, second = rng.sample(QUOTES, 2)
            lead = f"“{first},” said {name}, {what}."
            said = form.format(q=second if f < 2 else second.lower(), outlet=rng.choice(OUTLETS))
            text = f"{lead}\n\n{group} said they had not been warned. {said}"
            out.append(Story(f"one-{g}-{f}", text, ((name,), ONE_ALONE[g])))
    for g, group in enumerate(AGENTS):
        for f, form in enumerate(PASSIVE_FORMS):
            name, _, pronoun = PEOPLE[(g + f) % len(PEOPLE)]
            quote = rng.choice(QUOTES)
            text = form.format(name=name, pronoun=pronoun, g=group, Q=quote, q=quote.lower())
            out.append(Story(f"agent-{g}-{f}", text, ((group,),)))
    for g, group in enumerate(DISPUTE_GROUPS):
        for f, form in enumerate(DISPUTE_FORMS):
            quote = rng.choice(QUOTES)
            text = form.format(
                G=cap(group), g=group, Q=quote, q=quote.lower(), outlet=rng.choice(OUTLETS)
            )
            out.append(Story(f"dispute-{g}-{f}", text, ((group,),)))
    for a, (group, accepted) in enumerate(AUTHOR_GROUPS):
        for d, document in enumerate(DOCUMENTS):
            for f, form in enumerate(OWNED_FORMS):
                if (a + d + f) % 2:
                    continue
                name, what, pronoun = rng.choice(PEOPLE)
                first, second = rng.sample(QUOTES, 2)
                lead = f"{name}, {what}, spoke to reporters. “{first},” {pronoun} said."
                owned = form.format(Doc=f"Their {document}", q=second.lower())
                middle = f"{group} had warned of the problem for years."
                out.append(
                    Story(
                        f"their-{a}-{document}-{f}",
                        f"{lead}\n\n{middle} {owned}",
                        ((name,), accepted),
                    )
                )
    for r, (intro, group) in enumerate(RESEARCHERS):
        for d, document in enumerate(RESEARCH_DOCUMENTS):
            for f, form in enumerate(RESEARCH_FORMS):
                between = (r + d + f) % 2 == 1  # the lead author quoted in between, or not
                quote = rng.choice(QUOTES).lower()
                paragraphs = [intro, BETWEEN] if between else [intro]
                paragraphs.append(form.format(doc=document, q=quote))
                expected = [(group,)] if intro.startswith("“") else []
                expected += [("Ines Okonjo",)] if between else []
                out.append(
                    Story(
                        f"research-{r}-{document}-{f}",
                        "\n\n".join(paragraphs),
                        (*expected, (group,)),
                    )
                )
    for a, (author, speaker) in enumerate(DOCUMENT_AUTHORS):
        for d, document in enumerate(("statement", "letter")):
            for f, form in enumerate(AUTHORED):
                later = LATER[(a + d + f) % 2]
                quote = rng.choice(QUOTES)
                text = (
                    "The hearing was held at Kelmarsh Crown Court. "
                    + form.format(doc=document, author=author)
                    + "\n\n"
                    + later.format(
                        doc=document, q=quote if later.startswith("“") else quote.lower()
                    )
                )
                out.append(Story(f"authored-{a}-{document}-{f}", text, ((speaker,),)))
    for b, body in enumerate(DESCRIBED_BODIES):
        for f, form in enumerate(DESCRIBED_FORMS):
            name, what, _ = PEOPLE[(b + f) % len(PEOPLE)]
            lead = f"{name}, {what}, could not be reached for comment."
            text = f"{lead} " + form.format(org=body, q=rng.choice(QUOTES).lower())
            out.append(Story(f"body-{b}-{f}", text, ((body,),)))
    return out
