"""Resolving mentions to speakers, each with the reason it gives (speaker_reason)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import Mention, MentionKind, find_mentions
from app.core.analysis.resolution import Resolver


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_reason) for q in analyze(text).quotes]


def test_he_agrees_in_gender_with_a_first_name() -> None:
    (quote,) = _quotes("Ana Lopez met Tom Reyes at the depot.\n\n“We are not done,” he said.")
    assert quote[1] == "Tom Reyes"
    assert quote[2].startswith("he → Tom Reyes: ")
    assert "gender agrees (first name)" in quote[2]


def test_he_is_never_an_organisation_a_place_or_an_event() -> None:
    text = (
        "Marco Diaz runs the Calder Port Authority from an office near Election Day Plaza "
        "in Lisbon.\n\n“The ferries will sail,” he said."
    )
    assert _quotes(text)[0][1] == "Marco Diaz"


def test_an_honorific_wins_over_the_first_name_table() -> None:
    resolver = Resolver()
    (mention,) = find_mentions("Ms. Jordan Pike")
    resolver.observe(mention)
    she = Mention(0, 3, "she", MentionKind.PRONOUN, gender="f")
    found = resolver.resolve(she)
    assert found.name == "Jordan Pike"
    assert "honorific" in found.reason


def test_she_prefers_the_subject_of_the_sentence_before() -> None:
    text = "Ann Ruiz thanked Joan Park for the report.\n\n“It changes everything,” she said."
    quote = _quotes(text)[0]
    assert quote[1] == "Ann Ruiz"
    assert "subject of a sentence" in quote[2]


def test_a_run_of_quotes_keeps_its_speaker() -> None:
    text = (
        "“The dock is closed,” said Ravi Patel, who met Omar Haddad on Monday.\n\n"
        "“We reopen in May,” he said."
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes] == ["Ravi Patel", "Ravi Patel"]
    assert "speaker of the quote before" in quotes[1][2]


def test_someone_else_as_subject_breaks_the_run() -> None:
    text = (
        "“The dock is closed,” said Ravi Patel.\n\n"
        "Omar Haddad disagreed with the decision.\n\n"
        "“It should stay open,” he said."
    )
    assert [q[1] for q in _quotes(text)] == ["Ravi Patel", "Omar Haddad"]


def test_said_in_a_statement_makes_the_owner_the_speaker() -> None:
    text = (
        "The Navy said in a statement that the ship was safe.\n\n"
        "“No sailor was hurt,” the statement said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Navy"
    assert quote[2].startswith("the statement → Navy: ")


def test_the_company_is_the_organisation_named_last() -> None:
    text = (
        "Harlow Sound Productions denied the claim on Friday.\n\n"
        "“We never agreed to it,” the production company said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Harlow Sound Productions"
    # its name says it is a business ("Productions"): the reason says so
    assert "the company named before" in quote[2]


def test_they_is_the_organisation_named_last() -> None:
    text = "Brightwell Records wrote to the board.\n\n“We were shocked,” they said."
    assert _quotes(text)[0][1] == "Brightwell Records"


def test_an_age_stands_for_the_person_the_story_is_about() -> None:
    text = (
        "Rui Santos was named coach on Wednesday.\n\n"
        "The 56-year-old said: “I am excited to be here.”"
    )
    assert _quotes(text)[0][1] == "Rui Santos"


def test_an_unnamed_person_is_a_referent_too() -> None:
    text = (
        "Lena Brandt runs the school. The paper spoke to one mother about the app.\n\n"
        "“I had no idea,” she said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "one mother"
    assert "gender agrees (the noun)" in quote[2]


def test_a_surname_resolves_to_the_full_name() -> None:
    text = "Kevin Marr runs the studio.\n\n“It was patched,” Marr said."
    (quote,) = _quotes(text)
    assert quote[1:] == (
        "Kevin Marr",
        "Marr → Kevin Marr: surname of a person named earlier; speech verb right after the quote",
    )


def test_a_bare_surname_first_is_not_introduced_but_later_full_name_joins_it() -> None:
    resolver = Resolver()
    (bare,) = find_mentions("Okonkwo")
    first = resolver.resolve(bare)
    assert (first.name, first.introduced) == ("Okonkwo", False)
    (full,) = find_mentions("Ada Okonkwo")
    resolver.observe(full)
    assert resolver.canonical("Ada Okonkwo") == "Ada Okonkwo"
    again = resolver.resolve(bare)
    assert again.name == "Ada Okonkwo"


def test_a_short_form_of_an_organisation_is_the_organisation() -> None:
    text = (
        "Brightwell Label Group signed the band in 2010.\n\n"
        "The band later left Brightwell, and the label sued.\n\n"
        "“We were shocked,” the statement said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Brightwell Label Group"


def test_an_organisation_before_a_title_describes_the_person() -> None:
    text = "“We will launch in May,” responded Orbital administrator Jim Bride."
    assert _quotes(text)[0][1] == "Jim Bride"


def test_said_the_x_decision_is_a_clause_not_a_speaker() -> None:
    text = (
        "The High Commissioner for Human Rights, Amal Noor, said the US decision did "
        "“not change the law.”"
    )
    assert _quotes(text)[0][1] == "Amal Noor"


def test_the_statement_belongs_to_whoever_issued_it() -> None:
    text = (
        "On Monday, Calder Records issued a statement about the concert.\n\n"
        "Dune Productions had agreed to film the show, its producers said.\n\n"
        "The statement, which the Gazette has seen, claimed that the two companies had "
        "“settled the matter in private.”\n\n"
        "“The show will go ahead as planned,” the statement continued."
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes] == ["Calder Records", "Calder Records"]
    assert "Calder Records issued it" in quotes[1][2]


def test_a_separate_statement_changes_its_owner() -> None:
    text = (
        "Calder Records issued a statement on Monday.\n\n"
        "Dune Productions denied the account in a separate statement to the Gazette.\n\n"
        "“We signed nothing,” the statement said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Dune Productions"


def test_the_age_noun_stands_for_the_person_in_the_story() -> None:
    text = (
        "Calder Town have named Jose Marin as head coach.\n\n"
        "The 61-year-old told reporters after signing: “I cannot wait to start.”"
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Jose Marin"
    assert quote[2].startswith("The 61-year-old → Jose Marin: ")


def test_they_is_a_group_that_was_the_subject_not_an_object() -> None:
    text = (
        "Two harbour pilots wrote to the Calder Port Authority on Monday.\n\n"
        "“We were never consulted,” they said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Two harbour pilots"


def test_they_never_means_an_organisation_met_only_as_an_object() -> None:
    text = (
        "The pilots sent a letter to Harbour Board members on Thursday.\n\n"
        "“The timetable has become a mess,” they wrote."
    )
    (quote,) = _quotes(text)
    assert quote[1] != "Harbour Board"


def test_singular_they_for_a_person_just_named() -> None:
    text = (
        "Robin Arlo, a spokesperson for the ferry company, confirmed that crews would be paid. "
        "“Every shift will be covered,” they said in an email."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Robin Arlo"
    assert "singular they" in quote[2]


def test_a_surname_named_in_full_later_learns_the_first_names_gender() -> None:
    resolver = Resolver()
    for mention in find_mentions("Brandt arrived. Later Tomas Brandt spoke."):
        resolver.observe(mention)
    she = Mention(0, 3, "she", MentionKind.PRONOUN, gender="f")
    assert resolver.resolve(she).name != "Tomas Brandt"


def test_the_official_is_the_official_described_before() -> None:
    text = (
        "“The ferries will not sail,” said a senior harbour official.\n\n"
        "“We have no crews,” the official added."
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes] == ["a senior harbour official", "a senior harbour official"]
    assert "described before" in quotes[1][2]


def test_an_acronym_stands_for_the_organisation_named_in_full() -> None:
    text = (
        "The Harbour Safety Board published its report on Tuesday.\n\n"
        "“The ferries are safe,” the HSB said."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Harbour Safety Board"
    assert "named in full before" in quote[2]


def test_a_statement_just_issued_belongs_to_its_issuer() -> None:
    text = (
        "After a late meeting, the Harbour Council issued a statement calling the strike "
        "“a breach of trust.”"
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Harbour Council"


def test_the_company_is_never_the_outlet_that_was_told() -> None:
    text = (
        "The Calder Ferry Company cancelled the crossing.\n\n"
        "A passenger told The Harbour Gazette she had waited for hours.\n\n"
        "The company said in a statement that it was “deeply sorry” for the delay."
    )
    (quote,) = _quotes(text)
    assert quote[1] == "Calder Ferry Company"


def test_a_capitalised_role_noun_opening_a_sentence_describes_people() -> None:
    text = "Critics have called the ferry plan “cruel.”\n\nShe said: “I have nothing to hide.”"
    quotes = _quotes(text)
    assert quotes[0][1] == "Critics"
    assert quotes[1][1] != "Critics"


def test_a_platform_written_on_is_not_the_statements_owner() -> None:
    text = (
        "“The ferries are safe,” Ana Ruiz wrote on Instagram.\n\n"
        "The statement read: “No sailor was harmed.”"
    )
    quotes = _quotes(text)
    assert quotes[1][1] != "Instagram"


# Two people sharing a surname: a bare surname stays with the one named first (whom the story
# is about), an honorific picks the namesake whose gender agrees, and a "she" after the bare
# surname as a subject is that first person, not the speaker of an older quote.

_NAMESAKES = (
    "Senator Ana Ruiz opened the hearing on the harbour budget. Her brother, former governor "
    "Tomas Ruiz, sat in the front row.\n\n"
)


def test_a_bare_surname_stays_with_the_namesake_named_first() -> None:
    quotes = _quotes(_NAMESAKES + "“We will not cut the ferries,” Ruiz said.")
    assert quotes[0][1] == "Ana Ruiz"


def test_an_honorific_picks_the_namesake_whose_gender_agrees() -> None:
    text = _NAMESAKES + (
        "“I agree with my sister,” Mr. Ruiz said.\n\n“Thank you, Tomas,” Ms. Ruiz replied."
    )
    assert [q[1] for q in _quotes(text)] == ["Tomas Ruiz", "Ana Ruiz"]


def test_a_namesake_named_in_full_is_still_themself() -> None:
    text = _NAMESAKES + "“The budget is fair,” Tomas Ruiz said."
    assert _quotes(text)[0][1] == "Tomas Ruiz"


def test_she_after_a_bare_surname_is_the_first_namesake_not_an_older_speaker() -> None:
    text = (
        "Mayor Greta Holm spoke at the dock. Her husband, Erik Holm, runs the boatyard.\n\n"
        "“The mayor hid the report for a month,” wrote Lina Vass, a council clerk.\n\n"
        "In her reply on Friday, Holm disputed the timeline.\n\n"
        "After calling the claim “simply untrue,” she was “ready to publish every page” of it."
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes[1:]] == ["Greta Holm", "Greta Holm"]


def test_one_person_of_a_surname_is_unaffected() -> None:
    text = (
        "Dr. Paul Brenner runs the clinic.\n\n“We need two more nurses,” Brenner said.\n\n"
        "“And a second van,” Mr. Brenner added."
    )
    assert [q[1] for q in _quotes(text)] == ["Paul Brenner", "Paul Brenner"]


def test_a_spanish_name_comes_back_as_its_first_surname() -> None:
    text = (
        "Juan Carlos Pérez Rodríguez, the mayor, called the flood “the worst in memory.”\n\n"
        "Pérez said aid was “on its way.”"
    )
    quotes = _quotes(text)
    assert [q[1] for q in quotes] == ["Juan Carlos Pérez Rodríguez"] * 2
    assert quotes[1][2].startswith("Pérez → Juan Carlos Pérez Rodríguez: surname")


def test_an_english_middle_name_is_no_surname_of_its_own() -> None:
    text = "Dana Huckabee Sanders opened the depot.\n\n“It is late,” Huckabee said."
    assert _quotes(text)[0][1] == "Huckabee"


def test_a_name_and_his_or_her_relative_are_a_group_for_they() -> None:
    text = (
        "The parish council met on Monday to discuss the new car park.\n\n"
        "Rhea Voss and her husband will meet residents on Tuesday. "
        "“We want to hear every concern,” they said."
    )
    assert _quotes(text)[0][1] == "Rhea Voss and her husband"
    text = (
        "Residents packed the hall. Tom Hale and his two sons arrived early.\n\n"
        "“We have farmed here forty years,” they said."
    )
    assert _quotes(text)[0][1] == "Tom Hale and his two sons"


def test_the_named_one_of_a_name_and_relative_still_is_he_or_she() -> None:
    text = "Rhea Voss and her husband arrived at the hall. “We love this town,” she said."
    assert _quotes(text)[0][1] == "Rhea Voss"
    text = "Tom Hale met his wife at the hall. “We love this town,” he said."
    assert _quotes(text)[0][1] == "Tom Hale"


def test_the_first_of_a_couple_sharing_a_surname_is_named_in_full() -> None:
    text = (
        "Jean and Mike Pryor have picked apples at the orchard for a decade. "
        "“We just love coming back,” Jean said."
    )
    assert _quotes(text)[0][1] == "Jean Pryor"
    text = (
        "Jean and Mike Pryor have picked apples at the orchard for a decade. "
        "“We just love coming back,” they said."
    )
    assert _quotes(text)[0][1] == "Jean and Mike Pryor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Police said" after the force was named in full: that force
        (
            "On Wednesday, the Harbour Police Service announced that a man had died.\n\n"
            "Police said they had been watching him, adding that it was “a scuffle” in the car.",
            "Harbour Police Service",
        ),
        # near misses: no force named before (another service is no police force)
        (
            "The Harbour Fire Service said a man had died.\n\n"
            "Police said it was “a scuffle” in the car.",
            "Police",
        ),
        (
            "A man died on Wednesday.\n\nPolice said it was “a scuffle” in the car.",
            "Police",
        ),
    ],
)
def test_bare_police_is_the_force_named_before(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
