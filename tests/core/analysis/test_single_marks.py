"""Copy that quotes with single marks: British, Irish, Australian and tabloid house styles.

Every sentence is invented. Single marks close quotes with the same glyph that writes
apostrophes, so these cases check both sides: quotes found whole, apostrophes never taken for
marks (or reported as stray ones), and the speaker found as in double-mark copy.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.analysis.engine import analyze
from app.core.analysis.quote_marks import _GLYPHS, uses_double_marks
from app.core.analysis.quotes import scan_block
from app.core.analysis.single_marks import mark_sides


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


def unbalanced(text: str) -> list[int]:
    return [f.start for f in analyze(text).findings if f.code == "unbalanced_quotes"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # broadsheet, curly singles, the speaker after the quote and then carried on
        (
            "‘We will not be bullied,’ said the council leader, Ruth Ames. ‘The money is there "
            "and we will spend it.’",
            [
                ("We will not be bullied,", "Ruth Ames"),
                ("The money is there and we will spend it.", "Ruth Ames"),
            ],
        ),
        # a nested double-marked word inside a single-marked quote: one quote, the outer one
        (
            "One nurse told the inquiry: ‘I wrote “unsafe” on the form every night. Nobody "
            "asked why.’",
            [("I wrote “unsafe” on the form every night. Nobody asked why.", "One nurse")],
        ),
        # trade paper, straight singles, possessives of plurals and of a name ending in s
        (
            "Coach Dev Lanning said: 'The players' wages aren't the problem. Jess' knee is, "
            "and we won't know 'til Friday.'",
            [
                (
                    "The players' wages aren't the problem. Jess' knee is, and we won't know "
                    "'til Friday.",
                    "Dev Lanning",
                )
            ],
        ),
        # tabloid, straight singles with clipped words and elisions everywhere
        (
            "'We were goin' mad waitin' for 'em an' all,' said Mavis Crane, 71. 'It was rock "
            "'n' roll in the '90s, and the Joneses' bar was heaving.'",
            [
                ("We were goin' mad waitin' for 'em an' all,", "Mavis Crane"),
                (
                    "It was rock 'n' roll in the '90s, and the Joneses' bar was heaving.",
                    "Mavis Crane",
                ),
            ],
        ),
        # Irish paper: a partial quote with its speaker earlier in the sentence
        (
            "‘It is a grand day for the town,’ Councillor Seán Ó Briain said. He added that the "
            "bypass was ‘long overdue’.",
            [
                ("It is a grand day for the town,", "Seán Ó Briain"),
                ("long overdue", "Seán Ó Briain"),
            ],
        ),
        # Australian paper: a partial quote, then a quote tagged with a pronoun
        (
            "Premier Jo Whitlam said the budget was ‘a fair go for families’. ‘We have "
            "listened,’ she said.",
            [("a fair go for families", "Jo Whitlam"), ("We have listened,", "Jo Whitlam")],
        ),
    ],
)
def test_single_mark_house_styles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert not uses_double_marks(text)
    assert quotes(text) == expected
    assert unbalanced(text) == []


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # elisions at the start of a word inside a quote, and at the start of the quote
        ("‘We won’t stop ’til it’s done,’ said Ana Pike.", ["We won’t stop ’til it’s done,"]),
        ("‘Rock ’n’ roll saved me,’ said Ana Pike.", ["Rock ’n’ roll saved me,"]),
        ("‘’Tis the season,’ said Ana Pike.", ["’Tis the season,"]),
        ("'In '98 we had nothing,' said Ana Pike, 40.", ["In '98 we had nothing,"]),
        # a clipped word or a plural's possessive right before the closing mark
        ("'We were sittin' there, watchin',' said Ana Pike.", ["We were sittin' there, watchin',"]),
        (
            "‘It’s the fans’ club, not the owners’,’ Ana Pike said.",
            ["It’s the fans’ club, not the owners’,"],
        ),
        # a possessive followed by its noun, a closing mark followed by "and"
        (
            "Pike said the club was ‘let down by the Rovers’ board’ and would appeal.",
            ["let down by the Rovers’ board"],
        ),
        (
            "Pike called the plan ‘bonkers’ and said the players’ union agreed.",
            ["bonkers"],
        ),
        # a nested quote in the same straight marks, closing with a comma before the outer one
        ("'He said 'go home',' said Ana Pike.", ["He said 'go home',"]),
        # a closing mark and a dash, no comma
        ("‘I won’t go’ – Ana Pike said it twice.", ["I won’t go"]),
        # a straight double-marked word nested in curly singles
        (
            'Pike said: ‘He said "no" to me, and that was that.’',
            ['He said "no" to me, and that was that.'],
        ),
    ],
)
def test_single_marks_around_apostrophes(block: str, quoted: list[str]) -> None:
    found = scan_block(block, double=False)
    assert [block[s.start : s.end] for s in found.spans] == quoted
    assert found.strays == ()


def test_quote_over_paragraphs_reopens_with_a_single_mark() -> None:
    text = (
        "Ruth Ames said the plan would work.\n\n"
        "‘We have the money. We have the staff.\n\n"
        "‘What we do not have is time,’ she said."
    )
    found = analyze(text).quotes
    assert len(found) == 1
    assert found[0].text == "We have the money. We have the staff.\n\n‘What we do not have is time,"
    assert found[0].speaker == "Ruth Ames"
    assert unbalanced(text) == []


def test_quote_over_paragraphs_in_straight_singles() -> None:
    text = (
        "Gary Platt, the landlord, said: 'We never shut, not once.\n\n"
        "'Not for the floods, not for the snow.'\n\n"
        "The pub reopened in March."
    )
    found = analyze(text).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("We never shut, not once.\n\n'Not for the floods, not for the snow.", "Gary Platt")
    ]


def test_a_quote_inside_a_quote_in_the_same_straight_marks() -> None:
    block = "'I said, 'Not tonight.' She said, 'Why not?'' Terry Bolt recalled."
    spans = scan_block(block, double=False).spans
    assert [block[s.start : s.end] for s in spans] == [
        "I said, 'Not tonight.' She said, 'Why not?'"
    ]


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # a nested quote in the same curly marks whose close could be a possessive's
        (
            "‘They thought a leaflet saying, ‘Go and vote for Hillary’ would do it. It won’t,’ "
            "she said.",
            ["They thought a leaflet saying, ‘Go and vote for Hillary’ would do it. It won’t,"],
        ),
        # a nested quote after a name, ending with the outer quote's full stop
        (
            "‘Nobody wants this. To quote my gran ‘A full kettle never boils on a Monday "
            "morning.’ That is her,’ said Ana Ruiz.",
            [
                "Nobody wants this. To quote my gran ‘A full kettle never boils on a Monday "
                "morning.’ That is her,"
            ],
        ),
        # after a full stop an opening mark begins a new quote: the first lost its close
        (
            "'First we ate. 'Then we paid the players' wages,' said Amy Reed.",
            ["Then we paid the players' wages,"],
        ),
    ],
)
def test_single_marks_nested_in_single_marks(block: str, quoted: list[str]) -> None:
    spans = scan_block(block, double=False).spans
    assert [block[s.start : s.end] for s in spans] == quoted


def test_a_missing_closing_mark_is_still_reported() -> None:
    # two openings and one close: the first opening lost its partner
    text = "'First we ate. 'Then we danced,' said Amy Reed."
    assert quotes(text) == [("Then we danced,", "Amy Reed")]
    assert unbalanced(text) == [0]


def test_a_close_after_a_stop_with_nothing_open_is_stray() -> None:
    text = "‘It was done.’ Then it was done again.’"
    assert unbalanced(text) == [len(text) - 1]


@pytest.mark.parametrize(
    "block",
    [
        "Ortiz said the players' 'heart' had won it, and the fans' support had helped.",
        "It was Jess' bike, not the Joneses', that the twins rode in the '90s.",
        "They danced 'til two to rock 'n' roll and sang with 'em an' all.",
        "The club's founders, O’Neill and D’Arcy, met in ’98 at the Rovers’ ground.",
    ],
)
def test_apostrophes_are_never_marks_in_single_mark_copy(block: str) -> None:
    found = scan_block(block, double=False)
    quoted = [block[s.start : s.end] for s in found.spans]
    assert quoted == (["heart"] if "'heart'" in block else [])
    assert found.strays == ()


@pytest.mark.parametrize(
    ("text", "double"),
    [
        # single-marks copy holding a nested double-marked word
        ("A nurse said: ‘I wrote “unsafe” on it.’ ‘Nobody read it,’ she added.", False),
        ("‘I wrote “unsafe” on it,’ a nurse said.", False),
        # straight singles whose nested quote closes with the outer one ('')
        ("'He said, 'Go home.'' Then he left, 'fuming', she said.", False),
        # double-marks copy with single marks nested inside and in a headline
        (
            "Mayor Backs ‘Fair Fares’ Plan\n\n“They told me, ‘Not here,’” she said. “We went "
            "anyway,” she added.",
            True,
        ),
        # a tie goes to double marks, the more common style
        ("She called it “a mess” and the plan ‘Project Lark’.", True),
        ("“Keep going,” he said, and they did.", True),
        # typewriter doubles (''…'') with a single-quoted headline
        ("Mayor Hails 'Fair Fares'\n\n''It works,'' he said. ''We are keeping it.''", True),
    ],
)
def test_which_marks_a_text_quotes_with(text: str, double: bool) -> None:
    assert uses_double_marks(text) is double


def test_double_mark_copy_ignores_its_single_marks() -> None:
    text = "“They told me, ‘Not here,’ and shut the door,” said Lena Brandt."
    assert quotes(text) == [("They told me, ‘Not here,’ and shut the door,", "Lena Brandt")]


def test_speaker_does_not_depend_on_the_marks() -> None:
    story = (
        "The trust's chief executive, Graham Osei, said the report made {o}painful reading{c}. "
        "{o}We accept every recommendation,{c} he said."
    )
    single, double = story.format(o="‘", c="’"), story.format(o="“", c="”")
    assert uses_double_marks(double) and not uses_double_marks(single)
    assert (
        quotes(single)
        == quotes(double)
        == [
            ("painful reading", "Graham Osei"),
            ("We accept every recommendation,", "Graham Osei"),
        ]
    )


@given(st.text(alphabet=st.sampled_from(list("ab sn.,\n\"“”‘’'0")), max_size=120))
def test_single_mark_pairs_are_ordered_and_inside_the_block(block: str) -> None:
    found = scan_block(block, double=False)
    end = 0
    for span in found.spans:
        assert end <= span.mark_start < span.start <= span.end <= span.mark_end <= len(block)
        end = span.mark_end
    assert all(0 <= s < len(block) for s in found.strays)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inch sign is no double quote: the copy still quotes with single marks
        ("'We're ready,' the 6'4\" forward said.", [("We're ready,", "the 6'4 forward")]),
        # and inside a single-marked quote it closes nothing
        (
            "‘He is 6'4\" and quick,’ the coach said.",
            [("He is 6'4\" and quick,", "the coach")],
        ),
    ],
)
def test_inch_signs_in_single_marks_copy(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(text) == expected
    assert not unbalanced(text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # guillemets facing inwards, as German and Danish copy sets them
        (
            "»We will keep the depot open«, said Ilse Varga, the mayor.",
            "We will keep the depot open",
        ),
        ("Ilse Varga said: »We will keep the depot open.«", "We will keep the depot open."),
        # ... while the French way, spaced or not, reads as before
        ("« We will keep the depot open », said Ilse Varga.", "We will keep the depot open"),
        ("Ilse Varga added: «We will keep the depot open.»", "We will keep the depot open."),
    ],
)
def test_guillemets_either_way_round_hold_the_quote(text: str, quoted: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.text.strip() == quoted
    assert quote.speaker == "Ilse Varga"


def test_inward_guillemet_sides() -> None:
    assert mark_sides("", "W", "»", _GLYPHS) == (True, False)
    assert mark_sides("n", ",", "«", _GLYPHS) == (False, True)
    assert mark_sides("", " ", "«", _GLYPHS) == (True, False)  # « spaced », at the start
    assert mark_sides(" ", ",", "»", _GLYPHS) == (False, True)


@pytest.mark.parametrize(
    ("text", "quotes", "speaker"),
    [
        # the closing mark typed with no space before the tag
        (
            "Mara Voss ran inside. “We were lucky, we got out in time,”said Voss.",
            ["We were lucky, we got out in time,"],
            "Mara Voss",
        ),
        (
            "“The roof held,”added Ian Tate. “It was loud.”",
            ["The roof held,", "It was loud."],
            "Ian Tate",
        ),
        # straight marks, typed alike at both ends: before, the glued one opened a quote that
        # held the tag itself ("said Rhea Dalton, a county official.")
        (
            'Schools closed early. "We are moving families off the banks,"said Rhea Dalton, '
            "a county official.",
            ["We are moving families off the banks,"],
            "Rhea Dalton",
        ),
    ],
)
def test_a_closing_mark_glued_to_the_tag_still_closes(
    text: str, quotes: list[str], speaker: str
) -> None:
    found = analyze(text).quotes
    assert [q.text for q in found] == quotes
    assert {q.speaker for q in found} == {speaker}


def test_an_opening_mark_glued_after_a_comma_still_opens() -> None:
    # near misses: no quote open, so the mark after "said," opens one (either glyph)
    for text in ("Mara Voss said,“We ran for it.”", "Mara Voss said,”We ran for it.”"):
        assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
            ("We ran for it.", "Mara Voss")
        ]
    text = 'Mara Voss said,"We ran for it." Nobody followed her.'
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [("We ran for it.", "Mara Voss")]
    assert mark_sides(",", "s", "”", _GLYPHS) == (True, True)
    assert mark_sides(",", "s", '"', _GLYPHS) == (True, True)
    assert mark_sides(",", "W", "“", _GLYPHS) == (True, False)


@pytest.mark.parametrize(
    ("text", "quotes", "speaker"),
    [
        # single-marks copy: the straight single mark glued after the comma closes too; before,
        # it opened a quote that held the tag and lost the words said
        (
            "Kit Arne ran the course on Sunday. 'We ran every hill,'said Kit Arne. 'It hurt.'",
            ["We ran every hill,", "It hurt."],
            "Kit Arne",
        ),
        (
            "Kit Arne ran. 'We ran, and ran,' she said. 'Then we stopped,'added Bo Lund.",
            ["We ran, and ran,", "Then we stopped,"],
            None,
        ),
    ],
)
def test_a_straight_single_mark_glued_to_the_tag_still_closes(
    text: str, quotes: list[str], speaker: str | None
) -> None:
    assert mark_sides(",", "s", "'", _GLYPHS) == (True, True)
    found = analyze(text).quotes
    assert [q.text for q in found] == quotes
    if speaker is not None:
        assert {q.speaker for q in found} == {speaker}
    else:
        assert found[-1].speaker == "Bo Lund"


def test_a_straight_single_mark_glued_after_a_comma_with_nothing_open_opens() -> None:
    # near misses: no quote open, the mark after "said," opens one; a nested single quote in
    # double-marks copy keeps its own pairing
    text = "Kit Arne said,'We ran for it.' Nobody followed her."
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [("We ran for it.", "Kit Arne")]
    text = "\"They shouted,'go home,' and we did,\" said Kit Arne."
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("They shouted,'go home,' and we did,", "Kit Arne")
    ]
    assert mark_sides(",", "W", "‘", _GLYPHS) == (True, False)


def test_doubles_typed_as_two_singles_are_double_marks() -> None:
    # print-replica text writes every double mark as two singles: ‘‘…’’
    text = (
        "An ‘‘innocent’’ driver was killed, police said.\n"
        "‘‘Three people have died. It is the last thing we want,’’ Inspector Ana Ruiz said. "
        "‘‘We will look at everything.’’\n"
        "Ruiz said officers followed ‘‘very strict rules’’ in a chase."
    )
    assert uses_double_marks(text)
    found = quotes(text)
    assert ("Three people have died. It is the last thing we want,", "Ana Ruiz") in found
    assert ("We will look at everything.", "Ana Ruiz") in found
    assert all(not q.startswith("‘") for q, _ in found)


def test_a_nested_single_closing_with_its_outer_one_stays_single() -> None:
    # near miss: ‘…‘ghost’’ is a single-marks quote whose nested quote closes with it
    text = "‘I saw the ‘ghost’’, said Ana Ruiz. ‘It was real,’ she added."
    assert not uses_double_marks(text)
    assert quotes(text) == [("I saw the ‘ghost’", "Ana Ruiz"), ("It was real,", "Ana Ruiz")]


def test_an_opening_double_typed_as_a_single_pair_in_text_without_doubles() -> None:
    # "‘’…’’": both marks typed as pairs of singles, no other double mark in the story
    text = (
        "The newly elected chair Ana Ruiz says the board will unite the party.\n"
        "‘’The party is able to rise above its own strength.’’\n"
        "She also shrugged off rumours, saying ‘’our conference is going well’’."
    )
    assert uses_double_marks(text)
    found = quotes(text)
    assert [q for q, _ in found] == [
        "The party is able to rise above its own strength.",
        "our conference is going well",
    ]
    assert all(speaker == "Ana Ruiz" for _, speaker in found)


def test_an_elided_word_after_two_single_marks_is_no_double_opener() -> None:
    # "‘’Tis": the opening single mark and the apostrophe of "’Tis", in single-marks copy
    text = "‘’Tis the season to be careful,’ said Ana Ruiz. ‘We are ready,’ she added."
    assert not uses_double_marks(text)
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("’Tis the season to be careful,", "Ana Ruiz"),
        ("We are ready,", "Ana Ruiz"),
    ]
