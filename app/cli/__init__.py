"""Headless verbs (the same services as the GUI), one module per verb family.

Exit status everywhere: 0 done, 1 checked and found problems (or blocked), 2 bad usage or bad
input. Errors print one line on stderr; no tracebacks for bad input. No Qt is imported here.

A new family is a module with a `register(sub)` function that calls `registry.add_verb` for each
of its verbs, listed in FAMILIES below (in the order `copydesk --help` shows them).
"""

from __future__ import annotations

import argparse
import sys

from app import __version__
from app.cli import (
    analysis,
    backup,
    comments,
    desk,
    doctor,
    exporting,
    importing,
    proofing,
    provenance,
    publishing,
    sources,
    stories,
    suggestions,
)
from app.cli.registry import VERBS
from app.core.errors import CopydeskError

FAMILIES = (
    importing,
    analysis,
    provenance,
    stories,
    sources,
    desk,
    suggestions,
    comments,
    backup,
    exporting,
    proofing,
    publishing,
    doctor,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own exit code for usage errors is already 2
        self.print_usage(sys.stderr)
        self.exit(2, f"copydesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="copydesk",
        description="Copydesk, an offline editorial workstation. With no verb, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the store (default: COPYDESK_DATABASE, else the local SQLite file)",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for family in FAMILIES:
        family.register(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    verb = VERBS[args.verb]
    desk = None
    try:
        if verb.needs_store:
            from app.core.services import Desk

            desk = Desk.open(args.database)
        return verb.handler(args, desk)
    except CopydeskError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    finally:
        if desk is not None:
            desk.close()
