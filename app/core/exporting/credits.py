"""Credits rendered as credit lines in a house style (Reuters, AP, or one line per credit).

Parsing credit lines is analysis (app/core/analysis/credits.py); this is its inverse, and
`parse_credits` on what it writes gives the same credits back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from operator import attrgetter

from app.core.analysis.credit_house_authors import house_author
from app.core.analysis.credit_item_names import ORGANISATION_ROLES, bracketed_outlet
from app.core.analysis.credit_organisations import is_organisation
from app.core.analysis.credit_spelling import house_spelling
from app.core.analysis.credit_titles import without_titles
from app.core.errors import InputError
from app.core.model import Credit, CreditRole

CREDIT_STYLES: tuple[str, ...] = ("reuters", "ap", "list")

_SEGMENT_CUE = {
    CreditRole.BYLINE: "By",
    CreditRole.REPORTING: "Reporting by",
    CreditRole.ADDITIONAL_REPORTING: "Additional reporting by",
    CreditRole.WRITING: "Writing by",
    CreditRole.EDITING: "Editing by",
    CreditRole.EDITED_BY: "Edited by:",
    CreditRole.COMPILED_BY: "Compiled by",
    CreditRole.GRAPHICS: "Graphics by",
    CreditRole.PHOTO: "Photos by",
    CreditRole.ILLUSTRATION: "Illustrations by",
    CreditRole.VIDEO: "Video by",
    CreditRole.PRODUCTION: "Produced by",
    CreditRole.DATA: "Data by",
    CreditRole.DESIGN: "Design by",
    CreditRole.AUDIO: "Audio by",
    CreditRole.NARRATION: "Narrated by",
    CreditRole.FACT_CHECKING: "Fact-checking by",
    CreditRole.TRANSLATION: "Translated by",
    CreditRole.INTERVIEWS: "Interviews by",
}
# The cue for a run of one credit where the plural cue would read wrongly.
_SINGLE_CUE = {CreditRole.PHOTO: "Photo by", CreditRole.ILLUSTRATION: "Illustration by"}
ROLE_LABELS: dict[CreditRole, str] = {
    CreditRole.BYLINE: "Byline",
    CreditRole.REPORTING: "Reporting",
    CreditRole.ADDITIONAL_REPORTING: "Additional reporting",
    CreditRole.WRITING: "Writing",
    CreditRole.EDITING: "Editing",
    CreditRole.EDITED_BY: "Edited by",
    CreditRole.COMPILED_BY: "Compiled by",
    CreditRole.GRAPHICS: "Graphics",
    CreditRole.PHOTO: "Photo",
    CreditRole.ILLUSTRATION: "Illustration",
    CreditRole.VIDEO: "Video",
    CreditRole.PRODUCTION: "Production",
    CreditRole.DATA: "Data",
    CreditRole.DESIGN: "Design",
    CreditRole.AUDIO: "Audio",
    CreditRole.NARRATION: "Narration",
    CreditRole.FACT_CHECKING: "Fact-checking",
    CreditRole.TRANSLATION: "Translation",
    CreditRole.INTERVIEWS: "Interviews",
}
"""Each role's name in a list-style credit block ("Video: Ott Lane"), and in the credits panel."""


def credits_a_body(credit: Credit) -> bool:
    """Is the credit to an agency, an outlet or an outlet's body ("By Reuters", "By the Harbour
    Times editorial board") rather than a person? Machine-readable exports (ninjs, JSON-LD)
    list it as an organisation: a receiving system must not file Reuters among its people."""
    return is_organisation(credit.name) or house_author(credit.name) is not None


def _written_organisation(credit: Credit) -> str | None:
    """The organisation a style writes for `credit`: after a slash for the roles whose lines
    carry one there ("Photo by Ana Lima/Reuters", "By Ana Lima/AFP"); in brackets for the others
    ("Reporting by Ana Lima (Kyodo News)", as a wire's sign-off names an outsider), when the
    reader takes the brackets for an outlet. No house writes "Editing by Tom Reed/Reuters"."""
    if not credit.organisation:
        return None
    if credit.role in ORGANISATION_ROLES or bracketed_outlet(credit.organisation):
        return credit.organisation
    return None


def _person(credit: Credit, with_location: bool = True) -> str:
    text = credit.name
    organisation = _written_organisation(credit)
    if organisation and credit.role in ORGANISATION_ROLES:
        text += f"/{organisation}"
    elif organisation:
        text += f" ({organisation})"
    if with_location and credit.location:
        text += f" in {credit.location}"
    if credit.email:
        text += f" <{credit.email}>"
    return text


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _runs(
    credits: Sequence[Credit], key: Callable[[Credit], object] = attrgetter("role")
) -> list[list[Credit]]:
    """Consecutive credits that share `key` (the role, by default); the list's order is kept."""
    runs: list[list[Credit]] = []
    for credit in credits:
        if runs and key(runs[-1][0]) == key(credit):
            runs[-1].append(credit)
        else:
            runs.append([credit])
    return runs


def _group_key(credit: Credit) -> tuple[str | None, str | None]:
    """What a group of names shares: the place, and the organisation a style writes."""
    return credit.location, _written_organisation(credit)


def _name_lists(run: Sequence[Credit], final_and: bool = False) -> list[str]:
    """One run as name lists "A and B in Kyiv, C in Warsaw", split so parsing gives it back.

    A location reaches back over the names before it when parsed, so names without a location
    may not stand right before a located group; where they would, a new list starts. An
    organisation after a list's last name reaches back the same way when no earlier name has
    one ("Photos by A and B/EPA"), so names without one never open a list that ends with one.
    """
    groups: list[list[Credit]] = []
    for credit in run:
        if groups and _group_key(groups[-1][0]) == _group_key(credit):
            groups[-1].append(credit)
        else:
            groups.append([credit])
    lists: list[list[str]] = []
    current: list[str] = []
    previous_located = True
    list_carries = False  # a name in the current list has its organisation after a slash
    for group in groups:
        located = group[0].location is not None
        carries = _group_key(group[0])[1] is not None
        if current and ((located and not previous_located) or (carries and not list_carries)):
            lists.append(current)
            current = []
            list_carries = False
        list_carries = list_carries or carries
        names = _join([_person(c, with_location=False) for c in group])
        if located:
            names += f" in {group[0].location}"
        current.append(names)
        previous_located = located
    if current:
        lists.append(current)
    return [_join(parts) if final_and else ", ".join(parts) for parts in lists]


def _render_reuters(credits: Sequence[Credit]) -> list[str]:
    lines: list[str] = []
    segments: list[str] = []

    def flush() -> None:
        if segments:
            lines.append("; ".join(segments))
            segments.clear()

    for run in _runs(credits):
        role = run[0].role
        if role is CreditRole.EDITED_BY:
            flush()
            for credit in run:
                where = f" in {credit.location}" if credit.location else ""
                organisation = _written_organisation(credit)
                works_for = f" ({organisation})" if organisation else ""
                lines.append(f"Edited by: {credit.name}{works_for}{where}")
                if credit.email:
                    lines.append(credit.email)
            continue
        cue = _SEGMENT_CUE[role]
        if len(run) == 1:
            cue = _SINGLE_CUE.get(role, cue)
        if role is CreditRole.BYLINE:
            flush()
            lines.extend(f"By {names}" for names in _name_lists(run))
            continue
        segments.extend(f"{cue} {names}" for names in _name_lists(run))
    flush()
    return lines


_AP_NAME = "Associated Press"


def _render_ap(credits: Sequence[Credit]) -> list[str]:
    lines: list[str] = []
    for run in _runs(credits):
        role = run[0].role
        if role is CreditRole.ADDITIONAL_REPORTING:
            # "Associated Press writers A and B contributed" says they are AP's: only for
            # credits whose organisation is Associated Press (as that line is read), never
            # for a contributor nobody said works there.
            for group in _runs(run, attrgetter("organisation")):
                ap = group[0].organisation == _AP_NAME
                if ap:  # the title says whom they work for, once
                    group = [replace(credit, organisation=None) for credit in group]
                for names in _name_lists(group, final_and=True):
                    if ap:
                        count = names.count(" and ") + names.count(", ") + 1
                        noun = "writers" if count > 1 else "writer"
                        names = f"{_AP_NAME} {noun} {names}"
                    lines.append(f"{names} contributed to this report.")
            continue
        # "AP Photo/NAME" only for a credit whose organisation is AP (as "(AP Photo/NAME)" is
        # read): another agency's picture keeps its agency, one with none is not claimed for AP.
        if role is CreditRole.PHOTO and all(
            not c.location and not c.email and c.organisation == "AP" for c in run
        ):
            lines.extend(f"AP Photo/{credit.name}" for credit in run)
            continue
        lines.extend(_render_reuters(run))
    return lines


def _render_list(credits: Sequence[Credit]) -> list[str]:
    return [f"{ROLE_LABELS[c.role]}: {_person(c)}" for c in credits]


def in_house_form(credit: Credit) -> Credit:
    """`credit` as every export prints it. "Dr Ana Lima" typed in the credits panel's cells is
    "Ana Lima": no house style prints a title before a byline's name (a pasted or imported line
    is read without it: credit_titles). An agency typed, or stored before the reader spelt
    agencies, in capitals ("REUTERS", "ASSOCIATED PRESS") is written as the agency writes its
    name, so "Associated Press writers ..." is set for it too. The stored credit stays as
    typed; the page's head, its foot, ninjs and JSON-LD all print this form (document.build),
    where only the foot's lines did and the head said "By Dr Ana Lima (REUTERS)"."""
    name = house_spelling(without_titles(credit.name)) or credit.name
    organisation = house_spelling(credit.organisation)
    if (name, organisation) == (credit.name, credit.organisation):
        return credit
    return replace(credit, name=name, organisation=organisation)


def render_credits(credits: Iterable[Credit], style: str = "reuters") -> str:
    """Credit lines in a house style; `parse_credits` on the result gives the same credits back.

    Styles: "reuters" (one "Reporting by ...; Editing by ..." line, "By" and "Edited by:" lines
    apart), "ap" ("By ..." and "... contributed to this report.", "Associated Press writers
    ..." for contributors whose organisation is Associated Press), and
    "list" (one "Role: Name in Place <e-mail>" line per credit).
    """
    return render_printed([in_house_form(c) for c in credits], style)


def render_printed(items: Sequence[Credit], style: str = "reuters") -> str:
    """`render_credits` for credits already in their in-house form (document.build prints
    the head, the foot, ninjs and JSON-LD from one such list, and had each credit put in
    that form a second time here)."""
    if style == "reuters":
        lines = _render_reuters(items)
    elif style == "ap":
        lines = _render_ap(items)
    elif style == "list":
        lines = _render_list(items)
    else:
        raise InputError(f"Unknown credit style {style!r}; use one of: {', '.join(CREDIT_STYLES)}.")
    return "\n".join(lines)
