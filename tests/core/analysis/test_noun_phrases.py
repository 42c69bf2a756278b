"""Short noun phrases as subjects (noun_phrases.py): "The night porter later said" has a speaker
even with no name or role noun in it, and a clause is never taken for such a phrase."""

from __future__ import annotations

from app.core.analysis.noun_phrases import called_by_name, phrase_mention


def _phrase(text: str) -> str | None:
    mention = phrase_mention(text, 0, len(text))
    return mention.text if mention is not None else None


def test_a_short_phrase_is_a_mention_without_its_adverbs() -> None:
    assert _phrase("The lawyers for the family") is None  # a phrase with "for" is read elsewhere
    assert _phrase("One resident") == "One resident"
    assert _phrase("The night porter later") == "The night porter"
    assert _phrase("The paper itself") == "The paper"


def test_a_clause_is_not_a_phrase() -> None:
    assert _phrase("The council said that") is None
    assert _phrase("A man who") is None


def test_a_described_person_is_called_by_a_name() -> None:
    text = "a docker called Wee Davie"
    assert called_by_name(text, 0, text.index("Wee"))
    text = "a trader who gave his name only as Kofi"
    assert called_by_name(text, 0, text.index("Kofi"))


def test_someone_a_subject_called_is_not_a_name_given() -> None:
    text = "She called Ann Lowe"
    assert not called_by_name(text, 0, text.index("Ann"))
    text = "the mayor of Brill"
    assert not called_by_name(text, 0, text.index("Brill"))


def test_an_article_inside_opens_a_second_phrase() -> None:
    # "The bakery posted a notice saying": a clause, whose subject is the bakery
    assert _phrase("The bakery posted a notice") is None
    assert _phrase("The night porter") == "The night porter"
