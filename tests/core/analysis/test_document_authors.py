"""Who put a document out, written right after it (document_authors.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.document_authors import author_written_after
from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions


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


# Notices and documents as the engine reads them: their author speaks, or no one.
@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("A notice signed by Pia Lund said the hall would shut “for good”.", "Pia Lund"),
        ("A notice from the parish council said the hall would shut “for good”.", None),
    ],
)
def test_a_notice_with_its_author_is_the_author_s_words(text: str, author: str | None) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == (author or "the parish council")


def test_a_notice_with_no_author_is_no_mention() -> None:
    # "a notice in the newsletter asked for helpers": something posted up, nobody's words
    assert not any(
        "notice" in m.text for m in find_mentions("A notice in the newsletter asked for helpers.")
    )
    assert any("notice" in m.text for m in find_mentions("A notice signed by Pia Lund asked."))


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "“We are heartbroken,” read a statement from the family.",
            "the family",
            "a statement from the family",
        ),
        (
            "“We are heartbroken,” said a statement from her family.",
            "her family",
            "a statement from her family",
        ),
        (
            "“We are heartbroken,” a statement released by the family said.",
            "the family",
            "a statement released by the family",
        ),
        (
            "“We are heartbroken,” read a statement from the Dunmore family.",
            "the Dunmore family",
            "a statement from the Dunmore family",
        ),
        (
            "“The fair is off,” read a post from the organisers.",
            "the organisers",
            "a post from the organisers",
        ),
        (
            "“Your contract ends today,” read an email from his boss.",
            "his boss",
            "an email from his boss",
        ),
        (
            "“The school will close early,” read a letter from the headteacher.",
            "the headteacher",
            "a letter from the headteacher",
        ),
    ],
)
def test_a_document_from_a_family_or_a_person_by_role_is_theirs(
    text: str, speaker: str, mention: str
) -> None:
    # as "the family said in a statement" is the family's
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
    assert quote.speaker_mention == mention


def test_a_document_from_someone_named_beside_their_role_is_still_theirs() -> None:
    text = (
        "A statement from the widow, Nell Tarrant, was read to the court.\n\n"
        "“He took everything from us,” the statement said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Nell Tarrant"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The notice, issued by the council, said “the road will close on Monday.”",
         "the council"),
        ("The notice, signed by Ana Ruiz, said “the pool is closed.”", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_notice_with_its_author_in_an_aside_speaks_for_them(text: str, speaker: str) -> None:
    # a notice with no author is something posted up; one issued by someone is theirs
    assert [q.speaker for q in analyze(text).quotes] == [speaker]
