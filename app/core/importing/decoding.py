"""Bytes to text for the importers: size limit, binary refusal, encodings, newline clean-up."""

from __future__ import annotations

import codecs
import re

from app.core.errors import InputError

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""The one import size limit (20 MiB). Larger input is refused with a message naming it, so a
stray 50 MB paste never freezes the desk; anything below it imports within seconds."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP/WAV/AVI)"),
    (b"%PDF-", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office file (.doc); save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


def limit_text() -> str:
    return f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB"


def check_size(size: int) -> None:
    """Refuse input over MAX_IMPORT_BYTES with a sentence that names the limit."""
    if size > MAX_IMPORT_BYTES:
        raise InputError(
            f"The input is {size / (1024 * 1024):.1f} MB; Copydesk imports at most "
            f"{limit_text()} at a time. Split the copy into smaller pieces."
        )


def describe_binary(data: bytes) -> str | None:
    """What kind of binary file `data` looks like, or None when it may be text."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive"
    return None


def _looks_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode imported bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252.

    Returns (text, encoding name). Raises InputError for binary data.
    """
    check_size(len(data))
    if not data.strip():
        raise InputError("Nothing to import: the file is empty.")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(
                f"The input starts with a UTF-16 mark but is not UTF-16 ({exc})."
            ) from None
    what = describe_binary(data)
    if what:
        raise InputError(f"This looks like {what}, not text Copydesk can import.")
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if b"\x00" in data[:65536]:
        raise InputError(
            "This looks like a binary file (it contains NUL bytes), not text Copydesk can import."
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined; Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalise newlines and drop control characters; refuse text that is really binary."""
    warnings: list[str] = []
    if "\x00" in text:
        raise InputError(
            "This looks like binary data (it contains NUL characters), not text to import."
        )
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    text = text.replace("\x0c", "\n\n")
    controls = len(_CONTROL_RE.findall(text[:65536]))
    if controls > 0.1 * min(len(text), 65536):
        raise InputError("This looks like binary data (mostly control characters), not text.")
    if _CONTROL_RE.search(text):
        text = _CONTROL_RE.sub("", text)
        warnings.append("Control characters were removed from the input.")
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
        warnings.append(SURROGATE_WARNING)
    return text, warnings


SURROGATE_WARNING = "Broken characters (lone surrogates) were replaced with \ufffd."


def mend_surrogates(value: object) -> tuple[object, bool]:
    """JSON's \\ud800 escapes decode to lone surrogates, which no file or database can store:
    every string inside `value` (nested lists and objects too) gets U+FFFD for them instead.
    Returns the mended value and whether anything was replaced."""
    if isinstance(value, str):
        mended = _SURROGATE_RE.sub("\ufffd", value)
        return mended, mended is not value and mended != value
    if isinstance(value, list):
        items = [mend_surrogates(item) for item in value]
        return [item for item, _ in items], any(changed for _, changed in items)
    if isinstance(value, dict):
        pairs = [(mend_surrogates(k), mend_surrogates(v)) for k, v in value.items()]
        mended_dict = {k: v for (k, _), (v, _) in pairs}
        return mended_dict, any(kc or vc for (_, kc), (_, vc) in pairs)
    return value, False
