"""A speaker called by nationality alone (nationals.py): "the Kenyan", "the Portuguese", "the
Dutchman" is the one person the story gave that nationality beside their name, even when someone
else was the latest subject; as written when it gave it to two people."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.nationals import nationality_key


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("introduced", "tag"),
    [
        ("Kenyan runner Tobias Kemboi", "the Kenyan said"),
        ("Kenyan long-distance runner Tobias Kemboi", "said the Kenyan"),
        ("Kenya's Tobias Kemboi", "the Kenyan said"),
        ("Tobias Kemboi of Kenya", "said the Kenyan"),
        ("Tobias Kemboi (Kenya)", "the Kenyan said"),
        ("Tobias Kemboi, the Kenyan favourite,", "the Kenyan said"),
    ],
)
def test_a_nationality_is_the_person_given_it_not_the_latest_subject(
    introduced: str, tag: str
) -> None:
    text = (
        f"{introduced} won the race in Odenmark. Race director Lukas Brenner handed him the"
        f" trophy.\n\n“My legs were heavy at the end,” {tag}."
    )
    assert _speakers(text) == ["Tobias Kemboi"]


def test_an_ese_nationality_names_the_one_person_given_it() -> None:
    text = (
        "Portugal's Marta Seixal won the final in straight sets. Her coach, Lina Vogt, watched"
        " from the stands.\n\n“I felt strong from the first point,” the Portuguese said."
    )
    assert _speakers(text) == ["Marta Seixal"]


def test_a_demonym_noun_names_the_person_given_its_adjective() -> None:
    text = (
        "Dutch midfielder Joren Vliet scored twice on Saturday. Coach Dario Mendes praised him"
        " after the game.\n\n“It was the best day of my career,” said the Dutchman."
    )
    assert _speakers(text) == ["Joren Vliet"]


def test_a_singer_given_a_nationality_in_an_apposition() -> None:
    text = (
        "Ilda Moura, a Portuguese singer, opened the festival. Promoter Kwame Tetteh said the"
        " show sold out.\n\n“This city always feels like home,” the Portuguese told reporters."
    )
    assert _speakers(text) == ["Ilda Moura"]


def test_two_people_of_that_nationality_leave_it_as_written() -> None:
    text = (
        "Kenyan runner Tobias Kemboi beat fellow Kenyan Amos Lelei in Odenmark. Race director"
        " Lukas Brenner handed him the trophy.\n\n“My legs were heavy at the end,” the Kenyan"
        " said."
    )
    assert _speakers(text) == ["the Kenyan"]


def test_a_country_someone_travels_to_gives_no_nationality() -> None:
    # "flew back to Portugal" says where she went, not where she is from
    text = (
        "Marta Seixal beat Carla Duarte in the final. Seixal flew back to Portugal on"
        " Sunday.\n\n“I felt strong from the first point,” the Portuguese said."
    )
    assert _speakers(text) == ["Portuguese"]


def test_a_clause_about_other_people_gives_no_nationality() -> None:
    # the director coaches Kenyans; he is not "the Kenyan", and nor is he by the nationality
    text = (
        "Tobias Kemboi won in Odenmark. Lukas Brenner, who coaches Kenyan runners, handed him"
        " a medal.\n\n“My legs were heavy at the end,” the Kenyan said."
    )
    assert "the one person the story gave" not in (analyze(text).quotes[0].speaker_reason or "")


def test_nationality_words_and_their_nouns() -> None:
    assert nationality_key("Dutchman") == "dutch"
    assert nationality_key("Portuguese") == "portuguese"
    assert nationality_key("Kenyan") == "kenyan"
    assert nationality_key("Harbour") is None


def test_an_age_and_a_nationality_name_the_person_given_the_nationality() -> None:
    # the age went with a title the story set before the name; the nationality still says who
    text = (
        "Kenyan runner Tobias Kemboi, 34, won the race in Odenmark. Race director Lukas Brenner"
        " handed him the trophy.\n\n“My legs were heavy at the end,” said the 34-year-old Kenyan."
    )
    assert _speakers(text) == ["Tobias Kemboi"]


def test_an_age_and_a_nationality_given_to_two_people_stay_as_written() -> None:
    text = (
        "Kenyan runner Tobias Kemboi, 34, won the race. Fellow Kenyan Amos Lelei, 29, was"
        " second. Race director Lukas Brenner handed him the trophy.\n\n“My legs were heavy at"
        " the end,” said the 34-year-old Kenyan."
    )
    assert _speakers(text) == ["the 34-year-old Kenyan"]


@pytest.mark.parametrize("noun", ["Irishman", "Australian"])
def test_a_demonym_opening_a_sentence_is_a_person_not_an_organisation(noun: str) -> None:
    # "The Irishman explained further." as its own sentence, the quote in the next paragraph
    text = (
        "Cathal Brennock won the tournament on Sunday. “It was a long week,” Brennock said.\n\n"
        f"The {noun} explained further to the crowd.\n\n“I never stopped believing it.”"
    )
    assert _speakers(text) == ["Cathal Brennock", "Cathal Brennock"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "English teacher Nora Pell planned the school trip. Gil Averby, the coach driver,"
            " turned up an hour late.\n\n“We nearly lost the booking,” the Englishman said.",
            "Gil Averby",
        ),
        (
            "Welsh shepherd Owen Treharn sold his last ewes in May. His sister, Mair Treharn,"
            " kept the farm dogs.\n\n“It tore me apart,” the Welshwoman said.",
            "Mair Treharn",
        ),
    ],
)
def test_a_gendered_nationality_noun_skips_the_other_gender(text: str, speaker: str) -> None:
    # 'Englishman' is no woman given English ('English teacher'), 'Welshwoman' no man given Welsh
    assert _speakers(text) == [speaker]


def test_a_country_inside_a_firm_name_gives_no_nationality() -> None:
    text = (
        "Dirk Hollen of Kenya Airways confirmed the flight was cancelled. Amos Kiprui, a Kenyan"
        " runner, was stranded in Dovers.\n\n“I will still race on Sunday,” the Kenyan said."
    )
    assert _speakers(text) == ["Amos Kiprui"]


def test_an_age_written_beside_another_name_outweighs_the_nationality() -> None:
    # Baru Lemiso was given the age; the nationality alone must not hand the quote to Tarus
    text = (
        "Kenyan runner Elias Tarus won the Dovers half marathon. His rival Baru Lemiso, 34,"
        " was second.\n\n“The pace was brutal,” said the 34-year-old Kenyan."
    )
    assert _speakers(text) == ["Baru Lemiso"]


def test_a_body_named_after_a_nationality_is_nobody_given_it() -> None:
    # 'Swiss bank Orla Trenk' names a bank, so the one Swiss person is Mila Varga
    text = (
        "Swiss bank Orla Trenk froze the accounts on Tuesday. Mila Varga, a Swiss trader, lost"
        " access to her savings.\n\n“Nobody warned us,” the Swiss said."
    )
    assert _speakers(text) == ["Mila Varga"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rory Quill, an Irish jockey, won the chase. Trainer Ned Farr was delighted. The "
            "Irishman explained that the mare had been lame. “She is sound now,” he said.",
            "Rory Quill",
        ),
        (
            "Kenyan runner Abel Soi won in Lisbon. His coach Max Orr watched from the stand. The "
            "Kenyan said the pace was slow. “I felt strong,” he said.",
            "Abel Soi",
        ),
    ],
)
def test_a_subject_called_by_nationality_is_whom_a_later_he_follows(
    text: str, speaker: str
) -> None:
    # before, the "he" went to the coach, the last subject named as a person
    assert _speakers(text) == [speaker]


def test_a_nationality_subject_given_to_two_or_nobody_leaves_the_he_as_before() -> None:
    # two people given Irish: the nationality decides nothing; the latest of them was the subject
    text = (
        "Rory Quill, an Irish jockey, won the chase. Trainer Ned Farr, also Irish, was pleased. "
        "Irish rider Cal Dunne was third. The Irishman explained that the mare had been lame. "
        "“She is sound now,” he said."
    )
    assert _speakers(text) == ["Cal Dunne"]
    # nobody given Irish: the coach, the last subject named, as before
    text = (
        "Rory Quill won the chase. Trainer Ned Farr was delighted. The Irishman explained that "
        "the mare had been lame. “She is sound now,” he said."
    )
    assert _speakers(text) == ["Ned Farr"]
    # the nationality as an object is no subject: the coach who praised him speaks
    text = (
        "Rory Quill, an Irish jockey, won the chase. Trainer Ned Farr praised the Irishman "
        "after the race. “She is sound now,” he said."
    )
    assert _speakers(text) == ["Ned Farr"]


@pytest.mark.parametrize(
    "named",
    [
        "He told The Scotsman the herd was all he had.",
        "The Scotsman newspaper ran a photograph of the empty sheds.",
    ],
)
def test_a_nationality_noun_the_story_names_a_paper_by_is_no_person(named: str) -> None:
    # "The Scotsman reported ..." is the paper named before, not the Scottish farmer: the
    # later "he" follows the vet, the last person who was a subject (as at 8ef30b3)
    text = (
        f"Hamish Cardle, a Scottish farmer, lost his herd this week. {named} Vet Orrin Blaize "
        "examined the cattle. The Scotsman reported the story on Monday. “The virus was one I "
        "had never seen,” he said."
    )
    assert _speakers(text) == ["Orrin Blaize"]
