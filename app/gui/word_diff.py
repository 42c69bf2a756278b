"""Word-level differences between two texts, as (op, text) pieces and as coloured HTML."""

from __future__ import annotations

import difflib
import html
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)

INSERT_STYLE = "background:#c8f0cf;color:#0b3d17;text-decoration:none;"
DELETE_STYLE = "background:#f8cdcd;color:#5c0b0b;text-decoration:line-through;"


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Pieces ("equal"|"insert"|"delete", text) that turn `old` into `new`."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(("insert", "".join(b[j1:j2])))
    return pieces


def diff_stats(pieces: list[tuple[str, str]]) -> tuple[int, int]:
    """Words inserted and deleted."""

    def words(text: str) -> int:
        return len(re.findall(r"\w+", text))

    inserted = sum(words(t) for op, t in pieces if op == "insert")
    deleted = sum(words(t) for op, t in pieces if op == "delete")
    return inserted, deleted


def diff_html(old: str, new: str) -> str:
    """Insertions on green and deletions struck through on red; colour is never alone."""
    out = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "insert":
            out.append(f'<ins style="{INSERT_STYLE}" title="inserted">{escaped}</ins>')
        elif op == "delete":
            out.append(f'<del style="{DELETE_STYLE}" title="deleted"><s>{escaped}</s></del>')
        else:
            out.append(escaped)
    return "<div style='white-space:pre-wrap'>" + "".join(out) + "</div>"
