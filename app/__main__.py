"""`python -m app` and the `copydesk` script: a CLI verb, or with none the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app import cli

    args = list(sys.argv[1:] if argv is None else argv)
    parsed = cli.parse(args)
    if parsed.verb is None:
        # Qt is imported only here, so every CLI verb stays Qt-free and quick to start.
        from app.gui.application import main as gui_main

        return gui_main(parsed.database)
    return cli.run(parsed)


if __name__ == "__main__":
    sys.exit(main())
