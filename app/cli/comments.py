"""Comment verbs: `comments`, `comment` (new or reply), `resolve`, `reopen`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import positive_int, print_json
from app.cli.registry import Subparsers, add_verb

if TYPE_CHECKING:
    from app.core.model import Comment
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(sub, "comments", _cmd_list, help="a story's comments and their replies")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")

    p = add_verb(
        sub,
        "comment",
        _cmd_comment,
        help="comment on the first occurrence of TEXT, or reply to a comment",
    )
    p.add_argument("slug")
    p.add_argument("--on", metavar="TEXT", help="the words the comment is about")
    p.add_argument("--text", required=True, metavar="TEXT", help="what the comment says")
    p.add_argument("--reply", type=positive_int, metavar="ID", help="reply to this comment")

    for verb, text in (("resolve", "mark a comment resolved"), ("reopen", "reopen a comment")):
        p = add_verb(sub, verb, _cmd_resolve, help=text)
        p.add_argument("slug")
        p.add_argument("id", type=positive_int, metavar="ID")


def _print_comment(c: Comment) -> None:
    state = "resolved" if c.resolved else "open"
    where = "(its text was deleted: " if c.detached else "on "
    where += f"“{c.anchor_text}”" + (")" if c.detached else "")
    when = c.at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"#{c.id} [{state}] {c.author}, {when}, {where}")
    print(f"    {c.text}")
    for r in c.replies:
        print(f"    ↳ {r.author}, {r.at.astimezone():%Y-%m-%d %H:%M}: {r.text}")


def _cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    found = desk.comments(args.slug)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    if not found:
        print("No comments.")
    for c in found:
        _print_comment(c)
    return 0


def _cmd_comment(args: argparse.Namespace, desk: Desk) -> int:
    if args.reply is not None:
        if args.on:
            print("copydesk: a reply belongs to its comment's text; leave out --on.",
                  file=sys.stderr)  # fmt: skip
            return 2
        comment = desk.reply(args.slug, args.reply, args.text)
        print(f"Replied to comment {comment.id}.")
        return 0
    if not args.on:
        print("copydesk: say what the comment is about with --on TEXT (or --reply ID).",
              file=sys.stderr)  # fmt: skip
        return 2
    comment = desk.comment_on(args.slug, args.on, args.text)
    print(f"Comment {comment.id} on “{comment.anchor_text}”.")
    return 0


def _cmd_resolve(args: argparse.Namespace, desk: Desk) -> int:
    if args.verb == "resolve":
        changed = desk.resolve_comment(args.slug, args.id)
        print(f"Comment {args.id} {'resolved' if changed else 'was already resolved'}.")
    else:
        changed = desk.reopen_comment(args.slug, args.id)
        print(f"Comment {args.id} {'reopened' if changed else 'was already open'}.")
    return 0
