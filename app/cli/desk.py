"""Workflow verbs: `status` (with the sign-off rules) and `assign`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import print_blocked, status_type
from app.cli.registry import Subparsers, add_verb

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "status",
        _cmd_status,
        help="move a story in the workflow (to ready with things open: needs --reason)",
    )
    p.add_argument("slug")
    p.add_argument("status", type=status_type, metavar="STATUS")
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help="why it moves although suggestions, comments or doubtful quotes are open "
        "(recorded; it does not release the export gate)",
    )
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="with STATUS published: publish although the export gate blocks (as for export; "
        "recorded, also when nothing blocked)",
    )

    p = add_verb(sub, "assign", _cmd_assign, help="give a story to someone (or to nobody)")
    p.add_argument("slug")
    p.add_argument("user", nargs="?", metavar="USER")
    p.add_argument("--none", action="store_true", help="take the story away from its assignee")


def _cmd_status(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.errors import BlockedError, ReasonRequired

    before = desk.get_story(args.slug)
    if before.status is args.status:
        print(f"'{before.slug}' is already {args.status.value}.")
        return 0
    try:
        story = desk.set_status(
            before.id or args.slug, args.status, args.reason, override_reason=args.override_reason
        )
    except BlockedError as exc:  # publishing passes the export gate, worded as export words it
        print_blocked(exc, "publish")
        return 1
    except ReasonRequired as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        for item in exc.items:
            print(f"  {item}", file=sys.stderr)
        print("  Give --reason TEXT to move it anyway (the export gate still blocks).",
              file=sys.stderr)  # fmt: skip
        return 1
    changes = desk.status_history(story.id or story.slug)
    note = " (reason recorded)" if changes and changes[-1].reason else ""
    print(f"Moved '{story.slug}' from {before.status.value} to {story.status.value}{note}.")
    return 0


def _cmd_assign(args: argparse.Namespace, desk: Desk) -> int:
    if args.none == bool(args.user):
        print("copydesk: give a USER, or --none to unassign.", file=sys.stderr)
        return 2
    user = None if args.none else args.user
    changed = desk.assign(args.slug, user)
    story = desk.get_story(args.slug)
    if not changed:
        print(f"'{story.slug}' was already "
              f"{'unassigned' if user is None else 'assigned to ' + user}.")  # fmt: skip
    elif user is None:
        print(f"'{story.slug}' is no longer assigned.")
    else:
        print(f"Assigned '{story.slug}' to {user}.")
    return 0
