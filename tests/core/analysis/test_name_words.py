"""The word tables names and role nouns are read with (name_words.py): people in emergencies
and at war named by what they do or what happened to them."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.name_words import BASE_ROLE_NOUNS, pronoun_gender


@pytest.mark.parametrize("word", ["rescuers", "troops", "evacuees", "medics", "demonstrators"])
def test_people_in_emergencies_are_role_nouns(word: str) -> None:
    assert word in BASE_ROLE_NOUNS
    # "Rescuers said": people described, not a person named by surname only
    (quote,) = analyze(f"{word.capitalize()} said the road was “impassable.”").quotes
    assert quote.speaker_reason.startswith(f"“{word.capitalize()}”: unnamed speaker")


@pytest.mark.parametrize("word", ["rescuers", "troops", "evacuees"])
def test_one_of_them_speaks_not_the_person_named_before(word: str) -> None:
    text = f"Two {word} were hurt, Orla Vance said. “It was chaos,” one of the {word} said."
    (quote,) = [q for q in analyze(text).quotes if q.text.startswith("It was")]
    assert quote.speaker == f"one of the {word}"


LIVE_BLOG_LABELS = {
    # a label opening a live blog's entry or a correction is nobody; "she" is the subject after it
    "update-time": (
        "Update, 3:15 p.m.: The mayor has declared an emergency. “Stay home,” she said.",
        "the mayor",
    ),
    "update": ("Update: The mayor has declared an emergency. “Stay home,” she said.", "the mayor"),
    "update-caps": ("UPDATE: Ana Ruiz has resigned. “It was time,” she said.", "Ana Ruiz"),
    "correction": (
        "Correction: The coroner gave the wrong date. “We regret it,” she said.",
        "the coroner",
    ),
}


@pytest.mark.parametrize(
    ("text", "speaker"), LIVE_BLOG_LABELS.values(), ids=LIVE_BLOG_LABELS.keys()
)
def test_a_live_blog_label_is_no_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Keep your head up,” Vance was told by her skipper.", "her skipper"),
        ("“Keep going,” the gaffer told his players.", "the gaffer"),
    ],
)
def test_a_skipper_or_a_gaffer_speaks_by_role(text: str, speaker: str) -> None:
    # sports desks' words for the captain and the manager, as "her coach" is
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“She grew everything,” Penn said.", "Penn"),
        ("Pollster Mark Penn called the lead “soft.” “Voters are unsure,” Penn said.", "Mark Penn"),
        # the state's abbreviation with its stop, in a dateline or after a town, is no one
        ("The club moved to Pittsburgh, Penn., in 2019. “It was home,” Ed Lott said.", "Ed Lott"),
    ],
)
def test_penn_alone_is_a_surname(text: str, speaker: str) -> None:
    # "Penn" was listed with the states' abbreviations as never a name, so "Penn said" named no
    # one and the quote was dropped
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("PC Ana Ruiz said the road was “closed.”", "Ana Ruiz"),
        ("“We found nothing,” DS Tom Vell told the court.", "Tom Vell"),
        ("PCSO Ann Hale said the boy was “very scared.”", "Ann Hale"),
    ],
)
def test_a_british_police_rank_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The drains were never cleaned,” said Smt. Lalitha Rao, a resident.", "Lalitha Rao"),
        ("Shri Ramesh Kotian said the work would be “done by March.”", "Ramesh Kotian"),
        ("“This is unfair,” Kum. Deepa Shetty said.", "Deepa Shetty"),
        ("“It is done,” Mr Tom Hale said.", "Tom Hale"),
        # "Sri" also opens names, so it stays part of one
        ("“Growth will slow,” said Sri Mulyani Indrawati.", "Sri Mulyani Indrawati"),
    ],
)
def test_indian_honorifics_are_no_part_of_the_name(text: str, speaker: str) -> None:
    # Before, "Smt." and "Kum." were read as the surname "Smt" and the rest of the name lost
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_smt_gives_her_gender() -> None:
    # "Kiran" and "Lalit" give no gender of their own: only the honorific tells "she" who
    text = (
        "Shri Kiran Rao met the commissioner with Smt. Lalit Vell on Monday.\n"
        "“We were promised a drain,” she said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Lalit Vell"
    assert "gender agrees (honorific)" in (quote.speaker_reason or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Tan Wei Ling opened the bridge. “It joins two towns,” said PM Tan.",
            "Tan Wei Ling",
        ),
        ("Chief Minister Ravi Menon toured the dam. “It will hold,” CM Menon said.", "Ravi Menon"),
        (
            "Deputy Prime Minister Ana Ruiz spoke first. “We are ready,” DPM Ruiz said.",
            "Ana Ruiz",
        ),
    ],
)
def test_shortened_offices_title_a_name(text: str, speaker: str) -> None:
    # "PM", "DPM" and India's "CM" stand before a surname as "Mr" does
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_pm_after_a_clock_time_is_no_title() -> None:
    # near miss: "5 PM Friday" is a time, and the name after it is still the speaker
    (quote,) = analyze("“Doors open at 5 PM Friday,” Ana Ruiz said.").quotes
    assert quote.speaker == "Ana Ruiz"


def test_irish_offices_title_a_name_and_describe_them_later() -> None:
    # "Taoiseach" and "Tánaiste" are offices, like "Prime Minister", not things named
    text = (
        "Taoiseach Tom Vell opened the bridge. “It is the right plan,” the Taoiseach said. "
        "“We will build it,” Tánaiste Ann Lee said. “On time,” the Tánaiste added."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell", "Ann Lee", "Ann Lee"]


def test_the_taoiseach_unnamed_is_a_person_as_written() -> None:
    (quote,) = analyze("The plan had “no hand in it”, the Taoiseach has said.").quotes
    assert quote.speaker == "the Taoiseach"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The state police spokesman, SP Tunde Okafor, said the man was held. "
            "“He was found with a bag,” Okafor said.",
            "Tunde Okafor",
        ),
        ("SSP Ravi Menon visited the site. “We are on it,” SSP Menon said.", "Ravi Menon"),
        ("“The road is closed,” ACP Ravi Menon said.", "Ravi Menon"),
        ("CP Ada Eze warned residents. “Report it,” said CP Eze.", "Ada Eze"),
    ],
)
def test_police_ranks_title_a_name(text: str, speaker: str) -> None:
    # Nigerian, Ghanaian, Indian and Pakistani copy puts the rank's letters before the name
    assert analyze(text).quotes[-1].speaker == speaker


def test_a_party_called_sp_is_no_title_after_of() -> None:
    # near miss: "of the SP party" comes after the name it does not title
    (quote,) = analyze("“We are on it,” Ana Ruiz of the SP party said.").quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        '"The pond froze early," Ivo Marsh, chairperson of the Elm Street Residents\' Garden '
        "Committee, said.",
        '"The pond froze early," said Chairperson Ivo Marsh.',
        '"The pond froze early," said the committee\'s chairperson, Ivo Marsh.',
    ],
)
def test_chairperson_is_a_role_like_chairwoman(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


def test_every_form_of_a_pronoun_gives_the_same_gender() -> None:
    """ "his lawyer", "him" and "himself" are a man's as "he" is: one table for every form."""
    assert {pronoun_gender(w) for w in ("he", "him", "his", "himself")} == {"m"}
    assert {pronoun_gender(w) for w in ("she", "her", "hers", "herself")} == {"f"}
    assert {pronoun_gender(w) for w in ("they", "their", "them", "its", "the")} == {""}


def test_cr_is_a_councillors_title_before_a_name() -> None:
    # Australian and New Zealand copy shortens "Councillor" to "Cr"; before, it was read as
    # the first word of her name
    (quote,) = analyze("“We listened,” said Cr Ana Ruiz.").quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the shore. “The inquiry goes on,” Const. Lina Hart said.",
        "Police searched the shore. “The inquiry goes on,” Const Lina Hart said.",
        "“The inquiry goes on,” said Const. Lina Hart.",
        "“The inquiry goes on,” said Det. Const. Lina Hart.",
    ],
)
def test_a_constables_title_is_not_part_of_her_name(text: str) -> None:
    # "Const." split the sentence at its stop (the speaker was "Const"), and without the stop
    # the title was read as her first name
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Lina Hart"


def test_a_constables_title_lets_her_surname_find_her_later() -> None:
    text = (
        "Const. Lina Hart said the road was shut. Crews worked all night. "
        "“We ask drivers to stay away,” Hart said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Lina Hart"]


@pytest.mark.parametrize("name", ["Constance Vell", "Constantine Vell"])
def test_names_that_begin_like_the_title_stay_whole(name: str) -> None:
    (quote,) = analyze(f"“The inquiry goes on,” {name} said.").quotes
    assert quote.speaker == name
