"""The sidebar's tree model read without a view: sections, speakers, states, spans, highlights."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.core.analysis.engine import analyze
from app.core.analysis.speaker_confidence import check_speaker
from app.core.model import Finding, Quote, QuoteStatus, Severity, Source, Story, Verdict
from app.gui.models.quote_tree_model import ItemKind, QuoteTreeModel, Role
from app.gui.models.sidebar_content import build_content, merge_quotes
from app.gui.quote_states import QuoteState, state_of

BODY = (
    "At a crowded meeting, Okafor warned, “The hulls will not see another winter.”\n\n"
    "Union leader Marta Okafor has pressed for a survey since March, according to two port "
    "officials and a person familiar with the inspection.\n\n"
    "“Night crossings will let nurses get home,” said Colin Mbeki, a naval architect at "
    "Northgate University."
)


@pytest.fixture
def model(qapp) -> QuoteTreeModel:
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(BODY), None, BODY))
    return model


def _texts(model: QuoteTreeModel, kind: ItemKind) -> list[str]:
    return [i.data() for i in model.rows_of_kind(kind)]


def test_quotes_are_grouped_by_speaker_with_their_state_in_words(model: QuoteTreeModel) -> None:
    speakers = _texts(model, ItemKind.SPEAKER)
    assert any(s.startswith("Colin Mbeki") for s in speakers)
    quotes = model.rows_of_kind(ItemKind.QUOTE)
    assert len(quotes) == 2
    first = quotes[0]
    assert first.data().startswith("“The hulls will not see another winter.")
    assert "Unverified" in first.data()  # never by colour alone
    assert first.data(Role.STATE) == "unverified"
    assert not first.data(0x1).isNull()  # DecorationRole: the state icon


def test_every_clickable_row_knows_its_span(model: QuoteTreeModel) -> None:
    for kind in (ItemKind.QUOTE, ItemKind.ANONYMOUS):
        for index in model.rows_of_kind(kind):
            start, end = index.data(Role.SPAN)
            assert 0 <= start < end <= len(BODY)
    quote = model.rows_of_kind(ItemKind.QUOTE)[1]
    start, end = quote.data(Role.SPAN)
    assert BODY[start:end].startswith("Night crossings")
    assert model.index_for_position(start + 3) == quote
    assert not model.index_for_position(0).isValid()


def test_anonymous_sourcing_is_listed(model: QuoteTreeModel) -> None:
    assert any("two port officials" in t for t in _texts(model, ItemKind.ANONYMOUS))


def test_a_persons_status_wins_over_the_verdict() -> None:
    quote = Quote("x", 0, 1, verdict=Verdict.ALTERED)
    assert state_of(quote) is QuoteState.ALTERED
    assert state_of(replace(quote, status=QuoteStatus.VERIFIED)) is QuoteState.VERIFIED
    assert state_of(replace(quote, status=QuoteStatus.DISPUTED)) is QuoteState.DISPUTED
    assert state_of(Quote("x", 0, 1)) is QuoteState.UNVERIFIED


def test_stored_status_and_speaker_follow_the_live_quote_by_its_words() -> None:
    live = [Quote("“Hello there,”", 40, 53, speaker="A"), Quote("Other", 60, 65, speaker="B")]
    stored = [Quote("hello there", 0, 11, speaker="C", status=QuoteStatus.VERIFIED, id=7)]
    merged = merge_quotes(live, stored)
    assert merged[0].id == 7 and merged[0].status is QuoteStatus.VERIFIED
    assert (merged[0].start, merged[0].speaker) == (40, "C")
    assert merged[1].id is None and merged[1].speaker == "B"


def test_a_speaker_a_person_chose_is_never_marked_even_when_the_machine_agrees() -> None:
    live = [Quote("“We will stay,”", 0, 15, speaker="Ana Lopez", speaker_reason="he → Ana Lopez",
                  confidence=0.3)]  # fmt: skip
    stored = [Quote("We will stay,", 0, 13, speaker="Ana Lopez", speaker_reason="chosen by Sam",
                    confidence=1.0, id=4)]  # fmt: skip
    (merged,) = merge_quotes(live, stored)
    assert merged.confidence == 1.0 and not check_speaker(merged)
    (fresh,) = merge_quotes(live, [])
    assert fresh.confidence == 0.3 and check_speaker(fresh)
    # chosen before confidence was stored with the choice: the reason alone says a person chose
    older = replace(stored[0], confidence=0.5)
    (merged_older,) = merge_quotes(live, [older])
    assert merged_older.speaker_reason == "chosen by Sam" and not check_speaker(merged_older)


def test_stored_quotes_shown_before_the_analysis_are_not_marked(qapp) -> None:
    body = "Councillor Tom Vell wants the bridge “paid for by the state, every last penny.”"
    (live,) = analyze(body).quotes
    assert check_speaker(live)
    stored = replace(live, confidence=0.5, id=9)  # saved by an older version, hand-set figure
    model = QuoteTreeModel()
    model.set_content(build_content(None, Story(body=body, quotes=(stored,)), body))
    assert model.index(0, 0).data() == "Quotes (1)"
    (row,) = model.rows_of_kind(ItemKind.QUOTE)
    assert "check the speaker" not in row.data()
    model.set_content(build_content(analyze(body), Story(body=body, quotes=(stored,)), body))
    assert model.index(0, 0).data() == "Quotes (1, 1 speaker to check)"


def test_highlights_carry_states_and_finding_underlines(qapp) -> None:
    story = Story(
        body=BODY,
        quotes=(
            Quote(
                "Night crossings will let nurses get home,", 0, 1, status=QuoteStatus.DISPUTED, id=3
            ),
        ),
    )
    content = build_content(analyze(BODY), story, BODY)
    content = replace(content, findings=(Finding(Severity.WARNING, "demo", "Look here", 5, 9),))
    model = QuoteTreeModel()
    model.set_content(content)
    states = {s for _a, _b, s in model.highlights()}
    assert states == {"unverified", "disputed", "finding"}
    finding = model.rows_of_kind(ItemKind.FINDING)[0]
    assert finding.data() == "Warning: Look here"
    assert finding.data(Role.SPAN) == (5, 9)


def test_confidential_sources_say_so(qapp) -> None:
    story = Story(body=BODY, sources=(Source("Colin Mbeki", confidential=True, id=1),))
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(BODY), story, BODY))
    labels = _texts(model, ItemKind.SOURCE)
    assert any(label.startswith("Colin Mbeki (confidential)") for label in labels)


def test_an_empty_story_says_what_is_missing(qapp) -> None:
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(""), None, ""))
    assert _texts(model, ItemKind.PLACEHOLDER) == ["No quotes in this story"]


def test_reading_rows_does_not_eat_references_to_none(model: QuoteTreeModel) -> None:
    """PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None each time an empty
    QVariant crosses to or from Python (6.11.3 does not): a long session then dies with
    "Fatal Python error: none_dealloc". The sidebar reads thousands of such cells a minute."""
    import sys

    index = model.rows_of_kind(ItemKind.QUOTE)[0]
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Role.FINDING)  # no finding on a quote row: an empty QVariant
    assert sys.getrefcount(None) - before > -100, "this PySide6 build leaks None; pin <6.12"


def test_findings_say_paragraph_and_words_like_check_does(qapp) -> None:
    """Issue 15, item 13 in the window: the sidebar tells where a finding is as an editor reads."""
    from app.core.analysis.engine import analyze
    from app.core.importing import read_file
    from app.gui.models.sidebar_content import build_content
    from app.gui.panels.quote_details import finding_html
    from tests.gui.conftest import FERRY

    draft = read_file(FERRY).draft
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(draft.body, credits=draft.credits), None, draft.body))
    (row,) = [
        r
        for r in model.rows_of_kind(ItemKind.FINDING)
        if r.data(Role.FINDING).code == "anonymous_without_reason"
    ]
    label = row.data()
    assert label.startswith("Note: Anonymous sourcing without a stated reason")
    assert "\nParagraph 1: “…" in label and "three port employees" in label
    assert "Paragraph 1:" in finding_html(row.data(Role.FINDING))


def test_the_tooltip_says_why_this_speaker(qapp) -> None:
    from app.gui.models.quote_tree_model import quote_tooltip

    body = "Ana Lopez met Tom Reyes at the depot.\n\n“We are not done,” he said."
    (quote,) = analyze(body).quotes
    tip = quote_tooltip(quote)
    assert "Why this speaker: he → Tom Reyes: " in tip


def test_a_speaker_to_check_says_so_under_the_quote_and_in_its_tooltip(qapp) -> None:
    from app.gui.models.quote_tree_model import quote_detail, quote_tooltip

    body = (
        "“We will rebuild the bridge by spring,” said Mayor Ana Lopez.\n\n"
        "Councillor Tom Vell wants the bridge “paid for by the state, every last penny.”"
    )
    sure, doubted = analyze(body).quotes
    assert "check the speaker" not in quote_detail(sure)
    assert "Check the speaker" not in quote_tooltip(sure)
    assert "check the speaker" in quote_detail(doubted)
    assert "Check the speaker: " in quote_tooltip(doubted)
    chosen = replace(doubted, speaker_reason="chosen by the desk", confidence=1.0)
    assert "check the speaker" not in quote_detail(chosen)


def test_a_speaker_with_a_quote_to_check_says_so_on_their_row(qapp) -> None:
    body = (
        "“We will rebuild the bridge by spring,” said Mayor Ana Lopez.\n\n"
        "Councillor Tom Vell wants the bridge “paid for by the state, every last penny.”"
    )
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(body), None, body))
    assert model.index(0, 0).data() == "Quotes (2, 1 speaker to check)"
    rows = {row.data().split(" (")[0]: row for row in model.rows_of_kind(ItemKind.SPEAKER)}
    tip = rows["Tom Vell"].data(Qt.ItemDataRole.ToolTipRole)
    assert tip and tip.startswith("Check the speaker of one of these quotes")
    assert "Check the speaker" not in rows["Ana Lopez"].data(Qt.ItemDataRole.ToolTipRole)
    (doubted,) = [q for q in model.rows_of_kind(ItemKind.QUOTE) if "penny" in q.data()]
    assert ", check the speaker: " in doubted.data(Qt.ItemDataRole.AccessibleTextRole)


def test_every_speaker_row_says_why_this_speaker(qapp) -> None:
    """Round 27's walk-through: a speaker's row had no tooltip unless the speaker needed
    checking. Every row now says why, from the words the story used, a reason shared by
    several quotes said once with their count."""
    body = (
        "“The wall must be built before winter,” said Mayor Ilse Brandvold.\n\n"
        "Brandvold added, “We have waited long enough.” Later, “The money is there,” "
        "Brandvold said. “Spring is too late,” Brandvold said.\n\n"
        "“Nobody asked the quay,” said Okon Petrie, a harbour master."
    )
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(body), None, body))
    rows = {row.data().split(" (")[0]: row for row in model.rows_of_kind(ItemKind.SPEAKER)}
    mayor = rows["Ilse Brandvold"].data(Qt.ItemDataRole.ToolTipRole)
    assert mayor.startswith("Why Ilse Brandvold:")
    assert "• “Mayor Ilse Brandvold”: named in full" in mayor
    assert "“Brandvold”: surname of a person named earlier" in mayor
    assert "→" not in mayor, "said in words, not the rules' notation"
    assert mayor.count("\n•") == 3, "four quotes, three distinct reasons"
    assert "speech verb right after the quote (2 quotes)" in mayor
    harbour = rows["Okon Petrie"].data(Qt.ItemDataRole.ToolTipRole)
    assert harbour.splitlines() == ["Why Okon Petrie:", "• “Okon Petrie”: named in full; "
                                    "speech verb right after the quote"]  # fmt: skip


def test_a_speaker_set_by_hand_says_who_set_it(qapp) -> None:
    from app.gui.models.sidebar_content import SidebarContent

    quote = Quote("We stay.", 0, 8, speaker="Ana Lopez", speaker_reason="chosen by maria",
                  speaker_by="maria")  # fmt: skip
    model = QuoteTreeModel()
    model.set_content(SidebarContent(story_open=True, quotes=(quote,)))
    (row,) = model.rows_of_kind(ItemKind.SPEAKER)
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Why Ana Lopez:\n• set by hand by maria"


def test_a_quotes_row_tooltip_has_the_whole_quote(qapp) -> None:
    """The row shows a quote's opening words (elided at the dock's edge); the hover has all of
    them, in lines a tooltip can show."""
    words = (
        "We asked for the survey in March, we asked again in May, and every time the answer "
        "was that the hulls would last another winter, which they plainly will not"
    )
    body = f"“{words},” said Marta Okafor."
    model = QuoteTreeModel()
    model.set_content(build_content(analyze(body), None, body))
    (row,) = model.rows_of_kind(ItemKind.QUOTE)
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    quoted = tip.split("\nUnverified", 1)[0]
    assert " ".join(quoted.split()) == f"“{words},”"
    assert len(quoted.splitlines()) > 1 and all(len(line) <= 72 for line in quoted.splitlines())
