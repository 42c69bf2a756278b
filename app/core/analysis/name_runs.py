"""Where names can be in copy: runs of capitalised tokens, and where a full stop inside a run
ends one group of words ("... said Mr. Burman. Ruiz") or belongs to an abbreviation ("Vantage
Corp. said", "Dale Hewitt Jr."). names.py reads each group as a person, an organisation or a
title; this module only finds and cuts the runs, so the scans every paragraph pays for sit apart
from the reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.core.analysis.entities import ORGANISATION
from app.core.analysis.mention import Mention
from app.core.analysis.name_titles import NAME_PARTICLE, initial_ends_sentence, is_initial
from app.core.analysis.name_words import HONORIFICS, SENTENCE_OPENERS, TITLE_WORDS

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


# Runs of capitalised tokens (periods allowed; _split_run decides which ones end a name). A token
# may be dotted initials ("G.K.", "U.S."), read whole so "U.S. President" never loses its "S.".
_TOKEN = rf"[{_UPPER}][\w'’&-]*(?:\.[{_UPPER}][\w'’&-]*)*\.?"
# Arabic and other particles glued to a surname: "Moqtada al-Sadr", "Bashar al-Assad"; and
# the European ones written as one word with it, the surname's capital kept inside ("Karla
# deVries Moreno", "Anna vanHorn"): only before a capital, so no lower-case word joins a run.
_GLUED = (
    r"(?:(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ul|ud)[-‐]|(?:de|di|da|du|la|le|van|von)(?=[A-Z]))"
)
_NAME_RUN_RE = re.compile(
    # "Kelso & Finch": an ampersand joins the words of one firm's name; "Sgt. 1st Class Ana
    # Ruiz": an ordinal grading a rank does, when "Class" follows it
    rf"{_TOKEN}(?:[ \u00a0](?:(?:{NAME_PARTICLE}|&|[1-4](?:st|nd|rd|th)(?=[ \u00a0]Class\b))"
    rf"[ \u00a0]){{0,2}}(?:{_GLUED})?{_TOKEN})*"
    # British firms write "plc" in lower case ("Kestrel Mining plc said"): it ends the name
    r"(?:[ \u00a0]plc\b)?"
)

# A firm's name may open with digits ("3M", "7-Eleven", "1-800-Flowers"); the run pattern does
# not look for them (a second branch would cost every scan its fast first-letter search), so a
# run that follows digits is walked back over them. Never an amount ("$3M", "1.5M") or a unit
# or spec written as one word ("5G", "4K", "3D", "10-K", "3PM").
_DIGITS = frozenset("0123456789")
_NOT_A_FIRM = frozenset("AM PM GB MB TB KB HD HP B C D F G K P S T V W X".split())
_OPENS_A_NAME = frozenset(" \u00a0\n\t(\"“‘'")


def digits_before(text: str, a: int, lo: int) -> int:
    """Where a run of capitalised words at `a` starts when digits open the firm's name it is
    part of ("7-Eleven", "3M"); `a` itself when they do not."""
    i = a
    while i > lo and (text[i - 1] in _DIGITS or text[i - 1] == "-"):
        i -= 1
    if i == a or text[i] not in _DIGITS or (i > 0 and text[i - 1] not in _OPENS_A_NAME):
        return a
    j = a
    while j < len(text) and text[j].isalnum():
        j += 1
    return a if text[a:j] in _NOT_A_FIRM else i


# "Mt. Sinai Hospital", "Ft. Worth police": the short forms of Mount and Fort open a place's
# name as "St." does, and their stop ends no sentence.
_KEEPS_PERIOD = HONORIFICS | {"jr", "sr", "st", "mt", "ft"}
# A company's abbreviation keeps its full stop when the sentence goes on in lower case
# ("Vantage Corp. said the merger ..."): that stop ends the word, not the sentence.
_CORPORATE = frozenset({"inc", "corp", "co", "cos", "ltd", "plc", "llc", "bros"})


def _corporate_stop(raw: str, after: str) -> bool:
    """ "Vantage Corp." before a lower-case word or a bracket: the full stop is the
    abbreviation's."""
    return (
        raw.endswith(".")
        and after[:1] == " "
        # "Gable Inc. (NYSE: GBL) said": a ticker in brackets (blanked in the masked text)
        # goes on with the sentence too
        and (after[1:2].islower() or after[1:2] in ("(", " "))
        and raw[:-1].rpartition(" ")[2].lower() in _CORPORATE
    )


# A title's short form that is also a street's ("Cr" a councillor and a crescent).
_STREET_TITLES = frozenset({"cr"})


def _after_a_name_word(word: str) -> bool:
    """A capitalised word with no stop of its own that is no title ("Banksia", not "Lt." nor
    "Deputy")."""
    return (
        word[:1].isupper()
        and not word.endswith(".")
        and word.lower() not in HONORIFICS
        and word.lower() not in TITLE_WORDS
    )


@lru_cache(maxsize=16_384)  # pure, asked of the same runs of words often (speed)
def _run_groups(run: str) -> tuple[tuple[int, int], ...]:
    """Where a run of capitalised tokens splits into the groups _split_run reads (offsets in the
    run): a word ending a sentence ends a group."""
    out: list[tuple[int, int]] = []
    b = len(run)
    group_start = 0
    pos = 0
    while pos < b:
        # the next blank, found by str.find rather than a character at a time (speed)
        space = run.find(" ", pos, b)
        if space == -1:
            space = b
        nbsp = run.find("\u00a0", pos, space)
        if nbsp != -1:
            space = nbsp
        token = run[pos:space]
        ends = token.endswith(".") and not (
            token.rstrip(".").lower() in _KEEPS_PERIOD or "." in token[:-1] or len(token) == 2
        )
        if (
            not ends
            and pos > group_start
            and space < b
            and token.endswith(".")
            and token[:-1].lower() in _STREET_TITLES
            and _after_a_name_word(run[run.rfind(" ", group_start, pos - 1) + 1 : pos - 1])
        ):
            # "a house in Banksia Cr. Tom Vell raised": a councillor's short form after a
            # name's word is a crescent's, its stop the sentence's ("said Cr. Jan Moss" is
            # still the councillor; "Ohio Sen." is left alone: a state titles its senator)
            ends = True
        kept = False
        if (
            is_initial(token)
            and pos > group_start
            and space < b
            and initial_ends_sentence(run[run.rfind(" ", 0, pos - 1) + 1 : pos - 1], run[space:])
        ):
            # "chose Option B. Ian Tate said": a thing's letter ends the sentence, not a name's
            # middle initial ("John B. Kemp")
            ends = True
        if ends and space < b and token[:-1].lower() in _CORPORATE:
            # "Kell Bros. Inc.", "Pell Co. Ltd.": a second corporate word goes on with the name
            nxt = run.find(" ", space + 1, b)
            ends = run[space + 1 : b if nxt == -1 else nxt].rstrip(".").lower() not in _CORPORATE
        if not ends and token.endswith(".") and space < b and len(token) > 2:
            # "Washington, D.C. He said", "Tom Vell Jr. His father": a pronoun opens the next
            # sentence, the stop is both the abbreviation's and the sentence's (never after an
            # honorific: "Mr. He" is a man named He)
            nxt = run.find(" ", space + 1, b)
            kept = (
                run[space + 1 : b if nxt == -1 else nxt] in SENTENCE_OPENERS
                and token[:-1].lower() not in HONORIFICS
            )
        if kept:
            out.append((group_start, space))
            group_start = space + 1
        elif ends or space >= b:
            group_end = space - 1 if ends else space
            out.append((group_start, group_end))
            group_start = space + 1
        pos = space + 1
    return tuple(out)


# "No." and a figure after a name: the thing's number ("Engine No. 3", "Station No. 12A").
_NUMBERED_AFTER_RE = re.compile(r"\.? \d[\dA-Z]*\b")


def with_number(text: str, found: Mention) -> Mention:
    """`found` with the number after a closing "No" taken in: "Engine No. 3", "the former
    Atlantic No. 5 building", "Local No. 12" are a numbered body or place, no person a later
    "she said" could mean (the run stops at "No.", whose full stop looks like a sentence's)."""
    number = _NUMBERED_AFTER_RE.match(text, found.end) if found.name.endswith(" No") else None
    if number is None:
        return found
    return replace(
        found,
        end=number.end(),
        text=text[found.start : number.end()],
        name=found.name + number.group(),
        entity=ORGANISATION,
        organisation=True,
    )
