"""Bad input: empty, binary, odd encodings, too large, random — a clear InputError or a result."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import InputError
from app.core.importing import MAX_IMPORT_BYTES, ImportResult, read_bytes, read_file, read_text
from tests.hang_guard import finishes_within
from tests.pathological_inputs import PASTES, paste_id, ten_megabyte_paste

STORY = "Café owners protest\n\nPARIS (AFP) - Owners of cafés said “non” to the new tax.\n"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        read_text(text)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_file(tmp_path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "JPEG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "docx"),
        (b"text\x00with\x00nul\x01bytes\x02" * 3 + b"\xff\xfe\x00", "binary"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
    ],
)
def test_binary_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(data)


def test_nul_characters_in_pasted_text() -> None:
    with pytest.raises(InputError, match="binary"):
        read_text("Headline\n\nBody\x00with nul")


@pytest.mark.parametrize("suffix", [".pdf", ".doc", ".odt"])
def test_unsupported_formats_are_named(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"story{suffix}"
    path.write_bytes(b"whatever")
    with pytest.raises(InputError, match="not supported"):
        read_file(path)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-sig"),
        (STORY.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16"),
        (STORY.encode("utf-16-le"), "utf-16-le"),
        (STORY.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    result = read_file(path)
    assert result.encoding == encoding
    assert result.draft.headline == "Café owners protest"
    assert result.draft.body == "Owners of cafés said “non” to the new tax."
    if encoding == "cp1252":
        assert any("cp1252" in warning for warning in result.warnings)


def test_undefined_cp1252_bytes_fall_back_to_latin1() -> None:
    result = read_bytes(b"Head\n\nBody \x81 and \xe9t\xe9.")
    assert result.encoding == "latin-1"
    assert "été" in result.draft.body


def test_crlf_and_control_characters() -> None:
    result = read_text("Head\r\n\r\nBody\x07 text.\r\n")
    assert result.draft.body == "Body text."
    assert any("Control" in warning for warning in result.warnings)


def test_over_the_limit_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(InputError, match="20 MB"):
        read_file(path)


def test_over_the_limit_paste_is_refused() -> None:
    text = "word " * (MAX_IMPORT_BYTES // 5 + 10)
    with pytest.raises(InputError, match="20 MB"):
        read_text(text)


def test_ten_megabyte_paste_is_imported() -> None:
    """Its time is printed by benchmarks/import_speed.py --pathological (target: under 10 s); the
    guard only stops a runaway (a loop gone quadratic on 10 MB would run for hours)."""
    result = finishes_within(lambda: read_text(ten_megabyte_paste()))
    assert result.draft.headline == "Headline"
    assert result.draft.body.count("the budget would be delayed") > 100_000


@pytest.mark.parametrize("text", PASTES, ids=paste_id)
def test_pathological_pastes_end_in_a_result_or_an_input_error(text: str) -> None:
    """Each once made a regex backtrack or a loop go quadratic. Their times are printed by
    benchmarks/import_speed.py --pathological (target: under 5 s each); the guard only stops a
    runaway."""

    def attempt() -> ImportResult | InputError:
        try:
            return read_text(text)
        except InputError as exc:
            return exc

    outcome = finishes_within(attempt)
    assert isinstance(outcome, ImportResult) or str(outcome)


_NAMES = st.sampled_from([None, "a.txt", "a.md", "a.html", "a.json", "a.docx", "noext"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000), _NAMES)
def test_any_text_imports_or_raises_input_error(text: str, name: str | None) -> None:
    try:
        result = read_text(text, name)
    except InputError as error:
        assert str(error)
        return
    assert isinstance(result, ImportResult)
    assert isinstance(result.draft.body, str)


_PIECES = st.sampled_from(
    [
        "Headline",
        "\n",
        "\n\n",
        "By Ana Lima",
        "Reporting by Bo Li in Kyiv; Editing by Ed Ho",
        "Edited by:",
        "ed@example.org",
        "LONDON (Reuters) - ",
        "“",
        "”",
        "‘WAY’",
        "Read More",
        "We use cookies. Accept",
        "<p>",
        "</p>",
        "# ",
        "---",
        "{",
        "}",
        "ml/jh",
        "___",
        "(",
        "Associated Press writer Ana Lima contributed.",
        "--With assistance from Bo Li.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40))
def test_wire_like_text_never_crashes(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        result = read_text(text)
    except InputError:
        return
    for subhead in result.draft.subheads:
        assert f"## {subhead}" in result.draft.body


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), _NAMES)
def test_any_bytes_import_or_raise_input_error(data: bytes, name: str | None) -> None:
    try:
        result = read_bytes(data, name)
    except InputError as error:
        assert str(error)
        return
    assert isinstance(result, ImportResult)
