"""A page's tables as lines of text, so a results table or a fact table is kept, not lost."""

from __future__ import annotations

import re

# trafilatura writes a table in Markdown ("| Alma Hirst | 1,204 |", then "|---|---|" under the
# header). The story body is not rendered with Python-Markdown's `tables` extension, and the
# editor shows the pipes as typed, so a Markdown table would reach the page and the exports as
# rows of pipes and dashes. An editor keeps the figures as plain lines instead.
_ROW_RE = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE_RE = re.compile(r"^[\s|:-]+$")
CELL_JOIN = " – "


def table_rows_as_lines(markdown: str) -> str:
    """Each row of each Markdown table as its own paragraph, its cells joined by an en dash.

    "| Alma Hirst | 1,204 |" becomes "Alma Hirst – 1,204"; the header row is kept the same way
    (it says what the figures are), the rule under it and empty cells are dropped. Text that is
    not a table row is left as it was.
    """
    lines: list[str] = []
    for line in markdown.split("\n"):
        match = _ROW_RE.match(line)
        if not match:
            lines.append(line)
            continue
        if _RULE_RE.match(line):
            continue
        cells = [" ".join(cell.split()) for cell in match.group(1).split("|")]
        text = CELL_JOIN.join(cell for cell in cells if cell)
        if text:
            lines.extend(["", text, ""])
    return "\n".join(lines)
