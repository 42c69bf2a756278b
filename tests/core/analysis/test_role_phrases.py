"""The role-noun phrase a role noun ends: what opens it, which words make it a clause, and
what after it is part of who it is."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import MentionKind, find_mentions

_SAID = "“We will appeal,” said "


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


def test_a_clause_is_never_one_mention() -> None:
    mentions = find_mentions("the Navy said in a statement that the ship was safe")
    assert [(m.text, str(m.entity)) for m in mentions][:1] == [("Navy", "organisation")]


def test_role_noun_phrases_know_what_they_name() -> None:
    text = "the production company said, and the statement said, and one mother said"
    kinds = {m.text: m.entity for m in find_mentions(text) if m.kind is MentionKind.NOMINAL}
    assert kinds["the production company"] is EntityKind.ORGANISATION
    assert kinds["the statement"] is EntityKind.DOCUMENT
    assert kinds["one mother"] is EntityKind.PERSON


def test_a_second_determiner_starts_a_new_phrase() -> None:
    texts = [m.text for m in find_mentions("The Harbour Safety Board published its report.")]
    assert "its report" in texts
    assert not any(t.startswith("The Harbour Safety Board published") for t in texts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_SAID + "a spokesperson for Harlow Council.", "a spokesperson for Harlow Council"),
        (_SAID + "a spokesperson for Harlow Council on Monday.", "a spokesperson for Harlow Council"),  # noqa: E501
        (_SAID + "a spokesman for Acme Inc.", "a spokesman for Acme Inc."),
        (_SAID + "a spokeswoman for the U.S. Army.", "a spokeswoman for the U.S. Army"),
    ],
)  # fmt: skip
def test_who_a_spokesperson_speaks_for_ends_before_the_full_stop_and_the_day(
    text: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a filing, the Tacoma, Wash., company said it bought the “patents and code” "
            "of Lintel.",
            "the Tacoma, Wash., company",
        ),
        ("“We are not for sale,” the Akron, Ohio, firm said.", "the Akron, Ohio, firm"),
        (
            "The Santa Rosa, Calif., lender said it was “ready to lend again this spring.”",
            "The Santa Rosa, Calif., lender",
        ),
    ],
)
def test_a_city_and_state_set_off_by_commas_stay_inside_the_phrase(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_a_city_and_word_that_is_no_state_break_the_phrase() -> None:
    # "Akron, Tuesday," is no place; the phrase is only "the firm"
    mentions = [m.text for m in find_mentions("Near Akron, Tuesday, the firm said no.")]
    assert "the firm" in mentions
    assert not any("Akron," in m for m in mentions)


def test_a_role_noun_and_its_irregular_past_verb_are_two_phrases() -> None:
    # "The council sent residents a letter": the subject ends at "council"
    texts = [m.text for m in find_mentions("The council sent residents a letter on Monday.")]
    assert "The council" in texts
    assert not any("sent" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Halden Hawks fired coach Dan Fell on Monday.\n"
         "In a statement, the club said Fell had “given everything.”", "Halden Hawks"),
        ("The Dunmore Rovers hired manager Ivo Marsh in May.\n"
         "“Ivo is the right man,” the team said.", "Dunmore Rovers"),
    ],
)  # fmt: skip
def test_a_team_that_fired_its_coach_is_no_phrase_with_the_role(text: str, speaker: str) -> None:
    # "The Halden Hawks fired coach" is a name and its verb, not one phrase with the role: the
    # club is named, and "the club" later is it
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_determiner_then_a_participle_is_still_one_phrase() -> None:
    (quote,) = analyze("A retired teacher said “we were squeezed.”").quotes
    assert quote.speaker == "A retired teacher"


def test_determiner_back_finds_the_whole_search_match():
    """determiner_back skips positions before the last six chunks (speed): the same match."""
    from app.core.analysis.role_phrases import _PLAIN_DETERMINER_BACK_RE, determiner_back

    text = "Yesterday the board of the large regional water company chair "
    for pos in range(0, 20):
        found = determiner_back(text, pos, len(text))
        whole = _PLAIN_DETERMINER_BACK_RE.search(text, pos, len(text))
        assert (found and found.span()) == (whole and whole.span())


@pytest.mark.parametrize("verb", ["spoke about", "heard", "paid tribute to"])
def test_a_past_verb_after_a_role_noun_ends_the_phrase_before_an_owner(verb: str) -> None:
    """ "the governor spoke about Ruiz's volunteer efforts": two phrases, the governor speaks."""
    text = (
        "Mara Tollan has run the relief effort since the storm. At the briefing, the governor "
        f"{verb} Tollan's volunteer crews. “She did a great job.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["the governor"]


def test_an_owner_inside_a_role_phrase_still_reads_whole() -> None:
    text = "“We will appeal,” said the governor's volunteer coordinator."
    assert [q.speaker for q in analyze(text).quotes] == ["the governor's volunteer coordinator"]


def test_a_relative_clause_about_someone_else_ends_the_description() -> None:
    """ "A father of three whose oldest child is a sophomore spoke next": the speaker is the
    father of three, not "A father of three whose oldest child"."""
    text = (
        "A father of three whose oldest child is a sophomore at the high school spoke next. "
        '"I read page 212 in my truck," he said.'
    )
    assert analyze(text).quotes[0].speaker == "A father of three"


@pytest.mark.parametrize("tail", ["for the clam rice", "for an hour"])
def test_a_relatives_phrase_ends_before_what_they_did_it_for(tail: str) -> None:
    """ "queued with her husband for the clam rice": the speaker came out as "her husband for
    the clam rice"; "a spokesman for the family" still speaks for it."""
    text = f"Ana Lima had queued with her husband {tail}."
    assert "her husband" in [m.text for m in find_mentions(text, linked=True)]
    text = "“We are grateful,” said a spokesman for the family."
    assert "a spokesman for the family" in [m.text for m in find_mentions(text, linked=True)]
