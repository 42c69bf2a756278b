"""No person is "it": a one-word name that spoke just before, with nothing saying it is a
person's, is the body a following "it added" means (org_memory._speaker_as_body)."""

from __future__ import annotations

from tests.core.analysis.quote_lookup import speaker_of


def test_it_added_after_a_one_word_name_is_that_body() -> None:
    text = (
        '"We will buy all the shares for $40 each," Kestrel said in a statement today.\n\n'
        '"The deal is expected to close next year," it added.'
    )
    assert speaker_of(text, "close next year") == "Kestrel"


def test_it_added_after_a_hyphenated_name_is_that_body() -> None:
    text = (
        '"We will buy all the shares for $40 each," Harlow-Vance said in a statement.\n\n'
        '"The deal is expected to close next year," it added.'
    )
    assert speaker_of(text, "close next year") == "Harlow-Vance"


def test_a_person_with_an_honorific_is_never_it() -> None:
    # the near miss: Mr Kell is a man, so "it" finds no body and stays as written
    text = (
        '"We will buy all the shares for $40 each," said Mr Kell.\n\n'
        '"The deal is expected to close next year," it added.'
    )
    assert speaker_of(text, "close next year") == "it"


def test_a_person_named_later_with_the_bodys_name_as_surname_is_read() -> None:
    """A one-word name read as a body ("Brackwell said in a statement … it said") stays in the
    surname index; a later "Dana Brackwell" met it there, and the analysis stopped with a
    KeyError, so the story showed no quotes at all."""
    text = (
        "Brackwell confirmed the sale on Monday.\n\n"
        '"We are proud of the deal," Brackwell said in a statement. '
        '"It secures the yard," it added.\n\n'
        '"The buyers take over in May," it said.\n\n'
        "Later, Dana Brackwell, the founder's daughter, spoke to reporters. "
        '"I will miss it," she said.'
    )
    assert speaker_of(text, "take over in May") == "Brackwell"
    assert speaker_of(text, "I will miss it") == "Dana Brackwell"
