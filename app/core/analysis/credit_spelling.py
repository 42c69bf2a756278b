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

from app.core.analysis.credit_known_outlets import OUTLET_SPELLINGS
from app.core.analysis.credit_names import is_caps
from app.core.analysis.news_agencies import ALL_AGENCIES, NEWS_SUFFIXED

__all__ = ["house_spelling"]

_SPELLINGS: dict[str, str] = {
    name.lower(): name
    for name in (*ALL_AGENCIES, *(f"{name} News" for name in NEWS_SUFFIXED), *OUTLET_SPELLINGS)
}
_CHAIN_RE = re.compile(r"(\s*[/|]\s*)")  # "HARBOUR TIMES/REUTERS": each outlet of a chain
_THE_RE = re.compile(r"THE\s+")


def house_spelling(text: str | None) -> str | None:
    """`text` with each agency or known outlet in capitals in its own spelling: "REUTERS" ->
    "Reuters", "THE ASSOCIATED PRESS" -> "The Associated Press", "HARBOUR TIMES/REUTERS" ->
    "HARBOUR TIMES/Reuters"; anything else as it is."""
    if not text or not is_caps(text):
        return text
    return "".join(_spelled(part) for part in _CHAIN_RE.split(text))


def _spelled(part: str) -> str:
    the = _THE_RE.match(part)
    body = part[the.end() :] if the else part
    spelled = _SPELLINGS.get(" ".join(body.split()).lower())
    if spelled is None:
        return part
    return f"The {spelled}" if the else spelled
