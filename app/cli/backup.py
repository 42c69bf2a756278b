"""`copydesk backup` and `copydesk restore` (SQLite files)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.registry import Subparsers, add_verb

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(sub, "backup", _cmd_backup, help="copy the store to PATH (SQLite online backup)")
    p.add_argument("path", type=Path)
    p = add_verb(
        sub,
        "restore",
        _cmd_restore,
        help="replace the store with a backup (current one kept aside)",
        store=False,  # opened here without the integrity check: a damaged store is restorable
    )
    p.add_argument("path", type=Path)


def _cmd_backup(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.store.backup import backup

    target = backup(desk.store, args.path)
    print(f"Backed up {desk.store.info.display_name} to {target}.")
    return 0


def _cmd_restore(args: argparse.Namespace, _desk: Desk | None) -> int:
    from app.core.services import Desk
    from app.core.store.backup import restore

    desk = Desk.open(args.database, verify=False)
    try:
        safety = restore(desk.store, args.path)
    finally:
        desk.close()
    print(f"Restored from {args.path}. The store as it was is kept at {safety}.")
    return 0
