"""Quoted names listed together (title_lists.py): titles in a list, names each explained by a
relative clause, a quote after a name whose sentence closed inside its marks."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def texts(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_titles_in_a_list_are_not_quotes() -> None:
    text = "The service offers films such as “Harbour Lights,” “Tin Star” and “Bambino.”"
    assert texts(text) == []


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
