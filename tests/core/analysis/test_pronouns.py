"""The pronoun rules of the resolver (pronouns.py), through the engine: "it" after a document or
an office, "he" and "she" after a plural, a first name or a paragraph that brings someone in.
The readings around the ranking for "he" and "she" are tested in test_he_or_she.py."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The coroner's report was published on Tuesday. “The fire doors were locked,” it said.",
            "the coroner",
        ),
        (
            "The report by the city auditor was released Friday. “Records were kept badly,” "
            "it said.",
            "the city auditor",
        ),
        (
            "The study appeared online on Wednesday. “Our findings point one way,” it said.",
            "The study",
        ),
        (
            "The lawsuit was filed Monday in federal court. “The owners ignored every warning,” "
            "it alleges.",
            "The lawsuit",
        ),
    ],
)
def test_it_after_a_document_as_the_subject_quotes_that_document(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_body_named_after_the_document_is_it() -> None:
    text = (
        "The ruling went against Kestrel Freight Ltd. on Monday. “We will appeal at once,” it said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Kestrel Freight Ltd."


def test_a_plural_noun_opening_a_sentence_does_not_take_the_speakers_pronoun() -> None:
    text = (
        "Lee Chan runs a cafe on Elm Street. “I can't keep up,” Chan said. Sales fell 20"
        " percent in May. “It's brutal,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Lee Chan", "Lee Chan"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a capitalised plural as the only subject: many people, no "he"
        ("Crowds gathered at the pumps on Friday.\n\n“We need clean water,” he said.", "he"),
        # ... nor does it take "he" from the person named before it, whatever their name
        (
            "Tshepo Osei runs the stall by the pumps. Crowds gathered there on Friday.\n\n"
            "“We need clean water,” he said.",
            "Tshepo Osei",
        ),
    ],
)
def test_a_capitalised_plural_is_never_he_or_she(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_a_lone_first_name_opening_a_sentence_still_takes_the_next_pronoun() -> None:
    text = (
        "Lee Chan runs a cafe on Elm Street. “I can't keep up,” Chan said. Mair laughed at"
        " that. “He says that every week,” she said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Lee Chan", "Mair"]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Arlo Grant sued his former partner, Ned Sims, in March.\n\n“He stole from me,”"
            " Grant said.\n\nSims denied it.\n\n“This lawsuit is nonsense,” he said.\n\n“I will"
            " be vindicated.”\n\nGrant’s lawyer said the case was strong.\n\n“We have the bank"
            " records,” he said.",
            "Grant’s lawyer",
        ),
        (
            "Ned Sims denied it.\n\n“This lawsuit is nonsense,” he said.\n\nHis lawyer said the"
            " case was weak.\n\n“They have no evidence,” he said.",
            "His lawyer",
        ),
    ],
)
def test_someones_role_as_the_paragraph_befores_subject_speaks_on(text: str, last: str) -> None:
    # one-sentence paragraphs: the role who "said" just before goes on in the next paragraph
    assert analyze(text).quotes[-1].speaker == last


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rep. Ana Ruiz (D-Calif.) introduced the bill on Tuesday. Her office said she would"
            " hold a hearing next month. “She is determined to get this done,” it said.",
            "Ana Ruiz",
        ),
        (
            "Sen. Tom Reddy faces questions over his expenses.\n\nHis campaign said the claims"
            " were false.\n\n“These attacks are desperate,” it said.",
            "Tom Reddy",
        ),
    ],
)
def test_it_after_her_office_is_whom_the_office_speaks_for(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_it_after_a_document_stays_the_document_for_the_next_quote() -> None:
    text = (
        "Staff at Brenway Logistics heard of the cuts last week.\n"
        "The memo, dated March 3 and sent to all staff by Dana Whitlock, set out the cuts.\n"
        "“Overtime will end on April 1,” the memo said.\n"
        "It called the change “a necessary reset” and thanked staff for “a record year.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Dana Whitlock"] * 3


@pytest.mark.parametrize(
    ("middle", "gender", "speaker"),
    [
        (
            "A dock worker at the next berth, who asked not to be named because his employer "
            "bars staff from talking to reporters, said workers ran toward the gate.",
            "he",
            "a dock worker",
        ),
        ("A welder at the plant said the crane had failed twice.", "he", "a welder"),
        (
            "A nurse, who spoke on condition of anonymity, said the ward was short of staff.",
            "she",
            "a nurse",
        ),
    ],
)
def test_an_unnamed_source_reported_just_before_is_the_next_paragraphs_pronoun(
    middle: str, gender: str, speaker: str
) -> None:
    # Before, the unnamed source counted only in their own paragraph: "he" went to the man
    # (or "she" to the woman) named before them
    named = "Bill Arsenault" if gender == "he" else "Ana Ruiz"
    text = f"{named} said the fire was out.\n{middle}\n“It was chaos,” {gender} said."
    assert (analyze(text).quotes[0].speaker or "").lower() == speaker


@pytest.mark.parametrize(
    "middle",
    [
        "One critic called it tender.",
        "A man who said he was a collector bought the first painting.",
        "One critic described it as a quiet triumph, a phrase she has had printed on its bags.",
    ],
)
def test_an_unnamed_subject_reporting_nothing_leaves_her_to_the_story(middle: str) -> None:
    text = (
        f"Ana Ruiz opened the gallery on Quay Street in 2015.\n{middle}\n“It felt warm,” she said."
    )
    assert analyze(text).quotes[0].speaker == "Ana Ruiz"


def test_the_last_subject_beats_an_agreeing_person_met_only_as_its_object() -> None:
    """No table knows "Tendai": the subject of the sentence before is "he" all the same, not
    the man he criticised, whose first name agrees."""
    text = "Tendai Kaur criticised Tom Vell for the delays.\n\n“It was avoidable,” he said."
    assert _speaker_of(text) == "Tendai Kaur"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the sentence the pronoun stands in, whatever the table knows
        (
            "“The roof comes first,” said Pastor Kofi Mensah.\n\nTendai Moyo praised the parish"
            " for what he called “fifty years of patience.”",
            "Tendai Moyo",
        ),
        # ... but not what a clause after ", which" describes
        (
            "“The roof comes first,” said Pastor Kofi Mensah.\n\nSmall Rooms, which he called"
            " “my best record”, reached number four.",
            "Kofi Mensah",
        ),
    ],
)
def test_a_pronoun_in_a_sentences_clauses_is_its_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == ["Kofi Mensah", speaker]


@pytest.mark.parametrize(
    "between",
    [
        "It was a different story for Ivo Marsh, a baker.",
        "For Ivo Marsh, who has run the shop since 1990, the closure is personal.",
        "Not everyone agreed, said the market's oldest trader, Ivo Marsh.",
    ],
)
def test_a_paragraph_bringing_in_someone_new_hands_them_the_next_he(between: str) -> None:
    """The paragraph between ends on a man named for the first time and never takes the last
    speaker up: the next "he" is the newcomer's, as a quote standing alone would be."""
    text = (
        f"“We lost everything,” said Tom Vell.\n\n{between}\n\n"
        "“My father built that shop,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell", "Ivo Marsh"]
