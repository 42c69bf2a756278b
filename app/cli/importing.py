"""`copydesk import`: files into stories."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.registry import Subparsers, add_verb
from app.core.errors import CopydeskError

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "import",
        _cmd_import,
        help="import files (.txt wire copy, .md, .html, .docx, ninjs .json)",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")


def _cmd_import(args: argparse.Namespace, desk: Desk) -> int:
    failed = 0
    for path in args.files:
        try:
            outcome = desk.import_file(path)
        except CopydeskError as exc:
            said = str(exc)  # "nosuch.txt does not exist." names the file already
            where = "" if said.startswith(str(path)) else f"{path}: "
            print(f"copydesk: {where}{said}", file=sys.stderr)
            failed += 1
            continue
        story = outcome.story
        print(f"Imported '{story.slug}' from {path} ({story.word_count} words).")
        if outcome.identical_to:
            print(
                f"  Identical text is already stored as '{outcome.identical_to[0]}'; "
                f"kept both (this copy is '{story.slug}')."
            )
        for removed in outcome.removed:  # whole: a cut sentence hides what went
            print(f"  Removed boilerplate: {' '.join(removed.split())}")
        for warning in outcome.warnings:
            print(f"  Warning: {warning}")
    return 2 if failed else 0
