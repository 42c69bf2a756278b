"""Pick the right reader for a file or a paste, by extension and by sniffing the content."""

from __future__ import annotations

import json
import re
import zipfile
from io import BytesIO
from pathlib import Path

from app.core.errors import InputError
from app.core.importing.decoding import MAX_IMPORT_BYTES, check_size, clean_text, decode_bytes
from app.core.importing.docx import read_docx
from app.core.importing.html import read_html
from app.core.importing.markdown import read_markdown
from app.core.importing.ninjs import NINJS_KEYS, read_ninjs
from app.core.importing.result import ImportResult
from app.core.importing.wire import read_wire

KINDS: tuple[str, ...] = ("wire", "markdown", "html", "docx", "ninjs")

_EXTENSIONS = {
    ".txt": None,  # sniffed: a .txt may hold anything
    ".text": None,
    ".wire": "wire",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "ninjs",
    ".ninjs": "ninjs",
    ".docx": "docx",
}
_REFUSED = {
    ".doc": "old Word .doc files are not supported; save it as .docx",
    ".pdf": "PDF files are not supported; copy the text out of it and paste it",
    ".rtf": "RTF files are not supported; save it as .docx",
    ".odt": "OpenDocument files are not supported; save it as .docx",
    ".pages": "Pages files are not supported; export it as .docx",
}
_HTML_RE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(?:p|div|h[1-6])[\s>]", re.I
)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+\S", re.M)


def sniff_kind(text: str, name: str | None = None) -> str:
    """Which reader suits `text`: by the name's extension first, then by what the text holds."""
    if name:
        suffix = Path(name).suffix.lower()
        if suffix in _REFUSED:
            raise InputError(f"Cannot import {name}: {_REFUSED[suffix]}.")
        kind = _EXTENSIONS.get(suffix)
        if kind and kind != "docx":
            return kind
    head = text.lstrip()[:4096]
    if head.startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and NINJS_KEYS & {str(k).lower() for k in data}:
            return "ninjs"
        if data is not None:
            raise InputError("This is JSON but not an IPTC ninjs item; Copydesk cannot import it.")
    if (head.startswith("<") and _HTML_RE.search(head)) or _HTML_RE.match(head):
        return "html"
    if head.startswith("---\n") and "\n---" in text[4:20000]:
        return "markdown"
    first_lines = "\n".join(head.split("\n")[:5])
    if _MD_HEADING_RE.search(first_lines):
        return "markdown"
    return "wire"


def _check_text(text: str) -> None:
    if len(text) * 4 > MAX_IMPORT_BYTES:
        check_size(len(text.encode("utf-8", errors="surrogatepass")))
    if not text.strip():
        raise InputError("Nothing to import: the text is empty.")


def read_text(text: str, name: str | None = None, *, encoding: str | None = None) -> ImportResult:
    """Import pasted (or already decoded) copy; `name` helps choose the reader when given."""
    if not isinstance(text, str):
        raise InputError("Only text can be pasted; open files with read_file.")
    _check_text(text)
    cleaned, _ = clean_text(text)  # refuses binary-looking text before any reader runs
    if not cleaned.strip():
        raise InputError("Nothing to import: the text holds no readable characters.")
    kind = sniff_kind(cleaned, name)
    readers = {
        "wire": read_wire,
        "markdown": read_markdown,
        "html": read_html,
        "ninjs": read_ninjs,
    }
    reader = readers.get(kind, read_wire)
    return reader(text, name=name, encoding=encoding)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_bytes(data: bytes, name: str | None = None) -> ImportResult:
    """Import raw bytes (a dropped file, a download): .docx by signature, else decoded text."""
    check_size(len(data))
    if not data.strip():
        raise InputError("Nothing to import: the input is empty.")
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in _REFUSED:
        raise InputError(f"Cannot import {name}: {_REFUSED[suffix]}.")
    if suffix == ".docx" or _is_docx(data):
        return read_docx(data, name=name)
    text, encoding = decode_bytes(data)
    result = read_text(text, name=name, encoding=encoding)
    if encoding in ("cp1252", "latin-1"):
        note = f"The input was not UTF-8; it was read as {encoding}. Check accented letters."
        result = type(result)(
            draft=result.draft,
            kind=result.kind,
            name=result.name,
            encoding=encoding,
            warnings=(note, *result.warnings),
        )
    return result


def read_file(path: Path) -> ImportResult:
    """Import a file from disk, refusing anything over MAX_IMPORT_BYTES before reading it."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(f"{path} is a folder; choose a file to import.")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path} does not exist.") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if path.suffix.lower() in _REFUSED:
        raise InputError(f"Cannot import {path.name}: {_REFUSED[path.suffix.lower()]}.")
    check_size(size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return read_bytes(data, name=path.name)
