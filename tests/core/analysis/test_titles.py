"""What the marks' surroundings alone decide (titles.py): a work named after its kind, an owner's
name for its own thing, and cries that only look like names."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.titles import QuoteKind, kind_of

TITLE, QUOTE = QuoteKind.TITLE, QuoteKind.QUOTE

CASES = {
    # a work set off by commas after "autobiography" or "biography" is a title
    "autobiography": (
        'Ruiz wrote in her autobiography, "Salt Roads," that she was "a restless child."',
        "Salt Roads,",
        TITLE,
    ),
    "autobiography-then-words": (
        'Ruiz wrote in her autobiography, "Salt Roads," that she was "a restless child."',
        "a restless child.",
        QUOTE,
    ),
    "biography": (
        'In his biography, "The Long Tide," Vos tells of the war years.',
        "The Long Tide,",
        TITLE,
    ),
    # an owner naming its own thing gives a name; a person named by someone stays speech
    "own-channel": (
        'The board began calling its new channel "Harbour Nine," a memo showed.',
        "Harbour Nine,",
        TITLE,
    ),
    "own-venture": (
        'The brewers branded their own venture "Gull Island" last spring.',
        "Gull Island",
        TITLE,
    ),
    "person-called": ('Ruiz called her rival "Miss Fixit" on Tuesday.', "Miss Fixit", QUOTE),
    # words cried out are no title, however much they look like one; a song sung is
    "cried": (
        'They had cried "Long Live Dorsa" (a local hero) as the mayor arrived.',
        "Long Live Dorsa",
        QUOTE,
    ),
    "chanted": ('Fans chanted "Up The Reds" all night.', "Up The Reds", QUOTE),
    "sung": ('She sang "Blue Harbour" at the gala.', "Blue Harbour", TITLE),
    # plain words with a plural verb are things, not a name; a singular verb or title case is
    "plural-verb": (
        'The fires began in May and "grim private motives" were behind them, police said.',
        "grim private motives",
        QUOTE,
    ),
    "plural-verb-opening": (
        '"Deep money worries" were the cause, and the shop shut, Ruiz said.',
        "Deep money worries",
        QUOTE,
    ),
    "plural-verb-have": (
        '"Cheap rent and long lunches" have kept the quarter alive, Vos said.',
        "Cheap rent and long lunches",
        QUOTE,
    ),
    "singular-verb": ('"Ride the tide" is painted on every bus.', "Ride the tide", TITLE),
    # "rates" or "grades" before a verb is the noun (interest rates), not "rates it as": the
    # quoted words after it are the speaker's, while a thing rated still gets its grade
    "rates-noun-would": (
        'Ana Ruiz said rates would "stay high."',
        "stay high.",
        QUOTE,
    ),
    "rates-noun-rose": ('Vos said rates rose "far too quickly."', "far too quickly.", QUOTE),
    "grades-noun-had": (
        'Ruiz said grades had "slipped badly" this year.',
        "slipped badly",
        QUOTE,
    ),
    "rates-verb": ("The agency rates the bonds “junk.”", "junk.", QuoteKind.OTHER),
    "rated-verb": ("The hotel was rated “excellent” by guests.", "excellent", QuoteKind.OTHER),
    # a record's cut named after "track", however close a verb of saying before it
    "title-track": (
        'Kel Morrow sings over one guitar on the title track, "Harbor Light."',
        "Harbor Light.",
        TITLE,
    ),
    "title-case-subject": (
        'The port and "Sail With Us" were trending by noon.',
        "Sail With Us",
        TITLE,
    ),
}


@pytest.mark.parametrize(("text", "words", "kind"), CASES.values(), ids=CASES.keys())
def test_what_the_surroundings_say_the_marks_hold(text: str, words: str, kind: QuoteKind) -> None:
    start = text.index(words)
    end = start + len(words)
    assert kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" ."))) is kind


OPENING_ON_A_WORK = {
    # a sentence opening "In"/"On" a work: the work's name (or a name cited), however close
    # the tag after it; never speech
    "in-two-words": ('In "Low Tide," the captain says, "Nobody leaves."', "Low Tide,", False),
    "in-one-word": ('In "Salt," Ana Ruiz plays a fisherman.', "Salt,", False),
    "on-a-show": ('On "Harbour Hour," Ruiz said the pier would close.', "Harbour Hour,", False),
    "after-a-sentence": ('It opens Friday. In "Salt," Vos tells his son, "Go."', "Salt,", False),
    "one-word-tagged": ('In "Salt," the captain says, "Nobody leaves."', "Salt,", False),
    # the line of dialogue after the tag stays speech
    "the-line": ('In "Low Tide," the captain says, "Nobody leaves."', "Nobody leaves.", True),
}


@pytest.mark.parametrize(
    ("text", "words", "speech"), OPENING_ON_A_WORK.values(), ids=OPENING_ON_A_WORK.keys()
)
def test_a_sentence_opening_on_a_work(text: str, words: str, speech: bool) -> None:
    start = text.index(words)
    end = start + len(words)
    kind = kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" .")))
    assert (kind is QUOTE) is speech


LINE_FROM_THE_WORK = {
    # after "In the film," a line whose tag closes the sentence is quoted from the work
    "film-tag-after": ('In the film, "Nobody leaves," the captain says.', True),
    "film-said-first": ('In the film, "Nobody leaves," said the captain.', True),
    "column": ('In his column, "We must act now," Ana Ruiz wrote.', True),
    # a title set beside the work, its sentence going on
    "essay-subject": ('Ana Ruiz\'s essay, "Why the night boat matters," was shared.', False),
    "essay-argues": (
        'In her essay, "Why the night boat matters," Ruiz argues that ferries are a lifeline.',
        False,
    ),
    "title-case-tagged": ('In the film, "Nobody Leaves," the captain says.', False),
}


@pytest.mark.parametrize(
    ("text", "speech"), LINE_FROM_THE_WORK.values(), ids=LINE_FROM_THE_WORK.keys()
)
def test_a_line_quoted_from_a_work_set_after_it(text: str, speech: bool) -> None:
    start = text.index('"') + 1
    end = text.index('"', start)
    kind = kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" .")))
    assert (kind is QUOTE) is speech


def test_a_review_line_after_the_work_it_is_in() -> None:
    from app.core.analysis.engine import analyze

    text = "In “Night Shift,” Dr. Kessler tells a panicking intern, “Breathe first, then cut.”"
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("Breathe first, then cut.", "Kessler")
    ]


def test_plain_quoted_subject_with_a_tag_is_the_sayers() -> None:
    from app.core.analysis.engine import analyze

    text = 'The fires began in May and "grim private motives" were behind them, police said.'
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("grim private motives", "police")
    ]


TALKS = {
    "ted-talk": ('His TED talk "Why We Sleep" has 20 million views.', TITLE),
    "sermon": ('Her sermon "Why We Hope" moved the congregation.', TITLE),
    "lecture": ('The lecture "What We Owe the Future" is online.', TITLE),
    # words said in a talk are speech
    "said-in-a-talk": ('"We will win," she said in a talk on Friday.', QUOTE),
}


@pytest.mark.parametrize(("text", "kind"), TALKS.values(), ids=TALKS.keys())
def test_a_talk_given_under_a_title(text: str, kind: QuoteKind) -> None:
    start = text.index('"') + 1
    end = text.index('"', start)
    assert kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" ."))) is kind


DASH_ASIDES = {
    # a name opening the sentence, an aside between dashes, then the name's verb
    "best-work-yet": ('"Salt Road" — Ortiz\'s best work yet — is streaming now.', TITLE),
    "third-album": ('"Harbour Lights" — the band\'s third album — is out on Friday.', TITLE),
    "en-dashes": ('"Long Division" – a film ten years in the making – opens today.', TITLE),
    # a credit between dashes, then a verb of saying: the words are the one credited's
    "credit-then-said": ('"We Are Not Done" — Ana Ruiz, mayor — said in a statement.', QUOTE),
}


@pytest.mark.parametrize(("text", "kind"), DASH_ASIDES.values(), ids=DASH_ASIDES.keys())
def test_a_name_with_an_aside_between_dashes_before_its_verb(text: str, kind: QuoteKind) -> None:
    start = text.index('"') + 1
    end = text.index('"', start)
    assert kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" ."))) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Pupils sang “Lean on Me.” “I will miss them,” caretaker Ed Morrow said.",
        "The choir performed “Silent Night.” “It was magical,” said organiser Ada Bell.",
        "The band played “Harbour Lights.” “We love this town,” said singer Ada Bell.",
    ],
)
def test_a_work_performed_at_the_end_of_a_sentence_is_a_title(text: str) -> None:
    # the sentence's stop inside the marks does not make a song's name a line someone spoke;
    # the real quote after it keeps its speaker
    quotes = analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker in ("Ed Morrow", "Ada Bell")


def test_words_sung_after_a_comma_are_still_the_singers() -> None:
    text = "At the rally, the band leader called the candidates up, singing “It’s Our Time.”"
    assert [q.speaker for q in analyze(text).quotes] == ["the band leader"]


@pytest.mark.parametrize(
    "text",
    [
        # acclaim right before a work: a title, its comma inside the marks or not
        "According to Film Weekly, Ivo Marsh, who directed the 2011 award-nominated “Harbour "
        "Lights,” has discussed a follow-up.",
        "According to Film Weekly, Ivo Marsh, who directed the Academy Award nominated “Harbour "
        "Lights,” has discussed a follow-up.",
        "The award-winning “Night Shift” returns in May, Ivo Marsh said.",
        # a work directed, its comma closing the aside the sentence goes on after
        "According to Film Weekly, Ivo Marsh, who directed “Harbour Lights,” has discussed a "
        "follow-up.",
        "At the wake they played “Danny Boy,” and everyone cried.",
    ],
)
def test_a_work_after_acclaim_or_a_verb_of_making_is_no_quote(text: str) -> None:
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        # acclaim for a person, not a work; a verb of making with speech after a colon
        "Ivo Marsh, the award-winning chef, said: “Nobody cooks like this any more.”",
        "After winning, Ivo Marsh said: “Nobody cooks like this any more.”",
        "Ivo Marsh directed the crew, shouting: “Nobody moves until I say so.”",
    ],
)
def test_speech_near_acclaim_or_a_verb_of_making_stays_a_quote(text: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        # works given as examples, the last with the stop inside its marks
        'The album "Salt" has produced hits such as "Harbour Lights" and "Someone Like You."',
        'She has made films including "Low Tide," "Gull Island" and "Why Not Me."',
        "Radio still plays songs like “Harbour Lights” and “Stay With Me.”",
    ],
)
def test_works_given_as_examples_are_titles(text: str) -> None:
    assert not analyze(text).quotes


def test_words_said_after_such_as_stay_a_quote() -> None:
    # no kind of work before "such as": phrases someone used, with their tag
    text = 'Ana Ruiz said she hates answers such as "We Will See" and "Not Now."'
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        # "hit" and "winning" as verbs before a tagged quote: speech, not a work's title
        "The slogan that hit “Make Britain Great Again,” said Ana Ruiz, was borrowed.",
        "Voters kept winning “Small Victories Every Day,” Ana Ruiz said.",
    ],
)
def test_hit_and_winning_as_verbs_leave_the_quote(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Mara Lind, whose hit “Drive Me Home” topped the charts, will play Calder.",
            "Drive Me Home",
        ),
        (
            "Mara Lind, whose 2019 hit “Drive Me Home” topped the charts, said she was nervous.",
            "Drive Me Home",
        ),
        (
            "Ana Ruiz said she was waiting to see “The Lanterns of Calder” at the Civic.",
            "The Lanterns of Calder",
        ),
        ("Tom Vell said he could not wait to hear “Drive Me Home” live.", "Drive Me Home"),
    ],
)
def test_a_work_after_whose_hit_or_a_show_to_see_is_no_quote(text: str, title: str) -> None:
    # Before, the person the sentence is about was given the title as words they said
    assert title not in [q.text for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # near misses: words of theirs after "whose words", and words seen on a placard or heard
        ("Mara Lind, whose words “we will return” became a rallying cry, spoke.", "we will return"),
        ("Ana Ruiz said she had heard “we will fight on” from every worker.", "we will fight on"),
        (
            "Tom Vell said residents wanted to see “real action, not more meetings”.",
            "real action, not more meetings",
        ),
    ],
)
def test_words_after_whose_words_or_to_see_in_lower_case_stay_quotes(text: str, words: str) -> None:
    assert words in [q.text for q in analyze(text).quotes]
