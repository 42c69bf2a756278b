"""naming.py: names given by habit, screen and sign texts and words nobody said are told from
the clause around the marks; a person's own verdict is not. Every sentence is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.naming import not_said


def _marks(text: str) -> tuple[int, int, int, int]:
    mark_start = text.index("“")
    mark_end = text.index("”", mark_start) + 1
    return mark_start + 1, mark_end - 1, mark_start, mark_end


@pytest.mark.parametrize(
    "text",
    [
        "The bend that lorry drivers call “the Kettle” was resurfaced.",
        "Regulars came to call the back room “the Snug” within a year.",
        "The portal, which Kestrel Systems still labels a “beta”, crashed.",
        "She got an error message saying “Unable to connect” twice.",
        "Staff feared “no ticket, no ride”, a rule the owners never used.",
        "Be wary of anyone who promises the roof will “cover its own cost”.",
        "Dana Hale turned on the phone's “quiet hours” mode.",
        "The district would offer what it calls “Friday clubs” to working parents.",
    ],
)
def test_not_said(text: str) -> None:
    assert not_said(text, *_marks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dana Hale calls the bypass “a waste of money” and wants it gone.",
        "The Harbour Workers Union calls the offer “theft”.",
        "Tomas Brek left a message saying “Call me back tonight.”",
        "Ana Ruiz said the firm had been “cutting corners”, a practice she wants stopped.",
        "Ana Ruiz said the minister's “witch hunt” line had worn thin.",
        "The Teachers' Union opposes what it calls “a power grab” by the board.",
        "Brackwell Foods backs what it calls “zero-waste” crates.",  # one word: its claim
        "Ana Ruiz said the “sham” panel had failed families.",
    ],
)
def test_said(text: str) -> None:
    assert not not_said(text, *_marks(text))


# Round 11: habits of naming in the present perfect, a plural of people opening the sentence, a
# name closing its sentence with the stop inside the marks, a way of doing things named, and a
# sign a speaker points to.
NAMES = {
    "have-dubbed": "Locals have dubbed the new footbridge “the Harp.” It opens in June.",
    "have-long-called": "Fans have long called the winger “the Rocket,” and he likes it.",
    "plural-opens-sentence": "Commuters have nicknamed the branch line “the Snail.”",
    "style-that": "Many parents now practise “gentle parenting,” a style that avoids rows.",
    "approach-in-which": "More offices try “hot desking,” an approach in which nobody sits still.",
    "method-that": "Gyms now sell “zone two training,” a method that keeps the pulse low.",
    "what-doctors-call-stop-inside": "Vos has what doctors call “white coat hypertension.”",
}


@pytest.mark.parametrize("text", NAMES.values(), ids=NAMES.keys())
def test_a_name_given_or_explained(text: str) -> None:
    assert not_said(text, *_marks(text))


SAID = {
    "verdict-after-have-dubbed": "Critics have dubbed the plan “a disaster for renters.”",
    "one-word-verdict": "Residents have called the delays “unacceptable,” and it apologised.",
    "person-has-called": "Hale has called the bypass “a waste of money.”",
    "person-verdict-the": "Vos has called the deal “the worst in years.”",
    "verdict-stop-inside": "It is what critics call “self-centered messaging.”",
    "talking-then-approach": "“We will not back down,” an approach the union took, Vos said.",
    "pointed-to-sign-and-said": "Ruiz pointed to the sign on the wall and said “Read it.”",
    "placard-and-shouted": "Vos held up a placard and then shouted “Save our pier!”",
}


@pytest.mark.parametrize("text", SAID.values(), ids=SAID.keys())
def test_still_someones_words(text: str) -> None:
    assert not not_said(text, *_marks(text))


def test_a_sign_with_its_maker_between_still_shows_its_text() -> None:
    text = "A sign she had painted read “Gone fishing” for a week."
    assert not_said(text, *_marks(text))


def test_a_record_label_speaks_and_a_jars_label_shows() -> None:
    for text in (
        "Tara Vance left Crestline Records in May. “We wish her well,” the label said.",
        "Tara Vance left Crestline Records in May. The label said, “We wish her well.”",
    ):
        assert [q.speaker for q in analyze(text).quotes] == ["Crestline Records"], text
    assert analyze("The label on the jar said “organic.”").quotes == ()
    assert analyze("The label read “Best before May.”").quotes == ()


def test_a_notice_received_is_its_senders_words_not_a_sign() -> None:
    # a notice sent to residents is speech (its sender's), not text posted up
    text = "Residents got a notice saying “the water will be off until Friday.”"
    assert [q.text for q in analyze(text).quotes] == ["the water will be off until Friday."]


@pytest.mark.parametrize(
    "text",
    [
        "The packaging says “sugar free,” but tests found four grams per bar.",
        "The box reads “organic.”",
        "Each bottle is sold with a tag saying “hand filled in Marrow.”",
        "The menu says “locally sourced.”",
    ],
)
def test_what_a_products_packaging_says_is_no_ones_quote(text: str) -> None:
    # a label's words, as a sign's: nobody is quoted saying them
    assert not analyze(text).quotes


def test_a_real_quote_after_packaging_words_keeps_its_speaker() -> None:
    text = "The box reads “organic.” “That is simply untrue,” said Fairbill director Kate Lowe."
    assert [q.speaker for q in analyze(text).quotes] == ["Kate Lowe"]


def test_a_box_office_is_people_not_packaging() -> None:
    (quote,) = analyze("The box office said “every seat is gone.”").quotes
    assert quote.speaker == "The box office"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a group calling a person by a name of more than one word: a nickname
        ('The skipper lives on a barge, which is why the band call him "the Commodore."', []),
        ('The squad call her "the Professor" because of her notebooks.', []),
        ('The club calls him "the Gaffer" in its newsletters.', []),
        # one word, or a verdict, or a person calling: still someone's words
        ('The union calls him "a liar and a cheat."', ["a liar and a cheat."]),
        ('Hale calls him "a disgrace to the office."', ["a disgrace to the office."]),
    ],
)
def test_a_group_calling_someone_by_a_name_gives_a_nickname(text: str, quotes: list[str]) -> None:
    assert [q.text for q in analyze(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # people in general or a body referring to a thing as a name: its name, tag or none
        ('Staff refer to the ward as "the Ark," a nurse said.', []),
        ('Nurses refer to the old wing as "the Ark."', []),
        ('Residents refer to the bridge as "the Harp," the mayor said.', []),
        # a verdict after the same verb is no name
        ('Residents refer to the bridge as "a death trap," the mayor said.', ["a death trap,"]),
    ],
)
def test_what_people_refer_to_a_thing_as_is_its_name(text: str, quotes: list[str]) -> None:
    assert [q.text for q in analyze(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # examples of what a crowd chanted or shouted are the crowd's words, every item of them
        (
            "Tenants marched to the town hall. They chanted slogans like “Fix our homes” and "
            "“No more delays.” The council did not reply.",
            ["Fix our homes", "No more delays."],
        ),
        (
            "Tenants marched to the town hall. They shouted angry slogans such as “Fix our homes” "
            "and “No more delays” as they went.",
            ["Fix our homes", "No more delays"],
        ),
    ],
)
def test_slogans_a_crowd_chanted_are_its_words(text: str, quotes: list[str]) -> None:
    assert [q.text for q in analyze(text).quotes] == quotes


@pytest.mark.parametrize(
    "text",
    [
        # words and songs cited as examples, with no one crying them out, stay cited words
        "The guide warns against words like “Synergy” and “Leverage” in cover letters.",
        "The fans sang songs like “Blue Harbour” and “Our Town” all night.",
    ],
)
def test_words_cited_as_examples_are_not_quotes(text: str) -> None:
    assert [q.text for q in analyze(text).quotes] == []


def test_a_nickname_the_press_gave_a_person_is_no_quote() -> None:
    """ "the actor whom her country's tabloids once dubbed “the Ice Queen of Aarhus”": a
    nickname, not words "her country's tabloids" said."""
    text = (
        "Oona Varga directed the film. Petra Linde, the Danish actor whom her country's "
        'tabloids once dubbed "the Ice Queen of Aarhus", sat beside her.\n\n'
        '"Oona doesn\'t give you notes," Linde said.'
    )
    assert [q.text for q in analyze(text).quotes] == ["Oona doesn't give you notes,"]
