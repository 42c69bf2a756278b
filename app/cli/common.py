"""Helpers every verb family shares: JSON output, argument types, the finding line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
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
