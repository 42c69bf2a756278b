"""A headline's quote given the person its line names as the sayer (headline_sayers.py): by a
role, a title, initials or a surname, named in full in the story and quoted there."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.headline_sayers import named_after, named_before

BODY_RUIZ = (
    'The council met on Tuesday. Fire Chief Ana Ruiz spoke first. "We listened," Chief Ruiz said.'
)

CASES = {
    "role-says": (f"‘No sign of foul play,’ fire chief says\n\n{BODY_RUIZ}", "Ana Ruiz"),
    "time-stamp": (
        f"4:10 p.m. PT: 'No sign of foul play,' fire chief says\n\n{BODY_RUIZ}",
        "Ana Ruiz",
    ),
    "colon-title": (
        "'We will not back down': Mayor\n\nCouncil votes to close library\n\n"
        'The vote was 5-2. "We will keep fighting," Mayor Ana Ruiz said.',
        "Ana Ruiz",
    ),
    "initials": (
        "'Encroachments on drains will go, no exceptions': DC\n\n"
        "Deputy Commissioner M.P. Raghavendra Rao said the drains would be cleared. "
        '"We have no discretion," Mr. Rao said.',
        "M.P. Raghavendra Rao",
    ),
    "surname-says": (
        "‘We go again’, says Okoro\n\nCoach Ben Okoro was pleased. ‘We earned it,’ he said.",
        "Ben Okoro",
    ),
    "surname-colon-before": (
        "Okoro: ‘It was a big night’\n\nCoach Ben Okoro was pleased. ‘We earned it,’ he said.",
        "Ben Okoro",
    ),
}


BARE_ROLES = {
    "says-role": (
        "'Heartbroken,' says mayor\n\nThe library will close. Mayor Ines Doyle spoke at noon. "
        '"I am heartbroken," Doyle said.',
        "Ines Doyle",
    ),
    "colon-role": (
        "'Totally unacceptable': minister\n\nThe waits grew again. Health Minister Rui Sela "
        'was blunt. "It is totally unacceptable," Sela said.',
        "Rui Sela",
    ),
    "subject-company-says": (
        "Kestrel Mills 'devastated,' company says\n\n"
        'Kestrel Mills, which runs the plant, said it was "devastated" by the fire.',
        "Kestrel Mills",
    ),
    "union-says": (
        "'We will appeal,' says union\n\nThe Harlow Mills Workers Union lost its case. "
        '"We will fight on," the union said.',
        "Harlow Mills Workers Union",
    ),
    "role-on-topic": (
        "Coach Okoro on win: 'We earned it'\n\nThe Rovers won 2-0. Coach Dele Okoro was "
        'pleased. "We earned it," Okoro said.',
        "Dele Okoro",
    ),
    "role-as-written": ("'Encroachments will go': DC\n\nThe drains flooded again.", "DC"),
    "name-on-topic-after": (
        "'Heartbroken': Mayor Pruitt on closures\n\n"
        'Mayor Ann Pruitt said she was "heartbroken" by the closures.',
        "Ann Pruitt",
    ),
    "role-in-lower-case-before": (
        "Police chief: 'No threat to public'\n\nPolice Chief Ana Ruiz spoke at noon. "
        '"People are safe," Ruiz said.',
        "Ana Ruiz",
    ),
    "subject-says-report": (
        "Housing 'unaffordable,' says report\n\nRents doubled in ten years.",
        "report",
    ),
    "agency-as-written": (
        "Fare rise 'unavoidable,' transit agency says\n\nFares go up in May.",
        "transit agency",
    ),
    # a sayer the story never quotes is left as written
    "role-never-quoted": (
        "‘No sign of foul play,’ fire chief says\n\n"
        'Crews left at noon. "It was a long night," said neighbour Tom Vell.',
        "fire chief",
    ),
}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [*CASES.values(), *BARE_ROLES.values()],
    ids=[*CASES.keys(), *BARE_ROLES.keys()],
)
def test_a_headline_quote_is_its_sayers(text: str, speaker: str) -> None:
    """Named in full in the story, or as the line gives them (a bare role kept as written)."""
    first = analyze(text).quotes[0]
    assert first.start < text.index("\n")
    assert first.speaker == speaker


def test_a_quote_in_running_text_is_untouched() -> None:
    text = 'Mayor Ana Ruiz spoke. "We will not back down," Tom Vell said. Mayor Ana Ruiz left.'
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell"]


@pytest.mark.parametrize(
    "text",
    [
        "Exclusive: 'We were never told'\n\nTenants at Harbor View were never told.",
        "Analysis: 'The end of an era'\n\nThe closure marks a turning point.",
        "'Nowhere to go': living in cars\n\nFamilies are sleeping in cars.",
        "'Oppenheimer' wins big at Oscars\n\nThe film took seven awards.",
        "Council's 'so-called' plan draws fire\n\nResidents criticised the plan.",
        "Book review: 'The Long Walk'\n\nThe novel is a triumph.",
        "Film review: 'Dune: Part Three'\n\nThe film is long.",
    ],
)
def test_a_headline_with_no_sayer_has_no_quote(text: str) -> None:
    assert [q for q in analyze(text).quotes if q.start < text.index("\n")] == []


def test_a_bare_role_speaking_on_a_topic_is_the_sayer() -> None:
    text = "‘Back to work’: minister on strike\n\nThe rail strike entered its third week."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "minister"


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("‘We were never told’: Mayor Ruiz", True),
        ("‘We were never told’, says Rafferty", True),
        ("‘We were never told,’ police chief says", True),
        ("‘We were never told’: mayor", False),  # a bare role: has_line_sayer's to read
        ("‘We were never told’ as insurers delay payouts", False),
    ],
)
def test_named_after_reads_a_name_past_the_closing_mark(line: str, named: bool) -> None:
    assert named_after(line, line.index("’", 2) + 1, len(line)) is named


@pytest.mark.parametrize(
    ("line", "named"),
    [("Ruiz: ‘We were never told’", True), ("Revealed: ‘We were never told’", False)],
)
def test_named_before_reads_a_name_not_a_label(line: str, named: bool) -> None:
    assert named_before(line, 0, line.index("‘")) is named
