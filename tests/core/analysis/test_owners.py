"""Whose words and whose documents."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.owners import document_owners, owner_of_words
from app.core.analysis.sentences import mark_subjects


def test_a_possessive_before_a_noun_of_saying_owns_the_words() -> None:
    text = "Inspectors examined Brandt’s claim that crews had logged "
    found = owner_of_words(text, find_mentions(text), 0, len(text))
    assert found is not None
    assert (found[0].name, found[1]) == ("Brandt", "claim")


def test_his_claim_is_owned_by_a_pronoun() -> None:
    text = "Despite his promise to "
    found = owner_of_words(text, find_mentions(text), 0, len(text))
    assert found is not None and found[0].text == "his"


def test_who_issued_which_document() -> None:
    text = "On Monday, Calder Records issued a statement; Dune Productions said in a letter that"
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [
        ("Calder Records", "statement"),
        ("Dune Productions", "letter"),
    ]


def test_who_sued_owns_the_lawsuit_and_who_was_sued_does_not() -> None:
    text = "Pia Lorne sued the Marrow Trust. Ivo Keel was sued by his landlord."
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [("Pia Lorne", "lawsuit")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pia Lorne has sued her former agency. The lawsuit, filed Monday, says the agency "
            "“kept her fees for years.”",
            "Pia Lorne",
        ),
        (
            "The Marrow Trust sued the county on Friday. “The county broke its own rules,” "
            "the suit says.",
            "Marrow Trust",
        ),
        (
            "Ivo Keel was sued by his landlord in May. The lawsuit says Keel “never paid a cent.”",
            "The lawsuit",
        ),
    ],
)
def test_the_lawsuit_speaks_for_who_brought_it(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_who_wrote_emailed_or_filed_owns_the_document() -> None:
    text = (
        "Tove Marsh wrote an email to her manager. Ilse Brock emailed her landlord. "
        "Aldo Penn filed a lawsuit in May."
    )
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [
        ("Tove Marsh", "email"),
        ("Ilse Brock", "email"),
        ("Aldo Penn", "lawsuit"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In June, Tove Marsh wrote an email to her manager, Pell Dorn.",
        "Tove Marsh emailed her manager, Pell Dorn, in June.",
    ],
)
def test_an_email_a_person_wrote_is_not_the_company_named_before(sentence: str) -> None:
    text = (
        "Quarry Foods Inc. is being sued by a former packer.\n"
        f"{sentence}\n"
        "“The cold room door will not shut,” the email says."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tove Marsh"


def test_who_filed_a_lawsuit_owns_it() -> None:
    text = (
        "Quarry Foods Inc. cut 90 jobs last year.\n"
        "Aldo Penn, a former packer, filed a lawsuit against the company in May.\n"
        "“Quarry fired packers who complained,” the lawsuit says."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Aldo Penn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle that names the author comes later in the document's sentence
        (
            "Staff at Brenway Logistics heard of the cuts last week.\n"
            "The memo, dated March 3 and sent to all staff by Dana Whitlock, the company's "
            "chief operating officer, set out the cuts.\n"
            "“Overtime will end on April 1,” the memo said.",
            "Dana Whitlock",
        ),
        (
            "The audit came out on Monday.\n"
            "The report, written by the state auditor, Gail Mercer, found waste at Orlin "
            "Transit.\n"
            "“The agency failed to track spending,” the report said.",
            "Gail Mercer",
        ),
        # who has read the document since is no author
        (
            "Quarry Foods Inc. cut 90 jobs.\n"
            "The letter, seen by the Harlow Courier and signed by Nina Osei, the plant's "
            "manager, asked for calm.\n"
            "“Nobody else will lose their job,” the letter said.",
            "Nina Osei",
        ),
        # a court's order or ruling is the judge's who wrote it, not a body named since
        (
            "Kelby County has ignored the ruling for months.\n"
            "In an order on Tuesday, Judge Maren Ostrow wrote that the county had shown "
            "“no urgency at all.” She fined Kelby County $10,000.\n"
            "“The court has been more than patient,” the order said.",
            "Maren Ostrow",
        ),
        (
            "The rule was due to take effect in June.\n"
            "In a ruling Friday, U.S. District Judge Calvin Brenner said the agency had acted "
            "unlawfully. He blocked the rule at Harmon Airport.\n"
            "“The agency ignored its own record,” the ruling said.",
            "Calvin Brenner",
        ),
        (
            "Governor Ada Frane signed an executive order on Monday.\n"
            "“All state offices will close at noon,” the order says.",
            "Ada Frane",
        ),
    ],
)
def test_who_wrote_signed_or_sent_a_document_owns_it(text: str, speaker: str) -> None:
    quote = analyze(text).quotes[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # obtained, seen or leaked by someone: no author named
        "Quarry Foods Inc. cut 90 jobs.\n"
        "The memo, obtained by Nina Osei of the Harlow Courier, set out the cuts.\n"
        "“Nobody else will lose their job,” the memo said.",
        "Quarry Foods Inc. cut 90 jobs.\n"
        "The memo was leaked to reporters by Nina Osei on Friday.\n"
        "“Nobody else will lose their job,” the memo said.",
    ],
)
def test_who_only_read_or_leaked_a_document_does_not_own_it(text: str) -> None:
    quote = analyze(text).quotes[-1]
    assert quote.speaker == "Quarry Foods Inc."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the document, its author set off by commas, as the subject of the tag
        (
            "Halvard Mining plc faces a lawsuit.\n"
            "The complaint, filed by the miners’ union, says the company “ignored the warnings.”",
            "the miners’ union",
        ),
        # the author's role runs past a possessive to the name beside it
        (
            "The Harbour Board met on Tuesday. A report written by the board’s auditor, Pia "
            "Lorne, found waste.\n“Controls were weak,” the report said.",
            "Pia Lorne",
        ),
    ],
)
def test_the_author_set_off_by_commas_owns_the_document(text: str, speaker: str) -> None:
    assert analyze(text).quotes[-1].speaker == speaker


def test_a_person_inside_what_the_report_says_is_not_its_author() -> None:
    # The review found "sent home by Ana Ruiz" read as the report's author past "which said".
    text = (
        "Harbour Trust runs the ward. The report, which said nurses were sent home by Ana "
        "Ruiz, the ward manager, is damning. “Staffing failed,” the report said."
    )
    assert analyze(text).quotes[-1].speaker == "Harbour Trust"


@pytest.mark.parametrize(
    "text",
    [
        'One reading of Halvorsen\'s "We never promised a quick fix" comment is that she was '
        "being candid.",
        "Critics seized on Halvorsen’s “we will not be rushed” closing remarks at the forum.",
    ],
)
def test_a_possessive_glued_to_a_quote_then_a_noun_of_saying(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Halvorsen"


@pytest.mark.parametrize(
    "text",
    [
        # a title, not words said: no noun of saying after it
        'Halvorsen\'s "Northern Lights Over the Harbour Tonight" album sold well.',
        # a word between the possessive and the quote: the quote is not what she owns
        'Halvorsen\'s review of "Northern Lights Over the Harbour Tonight" comment threads ran.',
    ],
)
def test_a_possessive_before_a_title_owns_no_words(text: str) -> None:
    assert all(q.speaker != "Halvorsen" for q in analyze(text).quotes)
