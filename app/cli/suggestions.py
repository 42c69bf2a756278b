"""Suggestion verbs: `suggest`, `suggestions`, `accept`, `reject` (track changes)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import positive_int, print_json
from app.cli.registry import Subparsers, add_verb
from app.core.text.counts import counted

if TYPE_CHECKING:
    from app.core.review.critic import Suggestion
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "suggest",
        _cmd_suggest,
        help="suggest replacing the first occurrence of TEXT (an empty NEW suggests deleting it)",
    )
    p.add_argument("slug")
    p.add_argument("--on", required=True, metavar="TEXT")
    p.add_argument("--replace", required=True, metavar="NEW")

    p = add_verb(sub, "suggestions", _cmd_list, help="a story's open suggestions")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")

    for verb, text in (("accept", "accept suggestions"), ("reject", "reject suggestions")):
        p = add_verb(sub, verb, _cmd_decide, help=f"{text} by id, all, or all by one author")
        p.add_argument("slug")
        p.add_argument("ids", nargs="*", type=positive_int, metavar="ID")
        p.add_argument("--all", action="store_true", help="every open suggestion")
        p.add_argument("--author", metavar="NAME", help="with --all: only this author's")


def _line(s: Suggestion) -> str:
    when = s.at.astimezone().strftime("%Y-%m-%d %H:%M") if s.at else ""
    return f"{s.id:>4}  {s.kind:<8} {s.author:<16.16} {when:<16}  {s.describe(60)}"


def _cmd_suggest(args: argparse.Namespace, desk: Desk) -> int:
    made = desk.suggest(args.slug, args.on, args.replace)
    print(f"Suggestion {made.id}: {made.describe(60)}.")
    return 0


def _cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    found = desk.suggestions(args.slug)
    if args.json:
        print_json([s.to_json() for s in found])
        return 0
    if not found:
        print("No open suggestions.")
    for s in found:
        print(_line(s))
    return 0


def _cmd_decide(args: argparse.Namespace, desk: Desk) -> int:
    if bool(args.ids) == args.all:
        # Ids with --all were told the same as neither: "takes suggestion ids, or --all".
        what = (
            "suggestion ids or --all, not both"
            if args.all
            else "suggestion ids ('copydesk suggestions SLUG' lists them), or --all"
        )
        print(f"copydesk: {args.verb} takes {what}.", file=sys.stderr)
        return 2
    if args.author and not args.all:
        print("copydesk: --author goes with --all.", file=sys.stderr)
        return 2
    decide = desk.accept_suggestions if args.verb == "accept" else desk.reject_suggestions
    done = decide(args.slug, args.ids, everything=args.all, author=args.author)
    word = "Accepted" if args.verb == "accept" else "Rejected"
    if not done.ids:
        print("No open suggestion matched; nothing changed.")
        return 0
    print(f"{word} {counted(len(done.ids), 'suggestion')}: {', '.join(map(str, done.ids))}.")
    return 0
