"""A description and a name between commas read as one person (appositions.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.appositions import apposition_comma, link_appositions, name_beside
from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import find_mentions
from app.core.analysis.sentences import mark_subjects


def _linked(text: str) -> dict[str, tuple[str, bool]]:
    out = link_appositions(text, list(find_mentions(text)))
    return {m.text: (m.described, m.apposed) for m in out}


def test_the_name_learns_the_description_after_it() -> None:
    linked = _linked("Mara Quell, the club's captain, said the pitch was poor.")
    # a later "the captain" is Mara Quell; the description introduces nobody of its own
    assert linked["Mara Quell"] == ("captain", False)
    assert linked["the club's captain"] == ("", True)


def test_the_name_learns_the_description_before_it() -> None:
    linked = _linked("The bakery's owner, Dov Larkin, was relieved.")
    assert linked["Dov Larkin"] == ("owner", False)
    assert linked["The bakery's owner"] == ("", True)


def test_an_age_may_stand_between_name_and_description() -> None:
    assert _linked("Mara Quell, 51, a nurse, said no.")["Mara Quell"] == ("nurse", False)


def test_the_comma_between_a_description_and_its_name_is_an_apposition_comma() -> None:
    text = "The bakery's owner, Dov Larkin, was relieved."
    mentions = link_appositions(text, list(find_mentions(text)))
    assert apposition_comma(text, mentions, text.index(","))
    assert not apposition_comma(text, mentions, text.index(",", text.index(",") + 1))


def test_a_relative_named_with_a_role_is_linked_to_the_name() -> None:
    # "Her husband, the retired vet Alun Price," is Alun Price: the kin noun, which says "he",
    # is what the name learns
    text = "Her husband, the retired vet Alun Price, keeps the books."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    by_text = {m.text: m for m in out}
    assert by_text["Her husband"].apposed
    assert by_text["Alun Price"].described == "husband"


def test_the_name_a_described_person_gave_is_the_subject() -> None:
    text = "Another trader, who gave his name only as Kofi, said the stalls had no insurance."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    kofi = next(m for m in out if m.text == "Kofi")
    assert kofi.described == "trader"
    assert next(m for m in out if m.text == "Another trader").apposed


def test_a_name_given_an_age_is_a_person() -> None:
    text = "Nomvula Rahman, 62, walked a kilometre to the tap."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    assert out[0].entity is EntityKind.PERSON


def test_a_word_of_tenure_may_stand_between_the_description_and_the_name() -> None:
    linked = _linked("The inquiry's chair, retired Adm. Olu Banjo, was blunt.")
    assert linked["Adm. Olu Banjo"] == ("chair", False)
    assert linked["The inquiry's chair"] == ("", True)


def test_a_word_of_tenure_and_a_lower_case_role_before_the_name() -> None:
    linked = _linked("The chairman, former judge Ketil Moe, was absent.")
    assert linked["Ketil Moe"] == ("chairman", False)
    assert linked["The chairman"] == ("", True)


def test_a_word_of_tenure_opening_a_clause_links_nobody() -> None:
    linked = _linked("The chairman, retired since May, met Ketil Moe.")
    assert linked["The chairman"] == ("", False)


def _bodies(text: str) -> dict[str, tuple[EntityKind, bool, bool]]:
    # the subjects marked first, as the analysis does, then linked (mark_subjects ends so)
    out = mark_subjects(text, find_mentions(text))
    return {m.text: (m.entity, m.subject, m.apposed) for m in out}


def test_a_body_named_between_commas_after_its_description_is_the_subject() -> None:
    linked = _bodies("The company, Vellmark Ltd., said profits fell.")
    assert linked["The company"][2]
    assert linked["Vellmark Ltd"][:2] == (EntityKind.ORGANISATION, True)
    # a one-word name nothing says is a person's becomes the body's
    linked = _bodies("The union, Corvane, said members would strike.")
    assert linked["Corvane"] == (EntityKind.ORGANISATION, True, False)
    linked = _bodies("The regulator, the Marsh Water Authority, said it would act.")
    assert linked["Marsh Water Authority"][:2] == (EntityKind.ORGANISATION, True)


def test_no_body_is_linked_to_a_list_a_person_or_a_name_not_set_apart() -> None:
    listed = _bodies("The companies, Vellmark Ltd., Orrin Inc. and Tavas plc, said so.")
    assert not listed["The companies"][2]
    person = _bodies("The company, Mr. Holt, said nothing.")
    assert not person["The company"][2]
    said = _bodies("At the company, Vellmark Ltd. said in May, sales fell.")
    assert not said["the company"][2]


def test_a_later_it_and_the_company_mean_the_body_named_beside_its_description() -> None:
    text = (
        "Its parent company, Vellmark Ltd., said the plant would close.\n\n"
        "“The decision was not taken lightly,” it said.\n\n"
        "“We are exploring every option,” the company said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Vellmark Ltd", "Vellmark Ltd"]


def test_a_body_named_by_one_word_beside_its_description_is_an_organisation() -> None:
    (quote,) = analyze("The union, Corvane, said the offer was “an insult to every worker.”").quotes
    assert quote.speaker == "Corvane"
    assert "surname" not in (quote.speaker_reason or "")
    assert "organisation" in (quote.speaker_reason or "")


def test_a_name_before_a_body_s_description_is_the_body() -> None:
    linked = _bodies("Quorvik, the Danish furniture maker, said it would cut jobs.")
    assert linked["Quorvik"] == (EntityKind.ORGANISATION, True, False)
    assert linked["the Danish furniture maker"][2]
    # a tail saying where or what of may close the description
    linked = _bodies("Brellin, the startup behind the app, said it had fixed the bug.")
    assert linked["Brellin"][:2] == (EntityKind.ORGANISATION, True)


def test_a_list_is_no_body_beside_its_description() -> None:
    linked = _bodies("Tomas, the committee, and the staff worked hard.")
    assert linked["Tomas"][0] is not EntityKind.ORGANISATION


def test_a_later_it_means_the_body_a_description_followed() -> None:
    text = (
        "Quorvik, the Danish furniture maker, said it would cut 500 jobs.\n\n"
        "“This was a difficult decision,” it said.\n\n"
        "Kestrel, the airline, said flights would resume. “Safety comes first,” it said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Quorvik", "Kestrel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Her brother is Ray Holt, the band’s bass player. He founded the group in 2016, "
            "when he was, in his words, ‘between careers’.",
            "Ray Holt",
        ),
        (
            "The company’s new chief executive is Dana Whitlock, who joined from Orlin Foods. "
            "“We have work to do,” she said.",
            "Dana Whitlock",
        ),
        # the name owning more is someone else: the description stays a person of its own
        (
            "Her brother is Ray Holt’s manager. “I make sure the van starts,” he said.",
            "Her brother",
        ),
    ],
)
def test_a_description_that_is_a_name_is_that_person(text: str, speaker: str) -> None:
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "opening",
    [
        "At the depot, a driver who gave only his first name, Marco, said he had been fined.",
        "At the depot, a driver who gave his name only as Marco said he had been fined.",
        "At the depot, a driver, who gave only his first name, Marco, said he had been fined.",
    ],
)
def test_the_first_name_a_source_gives_is_who_he_is_next(opening: str) -> None:
    # with or without commas round the relative, the name is the subject a later "he" means
    (quote,) = analyze(opening + "\n\n“They never listen,” he said.").quotes
    assert quote.speaker == "Marco"


def test_a_name_given_to_a_thing_is_no_given_name() -> None:
    (quote,) = analyze(
        "The man who gave his name to the bridge, Ray Olin, said it was “an honour.”"
    ).quotes
    assert quote.speaker == "Ray Olin"


def test_the_name_beside_a_description_is_found_after_its_comma() -> None:
    text = "She rang the landlord, Brightway Homes, on Monday."
    mentions = find_mentions(text, 0, len(text))
    at = next(i for i, m in enumerate(mentions) if m.text == "the landlord")
    beside = name_beside(text, mentions, at)
    assert beside is not None and beside.name == "Brightway Homes"
    # no comma between them: nothing is set beside it
    plain = "She rang the landlord Brightway Homes on Monday."
    mentions = find_mentions(plain, 0, len(plain))
    assert all(name_beside(plain, mentions, i) is None for i in range(len(mentions)))


@pytest.mark.parametrize("role", ["chairman", "convener"])
def test_a_partys_name_before_the_apposed_name(role: str) -> None:
    """ "The panel's chairman, Labour's Ian Moss," is Ian Moss: the party's possessive name
    does not stand between the description and the person."""
    text = (
        f"The panel's {role}, Labour's Ian Moss, pressed the minister on the plan, asking "
        "whether it was a “blank cheque” for the harbour trust."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ian Moss"]


def test_an_age_before_the_apposed_name() -> None:
    """ "One resident, 15-year-old Ellis Moor from Hull," is Ellis Moor, whom the next "he"
    means, not the description."""
    text = (
        "The contest drew 600 entries. One resident, 15-year-old Ellis Moor from Hull, has "
        "written a piece. “My mum says it sounds like a leaky shed,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ellis Moor"]


def test_an_age_before_a_name_in_a_list_is_no_apposition() -> None:
    text = (
        "Police spoke to a neighbour, 15-year-old Ana Ruiz, and her mother. “It was loud,” "
        "the neighbour said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["the neighbour"]


def test_the_name_a_source_gives_after_a_relative_clause_is_theirs() -> None:
    """ "A porter who works the night shift, and who gave his name only as Dapo, said ...": the
    name is the porter's, so the next paragraph's "he" is Dapo, not the officer quoted before."""
    text = (
        "“We are asking anyone who saw the van to call us,” Inspector Ana Ruiz said.\n\n"
        "A porter who works the night shift at the depot, and who gave his name only as Dapo,"
        " said he ran inside when the shouting began.\n\n"
        "“It was over in a minute,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz", "Dapo"]


def test_a_place_opening_the_sentence_is_no_name_for_the_description_after_it() -> None:
    # "Back at Harrow Quay, the packer who ...": where it happens, not a person called that
    text = (
        "“Nobody told us it was changing,” said a packer who has worked at the depot for six"
        " years. She asked not to be named.\n\nSupervisor Ola Berg said output rose. “We hit"
        " every target,” she said.\n\nBack at Harrow Quay, the packer who called the rate a"
        " bully said she had met her number every week.\n\n“I am fast, but not that fast,”"
        " she said."
    )
    assert analyze(text).quotes[-1].speaker == "a packer"


def test_a_name_beside_its_body_s_rival_is_a_body() -> None:
    # "its main rival": a body's rival is a body, so a later "the company" may be it
    text = (
        "Corvane launched its new glasses on Tuesday.\n\n"
        "Veltrix, its main rival, sells glasses for $399. Veltrix replied within the hour.\n\n"
        "“We welcome anyone who grows the market,” the company said in a statement."
    )
    assert analyze(text).quotes[-1].speaker == "Veltrix"


def test_a_name_beside_its_chief_executive_is_still_a_person() -> None:
    # the near miss: "its chief executive" is a person's role, not a body's
    text = (
        "Corvane launched its new glasses on Tuesday.\n\n"
        "Ana Ruiz, its chief executive, spoke at the launch.\n\n"
        "“We welcome anyone who grows the market,” she said."
    )
    assert analyze(text).quotes[-1].speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the first phrase's noun is no known role: it is read as the speaker all the same
            "The market reopened.\n\nOne stallholder, a former teacher who sells cheese, was "
            "less sure. “Prices are up,” he said.\n",
            "One stallholder",
        ),
        (
            "The market reopened.\n\nOne regular, a retired nurse, said: “I come for the bread.”\n",
            "One regular",
        ),
    ],
)
def test_the_first_of_two_descriptions_speaks(text: str, speaker: str) -> None:
    # "One regular, a retired nurse, said": the second phrase describes the first, one person
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and "a retired" not in quote.speaker_reason
    assert "a former teacher" not in quote.speaker_reason


def test_a_time_opening_the_sentence_is_nobody() -> None:
    text = "The market reopened.\n\nOne day, a trader from Ostley said: “It will close.”\n"
    [quote] = analyze(text).quotes
    assert quote.speaker is not None and "day" not in quote.speaker


def test_a_list_of_people_is_no_apposition() -> None:
    # "One man, a woman, and two children": three people listed; the woman is someone
    text = (
        "The bus crashed.\n\nOne man, a woman, and two children were hurt. “It hurt,” she said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "a woman"
