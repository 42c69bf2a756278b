"""Speakers in prose sources: quoted passages carry their speakers; statements their issuer."""

from __future__ import annotations

from app.core.model import SourceDocument
from app.core.verification import parse_document
from app.core.verification.coverage import is_covered
from app.core.verification.prose import statement_issuer

ARTICLE = (
    "The ferry will stop running at night from June.\n\n"
    "\u201cWe simply cannot find the crews,\u201d said Lena Ortiz, the operator's director.\n\n"
    "Passengers were unhappy. \u201cIt leaves us stranded,\u201d said Tom Reyes, a nurse."
)


def test_quoted_passages_carry_their_speakers() -> None:
    source = parse_document(SourceDocument("article.txt", "text", ARTICLE))
    quoted = [(source.text[s.start : s.end], s.speaker) for s in source.segments if s.quoted]
    assert quoted == [
        ("We simply cannot find the crews,", "Lena Ortiz"),
        ("It leaves us stranded,", "Tom Reyes"),
    ]
    assert source.speaker_at(source.text.index("Passengers")) is None
    assert source.text == ARTICLE  # offsets still index the document as given


def test_a_statement_carries_its_issuer() -> None:
    text = (
        "Statement from Mayor Jane Okafor on the ferry timetable\n\n"
        "The night ferry is a lifeline and we will fund it until the autumn."
    )
    source = parse_document(SourceDocument("statement.txt", "text", text))
    assert source.issuer == "Mayor Jane Okafor"
    assert source.speaker_at(text.index("lifeline")) == "Mayor Jane Okafor"


def test_issuers_of_releases_and_remarks() -> None:
    assert (
        statement_issuer(
            "FOR IMMEDIATE RELEASE\nPORTHAVEN, May 2 \u2013 The Harbour "
            "Authority today announced a new timetable."
        )
        == "Harbour Authority"
    )
    assert (
        statement_issuer("Text of the day.", "Remarks by the Governor at the opening") == "Governor"
    )
    assert statement_issuer("The ferry will stop running at night.") is None


def test_transcripts_keep_their_labels() -> None:
    text = "MAYOR OKAFOR: We will fund it.\n\nREPORTER: Until when?\n\nMAYOR OKAFOR: Autumn.\n"
    source = parse_document(SourceDocument("briefing.txt", "text", text))
    assert source.speakers == ("MAYOR OKAFOR", "REPORTER")


def test_coverage() -> None:
    article = parse_document(SourceDocument("article.txt", "text", ARTICLE))
    assert is_covered("Lena Ortiz", [article]) is True
    assert is_covered("Ortiz", [article]) is True  # a surname is an alias
    assert is_covered("Priya Nair", [article]) is False
    assert is_covered(None, [article]) is True  # no speaker: any material covers it
    assert is_covered("a ferry official", [article]) is True  # a description names nobody
    assert is_covered("Lena Ortiz", []) is None
