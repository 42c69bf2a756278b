"""Counts agree with their nouns in every message the window and the CLI print."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from app.core.text.counts import characters_read, counted, listed

APP = Path(__file__).resolve().parents[3] / "app"


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "rewrite finding") == "1 rewrite finding"
    assert counted(2, "rewrite finding") == "2 rewrite findings"
    assert counted(0, "open item") == "0 open items"
    assert counted(3, "story") == "3 stories" and counted(2, "day") == "2 days"
    assert counted(2, "person", "people") == "2 people"
    assert counted(12480, "word", grouped=True) == "12,480 words"
    assert counted(1, "word", grouped=True) == "1 word" and counted(1000, "word") == "1000 words"
    assert listed("rule field", ["colour"]) == "rule field: colour"
    assert listed("rule field", ["colour", "size"]) == "rule fields: colour, size"


def test_no_message_in_the_app_says_a_noun_with_s_in_brackets() -> None:
    """Round 27: "1 rewrite finding(s)." in the status bar. No string the app holds may say
    "word(s)" (a URL's "http(s)" is not a plural)."""
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        if path == APP / "core" / "text" / "counts.py":
            continue  # its docstrings quote the form it exists to replace
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            is_text = token.type == tokenize.STRING or token.type == getattr(
                tokenize, "FSTRING_MIDDLE", -1
            )
            if is_text and re.search(r"[a-z]\(s\)", token.string.replace("http(s)", "")):
                offenders.append(f"{path.relative_to(APP)}:{token.start[0]}")
    assert offenders == []


def test_characters_read_leave_out_the_markdown_marks_and_blank_lines() -> None:
    """A reader sees "Ferry strike ends", "Crews return." and "first" as three lines:
    37 characters with the two line breaks, where the stored Markdown holds 51."""
    body = "## Ferry **strike** ends\n\nCrews *return*.\n\n- first\n"
    assert characters_read(body) == len("Ferry strike ends\nCrews return.\nfirst")
    assert characters_read("") == 0 and characters_read("\n\n  \n") == 0
