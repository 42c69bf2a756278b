"""The one quote-state table of ux.md: each state's label, icon and tint, used everywhere it shows.

A person's status wins over the machine's verdict, and a state is never told by colour alone:
every consumer (sidebar, editor tint, export dialog) takes label, icon and colour from here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.core.model import Quote, QuoteStatus, Severity, Verdict


class QuoteState(enum.StrEnum):
    """What a quote shows: its person-set status if any, else the machine verdict."""

    UNVERIFIED = "unverified"
    VERBATIM = "verbatim"
    MINOR = "minor"
    ALTERED = "altered"
    NOT_FOUND = "not_found"
    VERIFIED = "verified"
    DISPUTED = "disputed"


FINDING_STATE = "finding"
"""The highlight name the editor underlines (a finding, not a quote state)."""


@dataclass(frozen=True, slots=True)
class StateInfo:
    label: str
    meaning: str
    icon: str
    light: str
    dark: str


STATES: dict[QuoteState, StateInfo] = {
    QuoteState.UNVERIFIED: StateInfo(
        "Unverified", "nobody has checked it", "mdi6.help-circle-outline", "#6b7280", "#a3a9b3"
    ),
    QuoteState.VERBATIM: StateInfo(
        "Verbatim", "matches the source", "mdi6.check-decagram", "#15803d", "#4ade80"
    ),
    QuoteState.MINOR: StateInfo(
        "Minor changes",
        "differs only as the style allows",
        "mdi6.check-all",
        "#4d9a2a",
        "#a3e635",
    ),
    QuoteState.ALTERED: StateInfo(
        "Altered", "words differ from the source", "mdi6.alert-octagon", "#c81e1e", "#f87171"
    ),
    QuoteState.NOT_FOUND: StateInfo(
        "Not found",
        "no evidence in the attached material",
        "mdi6.file-search-outline",
        "#b45309",
        "#fbbf24",
    ),
    QuoteState.VERIFIED: StateInfo(
        "Verified", "a person vouched for it", "mdi6.account-check", "#166534", "#86efac"
    ),
    QuoteState.DISPUTED: StateInfo(
        "Disputed", "a person flagged it", "mdi6.account-question", "#7e22ce", "#d8b4fe"
    ),
}

SEVERITY_ICONS: dict[Severity, tuple[str, str, str]] = {
    Severity.ERROR: ("mdi6.alert-circle", "#c81e1e", "#f87171"),
    Severity.WARNING: ("mdi6.alert", "#b45309", "#fbbf24"),
    Severity.INFO: ("mdi6.information-outline", "#1d4ed8", "#93c5fd"),
}

SEVERITY_WORDS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("error", "errors"),
    Severity.WARNING: ("warning", "warnings"),
    Severity.INFO: ("note", "notes"),
}
"""One word per severity (one, many), used alike in every list of findings and its summary."""


def severity_word(severity: Severity | str, count: int = 1) -> str:
    one, many = SEVERITY_WORDS[Severity(severity)]
    return one if count == 1 else many


CHECK_SPEAKER_ICON = ("mdi6.account-alert", *SEVERITY_ICONS[Severity.WARNING][1:])
"""A speaker the analysis doubts for at least one of their quotes: warning amber, as findings."""

CONFIDENTIAL_ICON = "mdi6.incognito"
ANONYMOUS_ICON = "mdi6.account-multiple"


def state_of(quote: Quote) -> QuoteState:
    """The one state a quote shows: verified/disputed by a person beats any verdict."""
    if quote.status is QuoteStatus.VERIFIED:
        return QuoteState.VERIFIED
    if quote.status is QuoteStatus.DISPUTED:
        return QuoteState.DISPUTED
    if quote.verdict is not None:
        return QuoteState(str(Verdict(quote.verdict)))
    return QuoteState.UNVERIFIED


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark palettes need lighter icon colours to stay readable (theme.py decides what dark is)."""
    from app.gui.theme import is_dark as theme_is_dark

    return theme_is_dark(palette)


def _spec(name: str, key: str | None = None) -> str:
    """app/gui/icons.py's map is where icon names live; ux.md's names are the fallback."""
    try:
        from app.gui.icons import ICONS
    except ImportError:
        return name
    key = key or {CONFIDENTIAL_ICON: "confidential", ANONYMOUS_ICON: "anonymous"}.get(name)
    return ICONS.get(key, name) if key else name


def state_color(state: QuoteState, palette: QPalette | None = None) -> QColor:
    info = STATES[state]
    return QColor(info.dark if is_dark(palette) else info.light)


def themed_icon(name: str, color: str | QColor | None = None, key: str | None = None) -> QIcon:
    """A qtawesome icon in `color`, or in the palette's text colour so it follows the theme."""
    import qtawesome as qta

    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    if isinstance(color, QColor):
        color = color.name()
    return qta.icon(_spec(name, key), color=color)


def state_icon(state: QuoteState, palette: QPalette | None = None) -> QIcon:
    return themed_icon(STATES[state].icon, state_color(state, palette), key=f"state.{state}")


def tinted_icon(spec: tuple[str, str, str], palette: QPalette | None = None) -> QIcon:
    """An (icon, light colour, dark colour) spec as the palette wants it."""
    name, light, dark = spec
    return themed_icon(name, dark if is_dark(palette) else light)


def severity_icon(severity: Severity, palette: QPalette | None = None) -> QIcon:
    return tinted_icon(SEVERITY_ICONS[Severity(severity)], palette)
