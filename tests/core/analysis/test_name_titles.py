"""Where the words before a name that say what someone is end (name_titles.py): a role before
a first name that is also a month or a word, and a style of address after "The"."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.name_titles import (
    initial_ends_sentence,
    styled_with_the,
    title_words_before,
)


@pytest.mark.parametrize("first", ["May", "June", "April", "Will", "Jan"])
def test_a_role_before_a_first_name_that_is_also_a_month_or_a_word(first: str) -> None:
    (mention,) = find_mentions(f"Resident {first} Orvell said the road was dangerous.")
    assert mention.name == f"{first} Orvell"


def test_an_ordinary_first_name_after_a_role_still_reads_and_so_does_jan() -> None:
    (mention,) = find_mentions("Resident Tomas Orvell said the road was dangerous.")
    assert mention.name == "Tomas Orvell"
    mentions = find_mentions("Reader Jan Holloway wrote in.")
    assert mentions[0].name == "Jan Holloway"


def test_styles_that_take_the() -> None:
    assert styled_with_the("The Rev. Ann Moss", "Rev.")
    assert styled_with_the("The Very Rev. Ann Moss", "Very")
    assert styled_with_the("the Hon. Ann Moss", "Hon.")
    assert not styled_with_the("The Meridian Herald", "Meridian")
    assert not styled_with_the("Rev. Ann Moss", "Rev.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” said A. J. Kemp, the club’s captain.", "A. J. Kemp"),
        ("I. M. Pell said, “The tower stays.”", "I. M. Pell"),
        ("“We will appeal,” A. J. Kemp told reporters.", "A. J. Kemp"),
    ],
)
def test_an_initial_that_is_also_a_word_opens_the_name(text: str, speaker: str) -> None:
    # "A." and "I." never take a full stop as words: before more of a name they are initials
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_lone_capital_with_a_stop_is_still_no_name() -> None:
    assert not [m for m in find_mentions("He earned an A. The rest was luck.") if m.name == "A"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # job words the first-name table also lists as (rare) first names
        ("Farmer Will Ostby, 58, lost half his herd. “It was awful,” Ostby said.", "Will Ostby"),
        ("Baker Tom Ostby opened at six. “The queue was huge,” he said.", "Tom Ostby"),
        ("Pilot Ana Ruiz landed the plane. “I just did my job,” Ruiz said.", "Ana Ruiz"),
        # the house style's "mother-of-two"
        ("Mother-of-two Ana Ruiz, 34, lost her job. “It was a shock,” she said.", "Ana Ruiz"),
        ("Father-of-three Tom Vell was hurt. “I was lucky,” Vell said.", "Tom Vell"),
    ],
)
def test_a_word_for_a_person_before_a_first_name_describes_them(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_two_given_names_stay_the_name() -> None:
    text = "Bill Ray Ostby lost the herd. “It was awful,” Ostby said."
    assert [q.speaker for q in analyze(text).quotes] == ["Bill Ray Ostby"]


def test_a_letter_ending_a_sentence_is_no_initial_of_the_next_name() -> None:
    # "A." and "I." end sentences too; only before another initial do they open a name
    text = "The pills are rich in vitamin A. Ian Tate said they were “safe for everyone.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Ian Tate"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council chose Option B. Ian Tate said it was “the cheaper road.”", "Ian Tate"),
        ("He served in World War I. Tom Vell said he “never talked about it.”", "Tom Vell"),
        ("The team picked Plan C. Ana Ruiz called it “a gamble.”", "Ana Ruiz"),
    ],
)
def test_a_things_letter_ending_a_sentence_is_no_middle_initial(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John B. Kemp said the plan was “fine.”", "John B. Kemp"),
        ("Harry S. Vell said the war was “over.”", "Harry S. Vell"),
        ("FBI Director J. Edgar Hoover said the bureau was “ready.”", "J. Edgar Hoover"),
        ("Acme CEO J. Ian Doe said sales were “strong.”", "J. Ian Doe"),
    ],
)
def test_a_middle_or_first_initial_stays_in_the_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_initial_ends_sentence_reads_the_words_either_side() -> None:
    assert initial_ends_sentence("Option", " Ian Tate said")
    assert not initial_ends_sentence("John", " Ian Tate said")  # a given name before
    assert not initial_ends_sentence("Director", " Edgar Hoover said")  # a title before
    assert not initial_ends_sentence("Option", " Tate said")  # no first name after


def test_title_words_before_counts_the_titles_opening_a_phrase() -> None:
    assert title_words_before("Gov. Ana Ruiz’s office") == 5
    assert title_words_before("Deputy Mayor Ilse Varga’s crew") == 13
    assert title_words_before("Ana Ruiz’s office") == 0


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # test_mentions.py is at the house limit: the phrase a title opens is read here
        ("Gov. Ana Ruiz’s office said she was “reviewing the bill.”", "Gov. Ana Ruiz’s office"),
        ("Ana Ruiz’s office said she was “reviewing the bill.”", "Ana Ruiz’s office"),
    ],
)
def test_a_titled_owner_keeps_its_office_as_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "name", "title", "later"),
    [
        # trades no hand list holds, found in WordNet's words that only ever name a person
        (
            "Drummer Teo Vance spoke after the show. “We wrote it in a week,” the drummer said.",
            "Teo Vance",
            "Drummer",
            "the drummer → Teo Vance",
        ),
        (
            "Bassist Ana Ruiz took a bow. “We rehearse daily,” the bassist said.",
            "Ana Ruiz",
            "Bassist",
            "the bassist → Ana Ruiz",
        ),
    ],
)
def test_a_trade_no_list_holds_is_not_part_of_the_name(
    text: str, name: str, title: str, later: str
) -> None:
    analysis = analyze(text)
    assert [(s.name, s.title) for s in analysis.sources] == [(name, title)]
    # and the later "the drummer said" finds the person it describes
    assert analysis.quotes[0].speaker == name
    assert analysis.quotes[0].speaker_reason.startswith(later)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word WordNet also files as a trade, before a surname's particle: one name
        ("“We will win,” said Chandler Van Hesse, a director.", "Chandler Van Hesse"),
        # a trade word before a word that is no first name: left as written
        ("“We will win,” said Glazier Tem Rowe.", "Glazier Tem Rowe"),
    ],
)
def test_a_trade_word_needs_a_given_name_after_it(text: str, name: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [name]


def test_a_plural_trade_before_names() -> None:
    text = "Bassists Ana Ruiz and Tom Vell took a bow. “We rehearse daily,” Ruiz said."
    assert [s.name for s in analyze(text).sources] == ["Ana Ruiz"]


@pytest.mark.parametrize("tag", ["said Coun. Tom Vell", "Coun Tom Vell said", "said Cllr Tom Vell"])
def test_the_british_shortened_councillor_is_a_title(tag: str) -> None:
    # Before, "Coun" was read as the name ("Coun Tom Vell"), and "Coun." ended the sentence
    text = f"The vote passed.\n“We will listen first,” {tag}."
    assert analyze(text).quotes[0].speaker == "Tom Vell"


def test_coun_and_a_surname_find_the_councillor_named_before() -> None:
    text = (
        "Councillor Ana Ruiz won the seat in May.\n"
        "Coun Ruiz said she was still learning.\n"
        "Coun Ruiz, said: “I will listen first.”"
    )
    assert analyze(text).quotes[0].speaker == "Ana Ruiz"


def test_a_council_body_before_a_name_is_no_title() -> None:
    text = "The vote passed.\n“We will listen first,” said Council leader Tom Vell."
    assert analyze(text).quotes[0].speaker == "Tom Vell"


@pytest.mark.parametrize(
    ("lead", "tag"),
    [
        ("Dutchman", "said"),
        ("The Dutchman", "said"),
        ("Briton", "said"),  # a word a first-name table holds
        ("Frenchwoman", "told reporters"),
    ],
)
def test_a_nationality_noun_before_a_name_describes_the_person(lead: str, tag: str) -> None:
    text = f"{lead} Tom Orvell won the stage on Sunday. “It was hard,” he {tag}."
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Orvell"]


@pytest.mark.parametrize("name", ["Scot Orvell", "Tom Briton Orvell"])
def test_a_nationality_word_inside_a_name_stays_in_it(name: str) -> None:
    (quote,) = analyze(f"“We will win,” {name} said.").quotes
    assert quote.speaker == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Republican Lina Hart voted no. “It is a bad bill,” she said.", "Lina Hart"),
        ("The Conservative Omar Bek voted no. “It is a bad bill,” he said.", "Omar Bek"),
    ],
)
def test_the_before_a_party_members_word_describes_a_person(text: str, speaker: str) -> None:
    # "The" made the run a body, so the person was never met and the pronoun found no one
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_partys_body_after_the_stays_a_body() -> None:
    text = "The Republican National Committee voted no. “It is a bad bill,” it said."
    assert [q.speaker for q in analyze(text).quotes] == ["Republican National Committee"]


def test_a_party_members_word_without_the_reads_as_before() -> None:
    text = "Republican Lina Hart voted no. “It is a bad bill,” she said."
    assert [q.speaker for q in analyze(text).quotes] == ["Lina Hart"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Liberal Democrat Lina Hart voted no. “It is a bad bill,” she said.", "Lina Hart"),
        ("The Social Democrat Omar Bek voted no. “It is a bad bill,” he said.", "Omar Bek"),
        (
            "The Liberal Democrat Party voted no. “It is a bad bill,” it said.",
            "Liberal Democrat Party",
        ),
    ],
)
def test_a_two_word_party_members_word_after_the_describes_a_person(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]
