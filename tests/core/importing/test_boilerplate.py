"""Web boilerplate, end marks, sign-off codes and desk tags: what is not story."""

from __future__ import annotations

import pytest

from app.core.importing.boilerplate import (
    contact_emails,
    is_boilerplate,
    is_desk_tag_candidate,
    is_end_mark,
    is_section_label,
    is_signoff_code,
)

BOILERPLATE = [
    "This site uses cookies to make your visit better. Accept Read More",
    "We use cookies to personalise content. Manage preferences",
    "By continuing you consent to our cookie policy.",
    "Read More",
    "READ MORE: Five things to know about the vote",
    "Read also: The week in pictures",
    "Share this article",
    "Share on Facebook",
    "Subscribe to our newsletter for daily updates",
    "Sign up for our morning newsletter",
    "Click here to watch the video",
    "To see the full ruling, click here.",
    "Copyright 2024 Example Media. All rights reserved.",
    "© 2024 Example News Ltd",
    "Advertisement",
    "Skip to main content",
    "Follow us on X and Instagram",
    "Download our free app",
    "3 min read",
    "Updated 5 hours ago",
    "Our Standards: The Example Trust Principles.",
    "Related: How the budget was built",
    "Saturday 7 March 2026 17:41 GMT",  # a page's time stamp on its own line
    "March 4, 2026, 5:02 p.m. ET",
]

NOT_BOILERPLATE = [
    "The company said it would stop using third-party cookies next year.",
    "Read the statement aloud, she told the court.",
    "Shares fell 4% in early trade.",
    "Subscribers complained about the price rise, the regulator said.",
    "Updated figures showed a rise in exports.",
    "The copyright case will be heard in June.",
    "He clicked through the slides without comment.",
    "Tuesday 3 March 2026",  # a date alone may be a dateline's or a diary entry's
    "The vote is on 7 March 2026 at 17:00 in the hall.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", NOT_BOILERPLATE)
def test_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["-30-", "###", "(ENDS)", "ENDS", "___", "(MORE)", "-0-"])
def test_end_marks(line: str) -> None:
    assert is_end_mark(line)


@pytest.mark.parametrize("line", ["More.", "The end of an era.", "End"])
def test_not_end_marks(line: str) -> None:
    assert not is_end_mark(line)


def test_sign_off_codes_contacts_and_desk_tags() -> None:
    assert is_signoff_code("burs-jm/sst")
    assert is_signoff_code("ml/jh")
    assert not is_signoff_code("and/or")
    assert not is_signoff_code("ML/JH")
    assert contact_emails("((ana.lima@example.com; +44 20 5555 0100))") == ["ana.lima@example.com"]
    assert contact_emails("She wrote to ana@example.com on Monday.") is None
    assert is_desk_tag_candidate("Axis international–Monitoring")
    assert not is_desk_tag_candidate("The vote was close.")


def test_section_labels_are_short_paths_or_one_capitalised_word() -> None:
    assert is_section_label("FOOTBALL | MATCH REPORT")
    assert is_section_label("News / World / Europe")
    assert is_section_label("EXCLUSIVE")
    assert not is_section_label("MARKETS RALLY")  # may be a wire headline
    assert not is_section_label("Fares rise | Dunmore council says it had no choice at all")
    assert not is_section_label("He said: yes / no.")


@pytest.mark.parametrize(
    "line",
    ["**Read more:** Depot staff vote on new shifts", "*Related:* Fares to rise in spring"],
)
def test_a_link_line_with_a_bold_lead_in_is_boilerplate(line: str) -> None:
    # a page's <strong>Read more:</strong> comes through as Markdown bold and was kept
    assert is_boilerplate(line)


def test_a_bold_sentence_is_still_story() -> None:
    assert not is_boilerplate("**Read** the small print, the inspector told landlords on Monday.")
