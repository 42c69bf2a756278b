"""The format an --out file's name asks for (app/cli/common.format_for_file), shared by
`export` and `audit`: the edges a user types."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.common import format_for_file
from app.cli.exporting import FORMAT_BY_SUFFIX
from app.cli.publishing import AUDIT_FORMAT_BY_SUFFIX
from app.core.errors import InputError


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        ("story.txt", "text"),
        ("STORY.TXT", "text"),  # the extension in any case
        ("Story.Json", "ninjs"),
        ("page.HTM", "html"),
        ("story", "html"),  # no extension: the default
        ("notes/story", "html"),
        ("-", "html"),  # standard output
        (None, "html"),  # no --out
        ("new/", "html"),  # a folder, made if need be
    ],
)
def test_export_formats_by_the_file_name(out: str | None, expected: str) -> None:
    assert format_for_file(out, FORMAT_BY_SUFFIX, "html") == expected


def test_an_existing_folder_with_a_dot_is_a_folder_not_an_extension(tmp_path: Path) -> None:
    folder = tmp_path / "exports.2026"
    folder.mkdir()
    assert format_for_file(str(folder), FORMAT_BY_SUFFIX, "html") == "html"


def test_audit_reads_pdf_in_any_case() -> None:
    assert format_for_file("report.PDF", AUDIT_FORMAT_BY_SUFFIX, "html") == "pdf"
    assert format_for_file("report.html", AUDIT_FORMAT_BY_SUFFIX, "html") == "html"
    assert format_for_file(None, AUDIT_FORMAT_BY_SUFFIX, "html") == "html"


@pytest.mark.parametrize(
    ("out", "mapping", "named"),
    [
        ("story.xml", FORMAT_BY_SUFFIX, ".htm, .html, .json or .txt"),
        ("report.txt", AUDIT_FORMAT_BY_SUFFIX, ".htm, .html or .pdf"),
    ],
)
def test_an_unknown_extension_is_one_line_naming_the_known_ones_and_format(
    out: str, mapping: dict[str, str], named: str
) -> None:
    """It wrote an HTML page under the name (story.xml) without a word."""
    with pytest.raises(InputError) as raised:
        format_for_file(out, mapping, "html")
    message = str(raised.value)
    assert "\n" not in message
    assert f"'{Path(out).suffix}'" in message and named in message and "--format" in message
