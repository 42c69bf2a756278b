"""How every generated battery turns its cases into pytest params: each case is one test
named by its id, and a case out of scope is a strict xfail carrying the reason an editor
would read, so it fails loudly the day the engine starts getting it right."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pytest


class _Generated(Protocol):
    id: str
    xfail: str


def battery_params(items: Iterable[_Generated]) -> list[object]:
    """Cases or stories as pytest params; an out-of-scope one is a strict xfail."""
    return [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=c.xfail, strict=True)])
        if c.xfail
        else pytest.param(c, id=c.id)
        for c in items
    ]
