"""Quotation-mark styles the generated batteries cross every shape with: a name's extent or a
speaker's reading that holds in curly marks must hold in straight and single ones too."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Marks:
    key: str
    open: str
    close: str


MARKS = (Marks("curly", "“", "”"), Marks("straight", '"', '"'), Marks("single", "‘", "’"))


def quoted(m: Marks, words: str, end: str) -> str:
    """`words` with the punctuation that ends them, between the marks of style `m`."""
    return f"{m.open}{words}{end}{m.close}"
