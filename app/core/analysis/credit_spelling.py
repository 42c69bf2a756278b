"""Agencies and known outlets printed in capitals, shown as they write their own names.

A wire line in capitals ("ANA LIMA REUTERS", "BY ANA LIMA, ASSOCIATED PRESS") gives its people
in proper case (credit_name_case), but an organisation was kept as the line had it, so the
credits panel and every house style printed "By Ana Lima/REUTERS" where the house writes
"Reuters". An agency or outlet the lists know is given its own spelling ("Reuters", "The
Associated Press", "BuzzFeed", "dpa"); an acronym stays ("AFP"). An organisation no list knows
("HARBOUR TIMES") stays as written: proper case would guess wrong as often as not ("BBC NEWS").
Text in mixed case is never touched: the writer chose its spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.analysis.credit_known_outlets import OUTLET_SPELLINGS
from app.core.analysis.credit_names import is_caps
from app.core.analysis.news_agencies import ALL_AGENCIES, NEWS_SUFFIXED

__all__ = ["agency_spelling", "chain_spelling", "house_spelling"]

# Lower case -> own spelling. The agencies alone are asked apart (agency_spelling); the "News"
# forms and the known outlets are only re-spelt (house_spelling).
_AGENCY_SPELLINGS: dict[str, str] = {name.lower(): name for name in ALL_AGENCIES}
_SPELLINGS: dict[str, str] = {
    **_AGENCY_SPELLINGS,
    **{name.lower(): name for name in (*(f"{n} News" for n in NEWS_SUFFIXED), *OUTLET_SPELLINGS)},
}
_CHAIN_RE = re.compile(r"(\s*[/|]\s*)")  # "HARBOUR TIMES/REUTERS": each outlet of a chain
_THE_RE = re.compile(r"THE\s+")


def house_spelling(text: str | None) -> str | None:
    """`text` with each agency or known outlet in capitals in its own spelling: "REUTERS" ->
    "Reuters", "THE ASSOCIATED PRESS" -> "The Associated Press", "HARBOUR TIMES/REUTERS" ->
    "HARBOUR TIMES/Reuters"; anything else as it is."""
    if not text or not is_caps(text):
        return text
    return chain_spelling(text, lambda part: part)


def chain_spelling(text: str, unknown: Callable[[str], str | None]) -> str | None:
    """Each outlet of a chain ("HARBOUR TIMES/REUTERS") in the spelling the table knows for it,
    and a part it does not know as `unknown` spells it; None when `unknown` gives None for a part.
    One walk for the house spelling (an unknown part as written) and for a line typed in lower
    case (credit_lower_case: an unknown part spelt by proper case, or reported)."""
    spelled: list[str] = []
    for part in _CHAIN_RE.split(text):
        own = part if _CHAIN_RE.fullmatch(part) else _own_spelling(part)
        if own is None:
            own = unknown(part)
            if own is None:
                return None
        spelled.append(own)
    return "".join(spelled)


def agency_spelling(caps: str) -> str | None:
    """The agency's own spelling of `caps`, an agency's name in capitals ("REUTERS" ->
    "Reuters", "AFP" -> "AFP", "DPA" -> "dpa"); None for anything else, a known outlet or a
    name not all in capitals ("Reuters") included. A line typed in lower case is read in
    capitals (credit_lower_case) and asks this both to trust a credit and to spell it."""
    spelled = _AGENCY_SPELLINGS.get(caps.lower())
    return spelled if spelled is not None and spelled.upper() == caps else None


def _own_spelling(part: str) -> str | None:
    """The table's spelling of one agency or known outlet ("CNN" -> "CNN", "THE BUZZFEED" ->
    "The BuzzFeed"); None when the table does not know it."""
    the = _THE_RE.match(part)
    body = part[the.end() :] if the else part
    spelled = _SPELLINGS.get(" ".join(body.split()).lower())
    if spelled is None:
        return None
    return f"The {spelled}" if the else spelled
