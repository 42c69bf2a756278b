"""Generated passages for the terms-and-scare-quotes battery (test_term_scare_battery.py).

The naming battery (naming_shapes.py) covers designations after a plain determiner and two- or
three-word compounds before a noun. Copy also quotes:

- one plain noun set before the noun it modifies ("an “efficiency” committee", "a “rail-link”
  bus"), whoever reports the sentence: a kind of committee or bus is named, nobody's verdict;
- a designation after a determiner and a neutral modifier ("approved a new “late payment
  charge”") or with no determiner after a verb that sets a thing up ("has introduced “dual
  sign-off”"), in a sentence no one is said to speak;
- what an organisation calls a thing, the name straight after the verb ("would offer what it
  calls “Friday enrichment”").

Against them stand their speech look-alikes, which must stay quotes with their speaker: a
verdict used as a modifier ("the “sham” panel", "a “vanity” project", "the “toothless” unit"),
a verdict after the same set-up verbs when someone is said to speak ("Ana Ruiz said the
council had brought in a new “stealth tax”"), what a person calls something and a verdict an
organisation gives with an article ("what the union calls “a power grab”"), and one-word
partial quotes a named person said ("Lind called the deal “dead”"). Each shape is crossed with
several phrases and the three mark styles. Every name, phrase and sentence is invented.
"""

from __future__ import annotations

import random

from tests.core.analysis.non_speech_shapes import STYLES, Case

SEED = 21


def _render(template: str, passage: str, style: str, **words: str) -> str:
    opening, closing = STYLES[style]
    text = template.format(Q=f"{opening}{passage}{closing}", **words)
    return text.replace("⟪", opening).replace("⟫", closing)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


# One quoted noun before the noun it modifies: (modifier, head).
_MODIFIERS = (
    ("efficiency", "committee"), ("wellbeing", "hub"), ("recovery", "unit"),
    ("hardship", "fund"), ("welcome", "desk"), ("rail-link", "bus"), ("transition", "team"),
    ("night", "shuttle"), ("overflow", "car park"), ("respite", "service"),
)  # fmt: skip
_MODIFIER_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("said-a", "Ana Ruiz said {A} {Q} {H} would start in May."),
    ("statement-set-up", "The trust said in a statement that it had set up {A} {Q} {H} for staff."),
    (
        "it-added",
        "The council issued a statement on Monday. It added that the board had set up {A} {Q} "
        "{H}, a step staff had asked for.",
    ),
    ("has-opened", "The council has opened {A} {Q} {H} in the old library."),
    ("told-members", "Tomas Brek, the chair, told members the {Q} {H} had cut waiting times."),
    ("she-said-after", "The {Q} {H} will close in June, she said."),
)
# A verdict used as a modifier: the speaker's word.
_VERDICT_MODIFIERS = (
    ("joke", "committee"), ("sham", "panel"), ("toothless", "unit"), ("shambolic", "service"),
    ("pointless", "team"), ("rubbish", "bus"), ("token", "fund"), ("vanity", "project"),
    ("broken", "system"), ("farce", "hearing"),
)  # fmt: skip
_VERDICT_MODIFIER_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("said-the", "Ana Ruiz said the {Q} {H} had failed families."),
    ("said-set-up", "Ana Ruiz said the council had set up {A} {Q} {H} to avoid blame."),
    ("called-it", "Ana Ruiz called it {A} {Q} {H} and walked out."),
)
# Designations after a neutral modifier or a verb that sets a thing up, nobody speaking.
_SET_UP_TERMS = (
    "mess security deposit", "dual sign-off", "late payment charge", "key worker rate",
    "shared care plan", "tenant liaison rota",
)  # fmt: skip
_SET_UP_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("approved-a-new", "The council also approved a new {Q} of 50 pounds, refundable in June."),
    ("have-introduced", "The owners of Elm House have introduced {Q} for every resident account."),
    ("bring-in-separate", "From April the college will bring in a separate {Q} for day students."),
    ("scrapped-the-old", "The board has since scrapped the old {Q} altogether."),
    ("rolled-out", "The trust rolled out {Q} across all four sites last year."),
    ("adopted-a-formal", "Governors adopted a formal {Q} at their meeting on Tuesday."),
)
# Verdicts after the same verbs, someone said to speak: the speaker's words.
_SET_UP_VERDICTS = ("stealth tax", "cash grab", "witch hunt", "power grab")
_SET_UP_SPOKEN: tuple[tuple[str, str], ...] = (
    (
        "said-approved-new",
        "Ana Ruiz said the council had approved a new {Q} without asking anyone.",
    ),
    ("said-introduced", "Ana Ruiz said the board had introduced {Q} by the back door."),
    ("said-brought-in", "Ana Ruiz said the college had brought in a separate {Q} for students."),
)
# A designation after a partial quote of a whole clause: no run of quoted verdicts.
_AFTER_PARTIAL = ("mobile service", "pop-up clinic", "relief bus", "warm bank")
_AFTER_PARTIAL_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "and-that-a",
        "The trust said it was ⟪looking hard at every option⟫ and that a {Q} would run in "
        "the meantime.",
    ),
    (
        "while-a",
        "Ana Ruiz said the firm was ⟪doing all it can to reopen⟫ while a {Q} covered the village.",
    ),
)
# A run of quoted verdicts: the speaker's words.
_RUN_VERDICTS = ("power grab", "cash grab", "car crash")
_RUN_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("was-and-a", "Ana Ruiz said the plan was ⟪reckless⟫ and a {Q} for the town."),
    ("as-and-a", "Ana Ruiz described the levy as ⟪unfair⟫ and a {Q} by the council."),
)
# A live blog's entry heading: a time stamp, a dash or a colon, a quoted line and nothing else.
_STAMPS = ("5:20 p.m. —", "10.45am:", "11:05 – ", "9 p.m. -", "14:30 —")
_HEADING_LINES = (
    "We are not leaving the shelter until the water goes down",
    "Everyone out of the water",
    "The bridge is gone",
)
# After the same stamps, a line a speaker is said to say: (line, tail, speaker).
_STAMPED_SPEECH = (
    ("We are not leaving the shelter,", " said Ana Ruiz, a resident.", "Ana Ruiz"),
    ("The bridge is gone,", " Tomas Brek, the harbour master, said.", "Tomas Brek"),
)
# A title with its kind of work set beside it after a comma, opening a sentence.
_APPOSED_TITLES = ("Saltmarsh", "The Long Quiet", "Nine Winters", "Harbour Lights")
_APPOSED_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("debut-feature", "{Q}, the debut feature of director Ana Ruiz, will open the festival."),
    ("a-documentary", "{Q}, a documentary about lighthouse keepers, closes the programme."),
    ("her-third-novel", "{Q}, her third novel set on the coast, is out in May."),
    ("the-album", "{Q}, the band's album written on tour, tops the chart."),
)
# A line someone says, then the kind of work in the speaker's description: speech.
_WORK_SPEAKERS: tuple[tuple[str, str, str], ...] = (
    ("Go home", "{Q} the film's director, Ana Ruiz, said.", "Ana Ruiz"),
    ("Stay for the credits", "{Q} the director of the film, Tomas Brek, said.", "Tomas Brek"),
)
# A quoted noun whose own modifier is a name, no verb of saying: the name is no speaker.
_OWNERS = ("Harbour Alliance", "Green Shore", "Kestrel Group")
_OWNED = ("super funds", "action committees", "community partners")
_OWNED_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("backed-by", "By May, {O} {Q} backed by two shipping firms had spent $2 million."),
    ("handed-out", "On Saturday {O} {Q} handed out leaflets at the station."),
    ("possessive", "Last year {O}'s {Q} paid for the new roof."),
)
# The same name, then a verb of saying: the name's words.
_OWNER_SPEECH = ("reckless", "a betrayal of members")
# What a thing is named after, whoever suggests or reports it.
_NAMED_AFTER = ("founding families", "harbour pilots", "old guard", "lock keepers")
_NAMED_AFTER_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "suggested-that",
        "Several residents had suggested that the wing be named after the town's {Q}, which "
        "Ana Ruiz said would start a row.",
    ),
    ("said-should-be", "Ana Ruiz said the new bridge should be named after the city's {Q}."),
    ("proposed-renamed", "Tomas Brek proposed the square be renamed for the port's {Q} in May."),
    ("argued-named-for", "Ana Ruiz argued that the prize should be named for the {Q} of 1911."),
)
# What an organisation calls a thing, the name right after the verb.
_ORG_NAMES = ("Friday enrichment", "flexible learning", "community time", "quiet hours")
_ORG_CALLS: tuple[tuple[str, str], ...] = (
    ("what-it-calls", "The district would offer what it calls {Q} for families who need it."),
    ("what-the-firm-calls", "Staff will move to what the firm calls {Q} from June."),
    (
        "what-they-call",
        "The two schools share what they call {Q} on Wednesday afternoons, Tomas Brek said.",
    ),
    ("what-council-terms", "Parents can book what the county council terms {Q} online."),
)
# A verdict an organisation gives with an article, what a person calls something: speech.
_ORG_VERDICTS = ("a power grab", "an attack on parents", "a betrayal")
_ORG_VERDICT_CONTEXTS: tuple[tuple[str, str, str], ...] = (
    ("union-calls", "The Teachers' Union opposes what it calls {Q} by the board.", "it"),
    ("she-calls", "Ana Ruiz opposes what she calls {Q} by the board.", "Ana Ruiz"),
)
# One-word and short partial quotes a person said: (id, template, passage, speaker).
_PARTIALS: tuple[tuple[str, str, str, str], ...] = (
    ("called-dead", "Jon Lind called the deal {Q} after the vote.", "dead", "Jon Lind"),
    (
        "said-was",
        "The minister, Ana Ruiz, said the plan was {Q} and should be dropped.",
        "unworkable",
        "Ana Ruiz",
    ),
    (
        "described-as",
        "Tomas Brek described the new timetable as {Q} in a letter to members.",
        "chaotic",
        "Tomas Brek",
    ),
    (
        "said-a-modifier",
        "Ana Ruiz said it was a {Q} decision that would cost jobs.",
        "stupid",
        "Ana Ruiz",
    ),
    (
        "one-word-in-quoting-paragraph",
        "⟪We will not be moved,⟫ Ana Ruiz said. She called the offer {Q} and left the room.",
        "insulting",
        "Ana Ruiz",
    ),
    (
        "org-one-word-modifier",
        "Brackwell Foods said its bet on what it calls {Q} packs would pay off by 2027.",
        "compostable",
        "Brackwell Foods",
    ),
    (
        "org-one-word-compound",
        "Brackwell Foods said its bet on what it calls {Q} crates would pay off by 2027.",
        "zero-waste",
        "Brackwell Foods",
    ),
    (
        "warned-of",
        "Jon Lind warned of {Q} if the pier closed.",
        "serious consequences",
        "Jon Lind",
    ),
)


def cases() -> list[Case]:
    """Every generated case, in a fixed order (the shuffle is seeded: reruns are identical)."""
    out: list[Case] = []
    for style in STYLES:
        for row, template in _MODIFIER_CONTEXTS:
            for word, head in _MODIFIERS:
                text = _render(template, word, style, A=_article(word), H=head)
                out.append(Case(f"modifier-{row}-{word}-{style}", text, (word,)))
        for row, template in _VERDICT_MODIFIER_CONTEXTS:
            for word, head in _VERDICT_MODIFIERS:
                text = _render(template, word, style, A=_article(word), H=head)
                out.append(
                    Case(f"verdictmod-{row}-{word}-{style}", text, (), ((word, "Ana Ruiz"),))
                )
        for row, template in _SET_UP_CONTEXTS:
            for i, term in enumerate(_SET_UP_TERMS):
                out.append(
                    Case(f"setup-{row}-{i}-{style}", _render(template, term, style), (term,))
                )
        for row, template in _SET_UP_SPOKEN:
            for i, verdict in enumerate(_SET_UP_VERDICTS):
                text = _render(template, verdict, style)
                out.append(
                    Case(f"spokenverdict-{row}-{i}-{style}", text, (), ((verdict, "Ana Ruiz"),))
                )
        for row, template in _AFTER_PARTIAL_CONTEXTS:
            for i, name in enumerate(_AFTER_PARTIAL):
                text = _render(template, name, style)
                out.append(Case(f"afterpartial-{row}-{i}-{style}", text, (name,)))
        for row, template in _RUN_CONTEXTS:
            for i, verdict in enumerate(_RUN_VERDICTS):
                text = _render(template, verdict, style)
                out.append(Case(f"run-{row}-{i}-{style}", text, (), ((verdict, "Ana Ruiz"),)))
        for i, stamp in enumerate(_STAMPS):
            opening, closing = STYLES[style]
            for j, line in enumerate(_HEADING_LINES):
                text = (
                    f"The river rose all day.\n\n{stamp.strip()} {opening}{line}{closing}\n\n"
                    "Residents of the village spent the night upstairs."
                )
                out.append(Case(f"heading-stamp{i}-{j}-{style}", text, (line,)))
            for j, (line, tail, speaker) in enumerate(_STAMPED_SPEECH):
                text = f"The river rose all day.\n\n{stamp.strip()} {opening}{line}{closing}{tail}"
                out.append(Case(f"stamped-{i}-{j}-{style}", text, (), ((line, speaker),)))
        for row, template in _APPOSED_CONTEXTS:
            for i, title in enumerate(_APPOSED_TITLES):
                text = "Organisers announced the line-up on Tuesday.\n\n" + _render(
                    template, title, style
                )
                out.append(Case(f"apposedtitle-{row}-{i}-{style}", text, (title,)))
        for i, (line, template, speaker) in enumerate(_WORK_SPEAKERS):
            opening, closing = STYLES[style]
            quoted = f"{opening}{line},{closing}"
            text = "Critics were kind.\n\n" + template.replace("{Q}", quoted)
            out.append(Case(f"workspeaker-{i}-{style}", text, (), ((line + ",", speaker),)))
        for row, template in _OWNED_CONTEXTS:
            for i, owner in enumerate(_OWNERS):
                for j, owned in enumerate(_OWNED):
                    text = _render(template, owned, style, O=owner)
                    out.append(Case(f"ownmod-{row}-{i}{j}-{style}", text, (owned,)))
        for i, owner in enumerate(_OWNERS):
            for j, verdict in enumerate(_OWNER_SPEECH):
                text = _render(
                    "{O} said the new fee was {Q} and would be fought.", verdict, style, O=owner
                )
                out.append(Case(f"ownerspeech-{i}{j}-{style}", text, (), ((verdict, owner),)))
        for row, template in _NAMED_AFTER_CONTEXTS:
            for i, name in enumerate(_NAMED_AFTER):
                text = _render(template, name, style)
                out.append(Case(f"namedafter-{row}-{i}-{style}", text, (name,)))
        for row, template in _ORG_CALLS:
            for i, name in enumerate(_ORG_NAMES):
                out.append(
                    Case(f"orgcalls-{row}-{i}-{style}", _render(template, name, style), (name,))
                )
        for row, template, speaker in _ORG_VERDICT_CONTEXTS:
            for i, verdict in enumerate(_ORG_VERDICTS):
                text = _render(template, verdict, style)
                expected = "Teachers' Union" if speaker == "it" else speaker
                out.append(Case(f"orgverdict-{row}-{i}-{style}", text, (), ((verdict, expected),)))
        for row, template, passage, speaker in _PARTIALS:
            text = _render(template, passage, style)
            out.append(Case(f"partial-{row}-{style}", text, (), ((passage, speaker),)))
    random.Random(SEED).shuffle(out)
    return out
