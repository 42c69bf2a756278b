"""Reading source material of every kind, and refusing what cannot be read."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import docx
import pytest

from app.core import model
from app.core.errors import InputError, NotFoundError
from app.core.verification import (
    document_from_text,
    extract,
    load_document,
    parse_document,
    read_source,
    verify_quote,
)
from app.core.verification.extract import reflow_pdf_text
from tests.pathological_inputs import build_pdf, docx_bomb, pdf_with_huge_page

QUOTE = "The new plan protects our rivers."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path / "notes.txt", f"Notes.\n\n{QUOTE}\n"), added_by="ed")
    assert (doc.title, doc.kind, doc.added_by) == ("notes.txt", "text", "ed")
    assert verify_quote(QUOTE, [parse_document(doc)]).verdict == model.Verdict.VERBATIM


def test_windows_1252_text(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(b"Caf\xe9 owners said: \x93We\x92re open.\x94")
    source = read_source(path)
    assert "Café" in source.text and "We’re open" in source.text


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    text = "# Press release\n\n> **The new plan** protects [our rivers](http://x.example).\n"
    source = read_source(_write(tmp_path / "release.md", text))
    assert "The new plan protects our rivers." in source.text
    assert "*" not in source.text and "http" not in source.text


def test_html_page(tmp_path: Path) -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style><script>var x=1;</script></head>"
        "<body><nav>Home | About</nav><article><h1>Mayor speaks</h1>"
        "<p>The mayor said: The new plan protects our&nbsp;rivers.</p></article></body></html>"
    )
    source = read_source(_write(tmp_path / "page.html", html))
    assert "The new plan protects our" in source.text
    assert "var x" not in source.text
    assert verify_quote(QUOTE, [source]).verdict == model.Verdict.VERBATIM


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Interview notes")
    document.add_paragraph("DANA REYES: The new plan protects our rivers.")
    document.add_paragraph("AMIR HASSAN: We have not seen the numbers yet.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Budget"
    table.rows[0].cells[1].text = "12 million"
    path = tmp_path / "notes.docx"
    document.save(str(path))
    doc = load_document(path)
    assert doc.kind == "docx" and "12 million" in doc.text
    source = parse_document(doc)
    check = verify_quote(QUOTE, [source], "Amir Hassan")
    assert check.verdict == model.Verdict.VERBATIM
    assert check.speaker_mismatch and check.source_speaker == "DANA REYES"


def test_pdf_text_layer_with_hyphenation(tmp_path: Path) -> None:
    lines = [
        "DANA REYES: Good morning. The new plan protects our riv-",
        "ers, and the well-",
        "known wetlands (for now).",
        "REPORTER: When does it start?",
    ]
    path = tmp_path / "transcript.pdf"
    path.write_bytes(build_pdf(lines))
    doc = load_document(path)
    assert doc.kind == "pdf"
    assert "our rivers, and the wellknown wetlands" in doc.text
    source = parse_document(doc)
    assert source.speakers == ("DANA REYES", "REPORTER")
    check = verify_quote(
        "The new plan protects our rivers, and the well-known wetlands", [source], "Reyes"
    )
    assert check.verdict == model.Verdict.VERBATIM, check.reasons
    assert not check.speaker_mismatch


def test_reflow_undoes_line_layout() -> None:
    text = "The protec-\ntion of the\nriver is a COVID-\n19 matter.\n\nNew para-\n  graph here."
    assert reflow_pdf_text(text) == (
        "The protection of the river is a COVID-19 matter.\n\nNew paragraph here."
    )
    assert reflow_pdf_text("ﬁsh and ﬂour") == "fish and flour"  # ligatures
    assert reflow_pdf_text("said:\nQ: Why?\nA: Because.") == "said:\nQ: Why?\nA: Because."


def test_srt_and_vtt_files_keep_speakers_and_timestamps(
    tmp_path: Path, transcript_files: dict[str, str]
) -> None:
    for name, text in transcript_files.items():
        source = read_source(_write(tmp_path / name, text))
        assert source.kind == name.rsplit(".", 1)[1]
        assert "Dana Reyes" in {s.casefold().title() for s in source.speakers}
        assert "-->" not in source.text and "<v" not in source.text
        start = source.text.index("Will the council")
        assert source.speaker_at(start).casefold() == "reporter"
        assert source.timestamp_at(start) == "00:00:24.000"


def test_vtt_details_are_stripped() -> None:
    vtt = (
        "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nintro\n00:01.000 --> 00:03.500 align:start\n"
        "<v.loud Zelenskiy>We will <i>not</i> give up.</v>\n\n"
        "00:03.500 --> 00:05.000\n- <v Reporter>Why?</v>\n- <v Zelenskiy>Because we can&apos;t.\n"
    )
    source = parse_document(document_from_text(vtt))
    assert source.text == "We will not give up.\n\nWhy?\n\nBecause we can't."
    assert [s.speaker for s in source.segments] == ["Zelenskiy", "Reporter", "Zelenskiy"]
    assert source.segments[0].seconds == 1.0


def test_srt_labels_carry_over_and_sound_cues_go() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nZELENSKIY: We will win.\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\n[applause] And we will rebuild.\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\n>> REPORTER: When?\n"
    )
    source = parse_document(document_from_text(srt, title="speech"))
    assert source.kind == "srt"
    assert source.text == "We will win. And we will rebuild.\n\nWhen?"
    assert source.speaker_at(source.text.index("rebuild")) == "ZELENSKIY"
    assert source.timestamp_at(source.text.index("rebuild")) == "00:00:02.000"


def test_labelled_plain_text_transcript() -> None:
    text = "[00:00:05] Q: What now?\n[00:01:10] MAYOR: We build. We build fast.\nStill mayor."
    source = parse_document(document_from_text(text))
    assert source.text == "What now?\n\nWe build. We build fast. Still mayor."
    assert source.speaker_at(source.text.index("fast")) == "MAYOR"
    assert source.timestamp_at(source.text.index("fast")) == "00:01:10.000"


def test_ordinary_prose_is_left_as_it_is() -> None:
    text = "Note: the mayor spoke.\nShe said the plan works."
    source = parse_document(document_from_text(text))
    assert source.text == text and source.segments == ()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "Cannot attach"),
        ("broken.docx", b"this is not a zip file", "Word file"),
        ("broken.pdf", b"%PDF-1.4 nothing else", "PDF"),
        ("blank.pdf", build_pdf([]), "no text layer"),
    ],
)
def test_bad_input_is_an_input_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load_document(tmp_path / "nowhere.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="folder"):
        load_document(folder)


def test_bad_pasted_text() -> None:
    with pytest.raises(InputError):
        document_from_text("   ")
    with pytest.raises(InputError):
        document_from_text("abc\x00def")
    with pytest.raises(InputError):
        parse_document(model.SourceDocument(title="x", kind="html", text="<p> </p>"))


def test_docx_zip_bomb_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refused by its sizes: python-docx never sees it (its time is printed by
    benchmarks/verification_speed.py --bad-files; target: under 2 s)."""
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(tmp_path))
    assert path.stat().st_size < 200_000

    def parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("python-docx was asked to parse the file")

    monkeypatch.setattr(docx, "Document", parse)
    with pytest.raises(InputError, match=r"Word file unpacks to 30 MB; .* at most 20 MB"):
        load_document(path)


def test_the_extraction_limit_is_the_import_limit() -> None:
    from app.core.importing import MAX_IMPORT_BYTES

    assert extract.MAX_TEXT_BYTES == MAX_IMPORT_BYTES


def test_pdf_page_with_megabytes_of_text_is_refused_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pypdf needs minutes for a page with megabytes of text (its time grows with the square);
    a 600 KB page, far beyond any printed one, is refused before extraction starts (its time is
    printed by benchmarks/verification_speed.py --bad-files; target: under 2 s)."""
    import pypdf

    path = tmp_path / "huge.pdf"
    path.write_bytes(pdf_with_huge_page())

    def extract_text(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("pypdf was asked to extract the page's text")

    monkeypatch.setattr(pypdf.PageObject, "extract_text", extract_text)
    with pytest.raises(InputError, match=r"page 1 holds more than 512 KB of text"):
        load_document(path)


def test_pdf_past_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [build_pdf([f"Page {n}: the council will support it."]) for n in range(3)]
    path = tmp_path / "three.pdf"
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in pages:
        writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    writer.write(str(path))
    assert "Page 2" in load_document(path).text
    monkeypatch.setattr(extract, "MAX_TEXT_BYTES", 150)
    with pytest.raises(InputError, match=r"too large to read: .* by page \d"):
        load_document(path)


def test_corrupt_pdf_is_one_clean_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    """pypdf logs every flaw it works around; none of that may reach the user."""
    good = build_pdf(["DANA REYES: Good morning."])
    broken = good.replace(b"/Kids [3 0 R]", b"/Kids [9 0 R]")
    broken = broken.replace(b"startxref\n", b"startxref\n9")
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken)
    with caplog.at_level(logging.DEBUG), pytest.raises(InputError, match="PDF"):
        load_document(path)
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert capsys.readouterr().err == ""
