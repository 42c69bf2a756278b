"""name_shapes.py: the shape of a quoted name, told from speech by the passage and the word next
to it (the battery, test_non_speech_battery.py, checks them through analyze())."""

from __future__ import annotations

import pytest

from app.core.analysis import name_shapes
from app.core.analysis.engine import analyze
from app.core.analysis.quotes import _WORD_RE


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def test_a_sentence_case_name_has_no_pause_stop_or_talking() -> None:
    for name in ("Where the gulls sleep", "Songs from the long road", "Find my bus"):
        assert name_shapes.sentence_case_name(_words(name), name)
    for line in ("Good morning, Lennox", "We shot it in nine days.", "I want my pool back"):
        assert not name_shapes.sentence_case_name(_words(line), line)


def test_a_term_is_not_a_verdict() -> None:
    assert name_shapes.a_term(["cold", "iron"], "cold iron")
    assert name_shapes.a_term(["microsleeps"], "microsleeps,")
    assert not name_shapes.a_term(["a", "disaster"], "a disaster")
    assert not name_shapes.a_term(["deeply", "flawed"], "deeply flawed")


def test_a_verb_after_a_subject_is_not_a_verb_of_saying() -> None:
    assert name_shapes.subject_of_verb(" opens to the public on Friday.")
    assert name_shapes.subject_of_verb(" aired in May.")
    assert not name_shapes.subject_of_verb(" shouted Ana Ruiz as the doors closed.")
    assert not name_shapes.subject_of_verb(" Ana Ruiz said.")


def test_a_thing_labelled_is_a_label_but_people_labelled_are_not() -> None:
    assert name_shapes.labelled("had labelled most of the payments ")
    assert name_shapes.labelled("marking it ")
    assert not name_shapes.labelled("labelled the protesters ")
    assert not name_shapes.labelled("labelled them ")


def test_a_verdict_with_an_article_is_the_labellers_words() -> None:
    # "labelled the plan “a shambles”" judges; "labelled the payments “stationery”" files
    assert not name_shapes.labelled("labelled the plan ", ["a", "shambles"])
    assert name_shapes.labelled("labelled the payments ", ["stationery"])
    # marking, filing and coding are still a category, article or not
    assert name_shapes.labelled("marked the file ", ["a", "priority"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Vell labelled the plan “a disaster.”", "Tom Vell"),
        ("The audit report labelled the scheme “a costly failure.”", "The audit report"),
        (
            "Opposition councillors labelled the budget “an insult to residents.”",
            "Opposition councillors",
        ),
    ],
)
def test_a_labelled_verdict_is_speech(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_words_said_in_or_to_a_work_are_speech() -> None:
    assert name_shapes.SAID_IN_RE.search("Ana Ruiz wrote in the visitors' book ")
    assert name_shapes.SAID_IN_RE.search("Ana Ruiz told the podcast ")
    assert not name_shapes.SAID_IN_RE.search("Ana Ruiz said the film ")


def test_title_case_skips_small_words_but_not_the_first() -> None:
    assert name_shapes.is_title_case(_words("Songs of the Long Road"))
    assert name_shapes.is_title_case(_words("1999 And After"))
    assert not name_shapes.is_title_case(_words("of Mice and Ferries"))
    assert not name_shapes.is_title_case(_words("Songs from the long road"))
    assert not name_shapes.is_title_case([])


def test_quoted_words_between_two_name_parts_are_a_nickname() -> None:
    # said Ana “Bo” Ruiz: the marks sit inside the name
    assert name_shapes.between_name_parts("said Ana ", " Ruiz on Monday")
    # a comma before the marks ends the name; a full stop after a short word ends the sentence
    assert not name_shapes.between_name_parts("said Ana, ", " Ruiz on Monday")
    assert not name_shapes.between_name_parts("said Ana ", " Bo. Then")
    assert not name_shapes.between_name_parts("she said ", " Ruiz on Monday")


def test_a_thing_given_a_name_names_it() -> None:
    assert name_shapes.named_thing("a class of medicines called ")
    assert name_shapes.named_thing("a ferry named ")
    assert name_shapes.named_thing("a rescue technique known as ")


def test_a_person_or_a_pronoun_calling_something_is_no_name_given() -> None:
    assert not name_shapes.named_thing("the mayor called ")  # a person: their words
    assert not name_shapes.named_thing("what he called ")
    assert not name_shapes.named_thing("She publicly called ")
    assert not name_shapes.named_thing("a ferry bound for ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending its sentence keeps one stop inside the marks (American style)
        ("white coat hypertension.", True),
        ("the Harp.", True),
        ("sea snow", True),
        # with the stop, a judgement's word anywhere makes it a verdict said
        ("hub clinic.", True),
        ("self-centered message.", False),
        ("a disgrace.", False),
        ("cruel.", False),
        ("Moonbeam.", True),
        ("Stop!", False),
    ],
)
def test_a_term_may_close_its_sentence(text: str, expected: bool) -> None:
    assert name_shapes.a_term(_WORD_RE.findall(text), text) is expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("remote working", True),  # a practice: an -ing noun after a modifier
        ("community policing", True),
        ("blended learning", True),
        ("deeply worrying", False),  # an adverb grades a judgement
        ("very disappointing", False),
        ("bloody annoying", False),  # an -ing word that judges, however led
        ("worrying", False),
    ],
)
def test_a_practice_named_by_an_ing_noun_is_a_term_not_a_verdict(text: str, term: bool) -> None:
    assert name_shapes.a_term(_words(text), text) is term


@pytest.mark.parametrize(
    "text",
    [
        "The trust would offer what it calls “shared parenting” to families who ask.",
        "Crews will move to what the service calls 'rolling cover' from May.",
        "The force is rolling out what it calls “community policing” in three towns.",
    ],
)
def test_a_practice_an_organisation_names_is_no_quote(text: str) -> None:
    assert not analyze(text).quotes


def test_a_judgement_an_organisation_gives_stays_its_words() -> None:
    (quote,) = analyze("The union opposes what it calls “deeply worrying” cuts.").quotes
    assert quote.speaker == "the union"


@pytest.mark.parametrize("verb", ["wasn’t", "wasn't", "isn’t", "hasn't", "won’t", "was not", "was"])
def test_a_title_opening_a_sentence_before_a_denied_verb_is_no_quote(verb: str) -> None:
    text = (
        "Ivo Marsh directed a film. Film Weekly reports that Marsh said the sequel would be set "
        f"in Spain.\n“Harbour Lights” {verb} the only sequel news in town this week.\n"
    )
    assert not analyze(text).quotes


def test_words_said_before_a_denied_verb_and_their_tag_stay_speech() -> None:
    [quote] = analyze("“It wasn’t easy,” Ivo Marsh said. “We weren’t ready.”\n").quotes[:1]
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize("mark", ["“{}”", '"{}"'])
def test_a_phrase_described_by_a_participle_is_the_tagged_speakers(mark: str) -> None:
    # "“Hot mudflows” caused by ...": the participle describes the thing named, it is not the
    # verb of a title; before, the sentence-case phrase opening the sentence was a title and
    # the spokesperson's words were lost
    phrase = mark.format("Hot mudflows")
    text = (
        f"{phrase} caused by heavy rain at the top of the ridge slid down on the houses, "
        "district spokesperson Maren Holt said."
    )
    quotes = analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Hot mudflows", "Maren Holt")]


@pytest.mark.parametrize(
    "text",
    [
        # a work's makers after its title: still a title
        "“Where the gulls sleep” directed by Ana Ruiz opens on Friday, festival head Tom Vell "
        "said.",
        # a title followed by its own verb
        "“Songs from the long road” opens on Friday, producer Ana Ruiz said.",
        # nobody said to have said it
        "“Hot mudflows” caused by heavy rain slid down on the houses.",
    ],
)
def test_a_title_or_an_untagged_phrase_stays_no_quote(text: str) -> None:
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        # what befell a work, or what brought it about, after its sentence-case title
        "“Glass houses” banned by the school board is back on the shelves, librarian Tom Vell "
        "said.",
        "“Paper boats” shortlisted by the panel is her third novel, the publisher said.",
        "“A river in winter” inspired by her childhood won the prize, the jury said.",
        "“Small fires” acquired by Kestrel Books will be out in June, said agent Ana Ruiz.",
    ],
)
def test_a_title_followed_by_what_befell_the_work_stays_a_title(text: str) -> None:
    # only a participle of cause ("caused by", "triggered by") describes a thing named; before,
    # any participle but a maker's took the title for the tagged speaker's words
    assert not analyze(text).quotes
