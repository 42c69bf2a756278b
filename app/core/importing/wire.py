"""Plain wire copy (pasted or .txt) to a StoryDraft: headline, paragraphs, subheads, trailer."""

from __future__ import annotations

from app.core.analysis.credits import email_only, stands_as_credit_line
from app.core.importing.assemble import Block, assemble
from app.core.importing.boilerplate import is_boilerplate, is_end_mark
from app.core.importing.decoding import clean_text
from app.core.importing.result import ImportResult

# Copy whose lines never exceed this is hard-wrapped: lines inside a block are one paragraph.
_HARD_WRAP_MAX = 100


def _is_special(line: str) -> bool:
    """A line never joined to its neighbours: a credit line the assembler takes out (asked as
    the assembler asks it, with the kept verdicts: each line is asked twice), an e-mail alone,
    boilerplate or an end mark."""
    return bool(
        email_only(line) or stands_as_credit_line(line) or is_boilerplate(line) or is_end_mark(line)
    )


def _heading(line: str) -> Block | None:
    stripped = line.lstrip()
    if stripped.startswith("#"):
        text = stripped.lstrip("#").strip()
        if text and stripped[len(stripped) - len(stripped.lstrip("#"))] in " \t":
            return Block(text, "h")
    return None


def wire_blocks(text: str) -> list[Block]:
    """Split wire copy into blocks.

    Copy with long lines has one paragraph per line; hard-wrapped copy (every line short, blank
    lines between paragraphs) is re-joined, except lines that are credits, e-mails, boilerplate,
    indented or following a short line. The first line always stands alone: it is the headline.
    """
    lines = text.split("\n")
    non_empty = [line for line in lines if line.strip()]
    if not non_empty:
        return []
    width = max(len(line.rstrip()) for line in non_empty)
    hard_wrapped = width <= _HARD_WRAP_MAX and len(non_empty) < len(lines)
    blocks: list[Block] = []
    current: list[str] = []
    previous_line = ""

    def flush() -> None:
        if current:
            blocks.append(Block(" ".join(part.strip() for part in current)))
            current.clear()

    for line in lines:
        if not line.strip():
            flush()
            previous_line = ""
            continue
        heading = _heading(line)
        if heading is not None:
            flush()
            blocks.append(heading)
            previous_line = ""
            continue
        joinable = (
            hard_wrapped
            and current
            and blocks
            and not line[:1].isspace()
            and len(previous_line.rstrip()) >= 0.6 * width
            and not _is_special(line)
            and not _is_special(previous_line)
        )
        if not joinable:
            flush()
        current.append(line)
        previous_line = line
        if not blocks and len(current) == 1:
            flush()  # the headline line
    flush()
    return blocks


def read_wire(text: str, name: str | None = None, encoding: str | None = None) -> ImportResult:
    """Import plain wire copy such as ../shared/samples/wire/atacms-rewrite.txt."""
    text, warnings = clean_text(text)
    assembled = assemble(wire_blocks(text), dek_before_dateline=True)
    return ImportResult(
        draft=assembled.draft,
        kind="wire",
        name=name,
        encoding=encoding,
        warnings=tuple(warnings + assembled.warnings),
    )
