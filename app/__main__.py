"""`python -m app` and the `copydesk` script: a CLI verb, or with none the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import cli

    args = list(sys.argv[1:] if argv is None else argv)
    parsed = cli.parse(args)
    if parsed.verb is None:
        return _window(parsed.database)
    return cli.run(parsed)


def _window(database: str | None) -> int:
    """The window, once this machine is known to have what it needs: Qt aborts the process
    (SIGABRT) when its platform plugin cannot start, so a missing display or system library is
    found first (app.gui.preflight, without Qt) and said in one line, exit 2."""
    from app.gui.preflight import window_problem

    problem = window_problem()
    if problem is None:
        try:
            # Qt is imported only here, so every CLI verb stays Qt-free and quick to start.
            from app.gui.application import main as gui_main
        except ImportError as exc:
            problem = _import_problem(exc)
    if problem is not None:
        print(f"copydesk: {problem}", file=sys.stderr)
        return 2
    return gui_main(database)


def _import_problem(exc: ImportError) -> str:
    """A system library Qt links (libEGL.so.1: cannot open shared object file) or a Python
    package (PySide6 itself, qtawesome), as the sentence the user reads."""
    from app.core.packages import missing_package
    from app.gui.preflight import LIBRARIES, library_problem

    said = str(exc)
    library = next((name for name in LIBRARIES if said.startswith(f"{name}:")), None)
    if library is not None:
        return library_problem([library])
    return str(missing_package(exc, "The window"))


if __name__ == "__main__":
    sys.exit(main())
