"""Word .docx stories via python-docx: headings become subheads, bold and italic stay Markdown."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.errors import CopydeskError, InputError
from app.core.importing.archive import check_zip_expansion
from app.core.importing.assemble import Block, assemble
from app.core.importing.decoding import check_size, clean_text
from app.core.importing.result import ImportResult
from app.core.model import count_words
from app.core.packages import needs
from app.core.text.counts import counted

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph


def _escape(text: str) -> str:
    """Literal asterisks would turn into emphasis once the body is read as Markdown."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _emphasis(text: str, bold: bool, italic: bool) -> str:
    marker = "***" if bold and italic else "**" if bold else "*" if italic else ""
    if not marker or not text.strip():
        return text
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _paragraph_markdown(paragraph: Paragraph) -> str:
    """Runs joined, with neighbouring runs of the same look merged before marking them up so
    Word's habit of splitting words across runs does not give "**Wo****rd**"."""
    pieces: list[tuple[str, bool, bool]] = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        look = (bool(run.bold), bool(run.italic))
        if pieces and (pieces[-1][1], pieces[-1][2]) == look:
            pieces[-1] = (pieces[-1][0] + text, *look)
        else:
            pieces.append((text, *look))
    if not pieces:
        return paragraph.text or ""
    return "".join(_emphasis(_escape(text), bold, italic) for text, bold, italic in pieces)


def _level(style_name: str) -> str | None:
    name = style_name.lower()
    if name == "title":
        return "title"
    if name == "subtitle":
        return "subtitle"
    if name.startswith("heading"):
        digits = "".join(ch for ch in name if ch.isdigit())
        return "h1" if digits in ("", "1") else "h"
    return None


def _style_names() -> Callable[[Paragraph], str]:
    """A paragraph's style name, looked up once per style id: python-docx searches every
    style of the document on each `paragraph.style`, which made long files take minutes."""
    names: dict[object, str] = {}

    def style_name(paragraph: Paragraph) -> str:
        key = getattr(getattr(paragraph, "_p", None), "style", paragraph)
        name = names.get(key)
        if name is None:
            style = paragraph.style
            name = (style.name if style is not None else "") or ""
            if isinstance(key, str | None):
                names[key] = name
        return name

    return style_name


def _damaged(exc: Exception) -> str:
    """What is wrong with a .docx python-docx could not read, in words a person can act on."""
    if isinstance(exc, KeyError | zipfile.BadZipFile):
        detail = f"a part Word needs is missing: {str(exc).strip(chr(34))}"
    elif type(exc).__name__ == "XMLSyntaxError":
        detail = "one of its parts is not well-formed XML"
    else:
        detail = "its document part is not laid out the way Word writes it"
    return (
        f"This .docx file is damaged or was not made by a word processor ({detail}). "
        "Open it in Word or LibreOffice and save it again as .docx."
    )


def _read_document(document) -> tuple[str | None, str, list[Block], int]:
    """Headline, dek, body blocks and the number of (skipped) tables of a parsed document."""
    headline: str | None = None
    dek = ""
    blocks: list[Block] = []
    style_name = _style_names()
    for paragraph in document.paragraphs:
        level = _level(style_name(paragraph))
        if level in ("title", "h1") and headline is None and not blocks:
            headline = paragraph.text.strip() or None
            continue
        if level == "subtitle" and not dek:
            dek = paragraph.text.strip()
            continue
        if level is not None:
            text = paragraph.text.strip()
            if text:
                blocks.append(Block(text, "h"))
            continue
        markdown, _ = clean_text(_paragraph_markdown(paragraph))
        for line in markdown.split("\n"):
            if line.strip():
                blocks.append(Block(line.strip()))
    if headline is None:
        headline = _stored_title(document)
    return headline, dek, blocks, len(document.tables)


def _stored_title(document) -> str | None:
    """The title the file's own properties give, if it has any: python-docx makes up a
    properties part titled "Word Document" for a file without one (as some converters write
    them), and that was imported as the headline, pushing the real one into the body."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        document.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
    except KeyError:
        return None
    return (document.core_properties.title or "").strip() or None


def read_docx(data: bytes, name: str | None = None) -> ImportResult:
    """Import a .docx file given as bytes.

    Refuses a file over MAX_IMPORT_BYTES packed or unpacked (a zip bomb) before python-docx
    parses any of it.
    """
    check_size(len(data))
    check_zip_expansion(data)
    with needs("Importing a Word file (.docx)"):
        import docx as python_docx  # imported on first use to keep start-up quick

    try:
        headline, dek, blocks, tables = _read_document(python_docx.Document(io.BytesIO(data)))
    except CopydeskError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise InputError(_damaged(exc)) from None
    if not blocks and not count_words(f"{headline or ''} {dek}"):
        raise InputError("Nothing to import: this .docx file holds no text.")
    assembled = assemble(
        blocks, headline=headline, find_headline=headline is None, dek_before_dateline=True
    )
    draft = assembled.draft
    if dek and not draft.dek:
        draft = replace(draft, dek=dek)
    warnings = list(assembled.warnings)
    if tables:
        were = "was" if tables == 1 else "were"
        warnings.append(f"{counted(tables, 'table')} in the document {were} not imported.")
    return ImportResult(draft=draft, kind="docx", name=name, warnings=tuple(warnings))
