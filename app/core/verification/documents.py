"""Attach source material: a file or pasted text to a SourceDocument, then to SourceText."""

# Two steps so the store keeps one thing per attachment: `load_document` turns a file into a
# `model.SourceDocument` whose `text` is self-contained (raw text for text formats and
# transcripts, extracted text for Word and PDF); `parse_document` turns that into the
# `SourceText` verification reads, any time later, without the original file.

from __future__ import annotations

import functools
from pathlib import Path

from app.core import model
from app.core.errors import InputError, NotFoundError
from app.core.verification import extract, prose, transcripts
from app.core.verification.sourcetext import SourceText

MAX_BYTES = 50 * 1024 * 1024

KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".srt": "srt",
    ".vtt": "vtt",
}
"""File suffix -> document kind; the kinds are what `SourceDocument.kind` stores."""


def load_document(
    path: Path, title: str | None = None, added_by: str | None = None
) -> model.SourceDocument:
    """Read a file the desk attaches; its title defaults to the file name.

    Raises NotFoundError when the file is not there and InputError for anything unusable:
    an unknown kind, a binary or empty file, an unreadable Word file or PDF.
    """
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(KINDS))
        raise InputError(f"Cannot attach '{path.name}': use one of {known}, or paste the text.")
    data = _read_bytes(path)
    name = path.name
    if kind == "docx":
        text = extract.docx_to_text(data)
    elif kind == "pdf":
        text = extract.pdf_to_text(data)
    else:
        text = decode_text(data, name)
        if kind == "text" and transcripts.looks_like_cues(text):
            kind = "vtt" if text.lstrip("\ufeff \n").startswith("WEBVTT") else "srt"
    if not text.strip():
        raise InputError(f"'{name}' has no text to check quotes against.")
    return model.SourceDocument(title=title or name, kind=kind, text=text, added_by=added_by)


def document_from_text(
    text: str, title: str = "Pasted text", added_by: str | None = None
) -> model.SourceDocument:
    """Pasted material; pasted SRT or WebVTT is recognised and keeps its timings."""
    if "\x00" in text:
        raise InputError("The pasted material contains binary data; paste plain text.")
    if not text.strip():
        raise InputError("There is no text to attach: paste the source material first.")
    kind = "text"
    if transcripts.looks_like_cues(text):
        kind = "vtt" if text.lstrip("\ufeff \n").startswith("WEBVTT") else "srt"
    return model.SourceDocument(title=title, kind=kind, text=text, added_by=added_by)


@functools.lru_cache(maxsize=128)
def parse_document(document: model.SourceDocument) -> SourceText:
    """The words of a stored document, with speakers and timestamps where it has them.

    Transcripts keep their labels; prose (an article, wire copy, a statement) gets the speakers
    the analysis engine finds for its quoted passages, and a statement its issuer. Cached:
    verification, provenance and the window read the same documents again and again.
    """
    kind = document.kind
    raw = document.text.lstrip("\ufeff")
    if kind in ("srt", "vtt"):
        source = transcripts.parse_cues(raw, document.title, kind)
    else:
        if kind == "html":
            text = extract.html_to_text(raw)
        elif kind == "markdown":
            text = extract.markdown_to_text(raw)
        else:  # text, docx and pdf are plain text by now
            text = raw
        source = prose.with_prose_speakers(
            transcripts.parse_labelled_text(text, document.title, kind)
        )
    if not source.text.strip():
        raise InputError(f"'{document.title}' has no words to check quotes against.")
    return source


def read_source(path: Path) -> SourceText:
    """Load and parse in one step (for the CLI's `--against FILE` and for tests)."""
    return parse_document(load_document(path))


def decode_text(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"'{name}' is not readable UTF-16 text.") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"'{name}' looks like a binary file, not text; attach the text itself.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"'{name}' is in an unknown text encoding; save it as UTF-8 and attach it again."
            ) from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError(f"'{name}' looks like a binary file, not text; attach the text itself.")
    return text


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise NotFoundError(f"There is no file '{path}'.")
    if not path.is_file():
        raise InputError(f"'{path}' is a folder, not a file; attach the files inside it.")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"'{path.name}' is {size // (1024 * 1024)} MB; attach files under "
                f"{MAX_BYTES // (1024 * 1024)} MB (split a long transcript)."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read '{path.name}': {exc.strerror or exc}.") from exc
    if not data.strip():
        raise InputError(f"'{path.name}' is empty.")
    return data
