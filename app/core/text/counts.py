"""A count and its noun agreeing ("1 finding", "2 findings"): never "1 finding(s)".

Every message the window and the CLI print with a number in it goes through `counted`, so an
editor reads the sentence a person would have written (round 27's walk-through found the status
bar saying "1 rewrite finding(s).").
"""

from __future__ import annotations


def counted(count: int, noun: str, many: str | None = None, *, grouped: bool = False) -> str:
    """`count` and `noun`, plural unless the count is one; `many` for an irregular plural
    ("story", "stories"). Only the noun's last word changes: "rewrite finding(s)" is
    `counted(n, "rewrite finding")`. `grouped` writes thousands apart ("12,480 words"), as
    the window shows a story's length."""
    number = f"{count:,}" if grouped else str(count)
    if count == 1:
        return f"{number} {noun}"
    if many is None:
        consonant_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
        many = noun[:-1] + "ies" if consonant_y else noun + "s"
    return f"{number} {many}"


def listed(noun: str, items: list[str] | tuple[str, ...], many: str | None = None) -> str:
    """ "Unknown rule field: x" or "Unknown rule fields: x, y": the noun agrees with the list."""
    word = noun if len(items) == 1 else (many or noun + "s")
    return f"{word}: {', '.join(items)}"


def words_read(body: str) -> int:
    """Words a reader sees in a Markdown body: emphasis marks, heading hashes, list markers and
    link addresses are not words. The window's status bar counts the same for the same text in
    the editor, so History's "Replace the current text (N words)" says the number shown below
    (a plain `split()` counted "**", "-" and "1." as words)."""
    from app.core.model.words import count_words
    from app.core.text.plain import plain_text

    return count_words(plain_text(body).text)


def characters_read(body: str) -> int:
    """Characters a reader sees in a Markdown body, counted as the window's status bar counts
    the same text in the editor: the marks left out, each paragraph's line trimmed, one line
    break between them. History's Size column said "3,113 chars" (the stored Markdown, marks
    and blank lines included) above a status bar saying "3,093 characters"."""
    from app.core.text.plain import plain_text

    lines = [
        line.strip()
        for paragraph in plain_text(body).paragraphs
        for line in paragraph.text.split("\n")
        if line.strip()
    ]
    return sum(map(len, lines)) + max(len(lines) - 1, 0)
