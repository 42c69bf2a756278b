"""Quote spans an editor would correct whatever the copy: a quoted transcript is not one quote,
and what someone is hailed or dismissed as is their words even in title case.
Invented copy in three house styles (curly double marks, straight double marks, British single
marks), checked the way test_general_copy.py checks the main cases."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.qa_answers import is_transcript
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- a transcript quoted as a block: several people's turns, not one quote ---------------
    Case(
        "transcript-straight-marks",
        "The station published part of the exchange. A partial transcript follows:\n\n"
        '"HOLLIS: Will the depot close before the winter timetable starts?\n\n'
        '"MARQUEZ: No. The depot stays open until the new sheds are finished, and I have '
        "said so to every driver.\n\n"
        '"HOLLIS: And after that?"\n\n'
        "“We will see,” Marquez told the Gazette later.",
        {"We will see": "Marquez"},
        ("Will the depot close", "The depot stays open"),
    ),
    Case(
        "transcript-curly-marks",
        "Councillors released the minutes of the hearing on Friday:\n\n"
        "“CHAIR: Has the trust paid the contractor in full?\n\n"
        "“MS. OKORO: It has paid every invoice it received.\n\n"
        "“CHAIR: Thank you.”\n\n"
        "Okoro said afterwards that the audit was “a formality.”",
        {"a formality": "Okoro"},
        ("Has the trust paid", "It has paid every invoice"),
    ),
    Case(
        "transcript-single-marks",
        "The tribunal heard the following exchange.\n\n"
        "‘Q: Did you sign the lease?\n\n"
        "‘A: I signed it, but I never read it.’\n\n"
        "‘It was a mistake,’ said Dervla Quinn, the tenant, outside the hearing.",
        {"It was a mistake": "Dervla Quinn"},
        ("Did you sign the lease",),
    ),
    # -- hailed, praised, dismissed as “…”: the subject's own words, title case or not -------
    Case(
        "judged-hailed-as",
        "Ten years ago, a local paper hailed the young baker as “The Queen of Rye” for "
        "reviving the town’s old recipes.",
        {"The Queen of Rye": "a local paper"},
    ),
    Case(
        "judged-dismissed-as",
        'The ferry operator dismissed the complaints as "Mostly Old News" in a short '
        "statement on Monday.",
        {"Mostly Old News": "The ferry operator"},
    ),
    Case(
        "judged-praised-as-single",
        "The inspector praised the school as ‘A Model for the County’ in her report, which "
        "was published on Thursday.",
        {"A Model for the County": "The inspector"},
    ),
    # -- words on a sign or a shirt that someone is then said to have said are theirs -------
    Case(
        "cited-as-said-curly",
        "Marchers wore badges printed with “Keep the night boat,” as Iris Vale, the ferry’s "
        "oldest skipper, said at the rally in June.",
        {"Keep the night boat": "Iris Vale"},
    ),
    Case(
        "cited-as-said-typewriter",
        "Supporters held placards reading ''Not one more closure,'' as the union's leader, "
        "Tomas Ekberg, shouted from the steps.",
        {"Not one more closure": ("Tomas Ekberg", "the union's leader")},
    ),
    Case(
        "cited-sign-stays-cited",
        "Fans carried banners reading ‘Bring back the terraces’ along the quay before kick-off.",
        {},
        ("Bring back the terraces",),
    ),
    # -- a word from someone's interjection or jibe is theirs, not the one answering it ------
    Case(
        "owned-interjection-curly",
        "At the hustings, Councillor Mara Quint answered her rival’s interjection that "
        "closing the library was “sensible.”",
        {"sensible": "her rival"},
    ),
    Case(
        "owned-jibe-straight",
        'Coach Lena Borg brushed off Tom Ekwall\'s jibe that her defence was "asleep" during '
        "the second half.",
        {"asleep": "Tom Ekwall"},
    ),
    Case(
        "owned-taunt-single",
        "The captain shrugged off Ivo Marsh’s taunt that the side were ‘finished’ before the "
        "derby.",
        {"finished": "Ivo Marsh"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_span_mechanism(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_one_labelled_line_is_not_a_transcript() -> None:
    # a tweet or a statement that opens with a label is still one person's words
    assert not is_transcript("BREAKING: The bridge is closed in both directions.")
    assert not is_transcript("We are not closing the depot. NOTE: ask the union.")
    assert is_transcript("KIM: Ready?\n\n“LEE: Not yet.")


def test_a_transcript_quote_leaves_no_quote_behind() -> None:
    text = (
        "The council posted the recording.\n\n"
        '"DALE: Who signed off the bridge repairs?\n\n'
        '"IVES: The engineer did, in March."'
    )
    assert analyze(text).quotes == ()
