"""Formal offices written "<title> of/for [the] <portfolio> <name>" (portfolios.py): the
portfolio's words are the office's, not the front of the person's name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.portfolios import portfolio_office
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Leader of the Opposition Mara Quist spoke.", "Mara Quist", "Leader of the Opposition"),
        ("Minister for Transport Tom Vell spoke.", "Tom Vell", "Minister for Transport"),
        (
            "Minister for Home Affairs K Ramaswamy spoke.",
            "K Ramaswamy",
            "Minister for Home Affairs",
        ),
        (
            "Director of Public Prosecutions Ann Hale spoke.",
            "Ann Hale",
            "Director of Public Prosecutions",
        ),
        (
            "Minister of State for Trade Ben Osei spoke.",
            "Ben Osei",
            "Minister of State for Trade",
        ),
        (
            "Minister for Trade and Industry Lim Kah Seng spoke.",
            "Lim Kah Seng",
            "Minister for Trade and Industry",
        ),
        (
            "US Secretary of State Ada Lowe spoke.",
            "Ada Lowe",
            "US Secretary of State",
        ),
        # the whole office is the title, up to the name ("Party" too)
        (
            "Leader of the National Party Tom Vell spoke.",
            "Tom Vell",
            "Leader of the National Party",
        ),
        (
            "Yesterday Shadow Minister for Health Ana Ruiz spoke.",
            "Ana Ruiz",
            "Shadow Minister for Health",
        ),
    ],
)
def test_the_office_is_the_title_and_the_rest_the_name(text: str, name: str, title: str) -> None:
    (mention,) = [m for m in find_mentions(text) if m.name == name]
    assert mention.title == title
    assert mention.text == f"{title} {name}"


def test_a_later_surname_finds_the_person_in_office() -> None:
    text = (
        "Leader of the Opposition Mara Quist criticised the budget on Tuesday.\n"
        "“The numbers do not add up,” said Ms Quist."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Mara Quist"


def test_the_office_noun_later_finds_them() -> None:
    text = (
        "Minister for Transport Tom Vell toured the depot. "
        "“The trains will run,” the minister said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tom Vell"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Member for Harbour Hill Ana Ruiz spoke.", "Ana Ruiz", "Member for Harbour Hill"),
        ("Minister for Harbours Ana Ruiz spoke.", "Ana Ruiz", "Minister for Harbours"),
        ("Premier of Westland Dan Hale spoke.", "Dan Hale", "Premier of Westland"),
        # a place that is also a first name stays the seat's: the name keeps two words
        ("Premier of Victoria Dan Hale spoke.", "Dan Hale", "Premier of Victoria"),
        ("Mayor of Calder Ana Maria Ruiz spoke.", "Ana Maria Ruiz", "Mayor of Calder"),
    ],
)
def test_a_seat_no_word_list_holds_is_the_title_before_a_first_name(
    text: str, name: str, title: str
) -> None:
    # Before, the seat's words opened the person's name ("Harbour Hill Ana Ruiz"), or the
    # capitalised "Member" made the whole run an unnamed speaker
    (mention,) = [m for m in find_mentions(text) if m.name == name]
    assert mention.title == title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Member for Harbour Hill Ana Ruiz said the bridge was “long overdue”.", "Ana Ruiz"),
        ("“We have waited long enough,” Member for Calder Tom Vell said.", "Tom Vell"),
    ],
)
def test_a_seat_holder_is_the_speaker(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a seat with no person after it (the office speaks, never its place:
        # joins._office_of), and a body (no office) before a role
        ("The Mayor of Calder Hill said the road was “dangerous”.", "The Mayor of Calder Hill"),
        (
            "Friends of Calder Park spokeswoman Ana Ruiz said the trees were “irreplaceable”.",
            "Friends of Calder Park",
        ),
    ],
)
def test_no_person_after_the_seat_or_no_office_no_change(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no office before the run
        "He spoke for the Harbour Board.",
        "Friends of Westland Dan Hale spoke.",
    ],
)
def test_no_office_no_change(text: str) -> None:
    # the office reader makes "<Title> of/for [the] <portfolio>" a name's title ("Minister for
    # Transport"); here no run opens with a portfolio after an office, so no title holds one
    assert not any(" of " in m.title or " for " in m.title for m in find_mentions(text))
    runs = [m for m in find_mentions(text) if m.name]
    assert all(portfolio_office(text, m.start, m.end) is None for m in runs)


def test_the_run_must_keep_two_words_of_a_name() -> None:
    text = "Minister for Transport Vell spoke."
    a = text.index("Transport")
    assert portfolio_office(text, a, text.index(" spoke")) is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Karnala Health Minister, Ravi Menon visited the ward.",
            "Ravi Menon",
            "Karnala Health Minister",
        ),
        ("Lagos State Governor, Bola Adeyemi, said so.", "Bola Adeyemi", "Lagos State Governor"),
        ("Nairobi Governor, Dr Amos Wekesa, has failed.", "Amos Wekesa", "Nairobi Governor Dr"),
    ],
)
def test_a_capitalised_office_before_a_comma_titles_the_name(
    text: str, name: str, title: str
) -> None:
    (mention,) = [m for m in find_mentions(text, linked=True) if m.name == name]
    assert mention.title == title
    assert mention.start == 0


def test_the_office_after_the_comma_finds_them_later() -> None:
    text = (
        "Karnala Health Minister, Ravi Menon visited the ward on Sunday. Menon said the beds "
        "were ready.\nThe Health Minister wrote, “We have taken over the hospital.”"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ravi Menon"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a list of people (a surname that is also a rank), an office that runs
        # on from "The Director of"
        "John Major, Ann Lee and Tom Vell attended.",
        "The Director of Public Health, Ruth Okoro, said so.",
    ],
)
def test_no_bare_office_no_join(text: str) -> None:
    names = [m.name for m in find_mentions(text, linked=True) if m.kind.value == "name"]
    assert "Ann Lee" in names or "Ruth Okoro" in names
    assert not any(m.title.endswith(("Major", "Health")) for m in find_mentions(text, linked=True))


def test_a_media_portfolio_joined_by_and_is_the_office_not_the_name() -> None:
    # "Minister for Culture and Media Ines Korda": the second portfolio word is the office's,
    # so "the minister" later is her, not a prime minister named after the quote
    text = (
        "PORT ALDER: Minister for Culture and Media Ines Korda said on Thursday that the "
        "national theatre would reopen in spring.\n\n"
        "“The stage needs one more season of repairs,” the minister told reporters at a "
        "gallery opening attended by Prime Minister Tomas Ekwall."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ines Korda"


def test_a_name_after_a_plain_run_keeps_its_first_word() -> None:
    # near miss: no office before the run, so "Media" opens nothing and the name reader reads
    # the capitalised run as before
    names = [m.text for m in find_mentions("Media Ines Korda said it was late.")]
    assert "Ines Korda" in " ".join(names)


_LATER = (
    "\n\nRuth Ashby, a ferry captain, said the crossings had stopped.\n\n"
    "“Every contract on the quay has been reviewed,” the Minister said."
)


@pytest.mark.parametrize(
    "opening",
    [
        # an office over its remit with "for", and a remit of two halves joined by "and"
        "The Minister for Harbours, Dara Quell, said the new quay would open in May.",
        "The Minister for Ports and Fisheries, Dara Quell, said the new quay would open in May.",
        "Dara Quell, the Minister for Ports and Fisheries, said the new quay would open in May.",
        "The Secretary of Harbours and Roads, Dara Quell, said the new quay would open in May.",
    ],
)
def test_the_office_later_is_the_person_it_was_given_to(opening: str) -> None:
    assert speaker_of(opening + _LATER, "contract on the quay") == "Dara Quell"


@pytest.mark.parametrize(
    "opening",
    [
        # near misses: no name beside the office; two people named after "for" (first names)
        "The Minister for Ports and Fisheries said the new quay would open in May.",
        "The lawyer for Dara Quell and Ben Orme said the new quay would open in May.",
    ],
)
def test_no_office_holder_without_a_name_beside_the_office(opening: str) -> None:
    assert speaker_of(opening + _LATER, "contract on the quay") == "the Minister"
