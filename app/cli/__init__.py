"""Headless verbs (the same services as the GUI), one module per verb family.

Exit status everywhere: 0 done, 1 checked and found problems (or blocked), 2 bad usage or bad
input. Errors print one line on stderr; no tracebacks for bad input. No Qt is imported here.

A new family is a module with a `register(sub)` function that calls `registry.add_verb` for each
of its verbs, listed in FAMILIES below (in the order `copydesk --help` shows them).
"""

from __future__ import annotations

import argparse
import difflib
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
    """Usage errors in one line, naming the verb and where its options are listed.

    argparse printed its usage and then the error, two lines headed by the top-level usage even
    for a verb's unknown option, and listed all the verbs for a mistyped one."""

    def error(self, message: str):  # argparse's own exit code for usage errors is already 2
        self.exit(2, f"{usage_error(self.prog, message)}\n")


def usage_error(prog: str, message: str) -> str:
    """`copydesk: MESSAGE (copydesk VERB --help lists the options)`, or for a mistyped verb
    the verbs closest to it."""
    if prog == "copydesk" and message.startswith("argument VERB: invalid choice:"):
        typed = message.split("'")[1] if message.count("'") >= 2 else ""
        close = difflib.get_close_matches(typed, VERBS, n=3)
        hint = f"; did you mean {' or '.join(repr(v) for v in close)}?" if close else ""
        return f"copydesk: no verb '{typed}'{hint} (copydesk --help lists the verbs)"
    return f"copydesk: {message} ({prog} --help lists the options)"


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
    """The arguments; a word no parser takes is reported by the verb (or its action) it was
    given to, as that is where the right options are listed."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        _innermost(parser, args).error(f"unrecognized arguments: {' '.join(extras)}")
    return args


def _innermost(parser: argparse.ArgumentParser, args: argparse.Namespace):
    """The parser of the verb, and of its action (`style rules`), that ARGS went through."""
    while True:
        chooser = next(
            (a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None
        )
        chosen = getattr(args, chooser.dest, None) if chooser is not None else None
        if chosen is None or chosen not in chooser.choices:
            return parser
        parser = chooser.choices[chosen]


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
