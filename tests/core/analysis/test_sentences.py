"""Sentence structure read for attribution: who each sentence's subject is, what a name beside a
work or a numbered ward is, and who a reported "she" means."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.sentences import mark_subjects


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_his_or_her_relative_after_and_joins_the_subject() -> None:
    text = "Rhea Voss and her husband will meet residents."
    marked = mark_subjects(text, find_mentions(text, linked=True))
    assert [(m.text, m.subject) for m in marked] == [("Rhea Voss", True), ("her husband", True)]
    text = "Rhea Voss met her husband at noon."
    marked = mark_subjects(text, find_mentions(text, linked=True))
    assert [(m.text, m.subject) for m in marked] == [("Rhea Voss", True), ("her husband", False)]


def test_a_body_cited_with_according_to_is_no_audience() -> None:
    # Before, "to the" made the committee someone spoken to, so "the committee" found nobody.
    text = (
        "Emissions rose 3% last year, according to the Climate Change Committee. "
        "The committee said progress was “worryingly slow for a decade.”"
    )
    assert _speakers(text) == ["Climate Change Committee"]
    text = "Ana Ruiz spoke to the Harbour Gazette on Monday."
    marked = mark_subjects(text, find_mentions(text, linked=True))
    assert [m.audience for m in marked if m.text == "Harbour Gazette"] == [True]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Keep the lights low,” the director of the play, Rui Santos, said.", "Rui Santos"),
        (
            "“It ran long,” the producer of her latest film, Ines Varga, told reporters.",
            "Ines Varga",
        ),
        ("The author of the memoir, Ola Berg, said: “I wrote it at night.”", "Ola Berg"),
        ("“Buy early,” said the editor of the magazine, Kit Moran.", "Kit Moran"),
    ],
)
def test_a_name_beside_a_person_described_by_a_work_is_that_person(text: str, speaker: str) -> None:
    # the work ends the person's description ("of the play"): the name set beside it after
    # the comma is the person's, not the work's title
    assert _speakers(text) == [speaker]


def test_a_name_beside_a_work_alone_is_still_its_title() -> None:
    text = "In her first novel, Salt Flats, Ruiz wrote about her town. “It was home,” she said."
    assert _speakers(text) == ["Ruiz"]


def test_a_says_aside_makes_its_sayer_the_one_a_later_pronoun_means() -> None:
    # "Her uncle, she says, ...": the aside's "she" is the teller, not the uncle described;
    # the next sentence's "She" and the quote's "she" are her
    text = (
        "Mira Sand took over the forge in 2010.\n\n"
        "Her aunt, she says, taught her to weld. She was nine.\n\n"
        "“I still use her gloves,” she says.\n"
    )
    assert _speakers(text) == ["Mira Sand"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Harbour Authority recently cut its forecast. “We were wrong,” it said.",
            "Harbour Authority",
        ),
        (
            "The Taxpayers' Alliance and the Institute for Fiscal Studies both criticised the "
            "plan. “It doesn't add up,” the institute said.",
            "Institute for Fiscal Studies",
        ),
        # a name before a noun is still a modifier
        ("Ana Ruiz visited the Kelso Tech store. “It was busy,” she said.", "Ana Ruiz"),
    ],
)
def test_an_adverb_after_a_name_shows_it_is_the_subject(text: str, speaker: str) -> None:
    # Before, "the Harbour Authority recently" read as a name used before a noun, so the
    # body was never met and "it" or "the institute" found nothing (or the wrong body)
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "says"),
    [
        ("A welder at the plant said workers ran toward the gate.", True),
        ("A nurse, who asked not to be named, said the ward was full.", True),
        ("A man who said he was a collector bought the first painting.", False),
        ("One critic called it tender.", False),
    ],
)
def test_an_unnamed_subject_reporting_words_is_marked(sentence: str, says: bool) -> None:
    subject = next(m for m in mark_subjects(sentence, find_mentions(sentence)) if m.subject)
    assert subject.reported is says


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ward 27 (Bolarkatte) councillor Mohammed Haneef Kunhi welcomed the order but said "
            "families should not be “thrown on the road”.",
            "Mohammed Haneef Kunhi",
        ),
        (
            "Ward 4 councillor Ana Rao backed the plan but said it would “hurt families”.",
            "Ana Rao",
        ),
        (
            "District 9 (Eastside) supervisor Tom Vell welcomed the vote but said the cap was "
            "“far too little”.",
            "Tom Vell",
        ),
        # a numbered place before people who are no one's title is left as it was
        ("Ward 3 residents said the drains were “never cleaned.”", "residents"),
    ],
)
def test_a_numbered_ward_or_district_titles_the_role_after_it(text: str, speaker: str) -> None:
    # Before, "Ward" (or "District") opening the sentence was its subject and took the quote
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


_TWO_WOMEN = (
    "Police Chief Mara Dunn said the relatives were still being told. “We won’t release that "
    "name tonight,” she said.\n"
    "Jasmeet Grewal, {clause}, said {pronoun} had handed the video to investigators. “They can "
    "have all of it,” she said."
)


@pytest.mark.parametrize("clause", ["who filmed the blast from her balcony", "who lives nearby"])
def test_said_she_after_the_subjects_who_clause_is_the_subject(clause: str) -> None:
    # Before, the reported "she" after a relative clause gave Grewal no gender, and the next
    # "she" went to the chief, the woman named before
    text = _TWO_WOMEN.format(clause=clause, pronoun="she")
    assert analyze(text).quotes[-1].speaker == "Jasmeet Grewal"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Jasmeet Grewal, who lives nearby, said she had the video.", True),
        ("Jasmeet Grewal, whose son filmed the blast, said he had the video.", False),
        ("Jasmeet Grewal, who met Tom Vell, said he had the video.", False),
    ],
)
def test_said_she_after_a_clause_about_the_subject_alone_is_reported(
    sentence: str, reported: bool
) -> None:
    # a clause naming someone else may be about whom the "he" means: not the subject's
    marked = mark_subjects(sentence, find_mentions(sentence))
    pronoun = next(m for m in marked if m.text in ("he", "she"))
    assert pronoun.reported is reported


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # "told" with its object, and "said:" with a colon, carry as "said" does
        ("A nurse at the hospital told The Ledger the ward was full.", "A nurse at the hospital"),
        (
            "One former welder at the yard, who left in May, said: the shifts were long.",
            "one former welder",
        ),
    ],
)
def test_an_unnamed_source_who_told_or_said_colon_speaks_next(middle: str, speaker: str) -> None:
    pronoun = "he" if "welder" in middle else "she"
    opening = "Ana Ruiz chairs the board. Tom Vell runs the yard."
    text = f"{opening}\n\n{middle}\n\n“We had no rest,” {pronoun} said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize("verb", ["met", "began"])
def test_an_irregular_past_after_the_name_is_its_verb(verb: str) -> None:
    """ "The Calder Board of Education met on Monday": the board acts (it is no "the Apple
    store"), so a later "the board said" is the board named."""
    text = f"The Calder Board of Education {verb} on Monday. “We regret it,” the board said."
    assert [q.speaker for q in analyze(text).quotes] == ["Calder Board of Education"]


def test_an_irregular_past_that_is_also_a_noun_stays_a_noun() -> None:
    """ "The Makita saw was faulty": "saw" names the tool, so the company said nothing."""
    text = (
        "Acme Tools recalled a product. The Makita saw was faulty, it said. “We are sorry,” "
        "the company said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Acme Tools"]


@pytest.mark.parametrize(
    "verb",
    [
        "asked those present to stand together",
        "urged those present to stand together",
        "thanked those present",
    ],
)
def test_a_full_name_asking_or_urging_people_is_a_person_whatever_the_first_name(
    verb: str,
) -> None:
    """ "Tshepo Osei asked those present to ...": a full name that asks, urges or thanks people
    is a person's, as one that says something is, so the "he" after it means him rather than
    someone whose first name agrees further back."""
    text = (
        f"Marcus Delane wrote about the drought. Tshepo Osei {verb}.\n\n"
        "“We need clean water,” he said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tshepo Osei"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Vell is the band's singer. Small Rooms thanked fans after the show.\n\n"
            "“We loved every minute of it,” he said.",
            "Tom Vell",
        ),
        (
            "Ana Ruiz is the captain. Ocean Dawn asked port officials for a berth.\n\n"
            "“We need a safe place to wait,” she said.",
            "Ana Ruiz",
        ),
        (
            "Marcus Delane wrote about the drought. Kofi Brandt asked those present to stand.\n\n"
            "“We need clean water,” he said.",
            "Kofi Brandt",
        ),
    ],
)
def test_a_band_or_ship_that_asks_or_thanks_is_no_person(text: str, speaker: str) -> None:
    """A band thanks fans and a ship asks for a berth as a person does: "asked", "urged" and
    "thanked" show a person only after a known first name or before "those present", so the
    he/she after a band or ship still means the person named before it."""
    assert _speakers(text) == [speaker]


def test_a_trade_before_a_full_name_that_who_follows_is_a_person_s_description() -> None:
    # Before, "operator" (an organisation noun) made "Tavi Roon" an organisation, so "he" went
    # to the owner named before
    text = (
        "At Harrow Castings, owner Peter Harrow said he had sent half his staff home.\n\n"
        "Machine operator Tavi Roon, who has worked at the foundry for 12 years, said workers "
        "were worried. “The boss has been fair. But fair does not pay my bus fare,” he said."
    )
    assert analyze(text).quotes[0].speaker == "Tavi Roon"


@pytest.mark.parametrize("verb", ["won", "lost", "fell"])
def test_a_nationality_noun_and_name_before_a_past_form_is_its_subject(verb: str) -> None:
    # "The Dutchman Tom Vell won.": "won" is also a noun, and the name was read as a modifier
    # ("the Apple store"), so the man was never met and "he" found no one
    text = f"The Dutchman Omar Bek {verb}. “I felt strong all day,” he said."
    assert [q.speaker for q in analyze(text).quotes] == ["Omar Bek"]


def test_a_name_before_a_noun_after_the_is_still_a_modifier() -> None:
    text = "Lina Hart visited the Omar Bek store. “It was busy,” she said."
    assert [q.speaker for q in analyze(text).quotes] == ["Lina Hart"]


def test_a_nationality_noun_and_name_before_an_object_reads_as_before() -> None:
    text = "The Dutchman Omar Bek won the race. “I felt strong all day,” he said."
    assert [q.speaker for q in analyze(text).quotes] == ["Omar Bek"]
