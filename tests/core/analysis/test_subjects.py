"""The subject of a verb of saying, read on one masked paragraph."""

from __future__ import annotations

import pytest

from app.core.analysis.blocks import analyze_block
from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import Mention, MentionKind, find_mentions
from app.core.analysis.sentences import mark_subjects
from app.core.analysis.subjects import subject_before


def _subject(text: str, cue: str = "said") -> str | None:
    mentions = mark_subjects(text, find_mentions(text))
    at = text.index(f" {cue}") + 1
    found = subject_before(text, mentions, 0, at, cue)
    return found.text if found else None


def _quote_speaker(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Ivo Marsh, a captain at Calder Ferries, said it was late.", "Ivo Marsh"),
        ("Ivo Marsh, speaking to crews on the north quay on Friday, said so.", "Ivo Marsh"),
        ("A pilot who asked not to be named, said so.", "A pilot"),
        ("Brandt, now the port director, who in 2010 said so.", "Brandt"),
        ("63 percent said so.", "63 percent"),
        ("A memo on the board's website said so.", "A memo on the board's website"),
    ],
)
def test_subject_before_a_verb_of_saying(text: str, subject: str) -> None:
    assert _subject(text) == subject


def test_the_clause_subject_comes_after_an_introductory_phrase() -> None:
    text = "At a hearing of the committee that funds Harbour Rail, Ana Ruiz pressed for boats."
    found = clause_subject(text, find_mentions(text), 0, len(text))
    assert found is not None and found.text == "Ana Ruiz"


def test_things_do_not_speak_and_people_do() -> None:
    thing = Mention(0, 6, "a ferry", MentionKind.NOMINAL, entity=EntityKind.THING)
    assert not can_speak(thing)
    (official, *_) = find_mentions("A senior official")
    assert can_speak(official)


def test_a_place_in_an_opening_phrase_is_no_apposition() -> None:
    text = "At a briefing in Calder, the mayor said the timetable was not final."
    assert _subject(text) == "the mayor"


def test_a_sentence_after_a_quote_ending_in_a_full_stop_has_its_own_subject() -> None:
    # the full stop is inside the marks, hidden by the masking: the next sentence still starts
    block = (
        "Ana Ruiz said the delay was “entirely avoidable.” The union's treasurer, "
        "Sipho Gagne, said officers were leaving."
    )
    found = analyze_block(block)
    subjects = {m.text for m in found.mentions if m.subject}
    assert "Sipho Gagne" in subjects


# A dash aside between the object of a verb that shows people and a participle of saying: the
# aside only describes them, and the people shown do the saying. After other verbs the
# participle stays the main clause's subject's.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "One council advert featured a row of Harlow nurses — young and old alike — "
            "declaring, “We are not leaving.”",
            "a row of Harlow nurses",
        ),
        (
            "The clip showed Mayor Ivo Brandt - in his chain of office - telling the crowd, "
            "“Go home.”",
            "Ivo Brandt",
        ),
        (
            "Ivo Brandt praised the nurses — all of them volunteers — saying, “They are heroes.”",
            "Ivo Brandt",
        ),
        (
            "The singer Ana Ruiz — wearing a grey coat — told the crowd, “Go home safely.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_dash_aside_before_a_participle_of_saying(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'But residents in the village said the plan was "a disgrace."',
            "residents in the village",
        ),
        (
            'Still, doctors at the hospital said the patient was "stable."',
            "doctors at the hospital",
        ),
        (
            'Meanwhile, residents of the estate said the repairs were "long overdue."',
            "residents of the estate",
        ),
        ('Yet officials in Harwick said the deal was "close."', "officials in Harwick"),
        ('But residents said the plan was "a disgrace."', "residents"),
    ],
)
def test_a_group_with_where_it_was_met_speaks_after_an_opening_word(
    text: str, speaker: str
) -> None:
    # Before, these quotes had no speaker and, being short, were dropped as scare quotes; and
    # "But residents" took the conjunction into the speaker.
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_group_deep_in_a_later_clause_does_not_take_an_earlier_quote() -> None:
    text = (
        "The ministry rejected the claims as “entirely false,” and both analysts and "
        "people in the Harwick camp told reporters the claims were wrong."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["The ministry"]


def test_a_verb_after_a_group_ends_the_group() -> None:
    text = 'Small groups of protesters continued to chant "Hands off our harbour" into the night.'
    speakers = [q.speaker for q in analyze(text).quotes]
    assert all("continued" not in (s or "") for s in speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The suit, filed in Dunmore, alleges the mill “poisoned the river.”", "The suit"),
        (
            "The indictment, unsealed Tuesday, says the pair “conspired to defraud the city.”",
            "The indictment",
        ),
        ("The petition says the board “ignored parents for years.”", "The petition"),
        ("The audit found the trust “could not account for the money.”", "The audit"),
    ],
)
def test_a_court_paper_as_the_subject_speaks_not_the_one_it_names(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        (
            "On Monday, lawyers for Brenholt said the charges were “politically driven.”",
            "lawyers for Brenholt",
            "lawyers for Brenholt",
        ),
        (
            # a body's lawyers speak for the body (party_voices.py); the group is still the
            # subject found after the opening phrase
            "In court papers, lawyers for Ostrava Mills Ltd. argued the claim was “baseless.”",
            "lawyers for Ostrava Mills Ltd.",
            "Ostrava Mills Ltd.",
        ),
        (
            "On Friday, attorneys for the family said the fall was “wholly avoidable.”",
            "attorneys for the family",
            "attorneys for the family",
        ),
    ],
)
def test_a_group_speaking_for_someone_after_an_opening_phrase(
    text: str, mention: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker_mention == mention
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The report by the county treasurer said the fund was “in serious trouble.”",
            "the county treasurer",
        ),
        (
            "A review by the harbour master said the quay was “not safe in any weather.”",
            "the harbour master",
        ),
        (
            "A statement from the county treasurer said the fund was “in serious trouble.”",
            "the county treasurer",
        ),
    ],
)
def test_a_document_by_its_author_is_the_authors_word(text: str, speaker: str) -> None:
    # "by" names who wrote the document as "from" does: not the document, not no one
    assert _quote_speaker(text) == speaker


def test_a_review_is_a_document_that_finds() -> None:
    text = "The review, published on Monday, found the ferry service was “failing its passengers.”"
    assert _quote_speaker(text) == "The review"
    text = "The board will review the plan. “We will listen to everyone,” the chair said."
    assert _quote_speaker(text) == "the chair"


def test_a_document_by_names_its_author_as_the_subject() -> None:
    assert _subject("The report by the county treasurer said so.") == (
        "The report by the county treasurer"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shares rose after analysts at Brightwater Capital called the deal “a clear win.”",
         "analysts at Brightwater Capital"),
        ("Shares of Calder Inc. rose after analysts at Brightwater Capital called the deal"
         " “a clear win.”", "analysts at Brightwater Capital"),
    ],
)  # fmt: skip
def test_a_placed_group_opening_a_clause_after_a_conjunction_speaks(
    text: str, speaker: str
) -> None:
    # "after analysts at X called": the group is its clause's subject, not "Shares" (or no one)
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("What critics call “a land grab” was approved on Thursday.", "critics"),
        ("When officials said the pier was “safe,” nobody in Marrow believed them.", "officials"),
        ("As residents put it, “enough is enough.”", "residents"),
        ("While analysts called the merger “a steal,” the shares fell.", "analysts"),
        ("If doctors say the drug is “safe,” the board will approve it.", "doctors"),
        # a capitalised place before the group still describes it
        ("Whitehall sources said the plan was “dead in the water.”", "Whitehall sources"),
    ],
)
def test_a_word_opening_a_clause_is_no_part_of_the_group_after_it(text: str, speaker: str) -> None:
    # "What", "When", "As" open the sentence capitalised, like a place before a group
    # ("Iraqi officials"); they open a clause, and the group alone speaks
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A neighbour who saw the fire said it spread “like lightning.”", "a neighbour"),
        ("A nurse who treated the boy said he was “very lucky.”", "a nurse"),
        ("But a driver who lost his van said the insurers were “no help at all.”", "a driver"),
        ("A man who was told by police to leave said it was “total chaos.”", "a man"),
    ],
)  # fmt: skip
def test_a_relative_clause_run_into_the_verb_leaves_its_antecedent_the_speaker(
    text: str, speaker: str
) -> None:
    # no comma closes "who saw the fire": the thing seen ("the fire") is no speaker
    assert [(q.speaker or "").lower() for q in analyze(text).quotes] == [speaker]


def test_the_whole_description_with_its_clause_is_the_mention() -> None:
    # the speaker is the person noun, as copy refers to them afterwards; the mention keeps
    # what the copy said of them
    quote = analyze("A neighbour who saw the fire told reporters it was “like a furnace.”").quotes[
        0
    ]
    assert (quote.speaker, quote.speaker_mention) == ("a neighbour", "A neighbour who saw the fire")


def test_a_clause_saying_why_no_name_is_given_is_no_description() -> None:
    text = "A spokesman for the firm who declined to be named said the deal was “off.”"
    (quote,) = analyze(text).quotes
    assert quote.speaker_mention == "A spokesman for the firm"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "with" + the one saying + a manner adverb + the participle: the adverb is no object
        (
            'The squad trained, with coach Ray Tandy cheerfully saying "the players look sharp."',
            "Ray Tandy",
        ),
        ('The squad trained, with Ray Tandy saying "the players look sharp."', "Ray Tandy"),
        # whom a letter went to says nothing, adverb or not: the writer asks
        ('Ena Vos wrote to the mayor angrily asking "why now?"', "Ena Vos"),
    ],
)
def test_with_someone_adverb_saying_is_their_speech(text: str, speaker: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker


def test_an_article_and_adjectives_before_a_noun_cue_are_no_speaker() -> None:
    # "sent a strangely cheerful note that said that “...”": "note" is a noun after "a", so
    # "a strangely cheerful" is its article and adjectives, not who spoke
    text = (
        "Mayor Ilse Varga opened the new footbridge over the Orrin on Friday.\n\n"
        "From her phone, the mayor sent a strangely cheerful note that said that "
        "“the doubters, the grumblers and the critics” had been proved wrong."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ilse Varga"


def test_an_article_before_a_verb_of_saying_still_gives_the_speaker() -> None:
    # near miss: "a spokesman wrote": the verb is no noun cue, the phrase is its subject
    (quote,) = analyze("“We will win,” a spokesman wrote.").quotes
    assert quote.speaker == "a spokesman"
