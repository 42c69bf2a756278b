"""Plain text out of HTML, Markdown, Word and PDF files, tidied for word-by-word comparison."""

from __future__ import annotations

import html
import io
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser

from app.core.errors import InputError
from app.core.packages import needs
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
    with needs("Reading a saved web page (.html)"):
        import trafilatura  # slow to import; only pages need it
    try:
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


MAX_TEXT_BYTES = 20 * 1024 * 1024
"""What Word and PDF files may unpack to (the importer's MAX_IMPORT_BYTES, 20 MiB): a .docx
whose parts unpack to more is refused before python-docx parses it, a PDF whose text layer
grows past it is refused part-way, so a small "bomb" file cannot hang the desk."""


def docx_to_text(data: bytes) -> str:
    """Paragraphs and table cells of a Word file, in document order."""
    from app.core.importing.archive import check_zip_expansion

    check_zip_expansion(data, limit=MAX_TEXT_BYTES, what="This Word file")
    with needs("Reading a Word file (.docx)"):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    try:
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


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs (and warns about) every flaw it works around; on the command line that text
    would land on stderr beside the one-line error, so it is silenced while a PDF is read."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


MAX_PAGE_TEXT_BYTES = 512 * 1024
"""The text objects (BT ... ET) of one page; a dense printed page needs some 50 KB. pypdf's
extraction slows down with the square of a page's text, so a page with megabytes of it (and a
small PDF can show one such page many times) would take minutes."""
_BT = re.compile(rb"(?<![A-Za-z])BT(?![A-Za-z])")
_ET = re.compile(rb"(?<![A-Za-z])ET(?![A-Za-z])")


def _text_object_bytes(instructions: bytes) -> int:
    """How many bytes of a page's instructions lie inside text objects (one linear pass)."""
    total = position = 0
    while (begin := _BT.search(instructions, position)) is not None:
        finish = _ET.search(instructions, begin.end())
        if finish is None:
            return total + len(instructions) - begin.start()
        total += finish.end() - begin.start()
        position = finish.end()
    return total


def _pdf_too_big(why: str) -> InputError:
    return InputError(f"This PDF is too large to read: {why}. Split it and attach the parts.")


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise InputError("This PDF is password-protected; save an unprotected copy.")
    limit = f"{MAX_TEXT_BYTES // (1024 * 1024)} MB"
    pages: list[str] = []
    unpacked = 0  # the pages' drawing instructions, which text extraction walks through
    size = 0
    for number, page in enumerate(reader.pages, start=1):
        contents = page.get_contents()
        instructions = contents.get_data() if contents is not None else b""
        if _text_object_bytes(instructions) > MAX_PAGE_TEXT_BYTES:
            raise _pdf_too_big(
                f"page {number} holds more than {MAX_PAGE_TEXT_BYTES // 1024} KB of text "
                "instructions (Copydesk's limit; a dense printed page needs some 50 KB)"
            )
        unpacked += len(instructions)
        if unpacked > MAX_TEXT_BYTES:
            raise _pdf_too_big(
                f"its pages unpack to more than {limit} by page {number} "
                f"(Copydesk reads at most {limit} of a PDF)"
            )
        text = page.extract_text() or ""
        size += len(text)
        if size > MAX_TEXT_BYTES:
            raise _pdf_too_big(
                f"its text grows past {limit} by page {number} "
                f"(Copydesk reads at most {limit} of a PDF)"
            )
        pages.append(text)
    return pages


def pdf_to_text(data: bytes) -> str:
    """The text layer of a PDF, reflowed into paragraphs with end-of-line hyphens undone."""
    with needs("Reading a PDF"):
        import pypdf  # noqa: F401  (imported here so that a missing pypdf is named as such)
    try:
        with _quiet_pypdf():
            pages = _pdf_pages(data)
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
