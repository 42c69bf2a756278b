"""The verb registry: each verb family's module adds its verbs here, and `run` dispatches to them.

One registry instead of a hand-kept dispatch table, so a new verb touches only its family's module
(and, for a new family, the list in `app/cli/__init__.py`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.services import Desk

Handler = Callable[[argparse.Namespace, "Desk | None"], int]
Subparsers = argparse._SubParsersAction


@dataclass(frozen=True)
class Verb:
    """A verb's handler and whether it needs the store opened for it."""

    handler: Handler
    needs_store: bool = True


VERBS: dict[str, Verb] = {}


def add_verb(
    sub: Subparsers, name: str, handler: Handler, *, help: str, store: bool = True, **kwargs
) -> argparse.ArgumentParser:
    """Registers NAME with its handler and returns its parser for the family to add arguments.

    `store=False` is for verbs that never open the configured store (they get None for the desk).
    """
    VERBS[name] = Verb(handler, store)
    return sub.add_parser(name, help=help, **kwargs)
