"""Quotation-mark pairing: every style, nesting, multi-paragraph quotes, strays, titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.analysis.engine import analyze
from app.core.analysis.quotes import QuoteKind, scan_block, uses_double_marks


def texts(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“The bridge stays shut,” the engineer said.", "The bridge stays shut,"),
        ('"The bridge stays shut," the engineer said.', "The bridge stays shut,"),
        ("« The bridge stays shut », the engineer said.", " The bridge stays shut "),
        ("„The bridge stays shut“, the engineer said.", "The bridge stays shut"),
        ("``The bridge stays shut,'' the engineer said.", "The bridge stays shut,"),
        ("''The bridge stays shut,'' the engineer said.", "The bridge stays shut,"),
        ("‘The bridge stays shut,’ the engineer said.", "The bridge stays shut,"),
    ],
)
def test_every_mark_style(text: str, quoted: str) -> None:
    spans = analyze(text).quotes
    assert len(spans) == 1
    q = spans[0]
    assert text[q.start : q.end] == q.text
    assert q.text.strip() == quoted.strip()


def test_mixed_and_misdirected_marks_still_pair() -> None:
    # A curly opener closed by a straight mark, and a closing glyph typed as an opener.
    text = 'There was “no clear sign" of damage, she said.\n\n”We will rebuild,” she added.'
    assert texts(text) == ["no clear sign", "We will rebuild,"]


def test_nested_quote_stays_inside_the_outer_one() -> None:
    text = "“He told me, ‘Go home now,’ and I did,” Lopez said."
    assert texts(text) == ["He told me, ‘Go home now,’ and I did,"]


def test_nested_double_marks_of_another_style() -> None:
    text = '"The form asked: “Do you feel safe?” Most said yes," the researcher said.'
    assert texts(text) == ["The form asked: “Do you feel safe?” Most said yes,"]


@pytest.mark.parametrize(
    "text",
    [
        "“I told them, ‘You can’t say “never” to a voter,’ and they listened,” said Ana Ruiz.",
        '"I told them, \'You can\'t say "never" to a voter,\' and they listened," said Ana Ruiz.',
        "“She wrote ‘the word “done” in red,’ ” Ruiz said.",
    ],
)
def test_third_level_nesting_in_the_outer_style(text: str) -> None:
    # Double, single, double: the innermost opener is nested, not the sign of a missing close.
    result = analyze(text)
    assert [q.text.split(",")[0] for q in result.quotes] in (
        ["I told them"],
        ["She wrote ‘the word “done” in red"],
    )
    assert not any(f.code == "unbalanced_quotes" for f in result.findings)


def test_a_same_style_opener_outside_a_single_quote_is_still_a_stray() -> None:
    # The single quote is closed ("‘no’"), or is an elision ("the ‘90s"): the first opener is stray.
    for text in (
        "“He said ‘no’ and “then we lost,” Ruiz said.",
        "“In the ‘90s we won. “Then we lost,” he said.",
    ):
        result = analyze(text)
        assert [q.text for q in result.quotes][-1].lower() == "then we lost,"
        assert any(f.code == "unbalanced_quotes" and f.start == 0 for f in result.findings)


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "The mayor read a statement.\n\n"
        "“We lost three homes on Elm Street last night.\n\n"
        "“Nobody was hurt, and the shelters are open,” she said."
    )
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("We lost three homes") and q.text.endswith("are open,")
    assert "\n\n“Nobody" in q.text
    assert q.speaker == "she" or q.speaker_mention == "she"


def test_partial_quote() -> None:
    text = "Councillor Ana Ruiz called the plan “a waste of good money” on Monday."
    (q,) = analyze(text).quotes
    assert q.text == "a waste of good money"
    assert q.speaker == "Ana Ruiz"


def test_headings_and_titles_are_not_quotes() -> None:
    text = (
        "‘TOO LITTLE, TOO LATE’\n\n"
        "She appeared on the show “Morning Table” to discuss the book “A River Remembers”.\n\n"
        "“The river came up in an hour,” said Nils Berg, a farmer."
    )
    assert texts(text) == ["The river came up in an hour,"]
    heading = scan_block("‘TOO LITTLE, TOO LATE’", double=False)
    assert heading.spans[0].kind is QuoteKind.HEADING


def test_html_attributes_and_numbers_are_not_quotes() -> None:
    block = '<a href="https://example.org" data-id="12345">link</a>'
    assert all(s.kind is QuoteKind.OTHER for s in scan_block(block).spans)


def test_scare_quotes_without_a_speaker_are_dropped() -> None:
    text = "The so-called “reform” left the agency with fewer staff."
    assert texts(text) == []


def test_stray_mark_spoils_only_its_own_paragraph() -> None:
    text = (
        "The clerk wrote “this never closes, and the rest of the line runs on.\n\n"
        "Ines Costa, the librarian, said: “We open at nine.”\n\n"
        "“The roof is fixed,” Costa added."
    )
    result = analyze(text)
    good = [q for q in result.quotes if q.speaker == "Ines Costa"]
    assert [q.text for q in good] == ["We open at nine.", "The roof is fixed,"]
    stray = text.index("“this")
    assert any(f.code == "unbalanced_quotes" and f.start == stray for f in result.findings)
    doubtful = [q for q in result.quotes if q.start == stray + 1]
    assert doubtful and doubtful[0].confidence < 0.5


def test_single_marks_are_primary_when_the_text_quotes_with_them() -> None:
    assert not uses_double_marks("‘We are ready,’ she said.")
    assert texts("It isn’t the voters’ fault, ‘we are ready,’ she said.") == ["we are ready,"]


def test_apostrophes_are_not_quotes() -> None:
    assert texts("Don’t blame O’Neill for the ’90s, the Joneses’ lawyer said.") == []


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”‘’'«»„`")), max_size=200))
def test_any_text_analyses_and_offsets_are_exact(text: str) -> None:
    result = analyze(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    for f in result.findings:
        if f.start is not None:
            assert 0 <= f.start <= (f.end or f.start) <= len(text)


def _quoted(text: str) -> list[str]:
    from app.core.analysis.engine import analyze

    return [q.text for q in analyze(text).quotes]


def test_titles_in_a_list_are_not_quotes() -> None:
    text = "The service offers films such as “Harbour Lights,” “Tin Star” and “Bambino.”"
    assert _quoted(text) == []


def test_what_he_called_is_a_quote_but_so_called_is_a_term() -> None:
    assert _quoted("Ruiz praised what he called “shuttle diplomacy” on Monday.") == [
        "shuttle diplomacy"
    ]
    assert _quoted("Ruiz met the so-called “Tiger Team” on Monday.") == []
    assert _quoted("It is known as the “Harlow rule” among tax lawyers.") == []
    assert _quoted("The state launched the slogan “Rust, we’re on it.” in May.") == []
    assert _quoted("Feather lung is a type of “allergic pneumonitis” doctors see.") == []


def test_quoted_subheads_and_numbered_headings_are_not_quotes() -> None:
    text = (
        "The port reopened on Monday.\n\n‘NOT ONE MORE SEASON’\n\n"
        "“Harbour Fees Explained”\n\nThe fees rose."
    )
    assert _quoted(text) == []


def test_numbered_quoted_headings_are_not_quotes() -> None:
    text = "Five ways to save.\n\n2. “Keep Your Receipts”\n\nReceipts matter."
    assert _quoted(text) == []


def test_a_live_blog_entry_heading_is_not_a_quote() -> None:
    text = "The river rose.\n\n5:20 p.m. — “The bridge is gone”\n\nResidents moved upstairs."
    assert _quoted(text) == []
    tagged = "The river rose.\n\n5:20 p.m. — “The bridge is gone,” Tomas Brek said."
    assert _quoted(tagged) == ["The bridge is gone,"]


def test_names_given_in_the_passive_and_words_before_a_naming_noun_are_not_quotes() -> None:
    assert _quoted("The illness has been dubbed “feather duvet lung” by doctors.") == []
    assert _quoted("It earned the nickname of “the Iron Gate” long ago.") == []
    assert _quoted("The “Rust, we’re on it” ad campaign began in May.") == []
    assert _quoted("Fans know the “Bad Blood” songstress well.") == []


def test_a_slogan_quoted_again_is_still_a_slogan() -> None:
    text = (
        "The state launched the slogan “Rust, we’re on it” in May.\n\n"
        "“Rust, we’re on it” is rolling out on billboards across the state."
    )
    assert _quoted(text) == []


def test_speech_about_a_title_stays_a_quote() -> None:
    text = "“We will never change the name,” said Mia Holt of the “Harbour Lights” band."
    assert _quoted(text) == ["We will never change the name,"]


def test_a_one_word_sentence_after_a_tag_is_speech() -> None:
    text = "“Vote for the new pier,” she said later. “Please.”"
    assert texts(text) == ["Vote for the new pier,", "Please."]


def test_a_long_book_title_is_a_title() -> None:
    text = (
        'In his book "Tides and Timetables: How One Small Port Learned to Keep Its Ferries '
        'Running," Ivo Marsh sets out his rule.'
    )
    assert texts(text) == []


def test_a_quoted_name_of_a_formula_is_not_speech() -> None:
    text = "The council says it remains loyal to the “two boats, one fare” formula agreed in 2019."
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Ride the Tide” is appearing on buses across the city.",
        'The board was pleased. “Sail Safe" had become a top trend by noon.',
    ],
)
def test_quoted_words_as_a_sentence_subject_are_a_name(text: str) -> None:
    assert texts(text) == []


def test_a_pull_quote_is_not_a_second_quote() -> None:
    text = (
        "“The harbour has never been this busy, and the old ferries cannot cope,” said "
        "Ivo Marsh, the harbour master.\n\n"
        "“The old ferries cannot cope”\n\n"
        "“The old ferries cannot cope with the winter timetable either.”\n\n"
        "Marsh said the board would meet on Friday."
    )
    assert texts(text) == [
        "The harbour has never been this busy, and the old ferries cannot cope,",
        "The old ferries cannot cope with the winter timetable either.",
    ]


def test_a_repeated_line_standing_alone_is_a_pull_quote() -> None:
    text = (
        "Ivo Marsh spoke to the board.\n\n"
        "“Nobody should wait an hour for a boat.”\n\n"
        "The board heard from the harbour master for an hour. “I have said it before: nobody "
        "should wait an hour for a boat. That is the whole of it,” Marsh said."
    )
    quotes = texts(text)
    assert len(quotes) == 1
    assert quotes[0].startswith("I have said it before")


def test_a_work_named_in_apposition_is_a_title_whatever_its_case() -> None:
    text = "Ana Ruiz's essay, “Why the night boat matters,” was widely shared."
    assert texts(text) == []


def test_a_quoted_job_title_before_a_name_is_not_speech() -> None:
    text = "The Gazette assigned its “chief waterfront correspondent” Lena Ortiz to the story."
    assert texts(text) == []


def test_a_quoted_name_joined_to_another_subject_is_a_name() -> None:
    text = 'By noon both the port and “Sail With Us" had become trending topics.'
    assert texts(text) == []


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # a plural's apostrophe inside a single-quoted quote, straight and curly
        ("'The fans' support was incredible,' Ortiz said.", ["The fans' support was incredible,"]),
        ("‘We trust the players’ view,’ said the coach.", ["We trust the players’ view,"]),
        ("He called it 'the villagers' night', and left.", ["the villagers' night"]),
        # a close before a tag with its comma missing stays a close
        ("'Ask the fans' he said, 'not me.'", ["Ask the fans", "not me."]),
        # a possessive before a quote is no mark at all
        ("Ortiz said the players' 'heart' had won it.", ["heart"]),
    ],
)
def test_plural_apostrophes_in_single_marks(block: str, quoted: list[str]) -> None:
    spans = scan_block(block, double=False).spans
    assert [block[s.start : s.end] for s in spans] == quoted


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # an inch sign inside a quote: the quote closes at the mark after it
        ('"It\'s a 65" TV," the salesman said, "and it\'s on sale."', ["It's a 65\" TV,"]),
        (
            '"We sold the 55" model for $400," the manager said.',
            ['We sold the 55" model for $400,'],
        ),
        # an inch sign before a quote: no mark, no stray
        ('The 6\'4" forward said the team was "ready for anything."', ["ready for anything."]),
        ('She bought a 12" single and called it "the best day ever."', ["the best day ever."]),
        # a quote that ends on a figure still closes there
        ('The fans gave it "a perfect 10" on Sunday.', ["a perfect 10"]),
    ],
)
def test_inch_signs_after_a_figure_are_no_quotation_marks(block: str, quoted: list[str]) -> None:
    found = scan_block(block)
    assert [block[s.start : s.end] for s in found.spans][: len(quoted)] == quoted
    assert not found.strays


def test_a_quote_after_a_height_keeps_its_speaker() -> None:
    quotes = analyze('The 6\'4" forward said the team was "ready for anything."').quotes
    assert [q.text for q in quotes] == ["ready for anything."]
    assert quotes[0].speaker is not None and "forward" in quotes[0].speaker


AFTER_A_NAME_CLOSING_ITS_SENTENCE = {
    # a name whose sentence ends inside its marks, then a quote opening the next sentence: the
    # quote is no item of a list of names
    "slogan": (
        "Hale's campaign adopted the slogan “Fair Shot for All.” “We mean it,” Hale said.",
        ["We mean it,"],
    ),
    "motto": (
        "The firm's motto is “Always Open.” “We never close,” Ruiz said.",
        ["We never close,"],
    ),
    "film": (
        "The film is called “Long Night.” “It was hard to make,” the director said.",
        ["It was hard to make,"],
    ),
    "charge": (
        "Vos was convicted of “dangerous driving.” “I am sorry,” Vos told the court.",
        ["I am sorry,"],
    ),
    # a list of names still reads as one, with or without a comma between
    "list-with-comma": ("Banners reading “No farms, no food”, “Keep the mill” lined the road.", []),
}


@pytest.mark.parametrize(
    ("text", "quoted"),
    AFTER_A_NAME_CLOSING_ITS_SENTENCE.values(),
    ids=AFTER_A_NAME_CLOSING_ITS_SENTENCE.keys(),
)
def test_a_quote_after_a_name_that_closed_its_sentence(text: str, quoted: list[str]) -> None:
    assert texts(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        "### Co-op chair: “We will not sell the farm”",
        "## “We will not sell the farm,” says co-op",
    ],
)
def test_a_markdown_headings_quoted_words_are_a_headlines(text: str) -> None:
    assert analyze(text).quotes == ()
    assert all(s.kind is QuoteKind.HEADING for s in scan_block(text).spans)


def test_a_hashtag_is_no_heading() -> None:
    text = "#farmsale “We will not sell the farm,” said Nell Ambry."
    assert [q.speaker for q in analyze(text).quotes] == ["Nell Ambry"]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # double primes typed (or scanned) for straight marks
        (
            "″We can fix the roof,″ said Ilse Varga, the mayor.",
            "We can fix the roof,",
            "Ilse Varga",
        ),
        ("Ilse Varga said the plan was ″a disaster″ for the town.", "a disaster", "Ilse Varga"),
        # ... while a prime after a figure is still an inch sign
        ("“It is a 65″ screen,” said Ilse Varga.", "It is a 65″ screen,", "Ilse Varga"),
    ],
)
def test_double_primes_for_marks(text: str, quoted: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [(quoted, speaker)]


def test_a_double_prime_after_a_figure_is_no_mark() -> None:
    assert analyze("The 6″ pipe burst on Monday, the utility said.").quotes == ()
    assert scan_block("The 6′2″ centre scored twice.").spans == ()


HEADLINE_SAYERS = {
    # a headline's or a subhead's quote with its sayer attached is speech
    "colon-role-after": ("'We will not back down': Mayor", ["We will not back down"]),
    "says-name-after": ("‘We go again’, says Okoro", ["We go again"]),
    "role-says-after": ("‘No sign of foul play,’ fire chief says", ["No sign of foul play,"]),
    "time-stamp-first": (
        "4:10 p.m. PT: 'No sign of foul play,' fire chief says",
        ["No sign of foul play,"],
    ),
    # a tag's comma after the quote, its subject before: "Plan ‘reckless,’ critics say"
    "subject-quote-tag": ("Mayor's harbour plan 'reckless,' critics say", ["reckless,"]),
    # the sayer and a colon before a quote that ends the line
    "name-colon-before": ("Vell: ‘I will not resign’", ["I will not resign"]),
    # a quote alone, or with a story after it, stays a heading's words
    "label-colon-before": ("Analysis: ‘the end of an era’", []),
    "subject-quote-story": ("Mayor's harbour plan 'reckless' as critics line up", []),
    "quote-alone": ("‘A long way to go’", []),
    "story-after": ("'We Got Her!' Video Shows Dramatic Arrest", []),
    "teaser-say-as": ("Residents say 'we were left with nothing' as insurers delay payouts", []),
}


@pytest.mark.parametrize(("line", "quotes"), HEADLINE_SAYERS.values(), ids=HEADLINE_SAYERS.keys())
def test_a_headline_quote_with_its_sayer_is_speech(line: str, quotes: list[str]) -> None:
    # the body quotes with double marks; the headline, as headlines do, with single ones
    text = f'{line}\n\nThe council met on Tuesday. "We listened," Mayor Ana Ruiz said.'
    found = [q.text for q in analyze(text).quotes]
    assert found[:-1] == quotes


EXPLAINED_LIST = {
    # names in a list, each explained in a relative clause: what names the first names the next
    "mode-called": (
        'He showed a mode called "Focus Lanes," which holds back alerts, and "Glance Replies," '
        "which lets the wearer answer.",
        [],
    ),
    "setting-called": (
        "The app has a setting called “Quiet Hours,” which mutes alerts at night, and “Smart "
        "Reply,” which suggests answers.",
        [],
    ),
    # a verdict explained is no name: the list after it is someone's words
    "verdict-then-words": (
        'Ruiz called the plan "a disgrace," which drew jeers, and "Hopeless Nonsense," her aides '
        "said.",
        ["a disgrace,", "Hopeless Nonsense,"],
    ),
}


@pytest.mark.parametrize(("text", "quotes"), EXPLAINED_LIST.values(), ids=EXPLAINED_LIST.keys())
def test_names_listed_with_a_relative_clause_between(text: str, quotes: list[str]) -> None:
    assert [q.text for q in analyze(text).quotes] == quotes


def test_an_opening_double_typed_as_a_single_pair() -> None:
    # "‘’" before a word opens a quote that a curly double mark closes
    text = "The minister, Ravi Menon, said, ‘’We reviewed the meals and the beds.” He left."
    assert texts(text) == ["We reviewed the meals and the beds."]


def test_an_empty_single_pair_is_no_quote() -> None:
    # near miss: "‘’" standing alone before a space opens nothing
    assert texts("The sign read ‘’ and nothing else, Ana Ruiz said.") == []
