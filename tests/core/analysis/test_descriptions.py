"""Descriptions resolved to speakers (descriptions.py): organisations, documents and their
authors, and people described but never named."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_reason) for q in analyze(text).quotes]


def test_the_bank_is_the_bank_named_before_however_far_back() -> None:
    text = (
        "Northgate Bank will close 40 branches. Rachel Dunmore, its chief executive, met "
        "analysts with Tom Price of the Orbis Group on Thursday.\n\n"
        "The bank said in a statement that staff would be offered “natural attrition.”"
    )
    ((speaker, reason),) = _speakers(text)
    assert speaker == "Northgate Bank"
    assert reason.startswith("The bank → Northgate Bank: the bank named before")


def test_a_specific_kind_of_institution_is_not_another_kind() -> None:
    text = (
        "Inspectors visited Hillside Academy in May. The department’s letter warned that its "
        "funding was “at risk.”"
    )
    assert _speakers(text)[0][0] == "the department"


def test_the_company_with_no_organisation_named_is_the_subject_no_person_is() -> None:
    text = "Marwick Pryce apologised on Monday. “We are sorry,” the company said."
    ((speaker, reason),) = _speakers(text)
    assert speaker == "Marwick Pryce"
    assert "no person's" in reason
    assert [s.name for s in analyze(text).sources] == ["Marwick Pryce"]


def test_a_document_speaks_for_the_author_it_names() -> None:
    cases = {
        "A statement from Kestrel Airlines said the flight landed “without incident.”": (
            "Kestrel Airlines"
        ),
        "The Care Quality Commission’s report said staff were “stretched.”": (
            "Care Quality Commission"
        ),
        "A report by the Institute for Fiscal Studies warned of “painful” choices.": (
            "Institute for Fiscal Studies"
        ),
        "The EU statement stopped short of that but said the plan raised “serious concern”.": (
            "EU"
        ),
    }
    for text, author in cases.items():
        ((speaker, reason),) = _speakers(text)
        assert speaker == author, text
        assert "who the document names" in reason


def test_an_unnamed_person_can_be_he_but_is_no_named_source() -> None:
    text = "When I sold my car, my neighbour laughed. “You’ll last a month,” he said."
    result = analyze(text)
    (quote,) = result.quotes
    assert quote.speaker == "my neighbour"
    assert quote.speaker_mention == "he"
    assert "my neighbour" not in [s.name for s in result.sources]


def test_the_manager_is_the_person_described_as_manager() -> None:
    text = (
        "City’s manager, Paul Hendry, was furious. Ellen Cole, the club’s captain, agreed.\n\n"
        "“We were robbed,” the manager said."
    )
    ((speaker, reason),) = _speakers(text)
    assert speaker == "Paul Hendry"
    assert "described as manager" in reason


def test_their_report_is_the_groups_not_the_person_quoted_last() -> None:
    # "their" stands for the group the sentence before made its subject, never one person
    text = (
        "Owen Lark, the harbour master, spoke to reporters. “We will reopen soon,” he said.\n\n"
        "Engineers who surveyed the wall had warned of cracks for years. Their report called the "
        "quay “unsafe for any vessel.”"
    )
    speakers = _speakers(text)
    assert speakers[0][0] == "Owen Lark"
    speaker, reason = speakers[1]
    assert speaker is not None and speaker.lower().startswith("engineers")
    assert "whose report: their →" in reason


def test_their_submission_with_no_group_before_it_stays_as_written() -> None:
    # no group or organisation is "they": the words are not given to the single person before
    text = (
        "Owen Lark, the harbour master, spoke to reporters. “We will reopen soon,” he said.\n\n"
        "Their submission called the quay “unsafe for any vessel.”"
    )
    assert _speakers(text)[1][0] == "Their submission"


def _speaker_and_mention(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_mention) for q in analyze(text).quotes]


def test_a_document_is_not_owned_by_a_body_named_after_it() -> None:
    text = "According to the report, the Harwick Ferry Company “ignored every warning.”"
    assert _speaker_and_mention(text) == [("the report", "the report")]


def test_a_lawsuit_is_not_owned_by_the_body_it_names() -> None:
    text = (
        "Harlow Foods was sued on Monday. The company “failed to protect” its workers, "
        "according to the lawsuit."
    )
    assert _speaker_and_mention(text) == [("the lawsuit", "the lawsuit")]


def test_a_statement_is_still_owned_by_the_body_named_before_it() -> None:
    text = "Harlow Foods closed the plant on Monday. The statement called the move “painful.”"
    assert _speaker_and_mention(text) == [("Harlow Foods", "The statement")]


def test_a_public_body_described_is_not_a_firm_named_before() -> None:
    text = "The firm “knowingly misled” investors, the regulator said."
    assert _speaker_and_mention(text) == [("the regulator", "the regulator")]


def test_the_company_said_in_a_statement_is_the_firm_named_before() -> None:
    # Issuing the statement and saying the words both resolve "The company": the second
    # reading must not stop at the description the first one remembered.
    text = (
        "Northway Lines, which runs the ferry, has also been critical. The company said in a "
        "statement that the board had “ignored repeated warnings.” It added that it would "
        "“consider all options.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Northway Lines", "Northway Lines"]


def test_a_report_is_still_its_author_quoted_before() -> None:
    text = (
        "Ana Ruiz wrote the report. “It took a year,” she said. The report found that staff "
        "were “badly trained.”"
    )
    assert _speaker_and_mention(text)[1] == ("Ana Ruiz", "The report")


def test_the_miner_after_a_mining_firm_is_the_firm() -> None:
    text = (
        "Dunrock Mining plc said output fell. “The strike is contained,” the miner said.\n\n"
        "The Orlin Brewing Co. is closing. “It breaks our hearts,” the brewer said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Dunrock Mining plc", "Orlin Brewing Co."]


def test_the_miner_described_or_just_named_is_still_the_person() -> None:
    text = (
        "Dunrock Mining plc said output fell. Ana Lusk, a miner, was hurt in the blast. "
        "“I was lucky,” the miner said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Lusk"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an official reporting on the person just named is someone else
        ("John Marsh, 34, was arrested on Friday. “He did not resist,” the sheriff said.",
         "the sheriff"),
        ("Dana Cole, 41, died at the scene, the coroner said. “It was instant,” the coroner said.",
         "the coroner"),
        ("Ana Ruiz was charged on Monday. “She denies it,” the lawyer said.", "the lawyer"),
        ("Mara Kline heads in the winner. “What a finish,” says the commentator.",
         "the commentator"),
        # ... unless the story described that person by the role
        ("Tom Hale, the county sheriff, spoke on Monday. “We got him,” the sheriff said.",
         "Tom Hale"),
        # a role a story's own person plays still refers back to them
        ("Kieran Moffat scored twice. “I just hit it,” the striker said.", "Kieran Moffat"),
    ],
)  # fmt: skip
def test_a_bare_official_is_not_the_person_the_sentence_before_was_about(
    text: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


OBJECT_OF_THE_SUBJECT = {
    # a person acting on someone of the same gender stays who the next "he"/"she" is
    "met-a-fisherman": ("Tomas Ruiz met a fisherman. “I had no choice,” he said.", "Tomas Ruiz"),
    "plays-a-fisherman": (
        "Tomas Ruiz plays a fisherman. “The sea owes me nothing,” he says.",
        "Tomas Ruiz",
    ),
    "met-a-widow": ("Ana Ruiz met a widow. “I had no choice,” she said.", "Ana Ruiz"),
    # with no person as the subject, or the other gender, the one brought in is who speaks
    "reporters": ("Reporters spoke to one mother. “We are scared,” she said.", "one mother"),
    "police": ("Police questioned a man near the pier. “I saw nothing,” he said.", "a man"),
    "other-gender": ("Ana Ruiz met a widower. “I was lost,” he said.", "a widower"),
}


@pytest.mark.parametrize(
    ("text", "speaker"), OBJECT_OF_THE_SUBJECT.values(), ids=OBJECT_OF_THE_SUBJECT.keys()
)
def test_someone_the_subject_acts_on_is_not_the_next_pronoun(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dean Cole scored twice. “He was unplayable,” the manager said.", "the manager"),
        ("Tom Vell runs the café. “He works harder than anyone,” the manager said.", "the manager"),
        # the words are about someone else: the bare role still refers back
        ("Ana Ruiz runs the café. “It has been a hard year,” the manager said.", "Ana Ruiz"),
    ],
)
def test_a_bare_role_is_not_the_person_its_quote_talks_about(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_body_described_in_full_keeps_its_whole_name() -> None:
    text = (
        "The ministry of health said the outbreak was “contained.” "
        "The ministry said it would “keep watching.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["the ministry of health"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two people were hurt in a crash on Dock Road, the Westvale Police Department said.\n"
            "Officers closed the road for three hours.\n"
            "“Please avoid the area,” Westvale police said.",
            "Westvale Police Department",
        ),
        (
            "The Kelmarsh Fire Service said the blaze started in a kitchen.\n"
            "“It spread fast,” Kelmarsh fire officials said.",
            "Kelmarsh Fire Service",
        ),
        # no force of that place named: as written
        (
            "Two people were hurt in a crash on Monday.\n"
            "“Please avoid the area,” Westvale police said.",
            "Westvale police",
        ),
        (
            "The Westvale Police Department said two people were hurt.\n"
            "“Please avoid the area,” Harlow police said.",
            "Harlow police",
        ),
    ],
)
def test_a_places_police_is_its_force_named_in_full_before(text: str, speaker: str) -> None:
    assert analyze(text).quotes[-1].speaker == speaker


def test_its_document_as_the_subject_is_its_bodys_and_does_not_loop() -> None:
    # Before, "Its annual report" as the subject asked "it" of itself without end (a crash).
    text = (
        "The Kelmarsh Water Board publishes its figures each spring.\n"
        "Its annual report says leaks rose “sharply” last year."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Kelmarsh Water Board"


_PACKER_STORY = (
    "“Nobody told us the rate would change,” said a picker who has worked at the depot for six "
    "years.\n"
    "The company did not respond to questions.\n"
    "{named}, a former safety officer at the depot, said the alarms were often ignored.\n"
    "Back at the depot, the picker said she had hit her target every week.\n"
    "“I’m 51. I’m fast,” she said."
)


@pytest.mark.parametrize("named", ["Ana Ruiz", "Tom Vell"])
def test_the_unnamed_person_met_before_is_the_subject_again(named: str) -> None:
    # Before, "the picker" was no one met before, and "she" went to Ana Ruiz, the woman
    # named in between (or stayed without a gender after Tom Vell)
    quote = analyze(_PACKER_STORY.format(named=named)).quotes[-1]
    assert quote.speaker == "a picker"
    assert "gender agrees" in (quote.speaker_reason or "")


def test_the_unnamed_person_reported_on_does_not_take_the_speakers_he() -> None:
    # "the injured man" in the words a worker reports is the man met before, but not the
    # subject who speaks next
    text = (
        "A man was badly hurt outside a cafe on Friday.\n"
        "A waiter at the cafe, who asked not to be named, said the injured man had left "
        "shortly before. “He was laughing, and then he went outside,” he said."
    )
    assert analyze(text).quotes[0].speaker == "a waiter"


def test_the_role_of_a_named_person_still_refers_to_them() -> None:
    text = (
        "Ana Ruiz, a nurse at the clinic, said the ward was full.\n"
        "A porter said the lifts had failed.\n"
        "The nurse said she had worked 14 hours.\n"
        "“I can’t keep this up,” she said."
    )
    assert analyze(text).quotes[0].speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("“You have been looking at them for a minute,” Apex’s chief executive said.", "Ana Ruiz"),
        # another company's chief, or another of Apex's officers, is someone else
        (
            "“We saw it coming,” Brightline’s chief executive said.",
            "Brightline’s chief executive",
        ),
        ("“The numbers are good,” Apex’s finance director said.", "Apex’s finance director"),
    ],
)
def test_a_companys_role_is_the_person_titled_so_before(second: str, speaker: str) -> None:
    # Before, "Apex's chief executive" stayed an unnamed speaker though the story had named
    # "Apex CEO Ana Ruiz"
    text = f"Apex CEO Ana Ruiz took the stage on Tuesday. She was wearing the glasses.\n{second}"
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a one-word stage name the story gives no other name, and no role before it (so no
        # description of hers answers "the singer"): a person by the first-name table ...
        (
            "Tamsin cancelled her tour on Tuesday.\n\n"
            '"I have no choice but to rest," the singer said.\n',
            "Tamsin",
        ),
        # ... or by a sign only a person has (an age beside the name)
        (
            "Vantrel, 29, cancelled her tour on Tuesday.\n\n"
            '"I have no choice but to rest," the singer said.\n',
            "Vantrel",
        ),
        # near miss: a bare surname with no first name, no sign of a person: stays as written
        (
            "Marsh cancelled the tour on Tuesday, the promoter said.\n\n"
            '"My voice is weak," the singer said.\n',
            "the singer",
        ),
    ],
)
def test_a_bare_role_refers_back_to_a_mononym(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes][-1:] == [speaker]


@pytest.mark.parametrize("noun", ["statement", "statements"])
def test_the_statements_read_is_the_statement_issued_before(noun: str) -> None:
    text = (
        "The Harbour Police Command says it has arrested four suspects after a raid in "
        "Tarrow.\n\nA statement issued in Tarrow by the police spokesman, Ade Bello said the "
        f"command acted quickly.\n\nThe {noun} read “The command arrested four suspects "
        "within a day of the raid.”"
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ade Bello"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz and her son Tom were at the market on Saturday.\n\nHer son said the queue"
            " was long. “We waited two hours,” he said.",
            "Tom",
        ),
        (
            "Piet Lang and his wife, Mira, run the bakery on Quay Street.\n\nHis wife said the"
            " flour had doubled in price. “We cannot keep up,” she said.",
            "Mira",
        ),
    ],
)
def test_a_possessive_kin_noun_said_again_is_the_relative_named_before(
    text: str, speaker: str
) -> None:
    # "her son" as a sentence's subject is the son named before, so the next "he" is him
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_pronoun_reported_by_a_relative_named_before_is_still_the_owner() -> None:
    text = (
        "Eirene Dale, 90, was taken to hospital after a fall.\n\nHer daughter, Mari Dale-Jones,"
        " said the wait was cruel.\n\nMrs Dale is now recovering on a ward. Her daughter said"
        " she had asked for one thing: “a warm blanket”."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Eirene Dale"]


def test_the_unnamed_person_met_long_before_is_who_the_noun_refers_back_to() -> None:
    # "the packer who ..." many paragraphs on is the packer quoted at the top, not the woman
    # quoted last
    text = (
        "“Nobody told us it was changing,” said a packer who has worked at the depot for six"
        " years. She asked not to be named.\n\n"
        + "\n\n".join(
            f"Supervisor Ola Berg said output rose in week {i}. “We hit every target,” she said."
            for i in range(30)
        )
        + "\n\nThe packer who called the rate a bully said she had met her number every week."
        "\n\n“I am fast, but not that fast,” she said."
    )
    assert analyze(text).quotes[-1].speaker == "a packer"
