"""The organisation a later description refers back to (org_memory.py): "the agency" looks past
the company a public body acted against, as "the company" looks past a ministry."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # Before, "Halvard Inc." (read as no business for its stop) was taken for the agency.
        (
            "The Securities and Exchange Commission sued Halvard Inc. on Monday. "
            '"Investors were misled for years," the agency said.',
            "misled",
            "Securities and Exchange Commission",
        ),
        # and "the company" still looks past the regulator that fined it
        (
            "The Environmental Protection Agency fined Kestrel Chemicals Inc. last week. "
            '"We will appeal the fine," the company said.',
            "appeal",
            "Kestrel Chemicals Inc.",
        ),
    ],
)
def test_a_description_looks_past_the_body_acted_against(
    text: str, word: str, speaker: str
) -> None:
    assert speaker_of(text, word) == speaker


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Corvane, the firm's closest competitor, said it would match the price. "
            "“Nobody will undercut us,” Corvane said.",
            "undercut",
        ),
        (
            "Lumetra, the startup behind the app, said it had fixed the flaw. "
            "“No data was lost,” Lumetra said in a statement.",
            "data",
        ),
    ],
)
def test_a_body_named_again_by_the_same_name_is_that_body(text: str, word: str) -> None:
    (quote,) = [q for q in analyze(text).quotes if word in q.text]
    assert quote.speaker_reason is not None
    assert "organisation named earlier" in quote.speaker_reason


def test_a_name_a_person_has_is_still_the_person() -> None:
    text = (
        "Tomas Kessler's campaign said it raised $2 million. "
        "“We are just getting started,” Kessler said."
    )
    assert speaker_of(text, "started") == "Tomas Kessler"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Shares of Calder Robotics Inc. fell 9% on Monday. "
            "“We were too optimistic,” Calder said in a statement.",
            "Calder Robotics Inc.",
        ),
        (
            "Ford Motor Co. recalled 10,000 trucks. “Safety comes first,” Ford said.",
            "Ford Motor Co.",
        ),
        # a foundation is no business: the one word may be the person it is named after
        (
            "The Clinton Foundation held a gala. “We raised a lot,” Clinton said.",
            "Clinton",
        ),
    ],
)
def test_a_business_called_by_a_first_word_that_is_a_first_name(text: str, speaker: str) -> None:
    # Before, "Calder" (a first name too) was never the short form of "Calder Robotics Inc."
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "middle",
    [
        "Quellmark's chairman, Sir Ivo Dunne, defended the board.",
        "The chairman of Quellmark, Sir Ivo Dunne, defended the board.",
    ],
)
def test_a_short_form_keeps_the_kind_its_full_name_gave(middle: str) -> None:
    text = (
        "Quellmark Energy plc said on Tuesday it would cut 900 jobs.\n"
        f"{middle}\n"
        "“We are disappointed,” the government said."
    )
    assert analyze(text).quotes[0].speaker == "the government"


def test_the_company_still_means_the_business_called_by_its_short_form() -> None:
    text = (
        "Quellmark Energy plc said on Tuesday it would cut 900 jobs.\n"
        "Quellmark's chairman, Sir Ivo Dunne, defended the board.\n"
        "“We had no choice,” the company said."
    )
    assert analyze(text).quotes[0].speaker in ("Quellmark Energy plc", "Quellmark")


@pytest.mark.parametrize(
    "seen",
    ["seen by Reuters", "obtained by The Associated Press", "reviewed by The Harbour Ledger"],
)
def test_a_document_an_outlet_saw_is_not_the_outlets(seen: str) -> None:
    text = (
        "Kelso Freight Inc. has laid off 300 drivers.\n"
        f"A memo sent to staff on Monday, {seen}, said the cuts would go on.\n"
        "“More reductions are likely,” the memo said."
    )
    assert analyze(text).quotes[0].speaker == "Kelso Freight Inc."


@pytest.mark.parametrize("body", ["The Tarrow union", "The GMB union"])
def test_it_after_a_body_its_own_description_names_is_that_body(body: str) -> None:
    text = (
        "Quellmark Energy plc said it would cut 900 jobs.\n"
        f"{body} called the decision “a betrayal.”\n"
        "“Workers were told nothing,” it said in a statement."
    )
    quotes = analyze(text).quotes
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.lower() == body.lower()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an analyst's firm is not the company the story is about
        (
            "Shares in Tamsin Holdings fell 4 percent on Tuesday.\n"
            "Aria Patel, an analyst at Moorgate Securities, said the deal was “fairly priced.”\n"
            "The company said in a filing that it expected “modest growth.”",
            "Tamsin Holdings",
        ),
        (
            "Orrin Foods cut its forecast on Monday.\n"
            "“It is a weak quarter,” said Lev Dunn, chief economist at Harwick Capital Group.\n"
            "“We remain confident,” the company said in a statement.",
            "Orrin Foods",
        ),
        # a spokesperson's firm still is
        (
            "Shares in Tamsin Holdings fell 4 percent on Tuesday.\n"
            "Aria Patel, a spokeswoman for Moorgate Securities, said the bid was “fairly priced.”\n"
            "The company said in a filing that it expected “modest growth.”",
            "Moorgate Securities",
        ),
    ],
)
def test_the_company_after_someone_at_another_firm(text: str, speaker: str) -> None:
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a paper the story cites is no "the police" or "the council" said later
        (
            "Police in Tarrow said they had arrested two men after a break-in at a pharmacy. "
            "According to the Tarrow Herald, a third man escaped. But the police said only "
            "one man was involved, adding: “The case is closed.”",
            "the police",
        ),
        (
            "The council approved the budget on Monday. According to the Tarrow Herald, two "
            "members walked out. The council said it “regrets the walkout” and would meet again.",
            "The council",
        ),
        # near miss: the council named before the paper is still the one meant
        (
            "Tarrow Borough Council approved the budget on Monday. According to the Tarrow "
            "Herald, two members walked out. The council said it “regrets the walkout” and "
            "would meet again.",
            "Tarrow Borough Council",
        ),
    ],
)
def test_a_cited_paper_is_no_other_kind_of_body(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("aside", "forward"),
    [
        ("led by Keel Partners", "Keel Partners"),
        ("which includes the Brackley Tenants Union", "Brackley Tenants Union"),
    ],
)
def test_a_description_never_means_a_body_first_named_in_its_own_aside(
    aside: str, forward: str
) -> None:
    # Before, "The group" went to the body its aside names, first met after it
    text = (
        "Shares in Marlow Mining fell on Monday after a campaign by Fenwick Holdings.\n\n"
        f"The group, {aside}, said in a letter that “the board has failed to act.”"
    )
    assert analyze(text).quotes[0].speaker != forward


@pytest.mark.parametrize(
    ("described", "speaker"),
    [
        ("the mining company", "Tollan Mining"),
        ("the holding company", "Ashcombe Holdings"),
        # no trade said: the company the sentence before had as its subject, not the seller
        # named in passing as an object of its clause (org_memory._subject_body)
        ("the company", "Tollan Mining"),
    ],
)
def test_a_company_described_by_its_trade_is_the_one_named_for_it(
    described: str, speaker: str
) -> None:
    # Before, "the mining company" went to the last company named, Ashcombe Holdings
    text = (
        "Tollan Mining cut 400 jobs on Tuesday, blaming falling copper prices.\n\n"
        "Tollan Mining said the cuts would fall mostly at its Brackley pit, which it bought "
        "from Ashcombe Holdings in 2019.\n\n"
        f"“We did not take this decision lightly,” {described} said."
    )
    assert analyze(text).quotes[-1].speaker == speaker
