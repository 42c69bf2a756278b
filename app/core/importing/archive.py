"""Zip packages (.docx) measured before any library unpacks them, so a zip bomb is refused."""

from __future__ import annotations

import io
import zipfile

from app.core.errors import InputError
from app.core.importing.decoding import MAX_IMPORT_BYTES

MAX_RATIO = 300
"""No member of a real document unpacks to more than this many times its packed size; plain
zeros pack about 1000 to 1, the most repetitive real Word XML well under 200 to 1."""
_RATIO_FLOOR = 1024 * 1024
"""Members that unpack to less than this may pack as tightly as they like."""

_MB = 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / _MB:.1f} MB" if size < 10 * _MB else f"{size // _MB} MB"


def check_zip_expansion(
    data: bytes, *, limit: int = MAX_IMPORT_BYTES, what: str = "This .docx file"
) -> None:
    """Refuse a package whose members unpack to more than `limit` bytes in all, or any member
    packed absurdly tightly; the sizes come from the archive's directory, nothing is unpacked.

    zipfile never yields more than a member's declared size (a member that lies about its size
    fails its CRC check instead), so the declared sizes bound what a reader can get out.
    Data that is not a readable zip passes: the reader's own error says so in its own words.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return
    total = sum(info.file_size for info in members)
    if total > limit:
        raise InputError(
            f"{what} unpacks to {_mb(total)}; Copydesk reads at most {_mb(limit)} unpacked. "
            "Split the document, or save it without pictures, and try again."
        )
    for info in members:
        packed = max(info.compress_size, 1)
        if info.file_size >= _RATIO_FLOOR and info.file_size > MAX_RATIO * packed:
            raise InputError(
                f"{what} was refused: its part '{info.filename}' unpacks "
                f"{info.file_size // packed} times its packed size (at most {MAX_RATIO} times "
                "is accepted), which no real document does."
            )
