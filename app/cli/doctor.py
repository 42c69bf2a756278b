"""`copydesk doctor`: the installation's self-check."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.registry import Subparsers, add_verb

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    # store=False: it works on a temporary store and only looks at the real one.
    p = add_verb(
        sub,
        "doctor",
        _cmd_doctor,
        help="check this installation: store, import, analysis, export, folders, Qt",
        store=False,
    )
    p.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)


def _cmd_doctor(args: argparse.Namespace, _desk: Desk | None) -> int:
    if args.qt_probe:
        # The one place the CLI loads Qt: the doctor's child process, so a broken Qt fails a
        # check instead of the doctor.
        from app.gui.probe import run_probe  # noqa: TID251

        return run_probe()
    from app.core import doctor

    print(doctor.header(), flush=True)
    results = []
    for result in doctor.run_checks(args.database):
        results.append(result)
        print(result.line(), flush=True)
    print(doctor.summary(results))
    return 0 if all(r.ok for r in results) else 1
