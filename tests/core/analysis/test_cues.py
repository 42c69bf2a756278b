"""Verbs of saying (cues.py): a cue word used as a noun, or as a verb that governs something else,
tags no speech; a participle with no auxiliary that is still a passive ("a trader described by
police as “…”") tags its agent, who spoke."""

from __future__ import annotations

import pytest

from app.core.analysis.cues import CUE_RE, cites, is_noun
from app.core.analysis.engine import analyze


def _first_cue_is_noun(text: str, word: str) -> bool:
    m = next(m for m in CUE_RE.finditer(text) if m.group() == word)
    return is_noun(text, m.start())


def test_continue_with_an_object_is_no_verb_of_saying() -> None:
    assert _first_cue_is_noun("She continued her slow recovery at home.", "continued")
    assert _first_cue_is_noun("The club continues its search for a coach.", "continues")
    assert _first_cue_is_noun("He continued with the plan anyway.", "continued")


def test_continue_before_words_or_an_infinitive_tags_speech() -> None:
    assert not _first_cue_is_noun('He continued: "We are not done."', "continued")
    assert not _first_cue_is_noun('"Not yet," she continued.', "continued")
    assert not _first_cue_is_noun("They continued to call for an inquiry.", "continued")


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    assert _first_cue_is_noun("The report was late.", "report")


def test_state_before_the_noun_it_modifies_is_no_verb_of_saying() -> None:
    assert _first_cue_is_noun("The levy, which state lawmakers passed, ends in May.", "state")
    assert _first_cue_is_noun("Two state police officers were hurt.", "state")
    assert _first_cue_is_noun("Four state attorneys general signed it.", "state")
    assert not _first_cue_is_noun('Court papers state "the pump failed" twice.', "state")
    assert not _first_cue_is_noun("The rules state that no boat may dock.", "state")


def test_a_role_under_a_law_state_lawmakers_passed_is_no_quote() -> None:
    text = "Under Kestrel Care, which state lawmakers passed, Iowa would act as a “bulk buyer”."
    assert analyze(text).quotes == ()


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A 52-year-old fraudster described by police as the “most cunning swindler in the "
            "county” has been jailed.",
            "police",
        ),
        ("A landlord described by tenants as “a menace to the street” was fined.", "tenants"),
        (
            "The levy, criticised by the Harlow Trades Council as “a raid on wages”, was dropped.",
            "Harlow Trades Council",
        ),
    ],
)
def test_the_agent_of_a_reduced_passive_described_as_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz described the plan as “a raid on wages.”", "Ana Ruiz"),
        ("Ana Ruiz, who was elected by the council, described it as “a raid.”", "Ana Ruiz"),
    ],
)
def test_an_active_describer_keeps_the_quote(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_answering_an_emergency_call_is_no_verb_of_saying() -> None:
    text = "Officers responded to a report of a “suspicious package” near the station."
    assert analyze(text).quotes == ()


def test_responding_to_criticism_or_a_question_still_speaks() -> None:
    text = "The mayor responded to the criticism, calling it “nonsense.”"
    assert [q.speaker for q in analyze(text).quotes] == ["The mayor"]
    assert [q.speaker for q in analyze("“That is false,” Ana Ruiz responded.").quotes] == [
        "Ana Ruiz"
    ]


@pytest.mark.parametrize(
    ("cue", "cited"),
    [
        ("according to", True),
        ("According to", True),
        ("In the words of", True),
        ("in the words of", True),
        ("said", False),
        ("insisted", False),
    ],
)
def test_cites_reads_a_cue_naming_its_speaker_after_it(cue: str, cited: bool) -> None:
    assert cites(cue) is cited


@pytest.mark.parametrize(
    ("text", "word", "noun"),
    [
        ("The lawsuit claims the firm cut corners.", "claims", False),
        ("The report notes that staff were tired.", "notes", False),
        ("The lawsuit claims were dismissed.", "claims", True),
    ],
)
def test_a_cue_word_after_a_document_is_its_verb(text: str, word: str, noun: bool) -> None:
    assert _first_cue_is_noun(text, word) is noun


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The suit claims the firm “put profits over safety.”", "The suit"),
        ("The lawsuit claims that the owner “ignored every warning.”", "The lawsuit"),
    ],
)
def test_a_documents_claims_keep_the_quote(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


MANNER_TAGS = {
    # the present tense a review or feature tags its lines with
    "growls": ("“Nobody leaves,” the captain growls.", "the captain"),
    "mutters": ("Ana Ruiz looks away. “Fine,” she mutters.", "Ana Ruiz"),
    "whispers": ("“Not here,” whispers Tomas Vell, the butler.", "Tomas Vell"),
    "hissed": ("“Get out,” Mara Kline hissed.", "Mara Kline"),
    "drawls": ("“Take your time,” drawls the sheriff.", "the sheriff"),
}


@pytest.mark.parametrize(("text", "speaker"), MANNER_TAGS.values(), ids=MANNER_TAGS.keys())
def test_a_manner_of_saying_tags_the_line(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_whispers_and_murmurs_after_a_determiner_are_nouns() -> None:
    assert _first_cue_is_noun("Amid the whispers of a sale, Vell Ltd. said no.", "whispers")
    assert _first_cue_is_noun("The murmurs of dissent grew in the hall.", "murmurs")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Marrow decision was branded “a disgrace” by campaigners.", "campaigners"),
        ("The Kelso phone has been described as “a triumph” by reviewers.", "reviewers"),
        (
            "The bypass plan was branded “a disgrace” by Tom Vell, who leads the opposition.",
            "Tom Vell",
        ),
        ("The mayor was told “you are finished” by protesters on Friday.", "protesters"),
    ],
)
def test_a_passive_verb_names_its_agent_after_the_quote(text: str, speaker: str) -> None:
    # the words sit between the verb and "by": the one after "by" said them (before, nobody)
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_an_agent_before_the_quote_is_still_read_there() -> None:
    text = "Ana Ruiz was told by Tom Vell that the Marrow road was “closed for good.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell"]


def test_asked_and_told_finds_whom_the_subject_called() -> None:
    from app.core.analysis.cues import asked_and_told

    text = "She emailed the school and was told her son was “doing fine.”"
    at = text.index("“")
    assert asked_and_told(text, 0, at) == text.index("the school")
    for other in (
        "She called the school and was told by Ana Ruiz that he was “fine.”",
        "She called the school. She was told he was “fine.”",
        "She was told he was “fine.”",
    ):
        assert asked_and_told(other, 0, other.index("“")) is None


def test_proclaiming_tags_the_words_like_proclaimed() -> None:
    text = 'The band toured all summer, with Kit Lorrimer proclaiming that "nobody can stop us."'
    [quote] = analyze(text).quotes
    assert quote.speaker == "Kit Lorrimer"


@pytest.mark.parametrize(
    "text",
    [
        'Chemists have grown "humming" moiré threads using a gel, a strange state of matter.',
        'Physicists made "weightless" résumé droplets in a cloud, an exotic state of matter.',
    ],
)
def test_a_state_of_something_is_no_verb_of_saying(text: str) -> None:
    """ "an exotic state of matter": the noun, so the quoted word before it has no sayer."""
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The report states of the findings that “nothing was missed.”", "The report"),
        ("We state of our own free will that “we accept the terms.”", "We"),
    ],
)
def test_the_verb_state_before_of_still_tags_speech(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


_TRIBUTE = (
    "Mayor Dana Whitfield paid tribute to former councillor Owen Trask.\n"
    "“He served this town for thirty years,” Whitfield said in a statement.\n"
    "Councillor Trask served three terms on the council.\n"
    "{sentence}\n"
    "“His voice was always steady when it came to the farmers.”"
)


@pytest.mark.parametrize("verb", ["highlighted", "underlined", "underscored"])
def test_pointing_out_that_a_clause_holds_reports_speech(verb: str) -> None:
    # "Whitfield highlighted that ...": the quote paragraph after it is hers; before, the verb
    # said nothing and the quote had no speaker
    sentence = f"Whitfield {verb} that Trask’s work had kept the river towns alive."
    quotes = analyze(_TRIBUTE.format(sentence=sentence)).quotes
    assert quotes[-1].speaker == "Dana Whitfield"


def test_highlighting_a_thing_reports_no_speech() -> None:
    # with an object and no clause the verb shows something, and introduces no one
    sentence = "Whitfield highlighted the river towns on a map of the county."
    quotes = analyze(_TRIBUTE.format(sentence=sentence)).quotes
    assert quotes[-1].speaker is None


def test_a_document_including_a_comment_cites_its_authors_words() -> None:
    # before, "included the comment" said nothing and the council staff's words had no speaker
    text = (
        "The recommendation put to the meeting by council staff included the comment the "
        "extension was “not expected to have a significant impact on cash flows”."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "staff"


@pytest.mark.parametrize("thing", ["note", "warning"])
def test_a_thing_carrying_a_printed_line_says_nothing(thing: str) -> None:
    assert not analyze(f"The box included the {thing} “handle with care”.").quotes


def test_a_comment_piece_a_paper_carried_is_no_comment_of_the_paper() -> None:
    # "a comment piece" is a kind of article; its title is no words the paper said
    assert not analyze("The paper carried a comment piece by Ana Ruiz titled “Why we sail”.").quotes


def test_a_remark_whose_author_is_named_is_not_the_documents() -> None:
    # the minutes record a councillor's remark: the minutes are not its sayer
    text = "The minutes included the remark by Cr Ana Ruiz that the pool was “a money pit”."
    assert all(q.speaker != "The minutes" for q in analyze(text).quotes)


def test_cutting_in_is_saying() -> None:
    """ "“…,” Marlow cut in": an answer broken into; the words were taken for Holm's, as if
    they went on from the quote before."""
    text = (
        "Ines Marlow and Petra Holm have made three films together.\n\n"
        '"Ines doesn\'t give you notes, she gives you weather," Holm said.\n\n'
        '"That\'s not a compliment," Marlow cut in.'
    )
    quote = next(q for q in analyze(text).quotes if "compliment" in q.text)
    assert quote.speaker == "Ines Marlow"
