"""`copydesk source add` and `copydesk source list`: a story's sources from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import print_json
from app.cli.registry import Subparsers, add_verb
from app.core.text.counts import counted

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(sub, "source", _cmd_source, help="add, update or list a story's sources")
    actions = p.add_subparsers(dest="source_action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="add a source to a story (a name the story already has updates that source)"
    )
    add.add_argument("slug", metavar="SLUG")
    add.add_argument("--name", required=True, help="the person's name, or a description as name")
    add.add_argument("--title", help="title or affiliation, e.g. 'procurement official'")
    add.add_argument("--description", help="how the story describes them, e.g. 'a senior aide'")
    add.add_argument("--anonymous", action=argparse.BooleanOptionalAction, default=None,
                     help="the story does not name them")  # fmt: skip
    add.add_argument("--confidential", action=argparse.BooleanOptionalAction, default=None,
                     help="never exported, never printed without --private; "
                          "their name in the copy blocks export")  # fmt: skip
    add.add_argument("--contact", help="private: never exported")
    add.add_argument("--notes", help="private: never exported")

    lst = actions.add_parser("list", help="a story's sources")
    lst.add_argument("slug", metavar="SLUG")
    lst.add_argument("--json", action="store_true")
    lst.add_argument(
        "--private",
        action="store_true",
        help="include confidential sources and every source's contact and notes",
    )


def _cmd_source(args: argparse.Namespace, desk: Desk) -> int:
    if args.source_action == "add":
        return _add(args, desk)
    return _list(args, desk)


def _add(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.errors import InputError

    name = " ".join(args.name.split())
    if not name:
        raise InputError("A source needs a name (or a description used as one, --name '...').")
    fields = {
        "title": args.title,
        "description": args.description,
        "anonymous": args.anonymous,
        "confidential": args.confidential,
        "contact": args.contact,
        "notes": args.notes,
    }
    source, created = desk.put_source(args.slug, name, fields)
    verb = "Added" if created else "Updated"
    flags = [f for f in ("anonymous", "confidential") if getattr(source, f)]
    extra = f" ({', '.join(flags)})" if flags else ""
    print(f"{verb} source '{source.name}'{extra} on '{args.slug}'.")
    return 0


def _list(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.confidential import public_view

    story = desk.get_story(args.slug)
    shown = story.sources if args.private else public_view(story).sources
    if args.json:
        print_json([s.to_json(private=args.private) for s in shown])
        _note_hidden(story, shown, args.private)  # stderr: the JSON stays as show --json has it
        return 0
    if not shown:
        print(f"'{story.slug}' has no sources" + ("." if args.private else " to show."))
    for source in shown:
        flags = [f for f in ("anonymous", "confidential") if getattr(source, f)]
        parts = [source.name]
        if source.title:
            parts.append(source.title)
        if source.description:
            parts.append(f"“{source.description}”")
        if flags:
            parts.append(f"[{', '.join(flags)}]")
        print(" · ".join(parts))
        if args.private:
            for label in ("contact", "notes"):
                value = getattr(source, label)
                if value:
                    print(f"    {label}: {value}")
    _note_hidden(story, shown, args.private)
    return 0


def _note_hidden(story, shown, private: bool) -> None:
    """How many confidential sources the listing leaves out, on stderr, for the text listing and
    --json alike: a JSON reader was not told that some were left out."""
    hidden = len(story.sources) - len(shown)
    if hidden and not private:
        print(f"({counted(hidden, 'confidential source')} not shown; --private shows them.)",
              file=sys.stderr)  # fmt: skip
