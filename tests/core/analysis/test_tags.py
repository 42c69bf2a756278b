"""Speech tags around a quote: right after it, before it, inverted, "according to"."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.inverted import inverted
from app.core.analysis.mentions import find_mentions
from app.core.analysis.tags import after_quote, before_quote


def test_after_quote_finds_the_name_and_its_verb() -> None:
    text = '"xx," Ana Ruiz, the harbour master of Calder, one of the ports, said on Friday.'
    found = after_quote(text, find_mentions(text), text.index(",") + 2, len(text))
    assert found is not None
    assert (found[0].text, found[1]) == ("Ana Ruiz", "said")


def test_inverted_tags_skip_reported_speech_and_possessives() -> None:
    for text in ("said he would go", "said the board's main goal was"):
        full = "Ortiz " + text
        assert inverted(find_mentions(full), full, len("Ortiz said"), len(full)) is None


def test_according_to_cites_only_who_comes_right_after_it() -> None:
    text = "Relatives watched it, according to their lawyers, and said they were sad "
    found = before_quote(text, find_mentions(text), 0, len(text))
    assert found is None or found[0].text != "they"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "That risk remains “the main worry for now,” the statement released after the board "
            "meeting said.",
            "the statement",
        ),
        ("“Staff must not talk to the press,” a memo sent to staff on Friday said.", "a memo"),
        (
            "“Repairs will take a month,” the notice posted at the depot by managers said.",
            "the notice",
        ),
    ],
)
def test_a_documents_participle_phrase_does_not_hide_its_verb(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_participle_phrase_with_a_clause_break_is_no_tag() -> None:
    # the comma ends the phrase: the verb after it is someone else's clause
    (quote,) = analyze(
        "“Staff must not talk to the press,” the memo sent on Friday, which no one signed, "
        "was pinned up."
    ).quotes
    assert quote.speaker != "the memo"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The hull held,” the inquiry's chair, retired Adm. Olu Banjo, said.", "Olu Banjo"),
        ("“We lost the file,” the chairman, former judge Ketil Moe, told the panel.", "Ketil Moe"),
        ("“It is settled,” the firm's founder, Sana Idris, said.", "Sana Idris"),
    ],
)
def test_a_description_with_a_name_beside_it_tags_the_quote_by_name(
    text: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_description_with_a_clause_beside_it_keeps_the_tag() -> None:
    (quote,) = analyze("“The hull held,” the inquiry's chair, retired since May, said.").quotes
    assert quote.speaker == "the inquiry's chair"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I never wanted the job, not once,” according to extracts published on Sunday.",
            "extracts",
        ),
        ("“The bridge must close by winter,” according to court documents.", "court documents"),
        (
            "According to letters seen by the paper, the minister called the plan “reckless.”",
            "the minister",
        ),
        ("According to leaked memos, the rollout was “a fiasco from day one.”", "leaked memos"),
    ],
)
def test_according_to_papers_with_no_determiner_cites_them(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_according_to_a_word_that_is_no_paper_cites_nobody() -> None:
    (quote,) = analyze("“The bridge must close by winter,” according to whoever wrote it.").quotes
    assert quote.speaker is None


def test_according_to_someones_own_papers_is_not_the_papers() -> None:
    text = "Tomas Ek kept a diary. “The night was long and cold,” according to his notes."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tomas Ek"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In the words of one old teammate, “She never once missed a practice.”",
            "one old teammate",
        ),
        (
            "The mayor was blunt. In the words of Alderman Piet Osei, “This plan is a mess.”",
            "Piet Osei",
        ),
        ("Her tenure was, in the words of one aide, “a lesson in patience.”", "one aide"),
        ("“He never raised his voice,” in the words of a former pupil.", "a former pupil"),
        ("In the words of the judge, the defendant showed “no remorse at all.”", "the judge"),
    ],
)
def test_in_the_words_of_cites_who_follows_like_according_to(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_in_other_words_cites_nobody() -> None:
    (quote,) = analyze("In other words, the plan “will never work,” Lena Voss said.").quotes
    assert quote.speaker == "Lena Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a statement from the singer's manager, the tour is “on hold.”",
            "the singer's manager",
        ),
        (
            "According to a letter from the mayor's chief of staff, the budget is “final.”",
            "the mayor's chief of staff",
        ),
    ],
)
def test_according_to_a_document_from_someones_aide_cites_the_aide(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“Clear the deck by noon,” Petra Vance was told.",
        "“Close the gates,” he was warned on Sunday.",
        "“Did you see the van?” the driver was later asked.",
        "“Keep the windows shut,” nearby tenants were advised.",
        "Oskar Lund was told: “Your shift is over.”",
        "“Your shift is over,” Lund was told by phone.",
        "“The count was wrong,” it was claimed.",
        "“We were never paid,” it has been alleged in court.",
    ],
)
def test_words_told_to_someone_by_no_one_named_have_no_speaker(text: str) -> None:
    # the one told heard the words; they are still a quote, said by someone unnamed
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Clear the deck by noon,” Vance was told by her manager.", "her manager"),
        ("“We will be back,” Ivo Marsh was quoted as saying.", "Ivo Marsh"),
        ("“Stand back,” marchers were told by riot officers.", "riot officers"),
        ("“I'm fine,” Ivo Marsh said he was told.", "Ivo Marsh"),
        ("A fan yelled that the club was “dead to me” before he was asked to leave.", "A fan"),
    ],
)
def test_a_passive_tag_with_its_speaker_keeps_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


WORDS_OF = {
    "words-of": ("“It is like a war zone.” Those were the words of Carla Mendes.", "Carla Mendes"),
    "first-words-of": (
        "“I never thought I'd see this day.” Those were the first words of Ana Ruiz, 88.",
        "Ana Ruiz",
    ),
    "possessive": ("“Look after your mother.” These were Tom Vell's last words.", "Tom Vell"),
    # one word the sentence after calls someone's words is speech, not a title
    "one-word": ("“Stay.” Those were the words of Ana Ruiz.", "Ana Ruiz"),
}


@pytest.mark.parametrize(("text", "speaker"), WORDS_OF.values(), ids=WORDS_OF.keys())
def test_a_sentence_saying_whose_words_they_were_names_the_speaker(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and "whose words" in quote.speaker_reason


def test_those_were_the_days_of_names_no_speaker() -> None:
    text = "“It is like a war zone.” Those were the days of Carla Mendes."
    assert [q.speaker for q in analyze(text).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "next_speaker"),
    [
        ("The trial results were “encouraging.” Ian Tate said: “We publish in May.”", "Ian Tate"),
        ("The mood in the dressing room was “electric.” Coach Ray Doyle said they earned it.", ""),
        ("Sales of the handset were “disappointing.” Chief executive Lara Minh said so.", ""),
        ("The response was “overwhelming.” Organisers said 2,000 people signed up.", ""),
        ("The new ground will be a “world-class venue.” She said work starts in May.", ""),
        # the next sentence opens with a quote of its own: its tag is that quote's only
        ("The show was a “hit.” “We are thrilled,” said producer Ray Moss.", "Ray Moss"),
        (
            "Sales were “flat.” “Nobody is buying,” said analyst Tia Rowe at Calder Bank.",
            "Tia Rowe",
        ),
        ("The pier was “unsafe.” “We shut it at dawn,” said harbour master Ian Tate.", "Ian Tate"),
    ],
)
def test_a_fragment_ending_its_sentence_is_not_the_next_sentences_speakers(
    text: str, next_speaker: str
) -> None:
    # the capital after the closing mark opens the next sentence: its name and verb tag
    # nothing before them, so the fragment is no quote of theirs
    quotes = analyze(text).quotes
    fragment = text[text.index("“") + 1 : text.index("”")]
    assert all(q.speaker is None for q in quotes if q.text == fragment)
    assert [q.speaker for q in quotes if q.text != fragment] == (
        [next_speaker] if next_speaker else []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the quote opens its sentence: a name and verb after it are its tag
        ("“We won.” “It was hard.” Tate said after the game.", "Tate"),
        # a dash and a name after it are its tag
        ("Our job is “to keep going.” ― Nia Obi", "Nia Obi"),
        # the sentence runs on after the marks
        ("The plan was “dead on arrival!” according to Ana Ruiz.", "Ana Ruiz"),
        # the fragment's own clause says who is speaking
        ("Tate said the results were “encouraging.” He added more.", "Tate"),
    ],
)
def test_a_quote_whose_tag_follows_it_keeps_the_tag(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tate was upbeat. “The results are good.” Vell said nothing.", "Tate"),
        ("Ana Ruiz smiled. “We did it.” Tom Vell said little about the vote.", "Ana Ruiz"),
    ],
)
def test_a_verb_of_saying_that_says_nothing_tags_no_quote(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_tag_with_an_object_after_it_still_tags() -> None:
    text = "“We will win,” Vell told reporters."
    assert [q.speaker for q in analyze(text).quotes] == ["Vell"]


@pytest.mark.parametrize(
    "lead",
    [
        "Deputy Chief Tom Vale explains the Facebook user posted a photo of an officer.",
        "Deputy Chief Tom Vale said the Facebook user posted a photo of an officer.",
        "Deputy Chief Tom Vale explains that the user posted a photo of an officer.",
    ],
)
def test_the_outer_reporter_speaks_the_quote_after_nested_reported_speech(lead: str) -> None:
    # "X explains Y posted ...": two verbs, and the quote after is X's, who tells the story
    quotes = analyze(f'{lead} "We took calls about it all day."').quotes
    assert [q.speaker for q in quotes] == ["Tom Vale"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # near misses: one verb of saying only, or a body's words reported
        ("Tom Vale says the driver lost control on the bridge.", "Tom Vale"),
        ("Tom Vale said the council announced a new plan.", "the council"),
        ("The union said Ana Ruiz told members to stay home.", "Ana Ruiz"),
    ],
)
def test_the_inner_speaker_stays_without_a_person_reporting_them(lead: str, speaker: str) -> None:
    quotes = analyze(f'{lead} "We took calls about it all day."').quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "told by <group> to “…”": the group after "by" spoke, not the one told
        (
            "A court heard claims that a man accused of theft was told by officers to "
            "“just sign the form”.",
            "officers",
        ),
        (
            "A man accused of theft was told by gardai to “just sign the form”, a court heard.",
            "gardai",
        ),
        # near misses: the group's instruction does not start the quote (the outer sayer's
        # words); "told" active, the subject spoke
        (
            "In a statement, Brindle Homes said Mr Vale had been advised by doctors to rest "
            "“for the coming months”.",
            "Brindle Homes",
        ),
        (
            "Ms Roe told officers to “leave the house now”, the court heard.",
            "Roe",
        ),
    ],
)
def test_passive_told_by_a_bare_group_to(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "tail",
    [
        "according to the Morrow Courier, Lena Patto said.",
        "according to the Morrow Courier, Lena Patto, the harbour master, told reporters.",
        "according to a statement from the port, Lena Patto told staff.",
    ],
)
def test_a_name_saying_after_the_cited_source_is_the_speaker(tail: str) -> None:
    # before, the paper or the statement the words were cited from was the speaker
    (quote,) = analyze(f"“The pier stays shut,” {tail}").quotes
    assert quote.speaker == "Lena Patto"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        # the source itself cited, a relative clause about it, or a new clause: as before
        ("according to Lena Patto, the harbour master.", "Lena Patto"),
        ("according to the Morrow Courier, which spoke to Lena Patto.", "Morrow Courier"),
        ("according to the Morrow Courier, and Lena Patto said nothing.", "Morrow Courier"),
    ],
)
def test_the_cited_source_stays_when_no_name_after_it_says(tail: str, speaker: str) -> None:
    (quote,) = analyze(f"“The pier stays shut,” {tail}").quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize("verb", ["denied", "has denied", "flatly denied", "accused"])
def test_a_name_answering_the_cited_words_back_leaves_the_source(verb: str) -> None:
    # "Jory Falk denied" the words the paper reported: they are the paper's, as at 8ef30b3,
    # not his (the ef37faf reading gave them to whoever followed the source with any cue)
    text = f"“The ferry contract was rigged,” according to the Morrow Courier, Jory Falk {verb}."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Morrow Courier"
