"""Word .docx stories built with python-docx in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.core.errors import InputError
from app.core.importing import read_bytes, read_file
from app.core.model import Credit, CreditRole, Dateline


def _build(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Bridge closes for repairs", level=0)
    first = document.add_paragraph("CARDIFF — The ")
    first.add_run("main").bold = True
    first.add_run(" bridge closed on ")
    first.add_run("Monday").italic = True
    first.add_run(", and 2*3 lanes stayed shut.")
    document.add_heading("Detours", level=2)
    document.add_paragraph("Drivers were sent through the town centre.")
    document.add_paragraph("Reporting by Gwen Morgan; Editing by Tal Ezra")
    document.add_paragraph("Read More")
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "cell"
    document.save(str(path))


def test_docx_structure_and_emphasis(tmp_path: Path) -> None:
    path = tmp_path / "bridge.docx"
    _build(path)
    result = read_file(path)
    draft = result.draft
    assert result.kind == "docx"
    assert draft.headline == "Bridge closes for repairs"
    assert draft.dateline == Dateline("CARDIFF", None, None)
    assert draft.body.split("\n\n") == [
        r"The **main** bridge closed on *Monday*, and 2\*3 lanes stayed shut.",
        "## Detours",
        "Drivers were sent through the town centre.",
    ]
    assert draft.subheads == ("Detours",)
    assert draft.credits == (
        Credit(CreditRole.REPORTING, "Gwen Morgan"),
        Credit(CreditRole.EDITING, "Tal Ezra"),
    )
    assert draft.removed == ("Read More",)
    assert any("table" in warning for warning in result.warnings)


def test_docx_detected_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "bridge.docx"
    _build(path)
    assert read_bytes(path.read_bytes(), name=None).kind == "docx"


def test_broken_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"\.docx"):
        read_file(path)
