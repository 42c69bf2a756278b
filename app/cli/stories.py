"""Story verbs: list, show, history, and the trash (delete, undelete, purge)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.cli.common import positive_int, print_json, print_table, status_type
from app.cli.registry import Subparsers, add_verb
from app.core.text.counts import counted

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(sub, "list", _cmd_list, help="list stories (newest first)")
    p.add_argument("--status", type=status_type)
    p.add_argument("--desk")
    p.add_argument("--search", metavar="Q", help="full-text search (best match first)")
    p.add_argument("--trash", action="store_true", help="list deleted stories")
    p.add_argument(
        "--attention",
        action="store_true",
        help="only stories with open suggestions or unresolved comments",
    )
    p.add_argument("--limit", type=positive_int, default=100, metavar="N")
    p.add_argument("--json", action="store_true")

    p = add_verb(sub, "show", _cmd_show, help="show one story")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--private", action="store_true", help="include sources' private contact and notes"
    )

    p = add_verb(sub, "history", _cmd_history, help="a story's revisions and status changes")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")

    p = add_verb(
        sub,
        "delete",
        lambda a, d: _each(
            a.slugs, d.delete_story, "Moved '{}' to the trash.", "'{}' was already in the trash."
        ),
        help="move stories to the trash",
    )
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    p = add_verb(
        sub,
        "undelete",
        lambda a, d: _each(
            a.slugs, d.restore_story, "Restored '{}'.", "'{}' was not in the trash."
        ),
        help="bring stories back from the trash",
    )
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    p = add_verb(
        sub,
        "purge",
        lambda a, d: _each(a.slugs, lambda s: d.purge_stories([s]), "Purged '{}'."),
        help="remove stories in the trash for good",
    )
    p.add_argument("slugs", nargs="+", metavar="SLUG")


def _cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    if args.search:
        rows = desk.search(
            args.search,
            limit=args.limit,
            status=args.status,
            desk=args.desk,
            trash=args.trash,
            attention=args.attention,
        )
    else:
        rows = desk.list_stories(
            args.status, args.desk, limit=args.limit, trash=args.trash, attention=args.attention
        )
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print("No stories." if not args.search else f"No story matches '{args.search}'.")
        return 0
    print_table(
        ("SLUG", "STATUS", "DESK", "WORDS", "UPDATED", "OPEN", "ASSIGNEE", "HEADLINE"),
        [
            (
                r.slug,
                r.status.value,
                r.desk or "-",
                f"{r.words:,}",
                r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(r.open_items) if r.open_items else "-",
                r.assignee or "-",
                r.headline,
            )
            for r in rows
        ],
        right=(3, 5),
    )
    found = [(r.slug, r.snippet) for r in rows if r.snippet is not None and r.snippet.text()]
    if found:
        print()
        marks = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")
        for slug, snippet in found:  # where the words were found, hits in bold on a terminal
            print(f"{slug}: {snippet.marked(*marks)}")
    return 0


def _cmd_show(args: argparse.Namespace, desk: Desk) -> int:
    story = desk.get_story(args.slug)
    if args.json:
        print_json(story.to_json(private=args.private))
        return 0
    print(story.headline)
    if story.dek:
        print(story.dek)
    meta = [f"slug {story.slug}", f"status {story.status.value}", f"version {story.version}"]
    if story.deleted_at is not None:  # it read as any draft; `list` does not show it
        meta.append("in the trash (copydesk undelete brings it back)")
    if story.desk:
        meta.append(f"desk {story.desk}")
    if story.assignee:
        meta.append(f"assigned to {story.assignee}")
    from app.core.review.critic import suggestions

    opened = len(suggestions(story.markup)), len(story.open_comments)
    if any(opened):
        meta.append(
            f"{counted(opened[0], 'open suggestion')}, {counted(opened[1], 'open comment')}"
        )
    print(" · ".join(meta))
    print()
    print(story.body)
    if story.credits:
        from app.core.exporting.credits import render_credits

        print()
        print(render_credits(story.credits, "reuters"))
    return 0


def _cmd_history(args: argparse.Namespace, desk: Desk) -> int:
    revisions = desk.revisions(args.slug)
    changes = desk.status_history(args.slug)
    locks = desk.lock_history(args.slug)
    publications = desk.publications(args.slug)
    exports = desk.exports(args.slug)
    if args.json:
        print_json(
            {
                "revisions": [
                    {
                        "number": r.number,
                        "author": r.author,
                        "created_at": r.created_at.isoformat(),
                        "reason": r.reason,
                        "size": r.size,
                    }
                    for r in revisions
                ],
                "status_changes": [
                    {
                        "from": c.from_status.value if c.from_status else None,
                        "to": c.to_status.value,
                        "by": c.changed_by,
                        "at": c.changed_at.isoformat(),
                        "reason": c.reason,
                    }
                    for c in changes
                ],
                "locks": [entry.to_json() for entry in locks],
                "publications": [p.to_json() for p in publications],
                "exports": [e.to_json() for e in exports],
            }
        )
        return 0
    for r in revisions:
        when = r.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"#{r.number:<4} {when}  {r.author:<16.16} {r.reason:<8} {r.size:>7} chars")
    for c in changes:
        when = c.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        origin = c.from_status.value if c.from_status else "new"
        why = f"  ({c.reason})" if c.reason else ""
        print(f"status {when}  {c.changed_by:<16.16} {origin} -> {c.to_status.value}{why}")
    for entry in locks:
        when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        taken = f" from {entry.from_user}" if entry.from_user else ""
        why = f"  ({entry.reason})" if entry.reason else ""
        print(f"lock   {when}  {entry.user:<16.16} {entry.action}{taken}{why}")
    for p in publications:
        moment = p.published_at or p.opened_at
        when = moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "?"
        who = p.published_by or p.opened_by or ""
        label = f"publication {p.number}" if p.is_out else "in progress"
        note = f"  {p.note}" if p.note else ""
        print(f"{label:<15} {when}  {who:<16.16} {p.kind.value}{note}")
    for e in exports:
        when = e.exported_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        edition = f"  publication {e.publication}" if e.publication is not None else ""
        why = f"  reason: {e.override_reason}" if e.override_reason else ""
        print(f"export {when}  {e.exported_by:<16.16} {e.format:<8} {e.path}{edition}{why}")
    return 0


def _each(slugs: list[str], action: Callable[[str], object], done: str, unchanged: str = "") -> int:
    for slug in slugs:
        changed = action(slug)
        print((done if changed or not unchanged else unchanged).format(slug))
    return 0
