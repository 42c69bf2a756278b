"""Credit lines typed in lower case ("by ana lima", "By ana lima and tom ray in oslo").

Every reader finds a name by its capitals, so a line with none after its first word read
nothing: the people in it were lost without a word. Such a line is read as the same line in
capitals, which the readers know ("BY ANA LIMA AND TOM RAY": credit_name_case puts the names and
places in proper case) when each credit it gives is a known agency or opens on a known first
name, and what that reading gives back is put in the line's own case: an
outlet in proper case ("the harbour times" -> "The Harbour Times", "reuters" -> "Reuters", "afp"
-> "AFP"), an e-mail and an unread part as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.core.analysis.credit_cues import opens_with_cue
from app.core.analysis.credit_kickers import is_english_word
from app.core.analysis.credit_line import CreditLine
from app.core.analysis.credit_names import is_caps, proper_case
from app.core.analysis.credit_outlet_label import opens_with_label
from app.core.analysis.credit_places import is_town
from app.core.analysis.credit_spelling import agency_spelling, chain_spelling
from app.core.analysis.credit_titles import without_titles
from app.core.analysis.credit_wrappers import BULLETS
from app.core.analysis.first_names import is_first_name

__all__ = ["read_lower_case", "typed_in_lower_case"]


def typed_in_lower_case(line: str) -> bool:
    """A line opening with a credit's cue or an outlet's label, with letters after its first
    word and none of them a capital ("by ana lima", "By ana lima", "photo: ana lima", "for the
    harbour times: ana lima"). The cue is needed: a sentence
    with no capital after its first word ("Driven by the cold, ...") is prose, which read in
    capitals made bylines of its words."""
    text = line.strip().lstrip(BULLETS + "-—–* ")
    _, _, rest = text.partition(" ")
    return (
        any(ch.isalpha() for ch in rest)
        and not any(ch.isupper() for ch in rest)
        # "for the harbour times: ana lima": an outlet's label opens it (credit_outlet_label)
        and (opens_with_cue(text) or opens_with_label(text))
    )


def read_lower_case(
    line: str, read: Callable[[str], CreditLine], *, declared: bool = False
) -> CreditLine | None:
    """The credits of a line typed in lower case, read by `read` in capitals; None when that
    reads no one (the line is then read as it is).

    A name the capitals give that opens on no known first name ("by zoltan kerekes" when the
    table lacks "Zoltan") is read when none of its words is an English word: prose is made of
    English words ("by public transport"), and a name no dictionary holds is no phrase. Any
    other such name is reported as typed when the line is `declared` a credit (pasted in the
    credits panel) or beside a name the line does read ("by ana lima and ..."); read as loose
    text, a line of nothing but such names is left to the other readers, as before, so prose in
    lower case stays prose. Either way a line that names a writer the table does not
    know no longer reads as nothing without a word."""
    shouted = line.upper()
    if len(shouted) != len(line):
        return None  # a letter whose capital is longer ("ß"): no way back to the typed text
    found = read(shouted)
    if not found.credits:
        return None
    unknown = [c for c in found.credits if not _vouched(c.name)]
    unread = [c for c in unknown if not _unheard_of(c.name)]
    if unread and not declared and len(unread) == len(found.credits):
        return None  # nothing but such names: as loose text, maybe prose
    if unread:
        found = CreditLine(
            [c for c in found.credits if c not in unread],
            found.failed + tuple(c.name.upper() for c in unread),
            found.caption,
        )
    credits = []
    unspelt: list[str] = []  # outlets whose spelling the line does not give: reported
    for c in found.credits:
        outlet = _outlet(c.organisation) if c.organisation else None
        if c.organisation and outlet is None and c.organisation not in unspelt:
            unspelt.append(c.organisation)
        place = c.location
        if place and _acronym_shaped(place):
            # "by ana lima, npr": in capitals a short word closing the list may be her town,
            # but one with no vowel is an acronym's, no town's ("Npr" was given as her place)
            if place.upper() not in unspelt:
                unspelt.append(place.upper())  # as the capitals had it, typed back below
            place = None
        credits.append(
            replace(
                c,
                name=_name(c.name),
                location=place,
                email=c.email.lower() if c.email else None,
                organisation=outlet,
            )
        )
    failed = tuple(_as_typed(line, shouted, part) for part in (*found.failed, *unspelt))
    caption = _as_typed(line, shouted, found.caption) if found.caption else ""
    return CreditLine(credits, failed, caption)


def _acronym_shaped(place: str) -> bool:
    """A word of `place` with no vowel ("NPR", "WSJ") that no list knows as a town."""
    return not is_town(place) and any(
        word.isalpha() and not any(ch in "AEIOUY" for ch in word.upper()) for word in place.split()
    )


def _vouched(name: str) -> bool:
    """A credit the capitals may give: a known agency ("by reuters"), or a person whose name
    opens on a known first name, as the bare reader asks of "by ana lima" (credit_bare). In
    capitals any two words after "BY" read as a name, so "by public transport", "by the night
    desk" and "posted by the editors" gave "Public Transport", "The Night Desk", "The Editors"."""
    if agency_spelling(name.upper()) is not None:
        return True
    words = without_titles(name).split()
    # "by ana lima was right", "for the record: ana lima said so": a verb after the first name
    # makes the words a sentence, which in capitals read as one long name
    return (
        len(words) >= 2
        and is_first_name(words[0].title())
        and not any(word.lower() in _PROSE_VERBS for word in words[1:])
    )


# Verbs that run a sentence on after a name; none is a word of a person's name.
_PROSE_VERBS = frozenset(
    "was were is are has had have said says will would could should did does told wrote".split()
)


def _unheard_of(name: str) -> bool:
    """A person's name of two to four words none of which is an English word ("ZOLTAN KEREKES",
    not "PUBLIC TRANSPORT" or "THE NIGHT DESK"): safe to read though no first name vouches."""
    words = [word.strip(".'’-").lower() for word in without_titles(name).split()]
    return 2 <= len(words) <= 4 and all(
        len(word) >= 2 and word.isalpha() and not is_english_word(word) for word in words
    )


def _name(name: str) -> str:
    """ "REUTERS" -> "Reuters" ("by reuters"); a one-word name the name casing keeps in capitals
    as an acronym ("By ana": "ANA") -> "Ana": it was typed in lower case, so it is none."""
    spelled = agency_spelling(name)
    if spelled is not None:
        return spelled
    return proper_case(name) if is_caps(name) else name


def _outlet(name: str) -> str | None:
    """ "REUTERS" -> "Reuters", "AFP" stays, "THE HARBOUR TIMES" -> "The Harbour Times", and
    an outlet the spelling table knows in its own spelling ("BUZZFEED" -> "BuzzFeed", not the
    "Buzzfeed" proper case guessed), each outlet of a chain ("X/REUTERS") on its own.

    None when a part is neither known nor made of English words ("bbc news", "kestrelwise"):
    proper case would guess its spelling ("Bbc News" for BBC News, "Kestrelwise" for
    KestrelWise), and a guess goes out in every house style with nothing to tell the editor.
    Such an outlet is reported as typed instead, its writer kept: the editor sees the part and
    sets it right, and no spelling is made up. An outlet of English words ("the harbour
    times") is spelt by proper case, as a paper's name is."""
    return chain_spelling(name, _guessed)


def _guessed(part: str) -> str | None:
    """An outlet the spelling table does not know, in proper case when it is made of English
    words ("THE HARBOUR TIMES"); None otherwise ("KESTRELWISE")."""
    words = [word.strip(".'’-&").lower() for word in part.split()]
    if not all(not word or is_english_word(word) for word in words):
        return None
    return proper_case(part)


def _as_typed(line: str, shouted: str, part: str) -> str:
    """`part` of the line in capitals, as the line has it."""
    at = shouted.find(part)
    return line[at : at + len(part)] if at >= 0 else part
