"""The analysis report of a piece of copy, as `copydesk analyze` prints it (nothing is stored)."""

from __future__ import annotations

from pathlib import Path

from app.core.analysis.engine import analyze
from app.core.findings import locate
from app.core.importing import read_file, read_text
from app.core.importing.decoding import check_size, decode_bytes
from app.core.importing.result import ImportResult
from app.core.model import Credit

TEXT_KINDS = ("wire", "markdown")
"""Kinds whose raw text is what the editor sees: offsets index it as given."""


def analysis_report(text: str, name: str | None = None) -> dict[str, object]:
    """Headline, dateline and credits from the importer; quotes and the rest from the analysis.

    Offsets index `text` exactly as given, so a tool can mark up the copy it sent.
    """
    imported = read_text(text, name)
    return _report(text, imported)


def file_report(path: Path) -> dict[str, object]:
    """As `analysis_report`; for Word, HTML or ninjs files the offsets index the story body."""
    path = Path(path)
    imported = read_file(path)
    if imported.kind in TEXT_KINDS:
        data = path.read_bytes()
        check_size(len(data))
        text, _encoding = decode_bytes(data)
        return _report(text, read_text(text, path.name))
    return _report(imported.draft.body, imported)


def _report(text: str, imported: ImportResult) -> dict[str, object]:
    draft = imported.draft
    credits: tuple[Credit, ...] = draft.credits
    analysis = analyze(text, credits=credits)
    report = {
        "headline": draft.headline,
        "dateline": draft.dateline.to_json() if draft.dateline else None,
        "credits": [c.to_json() for c in credits],
        **analysis.to_json(),
    }
    report["findings"] = [f.to_json() for f in locate(text, analysis.findings)]
    return report
