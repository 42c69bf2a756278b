"""Speakers, cue verbs, venues; pronouns and surnames resolved; titles kept apart."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions


def only(text: str):
    quotes = analyze(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Hana Novak said, “The trains will run.”", "Hana Novak", "said"),
        ("“The trains will run,” said Hana Novak.", "Hana Novak", "said"),
        ("“The trains will run,” Hana Novak said.", "Hana Novak", "said"),
        (
            "“The trains will run,” Hana Novak, the transport minister, told reporters.",
            "Hana Novak",
            "told",
        ),
        (
            "Hana Novak, the transport minister, insisted: “The trains will run.”",
            "Hana Novak",
            "insisted",
        ),
        ("“The trains will run,” according to Hana Novak.", "Hana Novak", "according to"),
        (
            "Transport Minister Hana Novak remarked, “The trains will run.”",
            "Hana Novak",
            "remarked",
        ),
        ("“The trains will run,” the minister said.", "the minister", "said"),
    ],
)
def test_cue_in_either_order(text: str, speaker: str, cue: str) -> None:
    q = only(text)
    assert q.speaker == speaker
    assert q.cue == cue
    assert q.confidence >= 0.8


def test_pronoun_resolves_to_the_person_just_named() -> None:
    text = (
        "Mayor Ruth Adeyemi spoke after the vote.\n\n"
        "“We will rebuild the market,” Adeyemi said. She added, “It will take a year.”"
    )
    first, second = analyze(text).quotes
    assert first.speaker == "Ruth Adeyemi" and first.speaker_mention == "Adeyemi"
    assert second.speaker == "Ruth Adeyemi" and second.speaker_mention == "She"
    assert second.cue == "added"


def test_pronoun_skips_organisations_and_follows_gender_of_honorifics() -> None:
    text = (
        "Mr. Paul Okoro and Ms. Dana Whitfield met at the Harbour Authority.\n\n"
        "She said, “We agreed on the dredging.”"
    )
    assert only_speaker(text) == "Dana Whitfield"


def only_speaker(text: str) -> str | None:
    return analyze(text).quotes[-1].speaker


def test_surname_resolves_to_full_name_introduced_earlier() -> None:
    text = (
        "Leonie Vasquez-Hart, a geologist at the state survey, mapped the slope.\n\n"
        "“The hill is still moving,” Ms. Vasquez-Hart said."
    )
    q = only(text)
    assert q.speaker == "Leonie Vasquez-Hart"
    assert q.speaker_mention == "Ms. Vasquez-Hart"


def test_continuation_quote_keeps_the_speaker() -> None:
    text = "“The water came fast,” said Tomas Ek, a fisherman.\n\n“By morning the boats were gone.”"
    first, second = analyze(text).quotes
    assert first.speaker == second.speaker == "Tomas Ek"
    assert second.confidence < first.confidence


def test_lead_in_paragraph_with_colon() -> None:
    text = "The council's statement read:\n\n“The library will reopen in May.”"
    q = only(text)
    assert q.speaker_mention == "The council's statement" or q.speaker
    assert q.cue == "read"


def test_dash_attribution() -> None:
    q = only("“The square is ours again.” ― Carla Mendes")
    assert q.speaker == "Carla Mendes"


def test_venue_platform_and_event() -> None:
    text = "“We stand with the strikers,” Jun Park wrote on Telegram."
    assert only(text).venue == "Telegram"
    text = "In a televised address, Premier Ola Strand said, “We will not bend.”"
    q = only(text)
    assert q.venue == "televised address"
    assert q.speaker == "Ola Strand"


def test_titles_are_kept_apart_from_names() -> None:
    (m,) = [m for m in find_mentions("Republican Senator Jo Ellis spoke.") if m.name]
    assert m.name == "Jo Ellis"
    assert m.title == "Republican Senator"


def test_participle_cue_takes_the_main_subject() -> None:
    text = "Ivo Marsh, a union organiser, rejected the offer, posting, “Not one cent less,” on X."
    q = only(text)
    assert q.speaker == "Ivo Marsh"
    assert q.cue == "posting"
    assert q.venue == "X"


def test_quote_without_any_speaker() -> None:
    text = "The sign on the door read nothing.\n\n“Closed until further notice, sorry for that.”"
    q = only(text)
    assert q.speaker is None
    assert q.confidence <= 0.3


def _speakers(text: str) -> list[tuple[str, str | None]]:
    from app.core.analysis.engine import analyze

    return [(q.text, q.speaker) for q in analyze(text).quotes]


def test_apposition_of_role_between_name_and_verb() -> None:
    text = "Dana Reyes, prosecuting, said: “The defendant knew.”"
    assert _speakers(text) == [("The defendant knew.", "Dana Reyes")]


def test_an_unnamed_speaker_keeps_a_short_quote() -> None:
    assert _speakers("“Not a chance,” said one party strategist.") == [
        ("Not a chance,", "one party strategist")
    ]


def test_a_name_in_apposition_to_a_role_is_the_speaker() -> None:
    text = "The club’s treasurer, Ian Moss, said the accounts were “in good order.”"
    assert _speakers(text) == [("in good order.", "Ian Moss")]


def test_a_description_between_verb_and_name() -> None:
    text = "“The race is close,” said Republican pollster Jo Banks of Banks Strategy Group."
    assert _speakers(text) == [("The race is close,", "Jo Banks")]
    text = "“Since then, nothing,” says veteran industry analyst Ken Doyle."
    assert _speakers(text) == [("Since then, nothing,", "Ken Doyle")]


def test_the_navy_said_in_a_statement() -> None:
    assert _speakers("The Navy said in a statement: “No sailor was hurt.”") == [
        ("No sailor was hurt.", "Navy")
    ]


def test_a_cue_word_used_as_a_noun_is_not_a_verb() -> None:
    text = "Rosa Kim, the deputy chair, struck a cautious note: it was “the right call”."
    assert _speakers(text) == [("the right call", "Rosa Kim")]


def test_a_quote_opening_a_sentence_after_a_named_subject() -> None:
    text = (
        "“We will fly in May,” said Tom Young.\n\n"
        "Bridget Stone expects three launches. “Adding a fourth is not possible.”"
    )
    assert [s for _, s in _speakers(text)] == ["Tom Young", "Bridget Stone"]


def test_a_finished_quote_keeps_its_own_verb_over_the_next_sentence() -> None:
    text = (
        "Japan branded the regime an “outlaw nation in the region.” Russia insisted that "
        "talks resume."
    )
    assert _speakers(text) == [("outlaw nation in the region.", "Japan")]


def test_a_name_described_in_apposition_speaks_not_its_description() -> None:
    text = (
        "Omar Lamb, a senior analyst at Stratline, the Texas-based research firm, told "
        "reporters the group was “fairly secular by regional standards.” Lamb later left."
    )
    assert _speakers(text) == [("fairly secular by regional standards.", "Omar Lamb")]


def test_the_accused_is_not_the_speaker() -> None:
    text = "Tom Reyes took to the radio to accuse the Harlow campaign of being “duped.”"
    assert _speakers(text) == [("duped.", "Tom Reyes")]


def test_a_participle_shares_the_main_subject_not_the_object() -> None:
    text = "Ann Ruiz mocked the complaint, saying anyone who complains “is having a bad night.”"
    assert _speakers(text) == [("is having a bad night.", "Ann Ruiz")]


def test_said_the_country_would_is_a_clause() -> None:
    text = "Secretary Dan Kerr said the United States would take “robust steps” in response."
    assert _speakers(text) == [("robust steps", "Dan Kerr")]
