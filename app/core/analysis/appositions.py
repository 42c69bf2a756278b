"""A description and a name side by side between commas read as one person: "City's manager,
Paul Hendry, was", "Ana Ruiz, the club's captain, said"; or as one body: "The company,
Nordfeld Ltd., said".

Split from sentences.py: mark_subjects links the pair once the subjects are marked, so that the
name learns the description and the description introduces nobody of its own.
"""

from __future__ import annotations

import re

from app.core.analysis.description_words import is_age
from app.core.analysis.entities import (
    ORGANISATION,
    PERSON,
    PLACE,
    PLACES,
    UNKNOWN,
    EntityKind,
    noun_gender,
)
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN
from app.core.analysis.mentions import ROLE_NOUNS, TITLE_WORDS, Mention
from app.core.analysis.phrases import is_plural
from app.core.analysis.role_holders import qualified_role
from app.core.analysis.roles import KIN_WORDS

# An age may stand between the name and its description: "Tendai Mwangi, 45, a father of two".
# (an age may stand before the name: "One resident, 15-year-old Ellis Moor, said")
_APPOSITION_GAP_RE = re.compile(r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+|\d{1,3}-year-old[ \u00a0]+)?")
_AGE_AFTER_RE = re.compile(r",[ \u00a0]+(\d{1,3})[,.;:)]")
_AGE_BEFORE_RE = re.compile(r"(?<![\w-])(\d{1,3})-year-old $")
# ... and the description may run on in a relative clause: "Ana Ruiz, a surgeon at Lowfield
# Infirmary who was not involved, said".
# A short phrase the description's words stopped before may close it too: "Ana Ruiz, a mother
# of three, said", "Ian Kaye, a farmer from Ostley, said".
_AFTER_APPOSITION_RE = re.compile(
    r"(?:[ \u00a0]+(?:of|from|in|at)(?:[ \u00a0]+[\w’'-]+){1,3})?[ \u00a0]*(?:[,.;:!?)\x00]|$)"
    r"|[ \u00a0]+who(?:se)?\b"
)

# A sentence opening on where it happens ("Back at Tallis Cove, the packer who ... said"): the
# name there is a place, not a person the description beside it stands for.
_OPENING_PLACE_RE = re.compile(
    r"(?:^|[.!?][”’\"']?[ \u00a0]+)(?:[A-Z][a-z]+[ \u00a0]+)?"
    r"(?:[Aa]t|[Ii]n|[Oo]n|[Ff]rom|[Nn]ear|[Oo]utside|[Ii]nside)[ \u00a0]+$",
    re.MULTILINE,
)


def link_appositions(masked: str, mentions: list[Mention]) -> list[Mention]:
    """A description and a name side by side between commas are one person: "City's manager,
    Paul Hendry, was", "Ana Ruiz, the club's captain, said". The name learns the description
    (a later "the manager" is them) and is the subject when the description is; the description
    is marked as standing beside a name, so it introduces nobody of its own."""
    out = mentions
    _link_across_tail(masked, out)  # also gives a name with an age its person (speed: one loop)
    if ", " in masked:  # every apposition opens on a comma (speed)
        out = _first_of_two_descriptions(masked, out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.kind is PRONOUN:
            # the name after "who" ("Another trader, who gave ..."), or after a second "who"
            # ("A vendor who sells fruit, and who gave ..."); looked for only after a pronoun,
            # which most mentions are not followed by (speed)
            at = i + 3 if i + 3 < len(out) and out[i + 2].kind is PRONOUN else i + 2
            if at < len(out) and _GAVE_NAME_GAP_RE.fullmatch(masked, a.end, out[at].start):
                # "Another trader, who gave his name only as Kofi, said": the name is the subject
                c = out[at]
                if (
                    (
                        _AFTER_APPOSITION_RE.match(masked, c.end)
                        # "a driver who gave his name only as Marco said": no comma closes it
                        or _GIVEN_NAME_VERB_RE.match(masked, c.end)
                    )
                    and _person_description(a)
                    # the name a person gives is a person's, whatever it looks like ("as Bev")
                    and (_person_beside(c) or _unknown_name(c))
                ):
                    out[i] = a.flagged(apposed=True)
                    out[at] = c.flagged(
                        described=_head(a.text), subject=a.subject, entity=_as_person(c)
                    )
                continue
        if (
            a.is_person_name
            and not a.possessive
            and _person_description(b)
            and _COPULA_GAP_RE.fullmatch(masked, a.end, b.start)
        ):
            # "Kayode Bello is the couple's son": what the name is, not a second person (the
            # next "he" is still Bello); a later "the son" is him.
            out[i] = a.flagged(described=_noun_described(a) or _head(b.text))
            out[i + 1] = b.flagged(apposed=True)
            continue
        if (
            a.kind is NOMINAL
            and a.subject
            and not b.possessive
            and _person_description(a)
            and _person_beside(b)
            and _COPULA_GAP_RE.fullmatch(masked, a.end, b.start)
            and _AFTER_APPOSITION_RE.match(masked, b.end)
        ):
            # "Her brother is Ray Holt, the band's bass player": the name says who the
            # description is, one person (a later "he" or "his words" are Holt's, not "her
            # brother"'s); not "Her brother is Ray Holt's manager"
            out[i] = a.flagged(apposed=True)
            out[i + 1] = b.flagged(described=_noun_described(b) or _head(a.text), subject=True)
            continue
        if masked[a.end : a.end + 1] != ",":
            continue  # every gap opens on a comma: asked first, cheaper than any (speed)
        if a.kind is NOMINAL and _link_body(masked, out, i):
            continue
        if b.kind is NOMINAL and _link_described_body(masked, out, i):
            continue
        if not (
            _APPOSITION_GAP_RE.fullmatch(masked, a.end, b.start)
            or _titled_beside(masked, a, b)
            or _modified_beside(masked, a, b)
        ):
            continue
        at = i + 1
        if _party_before_name(masked, out, at):
            # "The panel's convener, Labour's Ian Moss, said": the party's name owns the
            # person's, who is the one beside the description
            at = i + 2
            b = out[at]
        if not _AFTER_APPOSITION_RE.match(masked, b.end):
            continue
        if masked.startswith(", and ", b.end) and "-year-old" in masked[a.end : b.start]:
            # "a neighbour, 15-year-old Ana Ruiz, and her mother": a list, not one person
            continue
        if _person_description(a) and _person_beside(b):
            out[i] = a.flagged(apposed=True)
            # "Her husband, the retired vet Alun Price": the kin noun says more (a gender)
            # than the job the name was titled with
            described = (_noun_described(b) if not noun_gender(a.text) else "") or _head(a.text)
            out[at] = b.flagged(
                described=described, subject=b.subject or a.subject, entity=_as_person(b)
            )
        elif (
            _person_beside(a)
            and _person_description(b)
            # "Back at Tallis Cove, the packer who ...": a place opening the sentence
            and not _OPENING_PLACE_RE.search(masked, max(0, a.start - 24), a.start)
        ):
            # A name read as a place was passed over for the subject; the description beside
            # it took its place ("Kalani Lane, an actor, led"), so the name takes it back.
            taken_over = b.subject and a.entity is PLACE
            out[i] = a.flagged(
                described=_head(b.text), subject=a.subject or taken_over, entity=_as_person(a)
            )
            out[at] = b.flagged(apposed=True)
    return out


# "One regular, a retired engineer who ..., said": an indefinite noun phrase opening the
# sentence, then a second one beside it between commas. The first says who speaks (what the story
# calls them); the second only describes them.
_LEAD_PHRASE_RE = re.compile(
    r"(?:^|(?<=[.!?][ \u00a0])|(?<=[.!?][”’\"'][ \u00a0])|(?<=\n))"
    r"(?P<np>(?:One|Another|A|An)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?[a-z][\w-]*),[ \u00a0]+$"
)
_INDEFINITE = ("a ", "an ", "one ", "another ")
_LIST_GOES_ON_RE = re.compile(
    r",?[ \u00a0]+(?:and|or)[ \u00a0]|,[ \u00a0]+(?:a|an|one|two|three)[ \u00a0]"
)
# "One day, a man ...", "One evening, a driver who ...": a time opening the sentence, nobody.
_NOT_PEOPLE = frozenset(
    """day days morning evening night afternoon week weekend month year time thing problem
    point reason way question side more last option answer result""".split()
)


def _first_of_two_descriptions(masked: str, out: list[Mention]) -> list[Mention]:
    """ "One regular, a retired ferry engineer who eats at the bar, said": the first phrase is
    the speaker ("one regular"), the description beside it is not a second person. The first
    phrase is added when it was not read as a mention (its noun is no known role)."""
    added: list[tuple[int, Mention]] = []
    for i, b in enumerate(out):
        if not (
            _person_description(b)
            and b.text.lower().startswith(_INDEFINITE)
            and masked[b.start - 2 : b.start] == ", "
            and _AFTER_APPOSITION_RE.match(masked, b.end)
            # "One man, a woman, and two children were hurt": a list, not one person
            and not _LIST_GOES_ON_RE.match(masked, b.end)
        ):
            continue
        lead = _LEAD_PHRASE_RE.search(masked, max(0, b.start - 40), b.start)
        if lead is None or lead.group("np").split()[-1] in _NOT_PEOPLE:
            continue
        a = out[i - 1] if i else None
        first = Mention(lead.start("np"), lead.end("np"), lead.group("np"), NOMINAL, entity=PERSON)
        if a is not None and a.end > first.start:
            if not (_person_description(a) and a.start == first.start):
                continue  # something else stands there ("A Reuters reporter, ...")
            first = a
        else:
            added.append((i, first))
        out[i] = b.flagged(apposed=True, subject=False)
        if a is first:
            out[i - 1] = a.flagged(subject=a.subject or b.subject)
        else:
            added[-1] = (i, first.flagged(subject=b.subject))
    for i, first in reversed(added):
        out.insert(i, first)
    return out


def _party_before_name(masked: str, out: list[Mention], at: int) -> bool:
    """Whether out[at] is a body's possessive name right before a person's ("Labour's Ian
    Moss", "Harlow Council's Ana Ruiz"), so the person is who stands in apposition."""
    owner = out[at]
    if not (owner.kind is NAME and owner.possessive and at + 1 < len(out)):
        return False
    name = out[at + 1]
    return (
        name.is_person_name
        and not name.possessive
        and masked[owner.end : name.start] in ("'s ", "’s ", "' ", "’ ")
    )


# "The company, Nordfeld Ltd.,", "The regulator, the Harbour Safety Board,"
_BODY_GAP_RE = re.compile(r",[ \u00a0]+(?:the[ \u00a0]+)?")


def _link_body(masked: str, out: list[Mention], i: int) -> bool:
    """A body's description, a comma and its name between commas ("The company, Nordfeld
    Ltd., said", "The union, Unite, said"): the name is who the description is, the subject
    when it is, and what a later "it" means; the description names no body of its own."""
    a, b = out[i], out[i + 1]
    if not (
        _org_description(a)
        and _org_beside(b)
        and masked.startswith((",", ".,"), b.end)
        and _BODY_GAP_RE.fullmatch(masked, a.end, b.start)
    ):
        return False
    out[i] = a.flagged(apposed=True)
    out[i + 1] = b.flagged(subject=b.subject or a.subject, entity=ORGANISATION)
    return True


# What may follow a body's description before the comma closing it: "the startup behind the
# app,", "the maker of the Pebble speaker,", "a shipping company based in Bergen,".
_BODY_TAIL_RE = re.compile(
    r"(?:[ \u00a0]+(?:of|from|in|at|behind|for|with|on|based[ \u00a0]+in)"
    r"(?:[ \u00a0]+[\w’'&-]+){1,4})?,(?![ \u00a0]+(?:and|or)\b)"
)


def _link_described_body(masked: str, out: list[Mention], i: int) -> bool:
    """A name, a comma and a body's description between commas ("Nordfeld, the Swedish
    furniture maker, said", "Brightwave, the startup behind the app, said"): the name is a
    body's (even one a first-name table knows: "Kestrel, the airline,"), what a later "it"
    means, and the description names no body of its own. Not a list ("Tom, the committee,
    and the staff")."""
    a, b = out[i], out[i + 1]
    if not (
        _org_beside(a)
        and _org_description(b)
        and masked.startswith(", ", a.end)
        and b.start == a.end + 2
        # "its" too: "Veltrix, its main rival, said" (a body's rival is a body)
        and masked.startswith(("the ", "a ", "an ", "its "), b.start)
        and _BODY_TAIL_RE.match(masked, b.end)
    ):
        return False
    out[i] = a.flagged(entity=ORGANISATION)
    out[i + 1] = b.flagged(apposed=True)
    return True


# A description whose last words say where, for whom or what they do, read apart from it:
# "the Member of Parliament for the area, Mr Yusuf Rahman,", "The lawmaker representing the
# ward in the State Assembly, Hon. Ada Eze,".
_TAILED_GAP_RE = re.compile(
    r"[ \u00a0]+(?:for|of|in|at|from|on|[a-z]{3,}ing)[ \u00a0]+"
    r"[^,.;:!?\x00“”\"()]{1,80}?,[ \u00a0]+"
)


def _link_across_tail(masked: str, out: list[Mention]) -> None:
    """A person's description, a tail saying where or for whom (organisations and places may
    be named in it), a comma and a name: one person, as "City's manager, Paul Hendry," is.

    The same loop gives a name with an age after it ("Kamala Pawar, 62, said") its person
    (speed: one pass, not two). Each name is read after every change this pass makes to it (a
    tail links a name only ahead of its description) and before any description after it, as
    when the ages were read in a pass of their own after this one."""
    for i, a in enumerate(out):
        if a.kind is NAME:
            if a.organisation or a.entity not in (UNKNOWN, PERSON):
                continue
            # cheap tests first (speed): a comma after the name, "-year-old " right before it
            aged = _AGE_AFTER_RE.match(masked, a.end) if masked.startswith(",", a.end) else None
            if aged is None and masked.startswith("-year-old ", a.start - 10):
                aged = _AGE_BEFORE_RE.search(masked, max(0, a.start - 14), a.start)
            if aged is not None:
                # "Kamala Pawar, 62, said", "17-year-old Tala Reyes won": a name given an age
                # is a person's, and a later "the 62-year-old" is her (the age is her
                # description until a noun is)
                out[i] = a.flagged(
                    entity=PERSON, described=a.described or f"{aged.group(1)}-year-old"
                )
            continue  # no description: nothing else here to read
        if not _person_description(a) or a.apposed:
            continue
        for j in range(i + 1, min(i + 4, len(out))):
            c = out[j]
            if _person_beside(c):
                if _TAILED_GAP_RE.fullmatch(masked, a.end, c.start) and _AFTER_APPOSITION_RE.match(
                    masked, c.end
                ):
                    out[i] = a.flagged(apposed=True)
                    out[j] = c.flagged(
                        described=c.described or _head(a.text),
                        subject=c.subject or a.subject,
                        entity=_as_person(c),
                    )
                break
            if c.kind is PRONOUN or c.entity is PERSON:
                break  # only bodies, places and things stand in the tail


# A name's copula before what it is: "Ada Roe is the owner's daughter", "Dr Tom Bell, 40, was
# the first doctor", "One of them, Kofi Asare, is now the club's coach".
_COPULA_GAP_RE = re.compile(
    r",?[ \u00a0]+(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been|became|remains)"
    r"(?:[ \u00a0]+(?:now|also|still))?[ \u00a0]+"
)


# "Her husband, the retired vet Alun Price,": the name took the role before it as its
# description (mentions.py), so the gap to the kin noun holds that role.
_ROLE_GAP_RE = re.compile(r",[ \u00a0]+(?:[Tt]he|an?)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}")


# "Another trader, who gave his name only as Kofi,", "One resident, who would give only her
# first name, Ama,": the name the described person goes by, set beside the description.
_GAVE_NAME_GAP_RE = re.compile(
    # "A vendor who sells fruit by the gate, and who gave ...": a short relative clause first
    r"(?:[ \u00a0]+who[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+){0,6})?"
    # "A vendor near the stand, and who gave ...": a short tail saying where may come first
    r"(?:[ \u00a0]+(?:near|at|from|in|on|by|outside)(?:[ \u00a0]+[a-z]+){1,4})?"
    # ("a picker who gave only his first name, Dion, said": the relative needs no comma)
    r",?[ \u00a0]+(?:and[ \u00a0]+)?who[ \u00a0]+(?:would[ \u00a0]+)?(?:gave|give)[ \u00a0]+"
    r"(?:only[ \u00a0]+)?"
    r"(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+)?name(?:[ \u00a0]+only)?"
    r"(?:[ \u00a0]+as|,)[ \u00a0]+"
)


# The verb right after a given name that no comma closes: the clause's own verb.
_GIVEN_NAME_VERB_RE = re.compile(
    r"[ \u00a0]+(?:said|says|told|added|wrote|recalled|explained|was|is|has|had)\b"
)


def _titled_beside(masked: str, a: Mention, b: Mention) -> bool:
    """A description, a comma and a name titled with a role ("Her son, the carpenter Tom
    Reed,", "Her husband, the retired GP Alun Price,"): the role stands in the gap (and is
    the one the name was described by) or opens the name as its title."""
    if not (b.described or b.title) or not _ROLE_GAP_RE.fullmatch(masked, a.end, b.start):
        return False
    if b.title and b.text.startswith(b.title):
        return True
    return masked[a.end : b.start].split()[-1].lower() == b.described


# Words that say when someone held the role the name is given with, not who they are.
_TENURE_WORDS = frozenset("retired former acting interim outgoing incoming".split())


def _modified_beside(masked: str, a: Mention, b: Mention) -> bool:
    """A description, a comma and a name after a word of tenure, with or without its role
    ("the board's chair, retired Adm. Ann Cole,", "the chairman, former judge Tom Reed,"): the
    word is the name's, so the two are still one person."""
    if b.start - a.end > 30 or not masked.startswith(", ", a.end):
        return False
    words = masked[a.end + 2 : b.start].split()
    return (
        0 < len(words) <= 2
        and words[0] in _TENURE_WORDS
        and (len(words) == 1 or words[1] in TITLE_WORDS or words[1] in ROLE_NOUNS)
    )


def _person_beside(m: Mention) -> bool:
    """A name a description of a person can stand beside: a person's, or two words read as a
    place only for their last word ("Kalani Lane, an actor": no street is an actor)."""
    if m.possessive or m.kind is not NAME:
        return False
    return m.is_person_name or (
        m.entity is PLACE
        and not m.organisation
        and len(m.name.split()) == 2
        and m.name.split()[0].lower() not in PLACES
    )


def _unknown_name(m: Mention) -> bool:
    """A name nothing has said is a person's, a body's or a place's ("Bev", "Auntie Bev")."""
    return m.kind is NAME and not m.possessive and not m.organisation and m.entity is UNKNOWN


def _as_person(m: Mention) -> EntityKind:
    return PERSON if m.entity is PLACE else m.entity


def apposition_comma(masked: str, mentions: list[Mention], comma: int) -> bool:
    """Does the comma at `comma` stand between a description and the name beside it ("a
    customer, Ada Roe", "Ada Roe, a customer,")?"""
    for i in range(len(mentions) - 1):
        a = mentions[i]
        if a.end < comma:
            continue
        if a.end > comma:
            return False
        b = mentions[i + 1]
        return bool(_APPOSITION_GAP_RE.fullmatch(masked, a.end, b.start)) and (
            (_person_description(a) and b.is_person_name)
            or (a.is_person_name and _person_description(b))
        )
    return False


def _org_description(m: Mention) -> bool:
    """ "The company", "Its parent company", "a rival union": a body described, not named (not
    "the companies, Apex, Bolt and Crane,": a list, whose first name is not the subject)."""
    return (
        m.kind is NOMINAL
        and m.entity is ORGANISATION
        and not m.possessive
        and not is_plural(m.text)
    )


def _org_beside(m: Mention) -> bool:
    """A name a body's description can stand beside: an organisation's, or one nothing has
    said is a person's ("Unite"); never a person's, titled or gendered ("the firm, Mr Reed,")."""
    return (
        m.kind is NAME
        and not m.possessive
        and not m.title
        and not m.gender
        and m.entity in (ORGANISATION, UNKNOWN)
    )


def _person_description(m: Mention) -> bool:
    return m.kind is NOMINAL and m.entity is PERSON and not m.possessive


def _noun_described(m: Mention) -> str:
    """The description a name was given by a noun ("manager"), not by an age alone ("62-year-old"
    after "Kamala Pawar, 62,"): a noun set beside the name after the age says more."""
    return "" if is_age(m.described) else m.described


# What follows a description's head noun: "chair" of "the chair of the board" (compiled once:
# asked of every description set beside a name).
_HEAD_SPLIT_RE = re.compile(r"\s+(?:of|for|at|in|on|with|from)\s+")


def _head(phrase: str) -> str:
    """The head noun of a description ("the chair of the board" -> "chair"), with a word before
    it that denies holding the role ("the shadow transport secretary" -> "shadow secretary":
    a later "the secretary" is someone else; role_holders.py)."""
    words = _HEAD_SPLIT_RE.split(phrase, maxsplit=1)[0].split()
    head = words[-1].lower() if words else ""
    for suffix in ("’s", "'s"):
        head = head.removesuffix(suffix)
    if len(words) < 2 or head in KIN_WORDS:
        return head  # "his former wife" is still his wife to kin.py
    return qualified_role([w.lower() for w in words[:-1]], head)


def name_beside(masked: str, mentions: list[Mention], j: int) -> Mention | None:
    """The name set right beside the description mentions[j] after a comma ("the landlord,
    Brightway Homes", "the state auditor, Gail Mercer"), or None. Callers say which names they
    take (a person's, or a body's too)."""
    if j + 1 >= len(mentions) or mentions[j].kind is not NOMINAL:
        return None
    beside = mentions[j + 1]
    if beside.kind is not NAME or masked[mentions[j].end : beside.start] != ", ":
        return None
    return beside


def apposed_name(mentions: list[Mention], m: Mention, cue_end: int) -> Mention:
    """The name set beside the description `m` before its verb ending at `cue_end` ("the
    board's chair, retired Adm. Ann Cole, said"): an editor credits the person by name, not by
    role; `m` itself when no name stands beside it."""
    if not m.apposed:
        return m
    body = m.entity is ORGANISATION  # "The union, Unite, said": the body's name
    for n in mentions:
        if n.start >= cue_end:
            break
        if n.start > m.end and n.end < cue_end:
            if body and n.kind is NAME and n.entity is ORGANISATION:
                return n
            if not body and n.is_person_name and n.described:
                return n
    return m
