"""Markdown stories with and without front matter."""

from __future__ import annotations

from app.core.importing import read_text
from app.core.importing.frontmatter import parse_front_matter, split_front_matter
from app.core.model import Credit, CreditRole, Dateline, StoryStatus

STORY = """---
title: "Storm batters the coast"
slug: storm-coast
dek: A long night for fishing towns
desk: National
status: copy_desk
keywords: [weather, "storms, coastal", floods]
byline: Jane Okoro
dateline: MIAMI (AP)
language: en-US
---

MIAMI (AP) — The storm came ashore after midnight.

## Damage

Roofs were torn **off** and *roads* closed.

```
code: kept
   as is

```

Reporting by Jane Okoro; Editing by Bo Lund
"""


def test_front_matter_fields() -> None:
    result = read_text(STORY, "storm.md")
    draft = result.draft
    assert result.kind == "markdown"
    assert draft.headline == "Storm batters the coast"
    assert draft.slug == "storm-coast"
    assert draft.dek == "A long night for fishing towns"
    assert draft.desk == "National"
    assert draft.status is StoryStatus.COPY_DESK
    assert draft.keywords == ("weather", "storms, coastal", "floods")
    assert draft.language == "en-US"
    assert draft.dateline == Dateline("MIAMI", None, "AP")
    assert draft.subheads == ("Damage",)
    assert draft.body.startswith("The storm came ashore after midnight.\n\n## Damage\n\n")
    assert "Roofs were torn **off** and *roads* closed." in draft.body
    assert "```\ncode: kept\n   as is\n\n```" in draft.body
    assert draft.credits == (
        Credit(CreditRole.BYLINE, "Jane Okoro"),
        Credit(CreditRole.REPORTING, "Jane Okoro"),
        Credit(CreditRole.EDITING, "Bo Lund"),
    )
    assert result.warnings == ()


def test_h1_is_the_headline_without_front_matter() -> None:
    draft = read_text("# Council votes\n\nThe council voted.\n\n### Next steps\n\nMore.").draft
    assert draft.headline == "Council votes"
    assert draft.body == "The council voted.\n\n## Next steps\n\nMore."
    assert draft.subheads == ("Next steps",)


def test_setext_heading() -> None:
    draft = read_text("Council votes\n=============\n\nThe council voted.", "x.md").draft
    assert draft.headline == "Council votes"
    assert draft.body == "The council voted."


def test_block_lists_nested_dateline_and_bad_status() -> None:
    text = (
        "---\nheadline: Test\ntags:\n  - one\n  - two\nstatus: sideways\ndateline:\n"
        "  place: OSLO\n  date: May 2\n---\nBody text.\n"
    )
    result = read_text(text, "t.md")
    assert result.draft.keywords == ("one", "two")
    assert result.draft.dateline == Dateline("OSLO", "May 2", None)
    assert result.draft.status is StoryStatus.DRAFT
    assert any("sideways" in warning for warning in result.warnings)


def test_front_matter_parser_pieces() -> None:
    head, rest = split_front_matter("---\na: 1\nb: 'it''s'\nc: |\n  line one\n  line two\n---\nx")
    assert rest == "x"
    data, warnings = parse_front_matter(head or "")
    assert data == {"a": "1", "b": "it's", "c": "line one\nline two"}
    assert warnings == []
    assert split_front_matter("no front matter") == (None, "no front matter")
    assert split_front_matter("---\nnever closed") == (None, "---\nnever closed")


def test_unreadable_front_matter_line_is_a_warning() -> None:
    result = read_text("---\ntitle: X\n!!! what\n---\nBody.", "x.md")
    assert result.draft.headline == "X"
    assert any("not understood" in warning for warning in result.warnings)


def test_markdown_is_sniffed_from_pasted_text() -> None:
    assert read_text("---\ntitle: Pasted\n---\nBody.").kind == "markdown"
    assert read_text("# Pasted\n\nBody.").kind == "markdown"
