"""After publication: `correct`, `update` and `kill`, and `audit`, the copy desk's record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import format_for_file
from app.cli.registry import Subparsers, add_verb

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    for verb, what in (("correct", "a correction"), ("update", "an update")):
        p = add_verb(
            sub,
            verb,
            _cmd_amend,
            help=f"open {what} on a published story (back to editing; the note is published "
            "with it)",
        )
        p.add_argument("slug")
        p.add_argument(
            "--note", required=True, metavar="TEXT", help="what changed, as readers will see it"
        )

    p = add_verb(
        sub,
        "kill",
        _cmd_kill,
        help="withdraw a story for good (any status); its exports become a kill notice",
    )
    p.add_argument("slug")
    p.add_argument("--reason", required=True, metavar="TEXT", help="printed on the kill notice")

    p = add_verb(
        sub,
        "audit",
        _cmd_audit,
        help="the copy desk's record of a story: quotes and their checks, sourcing, credits, "
        "findings and overrides, status history, exports and publications",
    )
    p.add_argument("slug")
    p.add_argument(
        "--format",
        choices=("html", "pdf"),
        help="default: from the --out file's extension (.pdf pdf, .html html), else html",
    )
    p.add_argument("--out", metavar="FILE", help="write here (HTML goes to stdout without it)")
    p.add_argument(
        "--private",
        action="store_true",
        help="name confidential sources and show sources' private contact and notes",
    )


AUDIT_FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".pdf": "pdf"}


def _cmd_amend(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.model import PublicationKind

    kind = PublicationKind.CORRECTION if args.verb == "correct" else PublicationKind.UPDATE
    story = desk.amend(args.slug, kind, args.note)
    what = "a correction" if kind is PublicationKind.CORRECTION else "an update"
    print(
        f"'{story.slug}' is back in editing for {what}; publishing it again sends the new "
        "text with the note."
    )
    return 0


def _cmd_kill(args: argparse.Namespace, desk: Desk) -> int:
    publication = desk.kill(args.slug, args.reason)
    print(
        f"Killed '{args.slug}' (publication {publication.number}); its exports are now a kill "
        "notice."
    )
    return 0


def _cmd_audit(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.audit import build_report, render_html, render_pdf
    from app.core.errors import InputError
    from app.core.exporting.writer import atomic_write

    # `--out report.pdf` without --format wrote an HTML page named .pdf.
    pdf = (args.format or format_for_file(args.out, AUDIT_FORMAT_BY_SUFFIX, "html")) == "pdf"
    report = build_report(desk, args.slug, private=args.private)
    if pdf:
        if not args.out:
            raise InputError("A PDF needs a file: --out FILE.pdf.")
        data: str | bytes = render_pdf(report)
    else:
        data = render_html(report)
    if not args.out:
        sys.stdout.write(data)  # html
        return 0
    path = Path(args.out)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name (--out FILE).")
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    private = " (private: names confidential sources)" if args.private else ""
    print(f"Wrote the audit report of '{report.slug}' to {path}{private}.")
    return 0
