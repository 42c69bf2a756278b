"""Helpers every verb family shares: JSON output, argument types, the finding line, the format
an output file's name asks for."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.core.errors import BlockedError
    from app.core.model import Finding, StoryStatus


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def status_type(value: str) -> StoryStatus:
    """argparse type for a story status, with the valid choices in its error."""
    from app.core.model import StoryStatus

    try:
        return StoryStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in StoryStatus)
        raise argparse.ArgumentTypeError(f"unknown status '{value}' (one of {choices})") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not '{value}'")
    return number


def print_findings(findings: Iterable[Finding], stream: TextIO | None = None) -> None:
    """One line each, as app.core.findings.line words it (paragraph and context, not offsets)."""
    from app.core.findings import line

    stream = stream or sys.stderr
    for f in findings:
        print(f"  {line(f)}", file=stream)


def print_blocked(exc: BlockedError, verb: str = "export", *, slug: str | None = None,
                  hint: bool = True) -> None:  # fmt: skip
    """A gate's refusal as every verb that passes the gate prints it (export, a batch's
    story, `status published`): the message, one line per finding, and the flag that
    releases it. One function, so `status published` and `export` refuse in the same words
    (a test compares them). `slug` names the story in a batch; `hint=False` leaves the flag
    to the caller, which names it once for the batch."""
    label = f"{slug}: " if slug else ""
    print(f"copydesk: {label}{exc}", file=sys.stderr)
    print_findings(exc.findings)
    if hint:
        override_hint(exc, verb)


def override_hint(exc: BlockedError, verb: str = "export") -> None:
    """Name the flag that releases the block: the refusal is where a user looks for it."""
    if exc.overridable:
        print(
            f'  To {verb} anyway, add --override-reason "why" (the reason is recorded).',
            file=sys.stderr,
        )


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()
) -> None:
    """Columns as wide as their longest cell (nothing cut: a listed slug can be typed back),
    a header row, the last column left unpadded."""
    rows = [tuple(str(cell) for cell in row) for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    for row in (tuple(headers), *rows):
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row[:-1])
        ]
        print("  ".join([*cells, row[-1]]).rstrip())


def format_for_file(out: str | None, by_suffix: Mapping[str, str], default: str) -> str:
    """The format an `--out` file's extension names, in any case ("STORY.TXT" is text), for a
    verb given no --format (export, audit): `default` when there is no file to name one (no
    --out, "-" for stdout, a folder: "new/" or one that exists) or the name has no extension.

    An extension `by_suffix` lacks is refused with one line naming those it knows and
    --format: "--out story.xml" wrote an HTML page under a name that said otherwise, as
    "--out story.txt" and "--out report.pdf" once did. One function, so export and audit read a
    file name alike."""
    from app.core.errors import InputError

    if not out or out == "-" or out.endswith(("/", os.sep)) or Path(out).is_dir():
        return default
    suffix = Path(out).suffix
    if not suffix:
        return default
    found = by_suffix.get(suffix.lower())
    if found is None:
        *others, last = sorted(by_suffix)
        known = f"{', '.join(others)} or {last}" if others else last
        raise InputError(
            f"No format is known for '{suffix}' ({out}): name a {known} file, or give --format."
        )
    return found
