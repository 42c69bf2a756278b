"""Quotation marks around words nobody is said to say: a name given to a thing found, a menu
path, a sign's or a badge's words, a rule book's term, a pet name, a kind of levy; and, beside
each, the look-alike that stays a quote with its speaker. Every sentence here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quoted(text: str) -> list[tuple[str, str | None]]:
    """The quotes the engine keeps in `text`, with their speakers."""
    return [(q.text, q.speaker) for q in analyze(text).quotes]


NOT_QUOTES = {
    # a naming verb: a name given to a thing found or made
    "which-they-named": (
        "Engineers say short dips in the signal, which they named “quiet bands”, came first.",
        "quiet bands",
    ),
    "named-it": ('The crew found a cave on the ridge and named it "the long room".', "long room"),
    "a-name-of-their-own": (
        "Drivers soon gave the noise a name of their own, “the knock at the door,” and it stuck.",
        "knock at the door",
    ),
    # a menu path
    "menu-then": (
        "Asked about it, a spokesman, Teo Marsh, said users could switch it back on under "
        "Settings, then “Sound & Display.”",
        "Sound & Display",
    ),
    "menu-arrow": ('To stop it, tap "Account" > "Linked Devices" and remove the tablet.', "Linked"),
    # words worn, or chalked up by a door
    "badges-that-said": (
        'Some parents wore badges that said "I Love My Library." Others sat at the back.',
        "Library",
    ),
    "board-far-before-colon": (
        "There is a blackboard by the till of Casa Rio that has said the same thing, in two "
        "languages, since 2015: ‘Só dinheiro. Cash only.’ Nobody argues with it.",
        "Cash only",
    ),
    "banner-colon": ('Outside the depot, a banner: "KEEP THE 12 RUNNING."', "KEEP THE 12"),
    "board-reads-comma": (
        "Over the door hangs a hand-painted signboard that reads, in Maltese and English, "
        "“Come in. Sit down.”",
        "Sit down",
    ),
    "shirt-said-it-all": ('Her T-shirt said it all: "Still Here."', "Still Here"),
    # a group naming someone or something: a nickname, tagged or not
    "fans-dubbed": ('Fans dubbed him "the Wall" after the 2019 final.', "the Wall"),
    "which-players-call": ('The squad, which players call "the family," meets weekly.', "family"),
    # a quantity of a measure, the quoted compound its kind
    "fewest-compound-minutes": (
        'Tom Vell said the depots with the fewest "idle-time" minutes would get new vans.',
        "idle-time",
    ),
    "count-compound-hours": (
        'Ana Ruiz said the firm logs 40 "time-on-task" hours for every driver.',
        "time-on-task",
    ),
    # a work's name as the subject of what it did to someone, in a reported clause
    "work-changed-her": ('Ana Ruiz said "Ward Nine" changed her life.', "Ward Nine"),
    # a rule book's name for what it rules on
    "laws-of-the-game-call": (
        "The winger was then booked for what the laws of the game call ‘unsporting conduct’ "
        "as he chased the referee.",
        "unsporting conduct",
    ),
    # a pet name someone gives their own things
    "calls-them-my": (
        "I draft in cheap exercise books. My son calls them my “chores.”",
        "chores",
    ),
    # a kind of levy, its sorting adjective no verdict, though a speaker explains it
    "rural-levy": (
        "The ferries would be paid for, he explained, by a new “coastal crossing levy” on "
        "holiday lets.",
        "coastal crossing levy",
    ),
    # the one quoted item of a list of plural nouns: a category's label
    "list-label": (
        "Because sellers can switch between being shops, “partners,” and private people, Ines "
        "Vell says the rules are blurred.",
        "partners",
    ),
    # a code-shaped word before the noun it classifies
    "code-before-noun": (
        'Ines Vell said owners holding "R-patta" deeds would also be covered.',
        "R-patta",
    ),
    # a one-word title after a kind of work
    "debut-title": (
        '"We were nervous," said Ana Ruiz, whose debut "Tidewater" sold a million copies.',
        "Tidewater",
    ),
}


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_words_nobody_says_are_no_quote(text: str, words: str) -> None:
    assert not any(words in quoted for quoted, _ in _quoted(text))


STILL_QUOTES = {
    # a verdict given with "called" or "dubbed" stays the speaker's words
    "called-it-verdict": ('Ana Ruiz called the plan "a slow puncture" on Monday.', "Ana Ruiz"),
    "calls-it-no-possessive": ('Ruiz calls it "a disgrace" and says so often.', "Ruiz"),
    # a place, then words someone says after a comma
    "then-a-tag": ('The mayor went to Leeds, then "We Will Win," he told them.', "mayor"),
    # a sign nearby, but a person telling: their words
    "sign-then-told": (
        'Ines Vell, who put up the sign that says the same, told reporters: "We are not '
        'leaving." Then she left.',
        "Ines Vell",
    ),
    # one named person's name for someone, a group's verdict: theirs
    "person-dubbed": ('Ana Ruiz dubbed him "the Wall" after the final.', "Ana Ruiz"),
    "group-dubbed-verdict": ('Critics dubbed the plan "unworkable" within hours.', "Critics"),
    "group-called-a": ('Fans called him "a legend" as he left the pitch.', "Fans"),
    # a hyphenated verdict before a measure, with no quantity or ending on a participle
    "verdict-rates": ('Ana Ruiz said the "sky-high" rates were a scandal.', "Ana Ruiz"),
    "verdict-participle": ('Ana Ruiz said the "eye-watering" figures were a shock.', "Ana Ruiz"),
    "verdict-degree": ('Ana Ruiz said the most "cutting-edge" tools were in Leeds.', "Ana Ruiz"),
    # lower-case words or words of someone talking before the same verbs: said
    "lower-made": ('Ana Ruiz said "reckless spending" made it worse.', "Ana Ruiz"),
    "talking-made": ('Tom Vell said "We Made It" made him cry.', "Tom Vell"),
    # a sign nearby, but its holder speaks after it
    "banner-holder-said": ('Ana Ruiz, holding a banner, said: "We are not leaving."', "Ana Ruiz"),
    "sign-then-said": (
        'Tom Vell pointed at the sign that says "Exit" and said, "That is the only way out."',
        "Tom Vell",
    ),
    # a verdict adjective before the noun, said by a named speaker
    "verdict-adjective": (
        'Ruiz said the council had created a "bureaucratic nightmare" for parents.',
        "Ruiz",
    ),
    # a code said on its own, a title-case line said by someone making a debut
    "code-said": ('"B-52," he said, pointing at the sky.', "he"),
    "debut-then-said": ('Ana Ruiz, making her debut, said "This Is Home" at the whistle.', "Ruiz"),
    # an insult in a list, with its verb of saying before it or its tag closing the sentence
    "list-insult-said": ('Ruiz said the board were cowards, "hypocrites," and liars.', "Ruiz"),
    "list-insult-tag-after": (
        'The board were cowards, "hypocrites," and liars, said the city\'s mayor.',
        "mayor",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), STILL_QUOTES.values(), ids=STILL_QUOTES.keys())
def test_look_alikes_stay_quotes_with_their_speaker(text: str, speaker: str) -> None:
    quotes = _quoted(text)
    assert quotes, "the quote was lost"
    assert speaker in (quotes[0][1] or "")


def test_a_sentence_opened_on_a_person_makes_her_the_next_she() -> None:
    # with the quote before it no longer broken by a name given ("the tap"), "she" must not
    # fall back to the speaker of the quote before: the person a sentence opens on is its topic
    text = (
        "Ana Okafor said it had not. “We locked the model first,” she said.\n\n"
        "Staff soon gave the buzz a name of their own, “the tap,” and it stuck.\n\n"
        "For Carla Benitez, the tap meant time to act. She took her pills early.\n\n"
        "“I need it to be better than guessing,” she said."
    )
    quote = next(q for q in analyze(text).quotes if "guessing" in q.text)
    assert quote.speaker == "Carla Benitez"
    assert "subject of a sentence just before" in (quote.speaker_reason or "")


def test_a_kind_of_thing_a_long_quote_named_in_passing_is_no_echo() -> None:
    text = (
        "“Drivers below the target for three weeks in a row should be moved to a written "
        "support plan, and their managers told,” the memo said.\n\n"
        "Of the 30 drivers interviewed, nine said they had been put on a “support plan” "
        "since March."
    )
    assert not any(q.text == "support plan" for q in analyze(text).quotes)


def test_a_phrase_echoed_from_a_quote_stays_its_speakers() -> None:
    text = (
        "Ana Ruiz said the budget would be “balanced by spring.”\n\n"
        "Whether it is “balanced by spring” is another matter."
    )
    echoed = [q for q in analyze(text).quotes if q.text.startswith("balanced by spring")]
    assert len(echoed) == 2
    assert all(q.speaker == "Ana Ruiz" for q in echoed)
