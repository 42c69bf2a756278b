"""Who is mentioned: names with their titles, the kind of entity, first names that are words."""

from __future__ import annotations

import pytest

from app.core.analysis.blocks import analyze_blocks
from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind, kind_of_name
from app.core.analysis.first_names import first_name_gender
from app.core.analysis.mentions import (
    MentionKind,
    find_mentions,
    looks_like_description,
    reread_after_quotes,
)
from tests.core.analysis.quote_lookup import speaker_of


def _names(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.title, str(m.entity)) for m in find_mentions(text) if m.name]


def test_a_title_that_holds_a_city_stays_a_title_of_a_person() -> None:
    (mention,) = find_mentions("New York City Mayor Ann Ruiz said the budget was late.")[:1]
    assert mention.name == "Ann Ruiz"
    assert mention.title == "New York City Mayor"
    assert mention.entity is EntityKind.PERSON
    assert not mention.organisation


def test_dotted_initials_stay_whole() -> None:
    assert _names("U.S. President Ann Ruiz spoke.")[0][:2] == ("Ann Ruiz", "U.S. President")
    assert _names("Rep. G.K. Barlow voted.")[0][:2] == ("G.K. Barlow", "Rep.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will Carter said the vote was close.", "Will Carter"),
        ("May Osei said the vote was close.", "May Osei"),
        ("Hope Alvarez said the vote was close.", "Hope Alvarez"),
    ],
)
def test_first_names_that_are_also_words(text: str, name: str) -> None:
    assert _names(text)[0][0] == name


def test_an_office_word_before_a_name_does_not_swallow_it() -> None:
    names = [n for n, _, _ in _names("Trade envoy Dana Cole said talks would resume.")]
    assert "Dana Cole" in names


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harlow Sound Productions", EntityKind.ORGANISATION),
        ("Election Day", EntityKind.THING),
        ("San Marcos", EntityKind.PLACE),
        ("Roth IRA", EntityKind.THING),
        ("Priya Raman", EntityKind.PERSON),
        ("Republican", EntityKind.THING),
        ("NASA", EntityKind.ORGANISATION),
    ],
)
def test_kinds_of_names(name: str, kind: EntityKind) -> None:
    assert kind_of_name(name) is kind


def test_first_name_genders_come_from_the_shipped_table() -> None:
    assert first_name_gender("Marta") == "f"
    assert first_name_gender("Colin") == "m"
    assert first_name_gender("Jo") == ""  # given to both: never used to rule anyone out
    assert first_name_gender("José") == "m"  # accents folded before the look-up


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Republican Dana Cole said", "Dana Cole", "Republican"),
        ("former Miss Harbour Alicia Moreno said", "Alicia Moreno", "Miss Harbour"),
        ("Activist Angela Ruiz talks", "Angela Ruiz", "Activist"),
        ("Imran Ahmed Khan said", "Imran Ahmed Khan", ""),
        ("Ursula von der Leyen said", "Ursula von der Leyen", ""),
    ],
)
def test_words_describing_a_person_stay_out_of_the_name(text: str, name: str, title: str) -> None:
    mention = find_mentions(text)[0]
    assert (mention.name, mention.title) == (name, title)


def test_a_possessive_ends_a_name() -> None:
    (mention, *_) = find_mentions("For all Mr. Brandt’s March 3 pledge")
    assert mention.name == "Brandt"
    assert mention.possessive


@pytest.mark.parametrize(
    "text",
    [
        "Strange? She does not think so.",
        "Feeds on our oldest grudges, and mocks the town.",
        "The takeover of the two ferry lines will create a giant.",
    ],
)
def test_words_that_are_not_speakers(text: str) -> None:
    assert not any(
        m.is_person_name or (m.kind is MentionKind.NOMINAL and m.entity is EntityKind.PERSON)
        for m in find_mentions(text)
    )


def test_delegate_is_a_title_and_del_a_particle() -> None:
    assert _names("said Del. Stacey Pike and Ursula del Rio") == [
        ("Stacey Pike", "Del.", "person"),
        ("Ursula del Rio", "", "person"),
    ]


def test_another_opens_a_description() -> None:
    (mention, *_) = find_mentions("Another critic, Ivo Marsh, compared the rota to a lottery.")
    assert mention.kind is MentionKind.NOMINAL
    assert mention.text == "Another critic"


def test_a_name_glued_to_a_lower_case_word_is_part_of_it() -> None:
    names = [m.name for m in find_mentions("The al-Tanf base and the anti-Brandt crowd met.")]
    assert "Tanf" not in names and "Brandt" not in names


def test_the_rest_of_a_run_after_a_glued_word_still_names_someone() -> None:
    names = [m.name for m in find_mentions("a chat with founder and co-CEO Dana Pike.")]
    assert "Dana Pike" in names


def test_a_plural_noun_with_a_plural_verb_is_not_a_name() -> None:
    (mention, *_) = find_mentions("Nominees include three ferry films.")
    assert mention.kind is MentionKind.NOMINAL
    (jones,) = find_mentions("Jones says the plan is a mess.")
    assert jones.kind is MentionKind.NAME


def test_a_name_in_apposition_to_a_book_is_a_title() -> None:
    from app.core.analysis.engine import analyze_block

    mentions = analyze_block("In his 2011 memoir, Low Water, Ortiz recalled the storm.").mentions
    kinds = {m.text: (m.entity, m.subject) for m in mentions}
    assert kinds["Low Water"][0] is EntityKind.THING
    assert kinds["Ortiz"][1] is True


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Local MP Sian Roberts wrote on X.", "Sian Roberts", "Local MP"),
        ("Labour MEP Owen Pryce voted against.", "Owen Pryce", "Labour MEP"),
        ("MSP Ailsa Grant asked a question.", "Ailsa Grant", "MSP"),
    ],
)
def test_a_role_acronym_before_a_name_is_a_title(text: str, name: str, title: str) -> None:
    assert _names(text)[0][:2] == (name, title)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Council leader Amy Fox defended the record.", "person"),
        ("Michael J. Fox spoke at the gala.", "person"),
        ("Fox News reported the story first.", "organisation"),
        ("The White House declined to comment.", "organisation"),
    ],
)
def test_a_first_name_before_fox_or_house_is_a_person(text: str, entity: str) -> None:
    named = [m for m in find_mentions(text) if m.name and m.name != "Council"]
    assert str(named[0].entity) == entity


@pytest.mark.parametrize(
    "text, group",
    [
        ("Local doctors said the ward was full.", "Local doctors"),
        ("The ward closed. Senior nurses said it was “a disgrace.”", "Senior nurses"),
        ("Veteran nurses walked out on Monday.", "Veteran nurses"),
    ],
)
def test_a_capital_opening_a_sentence_before_a_group_describes_the_group(
    text: str, group: str
) -> None:
    # "Local doctors" is one group of people, not a person called "Local"
    mentions = find_mentions(text, linked=True)
    assert group in [m.text for m in mentions]
    assert all(m.text.split()[0] != group.split()[0] or m.text == group for m in mentions)


@pytest.mark.parametrize("text", ["But officials said it was wrong.", "Finally residents left."])
def test_a_sentence_opening_word_is_no_modifier_of_the_group(text: str) -> None:
    assert not any(
        " " in m.text and m.text.split()[0] in ("But", "Finally")
        for m in find_mentions(text, linked=True)
    )


def test_a_group_opening_the_sentence_speaks_as_written() -> None:
    text = "Senior officials said the road was “safe enough for now.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Senior officials"]


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Some vendors promise far too much,” John C. Marsh, Harlow Group director, said.",
            "John C. Marsh",
        ),
        ("“Stock is short,” Ana Ruiz, Tellco chief executive, told reporters.", "Ana Ruiz"),
        ("Piet Olsen, Kestrel Foods sales manager, said: “We sold out by noon.”", "Piet Olsen"),
    ],
)
def test_a_company_name_then_a_role_between_commas_is_an_appositive(
    text: str, speaker: str
) -> None:
    assert _speaker_of(text) == speaker


def test_a_capitalised_clause_between_commas_is_no_appositive() -> None:
    text = "“Prices will rise,” Ana Ruiz said, Tellco said in a note."
    assert _speaker_of(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    "phrase",
    ["co-chair of the ethics panel", "vice-president for sales", "ex-director of the museum"],
)
def test_a_glued_prefix_on_a_role_still_reads_as_a_description(phrase: str) -> None:
    assert looks_like_description(phrase)


def test_a_glued_prefix_on_a_verb_is_no_description() -> None:
    assert not looks_like_description("co-signed the letter")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Small businesses said the closure was "devastating."', "Small businesses"),
        ('Local businesses said the closure was "devastating."', "Local businesses"),
        ('"It is devastating," said local shops.', "local shops"),
        ('Hospitals in the region said they were "at capacity."', "Hospitals in the region"),
        ('Shops on the high street said trade had "collapsed."', "Shops on the high street"),
    ],
)
def test_organisations_cited_as_a_group_speak_like_people_cited_as_one(
    text: str, speaker: str
) -> None:
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_a_school_district_is_an_organisation_a_later_it_can_mean() -> None:
    text = (
        "The Harwick school district said classes would resume on Monday. "
        '"Our students are ready," it said.'
    )
    assert analyze(text).quotes[0].speaker == "the Harwick school district"


def test_a_word_opening_a_sentence_a_quote_ended_is_read_as_opening_it() -> None:
    # the full stop is inside the marks: "Officials" opens a sentence, not a surname
    text = "Mayor Ines Dorran called the vote “a disgrace.” Officials said the plan would fail."
    (ba,) = analyze_blocks([text])
    officials = [m for m in ba.mentions if m.text == "Officials"]
    assert officials and officials[0].kind is MentionKind.NOMINAL
    # a quote that ends on a comma ends no sentence: the name after it is still a name
    (ba,) = analyze_blocks(["“The bill will pass,” Kingsley said."])
    assert [m.kind for m in ba.mentions if m.text == "Kingsley"] == [MentionKind.NAME]


def test_the_group_a_quote_ended_sentence_before_is_who_they_are() -> None:
    text = (
        "Mayor Ines Dorran called the vote “a disgrace.” Officials said the plan would fail.\n"
        "“It will not work,” they said."
    )
    quotes = analyze(text).quotes
    assert quotes[-1].speaker == "Officials"
    text = "Dorran called it “a disgrace.” Prosecutors said that Lamb “preyed on the weak.”"
    assert analyze(text).quotes[-1].speaker_reason.startswith("“Prosecutors”: unnamed speaker")


def test_nothing_is_read_again_without_a_quote_ending_a_sentence() -> None:
    text = "Officials said the plan would fail."
    found = find_mentions(text, linked=True)
    starts = [0]
    assert reread_after_quotes(text, found, starts, starts) is found
    assert reread_after_quotes(text, found, starts, [0]) == found


def test_a_couple_sharing_a_surname_gives_the_first_one_it() -> None:
    from app.core.analysis.mentions import together_parts

    (couple,) = find_mentions("Jean and Mike Pryor", linked=True)
    assert [p.name for p in together_parts(couple)] == ["Jean Pryor", "Mike Pryor"]
    (pair,) = find_mentions("Lund and Mike Pryor", linked=True)
    assert [p.name for p in together_parts(pair)] == ["Lund", "Mike Pryor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Nobody listened,” said parents at the school by phone.", "parents at the school"),
        ("“Nobody listened,” said parents by phone.", "parents"),
        ("“The ferry is always late,” said islanders by email.", "islanders"),
    ],
)
def test_a_group_cited_before_the_way_its_words_came(text: str, speaker: str) -> None:
    # "by phone" says how the words came: the group ends before it (before, the quote was
    # dropped, or the speaker read "parents at the school by phone")
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_pronoun_pattern_finds_what_the_plain_word_boundary_pattern_finds():
    """_PRONOUN_RE opens each alternative on its letter (speed): the same matches as the plain
    pattern, at the start of a text, after a word character, after a search's start."""
    import re

    from app.core.analysis.mentions import _PRONOUN_RE

    plain = re.compile(r"\b(?:he|she|they|we|it|who)\b")
    texts = [
        "he said she and they, we, it and who; whoever thought the theme was it's",
        "xhe _he 3he hé (she) “they” é we wholly whom its",
    ]
    for text in texts:
        for start in range(6):
            assert [m.span() for m in _PRONOUN_RE.finditer(text, start)] == [
                m.span() for m in plain.finditer(text, start)
            ]


@pytest.mark.parametrize(
    "text",
    [
        "“We wrote it in a week,” said drummer Teo Vance. “It came fast,” the drummer added.",
        "“We wrote it,” said Teo Vance, the band's drummer. “It came fast,” the drummer added.",
        "The band's drummer, Teo Vance, spoke after the show. “It came fast,” the drummer said.",
        "Teo Vance, a drummer from Ostley, spoke after the show. “It came fast,” the drummer said.",
    ],
)
def test_a_trade_no_list_holds_describes_the_person_named_beside_it(text: str) -> None:
    """A role noun the hand lists lack but WordNet only ever gives a person ("drummer") is a
    role phrase like any listed one: the person named beside it is who a later "the drummer"
    means."""
    assert analyze(text).quotes[-1].speaker == "Teo Vance"


def test_a_trade_word_is_found_as_a_role_phrase() -> None:
    """Beside a name only: a trade with no one named beside it is left to the speaker's own
    reading."""
    beside = find_mentions("The band's bassist, Ana Ruiz, left the stage.")
    assert ("The band's bassist", MentionKind.NOMINAL) in [(m.text, m.kind) for m in beside]
    alone = find_mentions("The band's bassist left the stage.")
    # (the band itself is a body's mention, as "The company's" is; the trade is not found)
    assert not [m for m in alone if m.kind is MentionKind.NOMINAL and "bassist" in m.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sixteen-year-old Oren Dulak said: “I did better than I expected.”", "Oren Dulak"),
        ("Twenty-one-year-old Mara Tollan said: “I never thought I would win.”", "Mara Tollan"),
        # after a sentence ending in a name, the run of capitals goes on over the full stop
        (
            "The heat was won by Kofi Aldane. Nineteen-year-old Mara Tollan came second.\n"
            "“I am thrilled,” Tollan said.",
            "Mara Tollan",
        ),
    ],
)
def test_an_age_spelled_out_to_open_a_sentence_is_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_hyphenated_surname_that_is_no_age_stays_whole() -> None:
    text = "Mara Tollan-Brede said: “I never thought I would win.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Mara Tollan-Brede"]


def test_an_age_inside_a_name_after_the_stays_the_name() -> None:
    """ "The Ninety-year-old Club said": no sentence opens at the age; it names the club."""
    text = "The Ninety-year-old Club said it was “proud of every member”."
    assert [q.speaker for q in analyze(text).quotes] == ["Ninety-year-old Club"]


def test_an_age_in_headline_capitals_is_no_part_of_the_name() -> None:
    text = "Forty-Year-Old Mara Tollan said she was “ready for one more race”."
    assert [q.speaker for q in analyze(text).quotes] == ["Mara Tollan"]


def test_a_kind_of_body_in_capitals_is_no_bodys_name() -> None:
    """A subhead "Club statement" made an organisation called "Club", and "the club said"
    went to it instead of the club the story named."""
    text = (
        "Fans left early as the home side struggled.\n\n"
        "Club statement\n\n"
        "Ribblesford Town confirmed on Sunday that defender Ash Kettlewell needs an operation.\n\n"
        "'Ash will be out for eight weeks,' the club said in a statement."
    )
    assert analyze(text).quotes[0].speaker == "Ribblesford Town"
    assert not [m for m in find_mentions("Board tables library motion") if m.text == "Board"]


@pytest.mark.parametrize("stage", ["a girl", "a young woman", "a child", "a teenager"])
def test_the_subject_at_an_age_is_no_person_of_her_own(stage: str) -> None:
    """ "He told her as a girl": the later "she" went to "a girl", someone who is no one."""
    text = (
        "Rosa Pell, 46, runs the kitchen with four cooks.\n\n"
        "Pell grew up two streets away. Her father fished out of this port until the quotas "
        "halved his catch, and she says the restaurant is built on one thing he told her as "
        f"{stage}, when she asked why he went out in weather that kept other boats tied up.\n\n"
        "“He said the sea pays on Thursdays. I didn't understand it for years,” she says."
    )
    assert speaker_of(text, "sea pays") == "Rosa Pell"
