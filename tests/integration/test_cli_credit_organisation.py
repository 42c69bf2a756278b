"""The credit's organisation in the CLI: `show --json` carries the stored one and
`analyze --json` has the key for every credit (None when the credit line names no agency)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import copydesk


def test_show_json_carries_the_stored_organisation(tmp_path: Path) -> None:
    from app.core.model import Credit, CreditRole
    from app.core.services import Desk

    db = tmp_path / "cli.db"
    story = tmp_path / "quay.md"
    story.write_text(
        "---\nheadline: Quay reopens\nslug: quay\n---\n\nThe quay at Orvel reopened on Monday.\n",
        encoding="utf-8",
    )
    assert copydesk("import", str(story), db=db).returncode == 0
    desk = Desk.open(f"sqlite:///{db}", user="sam")
    try:
        desk.set_credits(
            "quay",
            (
                Credit(CreditRole.REPORTING, "Ida Marrow", "Orvel", organisation="Reuters"),
                Credit(CreditRole.PHOTO, "Tomas Brill"),
            ),
        )
    finally:
        desk.close()
    shown = copydesk("show", "quay", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    credits = json.loads(shown.stdout)["credits"]
    assert [(c["name"], c["organisation"]) for c in credits] == [
        ("Ida Marrow", "Reuters"),
        ("Tomas Brill", None),
    ]


def test_analyze_json_has_the_organisation_key(tmp_path: Path) -> None:
    story = tmp_path / "quay.txt"
    story.write_text(
        "Quay reopens\n\nBy Ida Marrow\n\nORVEL (Harbour Ledger) - The quay reopened on Monday.\n",
        encoding="utf-8",
    )
    result = copydesk("analyze", str(story), "--json")
    assert result.returncode == 0, result.stderr
    credits = json.loads(result.stdout)["credits"]
    assert credits and all("organisation" in c for c in credits)
