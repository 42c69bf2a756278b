"""Speech or not, once a passage's tie to a speaker is known (speech.py): a tagged quote is speech
whatever it looks like; a title-case phrase, a word before its noun, a thing people call
something, and a few words with no verb of saying and no one acting are not."""

from __future__ import annotations

import pytest

from app.core.analysis.attribution_rules import AFTER, BEFORE_FAR, LATER
from app.core.analysis.engine import analyze
from app.core.analysis.modifiers import modifies_noun
from app.core.analysis.speech import is_scare_quote, looks_like_title, not_speech
from tests.core.analysis.passage_ties import local_tie, span_of


def test_a_tagged_quote_is_speech_whatever_it_looks_like() -> None:
    text = "“We Go Again,” said Kane Roberts."
    start, end = span_of(text, "We Go Again,")
    assert not not_speech(text, start, end, local_tie(AFTER, "Kane Roberts", text, "said"))


def test_title_case_inside_a_sentence_is_a_title() -> None:
    text = "Harris said he had read about “The Long Goodbye” twice."
    start, end = span_of(text, "The Long Goodbye")
    assert not_speech(text, start, end, local_tie(BEFORE_FAR, "Harris", text, "said"))


def test_title_case_after_a_verb_of_saying_needs_something_announcing_a_title() -> None:
    text = "Okonjo warned that the closure could start “Harbour Wars Again”."
    start, end = span_of(text, "Harbour Wars Again")
    assert not not_speech(text, start, end, local_tie(BEFORE_FAR, "Okonjo", text, "warned"))


def test_a_name_someone_gives_is_their_words() -> None:
    # "what X called" is the caller's, title case or not
    text = "Ortiz called the plan “Project Nowhere” on Monday."
    start, end = span_of(text, "Project Nowhere")
    assert not not_speech(text, start, end, local_tie(BEFORE_FAR, "Ortiz", text, "called"))


def test_a_word_before_its_noun() -> None:
    text = "The hotel’s “sea view” rooms overlook a car park."
    assert modifies_noun(text, *span_of(text, "sea view"))
    text = "It was “a disaster” yesterday."
    assert not modifies_noun(text, *span_of(text, "a disaster"))
    text = "The cells “smell” sugar, the study found."
    start, end = span_of(text, "smell")
    assert not_speech(text, start, end, local_tie(LATER, "the study", "the study found", "found"))


def test_the_shapes_it_reads() -> None:
    assert looks_like_title("Falling Behind: Rural Broadband in 2023")
    assert not looks_like_title("We Go Again!")
    assert not looks_like_title("We are not going to hold the country hostage,")
    assert is_scare_quote("very poor")
    assert not is_scare_quote("Avoidable.")
    assert not is_scare_quote("we are not going to hold")


def test_through_the_engine() -> None:
    text = (
        "Nominees include “The Crossing” and “Harbour Lights.” The so-called “Tiger Team” will "
        "report in June. Mayor Lena Brooks called the decision “a kick in the teeth.”"
    )
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("a kick in the teeth.", "Lena Brooks")
    ]


def _quotes(text: str) -> dict[str, str | None]:
    """Each quote the engine keeps, by its words (stops and commas dropped), with its speaker."""
    return {q.text.strip(" ,."): q.speaker for q in analyze(text).quotes}


def test_words_chanted_or_shouted_are_speech_even_when_they_look_like_a_name() -> None:
    quotes = _quotes('As the hearse turned the corner, many chanted "Dora, Dora."')
    assert "Dora, Dora" in quotes
    quotes = _quotes('Outside the stadium the supporters chanted "Blue Harbour" for an hour.')
    assert "Blue Harbour" in quotes
    quotes = _quotes('Before the vote, they had cried "Long Live Tarrow" (an old cry) twice.')
    assert "Long Live Tarrow" in quotes


def test_a_song_sung_is_still_a_title() -> None:
    assert "Blue Harbour" not in _quotes('At the gala she sang "Blue Harbour" to close the show.')


def test_a_name_someone_is_greeted_by_is_the_greeters_words() -> None:
    assert _quotes('He greeted the harbour master, Ed Mole, as "Eddie."') == {"Eddie": "He"}
    assert "Nan" in _quotes('She addressed the old woman as "Nan" throughout the visit.')


def test_a_quantity_in_quotes_is_a_noun_phrase_not_a_modifier() -> None:
    text = 'The runner may need "several weeks" following the fall, her coach said.'
    assert _quotes(text) == {"several weeks": "her coach"}
    assert not modifies_noun(text, *span_of(text, "several weeks"))
    text = 'Staff expect "many months" before the pier reopens, the manager said.'
    assert not modifies_noun(text, *span_of(text, "many months"))
    text = 'Negotiators say a "phase one" deal is close.'
    assert modifies_noun(text, *span_of(text, "phase one"))


def test_a_distancing_word_after_continued_is_nobodys() -> None:
    assert _quotes('Osei continued his "slow" climb up the rankings on Sunday.') == {}
    assert _quotes('Lena Ortiz was in hospital as she continued her "gradual" recovery.') == {}
    quotes = _quotes('"We will finish the pier," Mayor Ana Ruiz continued.')
    assert quotes == {"We will finish the pier": "Ana Ruiz"}


def _quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in analyze(text).to_json()["quotes"]]


def test_a_known_lists_name_is_no_quote_even_when_tagged() -> None:
    text = (
        "By June, port staff will be able to check the crews against the agency's digital "
        "“watch lists,” Ana Ruiz said."
    )
    assert _quoted(text) == []
    text = "Tomas Brek said the two men had been on the ministry's “no-fly list” since spring."
    assert _quoted(text) == []


def test_a_list_given_as_a_verdict_stays_the_speakers() -> None:
    text = "The budget is nothing but a “wish list,” Ana Ruiz said."
    assert _quoted(text) == [("wish list,", "Ana Ruiz")]


def test_a_kind_of_place_someone_starts_is_named_not_said() -> None:
    text = (
        "Dana Hale said that parish efforts to start “warming rooms” in church halls were "
        "“coming on very well.”"
    )
    assert _quoted(text) == [("coming on very well.", "Dana Hale")]


def test_a_role_taken_on_with_no_verb_of_saying_is_named_not_said() -> None:
    for text in (
        "Under the plan, Ohio would act as a “bulk drug buyer” to cut prices.",
        "The old depot now serves as a “cooling station” in heat waves.",
        "Kestrel Bank will function as the “settlement agent” for the scheme.",
    ):
        assert _quoted(text) == [], text


def test_a_role_in_someones_reported_words_stays_theirs() -> None:
    text = "Dana Hale said the county would act as a “safety net” for farmers."
    assert _quoted(text) == [("safety net", "Dana Hale")]
    text = "Ana Ruiz acted as a “human shield,” the witness said."
    assert [words for words, _ in _quoted(text)] == ["human shield,"]  # a tag frames it


def test_an_adverb_and_a_past_tense_after_a_noun_are_its_verb_not_a_modifier() -> None:
    text = "According to the complaint, the firm “knowingly misled” investors."
    start, end = span_of(text, "knowingly misled")
    assert not modifies_noun(text, start, end)
    assert _quoted(text) == [("knowingly misled", "the complaint")]


def test_an_adverb_and_a_participle_after_a_determiner_still_modify_the_noun() -> None:
    text = "Visitors toured the “newly renovated” hall."
    start, end = span_of(text, "newly renovated")
    assert modifies_noun(text, start, end)


def test_a_name_set_beside_the_noun_name_is_no_quote_however_tagged() -> None:
    text = "Ruiz said the ship’s name, “Sea Queen,” came from her grandmother."
    assert _quoted(text) == []
    said = "Ruiz said the ship’s crew, “all twelve of us,” came from the island."
    assert _quoted(said) == [("all twelve of us,", "Ruiz")]


def test_a_figure_with_a_tag_after_is_speech_not_a_title() -> None:
    # "24/7" has no letters to be title-cased: with a tag after it, the owner said it.
    result = analyze("The bar stays open “24/7,” owner Lia Brandt said.")
    assert [(q.text, q.speaker) for q in result.quotes] == [("24/7,", "Lia Brandt")]
    # Figures with no one saying them stay out.
    assert analyze("He has worked there since “9/11.”").quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police are treating the fire at the Harbour Inn as “suspicious.”", "Police"),
        ("Detectives are treating the death as “unexplained.”", "Detectives"),
        ("Police are investigating the blaze on Mill Lane as “arson.”", "Police"),
    ],
)
def test_a_classification_given_by_the_subject_is_its_words(text: str, speaker: str) -> None:
    # "treating X as “…”": the police's own category, on the record, not a scare quote
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_real_quote_after_a_classification_keeps_its_speaker() -> None:
    text = (
        "Detectives are treating the death as “unexplained.” “We are keeping an open mind,”"
        " said Det. Insp. Mel Grant."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Detectives", "Mel Grant"]


@pytest.mark.parametrize(
    "text",
    [
        "The council treats residents as “customers.”",
        "Officials treated the request as “urgent.”",
    ],
)
def test_treating_something_as_a_word_is_the_writers_scare_quote(text: str) -> None:
    # only an inquiry's progressive "is treating the fire as" gives its finding in marks
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz produced the album. She left a “room tone” track running under every song.",
        "Tom Vell runs the site. He built a “dark mode” setting last spring.",
        # a catchphrase set beside its noun is a name, however near its owner
        "Her catchphrase, “Net or nothing,” now appears on mugs, Ruiz said.",
    ],
)
def test_a_compound_before_its_noun_with_no_verb_of_saying_is_nobodys(text: str) -> None:
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        # a verdict before its noun, or a verb of saying in the sentence, keeps the words
        "Ana Ruiz hoped the rules would bring a more “fair and equitable” service.",
        "Ana Ruiz called for a “clean” bill on Tuesday.",
        "Ana Ruiz said the council wanted a “room tone” track on every song.",
    ],
)
def test_a_verdict_or_a_said_modifier_stays_the_speakers(text: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]
