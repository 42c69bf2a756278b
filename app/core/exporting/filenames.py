"""Safe file names from slugs: portable on Windows, macOS and Linux, never outside the folder.

A slug comes from pasted copy, so it may hold anything: separators, "..", control characters,
a Windows device name ("CON", "lpt1.txt"), or 500 characters. The name made here is one path
component that every file system accepts, and `unique_name` keeps two stories apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

MAX_STEM = 80
"""Characters of the stem; with "-999" and ".ninjs.json" the name stays far below 255 bytes."""

EXTENSIONS = {"html": ".html", "fragment": ".fragment.html", "ninjs": ".json", "text": ".txt"}

_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
    | {f"com{c}" for c in "¹²³"}
    | {f"lpt{c}" for c in "¹²³"}
)
_UNSAFE_RE = re.compile(r"[^\w-]+")
_DASHES_RE = re.compile(r"-{2,}")


def safe_stem(slug: str, fallback: str = "story", max_len: int = MAX_STEM) -> str:
    """One safe path component (without extension) made from a slug or headline."""
    text = unicodedata.normalize("NFKC", slug).casefold()
    text = "".join("-" if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    text = _UNSAFE_RE.sub("-", text)
    text = _DASHES_RE.sub("-", text).strip("-_")
    text = text[:max_len].rstrip("-_")
    if not text:
        text = fallback
    if text.split(".")[0] in _RESERVED:
        text = f"{text}-story"
    return text


def file_name(slug: str, fmt: str) -> str:
    return safe_stem(slug) + EXTENSIONS.get(fmt, ".html")


def unique_name(stem: str, suffix: str, taken: Callable[[str], bool]) -> str:
    """`stem + suffix`, or `stem-2 + suffix`, `stem-3`... — the first name `taken` allows."""
    name = stem + suffix
    number = 2
    while taken(name):
        name = f"{stem}-{number}{suffix}"
        number += 1
    return name
