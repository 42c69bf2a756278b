"""The confidentiality rule, one example per way the adversarial run (issue 12) leaked a name."""

from __future__ import annotations

import pytest

from app.core import confidential
from app.core.exporting.confidential import find_names
from app.core.model import Quote, Source, Story


def _spots(name: str, body: str) -> list[str]:
    story = Story(headline="h", body=body, sources=(Source(name=name, confidential=True),))
    return [body[f.start : f.end] for f in find_names(story)]


@pytest.mark.parametrize(
    ("name", "body", "spot"),
    [
        ("Lech Wałęsa", "The strike was planned, Lech Walesa said.", "Lech Walesa"),
        ("Søren Kierkegaard", "It leaked, Soren Kierkegaard said.", "Soren Kierkegaard"),
        ("Đorđe Balašević", "It leaked, Dorde Balasevic said.", "Dorde Balasevic"),
        ("Łukasz Nowak", "It leaked, Lukasz Nowak said.", "Lukasz Nowak"),
        ("Ana García-López", "It leaked, Ana Garcia Lopez said.", "Ana Garcia Lopez"),
        ("Ana García-López", "It leaked, Garcia Lopez said.", "Garcia Lopez"),
        ("Ana Garcia Lopez", "It leaked, Ana García-López said.", "Ana García-López"),
        ("Marta Kowalczyk", "Follow her at @MartaKowalczyk today.", "MartaKowalczyk"),
        ("Marta Kowalczyk", "Her page is social.example/mkowalczyk now.", "mkowalczyk"),
        ("Marta Kowalczyk", "It leaked, Marta K\u043ewalczyk said.", "Marta K\u043ewalczyk"),
        ("Marta Kowalczyk", "It leaked, \u202ekyzclawoK atraM\u202c said.", "kyzclawoK atraM"),
        ("María de la Cruz", "It leaked, De la Cruz said.", "De la Cruz"),
        ("María de la Cruz", "It leaked, Maria De La Cruz said.", "Maria De La Cruz"),
        ("María de la Cruz", "It leaked, Delacruz said.", "Delacruz"),
        ("Anna Ng", "The plan leaked. Ng said it was true.", "Ng"),
        ("Anna Ng", "The plan leaked, said Ng.", "Ng"),
        ("Tomás Wu", "The plan leaked, Wu said.", "Wu"),
        ("Kim Lam", "The plan leaked, Lam said.", "Lam"),
    ],
)  # fmt: skip
def test_the_name_is_found_however_it_is_spelled(name: str, body: str, spot: str) -> None:
    assert _spots(name, body) == [spot]


@pytest.mark.parametrize(
    ("name", "body", "blocks"),
    [
        ("Anna Young", "Young people rallied outside.", False),
        ("Anna Young", "“Young voters are angry,” she said.", False),
        ("Anna Young", "The rally was loud. Young people came.", False),
        ("Anna Young", "The rally was led by Young.", True),
        ("Anna Young", "Dr. Young said the rally was peaceful.", True),
        ("Anna Young", "The rally was loud. Dr. Young came.", True),
        ("Anna Young", "Anna Young said the rally was peaceful.", True),
        ("Anna Young", "Minister Young said so.", True),
        ("Anna Young", "young people and a young man.", False),
        ("Anna Ng", "Ng said the plan was fixed.", True),
        ("Anna Long", "Long queues formed early.", False),
        ("Anna Long", "Queues were long, Long said.", True),
    ],
)
def test_an_ordinary_word_starting_a_sentence_blocks_only_beside_a_name_or_title(
    name: str, body: str, blocks: bool
) -> None:
    assert bool(_spots(name, body)) is blocks


def test_a_slug_blocks_on_a_short_surname_but_not_on_an_ordinary_word() -> None:
    ng = Story(slug="tender-ng-speaks", sources=(Source(name="Anna Ng", confidential=True),))
    young = Story(slug="young-voters-rally", sources=(Source(name="Anna Young",
                                                            confidential=True),))  # fmt: skip
    assert [f.message for f in find_names(ng)] and "slug" in find_names(ng)[0].message
    assert find_names(young) == []


def test_another_sources_fields_say_a_confidential_source() -> None:
    """Issue 12: `show --json` printed another source's title "aide to Marta Kowalczyk"."""
    secret = Source(name="Marta Kowalczyk", confidential=True)
    aide = Source(name="Ana Ortiz", title="aide to Marta Kowalczyk",
                  description="close to Kowalczyk")  # fmt: skip
    quote = Quote(text="x", start=0, end=1, speaker="Ana Ortiz", venue="on Kowalczyk's blog")
    view = confidential.public_view(Story(sources=(secret, aide), quotes=(quote,)))
    (shown,) = view.sources
    assert shown.title == "aide to a confidential source"
    assert shown.description == "close to a confidential source"
    assert view.quotes[0].venue == "on a confidential source's blog"
    assert view.quotes[0].speaker == "Ana Ortiz"


def test_redaction_takes_a_handles_at_sign_with_it() -> None:
    secret = Source(name="Marta Kowalczyk", confidential=True)
    assert confidential.redact("ask @MartaKowalczyk", [secret]) == "ask a confidential source"


@pytest.mark.parametrize(
    ("name", "body", "spot"),
    [
        ("Cox Brown", "It leaked, said \u0421\u043e\u0445 Brown.", "\u0421\u043e\u0445 Brown"),
        ("Марта Ковальчик", "It leaked, said Marta Koval'chik.", "Marta Koval'chik"),
        ("Марта Ковальчик", "It leaked, said Марта Ковальчик.", "Марта Ковальчик"),
    ],
)
def test_other_scripts_are_read_by_their_looks_and_by_transliteration(name, body, spot) -> None:
    """A word all in Cyrillic look-alikes ("Сох" for Cox) and a Cyrillic name typed in Latin."""
    assert _spots(name, body) == [spot]


def test_slugs_transliterate_rather_than_drop_letters() -> None:
    from app.core.store.stories import slugify

    assert slugify("Łódź talks: Путин") == "lodz-talks-putin"


def test_redaction_takes_invisible_characters_at_the_names_edges() -> None:
    secret = Source(name="Marta Ng", confidential=True)
    expected = "aide to a confidential source"
    assert confidential.redact("aide to Marta Ng\u00ad", [secret]) == expected
    assert confidential.redact("aide to \u202egN atraM\u202c", [secret]) == expected
