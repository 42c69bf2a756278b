"""QTextDocument -> Markdown through one serializer that both Qt and Python-Markdown read back.

Qt's own `toMarkdown()` escapes literal asterisks inside emphasis inconsistently (design.md,
"Known pitfalls"), so the editor never uses it: this module walks the document itself, escapes
every character the same way wherever it sits, and records the offset map (MarkdownText).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from app.gui.markdown_bridge.markdown_text import LIST_SEPARATOR, MarkdownText
from app.gui.markdown_bridge.runs import Run, block_kind, normalise_runs, run_attrs, split_lines

# Escaped with a backslash anywhere: both CommonMark and Python-Markdown honour these escapes.
# "<" needs none: with every ">" escaped it can never close a tag or an autolink. Entities are
# avoided because Qt's importer drops the block and character formats around them. Braces are
# escaped so that text can never open CriticMarkup (`{++`), which the stored body may hold.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]>&{}]")
_ENTITY_LIKE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# What would start a block construct if it opened a line.
_BLOCK_START = re.compile(r"^(?:[#>+\-]|\d+[.)])")


class _Writer:
    """Accumulates Markdown and the offset map as text is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.result = MarkdownText()

    def markup(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def text(self, text: str, doc_pos: int, at_block_start: bool, escape_last: str = "") -> None:
        """Append document text escaped, recording which stretches map one to one.

        `escape_last` names characters to escape if the text ends with one: "!" before a link
        ("![" would make an image), "#" at the end of a heading (read as a closing sequence).
        """
        if text and text[-1] in escape_last and text[-1] in "!#":
            self.text(text[:-1], doc_pos, at_block_start)
            self.markup("\\")
            self._copy(text[-1], doc_pos + len(text) - 1)
            return
        if at_block_start:
            match = _BLOCK_START.match(text)
            if match:
                head = match.group(0)
                # Escape the marker's last character: "\#", "\-", "12\." all read as text.
                self._copy(head[:-1], doc_pos)
                self.markup("\\")
                self._copy(head[-1], doc_pos + len(head) - 1)
                text, doc_pos = text[len(head) :], doc_pos + len(head)
        last = 0
        for match in _INLINE_SPECIAL.finditer(text):
            ch = match.group(0)
            at = match.start()
            if ch == "&" and not _ENTITY_LIKE.match(text, at):
                continue
            self._copy(text[last:at], doc_pos + last)
            if ch == "&":
                self.markup("&amp;")  # only before "name;": rare, and no backslash works here
            else:
                self.markup("\\")
                self._copy(ch, doc_pos + at)
            last = at + 1
        self._copy(text[last:], doc_pos + last)

    def _copy(self, text: str, doc_pos: int) -> None:
        if not text:
            return
        r = self.result
        if (
            r.lengths
            and r.md_starts[-1] + r.lengths[-1] == self.size
            and (r.doc_starts[-1] + r.lengths[-1] == doc_pos)
        ):
            r.lengths[-1] += len(text)  # contiguous with the previous piece: extend it
        else:
            r.md_starts.append(self.size)
            r.doc_starts.append(doc_pos)
            r.lengths.append(len(text))
        self.parts.append(text)
        self.size += len(text)

    def finish(self) -> MarkdownText:
        self.result.text = "".join(self.parts)
        return self.result


def _link_target(href: str) -> str:
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def _write_inline(w: _Writer, runs: list[Run], at_block_start: bool, heading: bool = False) -> None:
    """Emphasis and links as properly nested delimiters, with whitespace kept outside them.

    CommonMark only honours a delimiter that touches text on its inner side, so leading
    whitespace of a run goes before the markers that open there and trailing whitespace after
    the markers that close there.
    """
    runs = [r for r in normalise_runs(runs) if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return
    # Markdown drops a block's outer whitespace: leave it out (the map skips it).
    first_run, last_run = runs[0], runs[-1]
    lead = len(first_run.text) - len(first_run.text.lstrip())
    runs[0] = Run(first_run.text[lead:], first_run.pos + lead, *run_attrs(first_run))
    if len(runs) == 1:
        last_run = runs[0]
    runs[-1] = Run(last_run.text.rstrip(), last_run.pos, *run_attrs(last_run))
    stack: list[str] = []  # open markers, innermost last: "[", "**", "*"
    state = {"href": ""}
    first = True

    def close_to(keep: set[str]) -> None:
        while stack and not all(m in keep for m in stack):
            marker = stack.pop()
            if marker == "[":
                w.markup(f"]({_link_target(state['href'])})")
                state["href"] = ""
            else:
                w.markup(marker)

    for i, run in enumerate(runs):
        text, pos = run.text, run.pos
        wanted = _wanted(run, state["href"] if "[" in stack else run.href)
        if not text.strip():
            # White space alone never opens emphasis or a link: there is nothing for it to
            # wrap, and markers around it would not be read as markers ("****").
            wanted &= set(stack)
        close_to(wanted)  # only reached when a link's target changes between runs
        opening = [m for m in ("[", "**", "*") if m in wanted and m not in stack]
        if opening:
            lead = text[: len(text) - len(text.lstrip())]
            if lead:
                w.text(lead, pos, False)
                text, pos = text[len(lead) :], pos + len(lead)
            # A link opens outside emphasis that opens with it ("*[" after a letter would not
            # open emphasis in CommonMark); otherwise what lasts longest nests outside.
            for marker in sorted(opening, key=lambda m: (m != "[", -_lasts(runs, i, m))):
                if marker == "[":
                    state["href"] = run.href
                w.markup(marker)
                stack.append(marker)
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        keep = _wanted(nxt, state["href"]) if nxt else set()
        link_next = bool(nxt and nxt.href and "[" not in keep)
        escape_last = "!" if link_next else ("#" if heading and nxt is None else "")
        if link_next or ("[" in stack and "[" not in keep):
            # Links are atomic: emphasis closes at a link's edges and reopens on the other side,
            # so no "*" ever touches "[" or "](...)" from outside (CommonMark's flanking rules).
            keep = set()
        if any(m not in keep for m in stack):
            body = text.rstrip()
            w.text(body, pos, at_block_start and first and not stack, "#" if heading else "")
            close_to(keep)
            w.text(text[len(body) :], pos + len(body), False, escape_last)
        else:
            w.text(text, pos, at_block_start and first and not stack, escape_last)
        first = False
    close_to(set())


def _has(run: Run, marker: str, href: str) -> bool:
    return {"**": run.bold, "*": run.italic, "[": bool(run.href) and run.href == href}[marker]


def _lasts(runs: list[Run], i: int, marker: str) -> int:
    n = 0
    for run in runs[i:]:
        if not _has(run, marker, runs[i].href):
            break
        n += 1
    return n


def _wanted(run: Run, href: str) -> set[str]:
    """Markers this run needs; a link only continues while its target stays the same."""
    wanted = set()
    if run.href and run.href == href:
        wanted.add("[")
    if run.bold:
        wanted.add("**")
    if run.italic:
        wanted.add("*")
    return wanted


def document_to_markdown(doc: QTextDocument, *, paragraphs_only: bool = False) -> MarkdownText:
    """The document as Markdown, with its offset map; `paragraphs_only` flattens block types."""
    w = _Writer()
    block = doc.begin()
    previous_list = None
    wrote_any = False
    while block.isValid():
        kind, level = ("paragraph", 0) if paragraphs_only else block_kind(block)
        text_list = block.textList() if kind in ("bullet", "number") else None
        # A heading's bold is its style, not emphasis, even when flattened to a paragraph.
        is_heading = block.blockFormat().headingLevel() > 0
        for piece in split_lines(block, kind, is_heading):
            if not piece or not "".join(r.text for r in piece).strip():
                continue
            if wrote_any:
                if text_list is not None and previous_list == _list_id(text_list):
                    w.markup("\n")
                elif text_list is not None and previous_list is not None:
                    # Python-Markdown merges adjacent lists; an HTML comment keeps them apart
                    # and Qt's importer skips it.
                    w.markup(f"\n\n{LIST_SEPARATOR}\n\n")
                else:
                    w.markup("\n\n")
            if kind == "heading":
                w.markup("#" * min(level, 6) + " ")
            elif kind == "quote":
                w.markup("> " * level)
            elif text_list is not None:
                indent = "    " * (level - 1)
                if kind == "bullet":
                    w.markup(f"{indent}- ")
                else:
                    w.markup(f"{indent}{text_list.itemNumber(block) + 1}. ")
            _write_inline(w, piece, at_block_start=True, heading=kind == "heading")
            wrote_any = True
            previous_list = _list_id(text_list) if text_list is not None else None
        if text_list is None:
            previous_list = None
        block = block.next()
    if wrote_any:
        w.markup("\n")
    return w.finish()


def _list_id(text_list: object) -> int:
    return text_list.objectIndex()  # type: ignore[attr-defined]
