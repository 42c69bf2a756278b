"""Document structure, for comparing what the editor shows with what the export renders.

Blocks become (kind, level, runs) with whitespace normalised and equal runs merged, so two
documents that read the same compare equal whatever their fragment boundaries.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from app.gui.markdown_bridge.runs import LINE_SEPARATOR, block_kind, normalise_runs, split_lines

Inline = tuple[str, bool, bool, str]
Block = tuple[str, int, tuple[Inline, ...]]


def document_structure(doc: QTextDocument) -> list[Block]:
    """Blocks as (kind, level, runs) with whitespace normalised and equal runs merged."""
    blocks: list[Block] = []
    block = doc.begin()
    while block.isValid():
        kind, level = block_kind(block)
        for piece in split_lines(block, kind):
            runs = [(r.text, r.bold, r.italic, r.href) for r in normalise_runs(piece)]
            merged = merge_runs(runs)
            if merged:
                blocks.append((kind, level if kind != "number" and kind != "bullet" else 1, merged))
        block = block.next()
    return blocks


def _edge_space_plain(runs: list[Inline]) -> list[Inline]:
    """White space at the edge of emphasis or a link reads the same inside or outside it."""
    out: list[Inline] = []
    for text, bold, italic, href in runs:
        if not (bold or italic or href) or not text.strip():
            out.append((text, bold, italic, href))
            continue
        core = text.strip()
        start = text.index(core)
        if start:
            out.append((text[:start], False, False, ""))
        out.append((core, bold, italic, href))
        if start + len(core) < len(text):
            out.append((text[start + len(core) :], False, False, ""))
    return out


def merge_runs(runs: list[Inline]) -> tuple[Inline, ...]:
    """Normalise whitespace, drop empty runs and merge neighbours with the same formatting."""
    out: list[list] = []
    for text, bold, italic, href in runs:
        text = re.sub(r"\s+", " ", text.replace(LINE_SEPARATOR, " "))
        if not text:
            continue
        if out and (out[-1][1], out[-1][2], out[-1][3]) == (bold, italic, href):
            out[-1][0] += text
        else:
            out.append([text, bold, italic, href])
    if out:
        out[0][0] = out[0][0].lstrip()
        out[-1][0] = out[-1][0].rstrip()
    result = []
    for text, bold, italic, href in _edge_space_plain([tuple(x) for x in out]):
        if not text:
            continue
        if not text.strip():
            bold = italic = False
            href = ""
        result.append((text, bold, italic, href))
    # whitespace runs demoted above may now equal their neighbours
    final: list[list] = []
    for text, bold, italic, href in result:
        if final and (final[-1][1], final[-1][2], final[-1][3]) == (bold, italic, href):
            final[-1][0] += text
        else:
            final.append([text, bold, italic, href])
    return tuple(tuple(x) for x in final)  # type: ignore[misc]
