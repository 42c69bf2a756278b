"""Pathological inputs shared by the tests that check what they produce and the benchmark that
times them (benchmarks/import_speed.py --pathological, benchmarks/verification_speed.py
--bad-files): one definition, so the figure printed is the figure for the input tested.

Each is here because it once made a regex backtrack, a loop go quadratic or a library parse
megabytes it should have refused; the targets are the seconds the benchmarks compare against.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

PASTES: list[str] = [
    "x" * 3_000_000,  # one enormous line
    "By " * 1_000_000,
    "Reporting by " + "Ana Lima, " * 100_000,
    "(" * 500_000,
    "a@" * 500_000,
    "<p>" * 300_000,
    "[" * 200_000 + "]" * 200_000,
    "{" * 200_000,
    "---\n" + "key: value\n" * 100_000,
    "‘" * 100_000 + "\n\n" + "“" * 100_000,
]
"""Pastes that must end in a result or a clear InputError (target: under 5 s each)."""
PASTE_SECONDS = 5.0


def paste_id(text: str) -> str:
    """A short name for a paste, the same in the test ids and the benchmark's rows."""
    return repr(text[:12])


def ten_megabyte_paste() -> str:
    """10 MB of ordinary paragraphs under a headline (target: imported in under 10 s)."""
    paragraph = "The council said the budget would be delayed, officials said on Monday. " * 3
    return "Headline\n\n" + (paragraph + "\n\n") * (10_000_000 // (len(paragraph) + 2))


TEN_MEGABYTE_SECONDS = 10.0

HUGE_DATELINE_PARAGRAPH = "A" * 5_000_000
"""A 5 MB paragraph with nothing a dateline reader could end on (target: under 0.2 s)."""
DATELINE_SECONDS = 0.2


def many_sentences_credit_line() -> str:
    """Some 2,000 characters of short prose sentences in a credit position (target: 0.5 s)."""
    return ("Tova Brenner reported from St. Louis. " * 60)[:1990]


def long_credit_line() -> str:
    """A 260 KB "Reporting by" line of names, far past any credit line (target: 0.5 s)."""
    return "Reporting by " + "Ana Lima and " * 20_000 + "Bo Li"


CREDIT_SECONDS = 0.5


SHORT_PARAGRAPHS = 50_000


def many_short_paragraphs() -> str:
    """50,000 short numbered paragraphs under a headline (target: read and analysed, as an import
    does, in under 6 s). Each is short enough to be asked whether it is a credit line, once by
    the importer and again by the analysis of the story saved: 9.5-13 s through the CLI."""
    return "Headline\n\n" + "".join(f"Para {i}.\n\n" for i in range(SHORT_PARAGRAPHS))


SHORT_PARAGRAPHS_SECONDS = 6.0


def plain_docx(folder: Path) -> Path:
    """An empty document saved by python-docx: the package the builders below fill."""
    import docx

    path = folder / "plain.docx"
    docx.Document().save(str(path))
    return path


def docx_with_body(folder: Path, body: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A real python-docx package whose word/document.xml body is `body` (raw XML), plus any
    extra members; built with zipfile so a multi-megabyte body costs milliseconds."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(plain_docx(folder)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                start = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:start] + body + data[start:]
            zf.writestr(info.filename, data)
        for member, data in (extra or {}).items():
            zf.writestr(member, data)
    return out.getvalue()


def docx_bomb(folder: Path, megabytes: int = 30) -> bytes:
    """A Word file of some 30 KB whose document.xml unpacks to `megabytes` MB of blanks (target:
    refused in under 2 s, before python-docx parses any of it)."""
    return docx_with_body(folder, b" " * (megabytes << 20))


DOCX_BOMB_SECONDS = 2.0

LONG_DOCX_PARAGRAPHS = 20_000


def long_docx(folder: Path) -> bytes:
    """20,000 paragraphs with a Heading 2 after every 1,000 (target: imported in under 8 s;
    python-docx's style look-ups made it take about 40 s)."""
    paragraph = b"<w:p><w:r><w:t>The council voted to reopen the bridge.</w:t></w:r></w:p>"
    heading = b'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>More</w:t></w:r></w:p>'
    return docx_with_body(folder, (paragraph * 1000 + heading) * (LONG_DOCX_PARAGRAPHS // 1000))


LONG_DOCX_SECONDS = 8.0


def build_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a Helvetica text layer, one text line per item (empty: no text)."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escape(line)}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET" if lines else ""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def pdf_with_huge_page() -> bytes:
    """One page holding some 600 KB of text instructions, far beyond any printed page (target:
    refused in under 2 s, before pypdf extracts any text: its time grows with the square)."""
    return build_pdf(["The council will support it because voters demand clean water."] * 8_000)


PDF_HUGE_PAGE_SECONDS = 2.0


BODY_PASTES: list[str] = [
    "&#" * 100_000,  # every "#" asked the spelling check for an e-mail address from every place
    "@" * 20_000,
    "a@" * 50_000,
    "#a" * 50_000,
    "[" * 100_000 + "x" + "]" * 100_000,  # each "[" looked ahead to the same far "]"
    "![" * 50_000 + "]",
    "." * 100_000,  # each stop of a run was read as the start of the run
    "?" * 100_000,
    "a.A" * 50_000,  # each capital read the run back for an abbreviation
    "{--" * 50_000,  # each opener read the rest of the text for its closer
    "{>>" * 50_000,
    '"a' * 50_000,  # each of 25,000 quotation pairs was read for speech by dozens of rules
]
"""Bodies a story must be saved with (analysis, spelling, the store) where reading the paste
alone was quick: each ran for seconds to hours once saved (target: under 3 s each)."""
BODY_SECONDS = 3.0

EXPORT_PASTES: list[str] = [
    '"' * 100_000,  # smarty read the paragraph again after each quote it curled
    "[" * 100_000,  # the link reader looked for the same far "]" from every "["
    "[a](" * 25_000,
    "**a" * 33_000,
    "`" * 100_000,
    "\\" * 100_000,
    "> " * 50_000,  # blockquotes nested as deep as Python-Markdown allows, then text
    "# a\n" * 25_000,  # the inline reader looked each heading up among all its siblings
    "x\n\n" * 20_000,  # the same for each paragraph
]
"""Bodies the export must render (target: under 3 s each); each took from seconds to minutes
in Python-Markdown's inline reading."""
