"""Word .docx stories built with python-docx in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.core.errors import InputError
from app.core.importing import read_bytes, read_file
from app.core.model import Credit, CreditRole, Dateline
from tests.pathological_inputs import LONG_DOCX_PARAGRAPHS, docx_bomb, docx_with_body, long_docx


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


def _parsing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx's parser made to fail the test if it is ever reached."""

    def parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("python-docx was asked to parse the file")

    monkeypatch.setattr(docx, "Document", parse)


def test_docx_zip_bomb_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """30 MB of XML packed into some 30 KB: under the file limit, over the unpacked one. Refused
    by its sizes, so python-docx never sees it (its time is printed by
    benchmarks/import_speed.py --pathological; target: under 2 s)."""
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(tmp_path))
    assert path.stat().st_size < 200_000
    _parsing_fails(monkeypatch)
    with pytest.raises(InputError, match=r"unpacks to 30 MB; Copydesk reads at most 20 MB"):
        read_file(path)
    with pytest.raises(InputError, match="20 MB"):
        read_bytes(path.read_bytes(), name=None)  # found by its signature, no .docx name


def test_docx_member_packed_absurdly_tightly_is_refused(tmp_path: Path) -> None:
    """Under the unpacked limit in all, but one part unpacks a thousand times its size."""
    data = docx_with_body(tmp_path, b"", {"word/media/image1.png": bytes(5 * 1024 * 1024)})
    with pytest.raises(InputError, match=r"image1\.png' unpacks \d+ times .*at most 300 times"):
        read_bytes(data, name="photo.docx")


def test_long_docx_looks_each_style_up_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-docx looks a paragraph's style up among all styles each time; 20,000 paragraphs
    took about 40 s before the importer remembered each style's name. Counted, not timed: two
    styles, two look-ups (the time is printed by benchmarks/import_speed.py --pathological)."""
    from docx.text.paragraph import Paragraph

    looked_up: list[object] = []
    real = Paragraph.style

    def style(paragraph: Paragraph) -> object:
        looked_up.append(paragraph)
        return real.fget(paragraph)

    monkeypatch.setattr(Paragraph, "style", property(style, real.fset))
    result = read_bytes(long_docx(tmp_path), name="long.docx")
    assert len(looked_up) == 2  # the body's default style and Heading 2
    assert result.draft.subheads.count("More") == LONG_DOCX_PARAGRAPHS // 1000
    assert result.draft.body.count("reopen the bridge") == LONG_DOCX_PARAGRAPHS - 1  # 1st: headline


def _package_with(tmp_path: Path, member: str, data: bytes | None) -> bytes:
    """A real python-docx package with one member replaced (or removed when `data` is None)."""
    import io
    import zipfile

    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("The council met on Monday.")
    document.save(str(plain))
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            if info.filename == member:
                if data is not None:
                    zf.writestr(info.filename, data)
                continue
            zf.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


WORD_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("member", "data", "says"),
    [
        ("word/document.xml", b"<x/>", "not laid out the way Word writes it"),
        ("word/document.xml", b"<w:body " + WORD_NS + b"/>", "not laid out the way Word"),
        ("docProps/core.xml", b"<x/>", "not laid out the way Word writes it"),
        ("word/document.xml", b"garbage", "not well-formed XML"),
        ("word/styles.xml", None, "a part Word needs is missing"),
    ],
)
def test_a_damaged_docx_says_what_is_wrong(tmp_path: Path, member, data, says) -> None:
    """Issue 12: a bad .docx said "(AttributeError)" or crashed with a traceback."""
    with pytest.raises(InputError) as caught:
        read_bytes(_package_with(tmp_path, member, data), name="story.docx")
    message = str(caught.value)
    assert says in message and "save it again as .docx" in message
    assert "Error" not in message.split("(")[0] and "AttributeError" not in message


def test_a_docx_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="holds no text"):
        read_file(path)


def test_a_docx_without_properties_keeps_its_first_line_as_the_headline(tmp_path: Path) -> None:
    """Some converters write no docProps/core.xml; python-docx then makes up one titled "Word
    Document", which became the headline while the story's own went into the body."""
    import io
    import re
    import zipfile

    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("Council talks drag on")
    document.add_paragraph("The council met on Monday and talked until late.")
    document.save(str(plain))
    out = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                continue
            if info.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            zf.writestr(info.filename, data)
    draft = read_bytes(out.getvalue(), name="story.docx").draft
    assert draft.headline == "Council talks drag on"
    assert "Word Document" not in draft.body and draft.body.startswith("The council met")
