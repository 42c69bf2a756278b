"""Bylines written as a name and the writer's e-mail address, and "Write to ... at ..."
(credit_email_byline.py): the writer is the byline and the address is theirs, not a second
person's. Every name and address here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_line, read_credit_line
from app.core.model import CreditRole


def _read(line: str) -> list[tuple[CreditRole, str, str | None]]:
    return [(c.role, c.name, c.email) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    "line",
    [
        "Greta Falster gfalster@harbourledger.example",
        "Greta Falster <greta.falster@harbourledger.example>",
        "Greta Falster (gfalster@harbourledger.example)",
        "GRETA FALSTER - gfalster@harbourledger.example",
    ],
)
def test_a_name_and_its_address_is_the_byline(line: str) -> None:
    [(role, name, email)] = _read(line)
    assert (role, name) == (CreditRole.BYLINE, "Greta Falster")
    assert email is not None and "falster@harbourledger.example" in email


def test_write_to_names_each_writer_with_their_address() -> None:
    assert _read(
        "Write to Greta Falster at greta.falster@ledger.example and Ibrahim Sulu at "
        "ibrahim.sulu@ledger.example"
    ) == [
        (CreditRole.BYLINE, "Greta Falster", "greta.falster@ledger.example"),
        (CreditRole.BYLINE, "Ibrahim Sulu", "ibrahim.sulu@ledger.example"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Jordan Valley info@valley.example",  # a place's address, not a writer's
        "Greta Falster tips@harbourledger.example",  # the desk's address: no one's name in it
        "Harbour Ledger news@harbourledger.example",
        "Send your letters to letters@harbourledger.example",
    ],
)
def test_an_address_without_a_writers_name_is_no_byline(line: str) -> None:
    assert not is_credit_line(line)
