"""The audit report as PDF, laid out with ReportLab (pure Python: no Qt, no system libraries).

The command line must not load Qt, and WeasyPrint (HTML to PDF) needs Pango and friends that
pip cannot install; ReportLab installs from a wheel and draws the same report from the same
`AuditReport` the HTML page is made from. Text is set in DejaVu Sans when the system has it
(wide script coverage), else in Bitstream Vera, which ReportLab carries (Western and Central
European letters; a character neither font has prints as a box).
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from app.core.audit.model import AuditReport, Card, Lines, Note, Section, Table

ACCENT = "#8a1c1c"
MUTED = "#5c5c5c"
RULE = "#d9d9d9"
TONES = {
    "verified": "#2e7d32", "verbatim": "#2e7d32", "minor": "#558b2f",
    "disputed": "#b71c1c", "altered": "#b71c1c", "not_found": "#e65100",
}  # fmt: skip
_DEJAVU_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
_DEJAVU = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
           "DejaVuSans-BoldOblique.ttf")  # fmt: skip
_VERA = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
FAMILY = "AuditSans"


def _font_files() -> tuple[Path, ...]:
    for folder in _DEJAVU_DIRS:
        files = tuple(Path(folder, name) for name in _DEJAVU)
        if all(f.is_file() for f in files):
            return files
    import reportlab

    fonts = Path(reportlab.__file__).parent / "fonts"
    return tuple(fonts / name for name in _VERA)


@lru_cache(maxsize=1)
def _register_fonts() -> str:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
    for name, path in zip(names, _font_files(), strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for (bold, italic), name in zip(((0, 0), (1, 0), (0, 1), (1, 1)), names, strict=True):
        addMapping(FAMILY, bold, italic, name)
    return FAMILY


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    font = _register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12)
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=10,
                               fontName=f"{font}-Bold"),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=8,
                                 textColor=colors.HexColor(ACCENT)),
        "title": ParagraphStyle("title", parent=base, fontName=f"{font}-Bold", fontSize=18,
                                leading=22, spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base, textColor=colors.HexColor(MUTED)),
        "h2": ParagraphStyle("h2", parent=base, fontName=f"{font}-Bold", fontSize=13,
                             leading=16, spaceBefore=14, spaceAfter=6),
        "caption": ParagraphStyle("caption", parent=base, fontName=f"{font}-Bold", spaceAfter=3),
        "none": ParagraphStyle("none", parent=base, fontName=f"{font}-Italic",
                               textColor=colors.HexColor(MUTED)),
        "quote": ParagraphStyle("quote", parent=base, fontName=f"{font}-Italic", fontSize=10.5,
                                leading=14, spaceAfter=3),
        "warning": ParagraphStyle("warning", parent=base, borderColor=colors.HexColor(ACCENT),
                                  borderWidth=1.5, borderPadding=5, spaceBefore=6, spaceAfter=6),
    }  # fmt: skip


def _p(text: str, style):
    """A paragraph of plain text (escaped: ReportLab reads a little markup); lines kept."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _widths(table: Table, total: float, char: float = 4.7) -> list[float]:
    """Columns wide enough for their longest word, the rest shared by how much they hold."""
    columns = range(len(table.headers))
    cells = [[table.headers[i], *(row[i] for row in table.rows if i < len(row))] for i in columns]
    words = [max((len(w) for c in col for w in c.split()), default=4) for col in cells]
    floor = [min(w, 22) * char + 8 for w in words]
    weights = [min(max(len(c) for c in col), 70) for col in cells]
    spare = max(0.0, total - sum(floor))
    return [f + spare * w / sum(weights) for f, w in zip(floor, weights, strict=True)]


def _table(block: Table, styles, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    data = [[_p(h, styles["head"]) for h in block.headers]]
    data += [[_p(cell, styles["cell"]) for cell in row] for row in block.rows]
    grid = PdfTable(data, colWidths=_widths(block, width), repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    flow = [_p(block.caption, styles["caption"])] if block.caption else []
    return [*flow, grid, Spacer(1, 8)]


def _card(block: Card, styles, width: float) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    rows = [[_p(f"“{block.quote}”", styles["quote"]), ""]]
    rows += [[_p(label, styles["meta"]), _p(value, styles["cell"])] for label, value in
             block.fields]  # fmt: skip
    grid = PdfTable(rows, colWidths=[0.2 * width, 0.8 * width - 8], hAlign="LEFT")
    tone = colors.HexColor(TONES.get(block.tone, MUTED))
    grid.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (0, 0), (0, -1), 3, tone),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))  # fmt: skip
    return [KeepTogether([grid]), Spacer(1, 6)]


def _section(section: Section, styles, width: float) -> list:
    flow = [_p(section.title, styles["h2"])]
    if section.is_empty:
        flow.append(_p(section.empty, styles["none"]))
    for block in section.blocks:
        if isinstance(block, Table):
            flow += _table(block, styles, width)
        elif isinstance(block, Card):
            flow += _card(block, styles, width)
        elif isinstance(block, Lines):
            if block.caption:
                flow.append(_p(block.caption, styles["caption"]))
            flow += [_p(line, styles["base"]) for line in block.lines]
        elif isinstance(block, Note):
            flow.append(_p(block.text, styles["base"]))
    return flow


def render_pdf(report: AuditReport) -> bytes:
    """The report as PDF bytes (A4), one running footer with the slug and page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"Audit report: {report.headline}",
        author=report.generated_by, subject="Copydesk audit report", creator="Copydesk",
    )  # fmt: skip
    width = doc.width
    kicker = "Copy desk record" + (" · private" if report.private else "")
    flow = [
        _p(kicker.upper(), styles["kicker"]),
        _p(report.headline, styles["title"]),
        _p(f"Audit report generated {report.generated_text} by {report.generated_by}",
           styles["meta"]),
    ]  # fmt: skip
    if report.private:
        flow.append(_p("Private: this report names confidential sources and shows sources’ "
                       "private contact details and notes. Keep it on the desk.",
                       styles["warning"]))  # fmt: skip
    flow.append(Spacer(1, 6))
    summary = Table(("", ""), tuple(report.summary))
    flow += _summary_grid(summary, styles, width)
    for section in report.sections:
        flow += _section(section, styles, width)
    footer = f"Audit report · {report.slug}" + (" · PRIVATE" if report.private else "")

    def page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.drawString(document.leftMargin, 10 * mm, footer)
        canvas.drawRightString(document.leftMargin + document.width, 10 * mm,
                               f"page {document.page}")  # fmt: skip
        canvas.restoreState()

    doc.build(flow, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def _summary_grid(summary: Table, styles, width: float) -> list:
    """The summary as label/value pairs, two pairs a row."""
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    pairs = list(summary.rows)
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i : i + 2]:
            row += [_p(label, styles["meta"]), _p(value, styles["cell"])]
        rows.append(row + [""] * (4 - len(row)))
    grid = PdfTable(rows, colWidths=[0.13 * width, 0.37 * width] * 2, hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 2)]))  # fmt: skip
    return [grid]
