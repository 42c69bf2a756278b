"""Who put a document out, written right after it (document_authors.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.document_authors import author_written_after


def _author(text: str) -> str | None:
    head_end = text.index(" ", text.index("statement") if "statement" in text else 0)
    found = author_written_after(text, head_end)
    return found.group().strip() if found else None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("a statement by the Fiscal Institute said", "by the Fiscal Institute"),
        ("a statement from the Hale family read", "from the Hale family"),
        ("a statement issued by the regulator said", "issued by the regulator"),
        ("a statement from her parents said", "from her parents"),
        ("a statement from his boss said", "from his boss"),
    ],
)  # fmt: skip
def test_the_author_after_a_document_is_read(text: str, author: str) -> None:
    assert _author(text) == author


@pytest.mark.parametrize(
    "text",
    [
        # a name set beside the role is the author, met as a name of its own
        "a statement from the daughter, Gill Marsh, said",
        # the role owns more: not the author
        "a statement from the singer's manager said",
        # no author at all
        "a statement on Monday said",
    ],
)
def test_no_author_is_read_where_the_words_name_none(text: str) -> None:
    assert _author(text) is None
