"""`copydesk export` and `copydesk check`: publish-ready files through the publish gate."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    format_for_file,
    override_hint,
    positive_int,
    print_blocked,
    print_findings,
    print_json,
)
from app.cli.registry import Subparsers, add_verb
from app.core.text.counts import counted

if TYPE_CHECKING:
    from app.core.services import Desk


NOT_RECORDED = (
    "Not recorded in the store's export history: the store is read-only "
    "(the files are written all the same)."
)


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "export",
        _cmd_export,
        help="export stories (HTML page, CMS fragment, ninjs JSON, text) through the publish gate",
    )
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    p.add_argument(
        "--format",
        choices=("html", "fragment", "ninjs", "text"),
        help="default: from the --out file's extension (.json ninjs, .txt text), else html",
    )
    p.add_argument(
        "--out",
        metavar="FILE_OR_DIR",
        help="a file for one story ('-' for stdout), a folder for several or an existing folder "
        "(default: the current folder)",
    )
    p.add_argument("--style", choices=("reuters", "ap", "list"), help="credit style")
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="confirm a story that is not ready and override blocking findings (recorded)",
    )
    p.add_argument(
        "--publication",
        type=positive_int,
        metavar="N",
        help="the Nth published text as it went out (1 is the first), with its notes",
    )
    p.add_argument(
        "--link-css",
        metavar="HREF",
        help="link this stylesheet instead of inlining the bundled one",
    )

    p = add_verb(
        sub,
        "check",
        _cmd_check,
        help="run the publish gate on a story (exit 1 when it would block)",
    )
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--stylebook",
        metavar="NAME",
        help="house style to check with (default: the story's desk's, else reuters)",
    )


FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "ninjs", ".txt": "text"}


def _cmd_export(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.errors import BlockedError
    from app.core.exporting import service

    single = len(args.slugs) == 1
    # `--out story.txt` wrote an HTML page named .txt; several stories go to a folder (HTML)
    args.format = args.format or format_for_file(
        args.out if single else None, FORMAT_BY_SUFFIX, "html"
    )
    out = Path(args.out) if args.out and args.out != "-" else None
    # "new/" names a folder (made if need be), as in every shell tool; Path() drops the slash.
    as_folder = True if args.out and args.out.endswith(("/", os.sep)) else None
    if single:
        try:
            outcome = service.export_story(
                desk,
                args.slugs[0],
                args.format,
                None if args.out == "-" else (out or Path.cwd()),
                args.style,
                args.override_reason,
                stylesheet_href=args.link_css,
                folder=as_folder,
                publication=args.publication,
                to_stdout=args.out == "-",
            )
        except BlockedError as exc:
            print_blocked(exc)
            return 1
        if outcome.path is None:
            sys.stdout.write(outcome.content)
            if not outcome.recorded:
                print(NOT_RECORDED, file=sys.stderr)
            return 0
        what = f" (publication {outcome.publication})" if outcome.publication else ""
        if outcome.killed:
            what = " (its kill notice: the story was killed)"
        print(f"Exported '{outcome.slug}'{what} to {outcome.path}.")
        if outcome.overridden:
            print(f"  Overridden ({args.override_reason}): " + "; ".join(outcome.overridden))
        if not outcome.recorded:
            print(f"  {NOT_RECORDED}")
        return 0
    if args.out == "-":
        print("copydesk: --out - takes one story; give a folder for several.", file=sys.stderr)
        return 2
    if args.publication:
        print("copydesk: --publication takes one story.", file=sys.stderr)
        return 2
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, slug: str) -> None:
        line = f"[{done:>{len(str(total))}}/{total}] {slug}"
        if tty:
            print(f"\r\033[K{line[:100]}", end="" if done < total else "\n", file=sys.stderr)
        else:
            print(line, file=sys.stderr)
        sys.stderr.flush()

    batch = service.export_many(
        desk,
        args.slugs,
        out or Path.cwd(),
        args.format,
        args.style,
        args.override_reason,
        progress=progress,
        stylesheet_href=args.link_css,
    )
    for slug, exc in batch.blocked.items():
        print_blocked(exc, slug=slug, hint=False)
    releasable = next((e for e in batch.blocked.values() if e.overridable), None)
    if releasable is not None:  # the flag once, after every story's findings
        override_hint(releasable)
    folder = (out or Path.cwd()).resolve()
    print(f"Exported {len(batch.exported)} of {len(args.slugs)} stories to {folder}.")
    if any(not o.recorded for o in batch.exported):
        print(f"  {NOT_RECORDED}")
    if batch.index:
        print(f"  Index: {batch.index}")
    return 1 if batch.blocked else 0


def _cmd_check(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.exporting import service

    result = service.check_story(desk, args.slug, stylebook=args.stylebook)
    if args.json:
        print_json(result.to_json())
        return 1 if result.blocks() else 0
    if not result.findings:
        print(f"'{args.slug}': no findings.")
    print_findings(result.findings, sys.stdout)
    status = f"its status is '{result.status.value}' (not ready or published)"
    if result.blocking:
        also = f"; {status}, which needs confirmation too" if result.needs_confirmation else ""
        blocking = counted(len(result.blocking), "blocking finding")
        print(f"'{args.slug}' would be blocked: {blocking}{also}.")
    elif result.needs_confirmation:
        print(f"'{args.slug}' has no blocking findings, but {status}: export needs confirmation "
              "(--override-reason on the command line).")  # fmt: skip
    return 1 if result.blocks() else 0
