"""Plain text out of HTML, Markdown, Word and PDF files, tidied for word-by-word comparison."""

from __future__ import annotations

import html
import io
import re
import unicodedata
from html.parser import HTMLParser

from app.core.errors import InputError
from app.core.verification.normalize import word_set

_BLOCK_TAGS = word_set(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul"
)
_SKIP_TAGS = word_set("script style noscript template head svg iframe object")


class _TextParser(HTMLParser):
    """The visible text of a page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text_simple(markup: str) -> str:
    """Every visible word of the page, blocks on their own lines; nothing is judged boilerplate."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return _tidy_lines("".join(parser.parts))


def html_to_text(markup: str) -> str:
    """The article of a saved web page (trafilatura), or every visible word when that fails.

    trafilatura drops menus and footers from a real page but may drop a short press release
    entirely; then the simple extraction keeps everything, which is safer than nothing.
    """
    simple = html_to_text_simple(markup)
    try:
        import trafilatura  # slow to import; only pages need it

        main = trafilatura.extract(
            markup,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # a library failure must not lose the document: fall back
        main = None
    if main and (len(main) >= 500 or len(main) >= 0.5 * len(simple)):
        return _tidy_lines(main)
    return simple


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$|^~~~.*$", re.MULTILINE), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),
    (re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
)


def markdown_to_text(markdown: str) -> str:
    """Markdown without its markup: the words a reader sees."""
    for pattern, replacement in _MD_RULES:
        markdown = pattern.sub(replacement, markdown)
    return html.unescape(markdown)


def docx_to_text(data: bytes) -> str:
    """Paragraphs and table cells of a Word file, in document order."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells: list[str] = []
                    for cell in row.cells:
                        if cell.text not in cells:  # merged cells repeat their text
                            cells.append(cell.text)
                    parts.append("\t".join(cells))
    except Exception as exc:  # python-docx raises many kinds for a damaged or foreign file
        raise InputError(f"This Word file cannot be read ({exc}); save it again as .docx.") from exc
    return "\n\n".join(p for p in parts if p.strip())


def pdf_to_text(data: bytes) -> str:
    """The text layer of a PDF, reflowed into paragraphs with end-of-line hyphens undone."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("This PDF is password-protected; save an unprotected copy.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a damaged file
        raise InputError(f"This PDF cannot be read ({exc}); export it again.") from exc
    text = reflow_pdf_text("\n\n".join(pages))
    if not text.strip():
        raise InputError(
            "This PDF has no text layer (perhaps a scan); run it through OCR and attach it again."
        )
    return text


_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad\u2010][ \t]*\n[ \t]*(\w)")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n?[ \t]*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_LABEL_LINE = re.compile(r"\n(?=\s*(?:\[?\d{1,2}:\d{2}|[A-Z][A-Z .'’-]{0,40}:\s))")


def reflow_pdf_text(text: str) -> str:
    """Undo the line layout of extracted PDF text.

    "protec-⏎tion" becomes "protection" (a lower-case continuation means the hyphen was the
    typesetter's); "COVID-⏎19" keeps its hyphen. Single line breaks become spaces, blank lines
    stay paragraph breaks, and a line that opens with a speaker label or a timestamp stays on
    its own line so a PDF transcript keeps its speakers.
    """
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SOFT_HYPHEN_BREAK.sub("", text)

    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        if after.islower():
            return before + after
        return before + "-" + after

    text = _HYPHEN_BREAK.sub(join, text)
    paragraphs = _PARAGRAPH.split(text)
    out: list[str] = []
    for paragraph in paragraphs:
        paragraph = _LABEL_LINE.sub("\x00", paragraph)
        lines = [" ".join(part.split()) for part in paragraph.split("\x00")]
        out.append("\n".join(line.replace("\n", " ") for line in lines if line))
    return "\n\n".join(p for p in out if p)


def _tidy_lines(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
