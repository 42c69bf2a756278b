"""A quote-free paragraph that introduces someone new hands a quote-only paragraph to them."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "middle",
    [
        "Tenants who oppose the sale were led by Tomas Varga, whose mother lives on Pike Street.",
        "The sale was opposed by Tomas Varga, a father of three.",
        "The trust hired Tomas Varga, a former surveyor, to value the site.",
    ],
)
def test_a_quote_only_paragraph_after_a_newcomer_is_theirs(middle: str) -> None:
    text = f"“We cannot keep the hall open,” said Brit Sandell.\n{middle}\n“Nobody asked us.”"
    assert _speakers(text) == ["Brit Sandell", "Tomas Varga"]
    last = analyze(text).quotes[-1]
    assert "introduced in the paragraph before" in (last.speaker_reason or "")


@pytest.mark.parametrize(
    "middle",
    [
        # nobody new: the speaker carries on
        "The trust will meet again in June.",
        # the speaker is taken up again, by pronoun or by name
        "She spoke after a tenant, Tomas Varga, read out a letter.",
        "Sandell thanked Tomas Varga, a tenant, for his letter.",
        # someone already in the story is no newcomer
        "The trust wrote back to Tomas Varga in April.",
    ],
)
def test_the_speaker_carries_on_when_no_one_new_takes_over(middle: str) -> None:
    text = (
        "Tomas Varga, a tenant, wrote to the trust in May.\n"
        "“We cannot keep the hall open,” said Brit Sandell.\n"
        f"{middle}\n"
        "“Nobody wants this.”"
    )
    assert _speakers(text)[-1] == "Brit Sandell"


@pytest.mark.parametrize(
    "after",
    [
        # a later quote-only paragraph carries the newcomer on
        "“Nobody asked us.”\n“Not once.”",
        # the newcomer's own tagged quote continues as usual
        "“I am proud of this street,” Varga said. “We will be back.”",
    ],
)
def test_the_newcomers_next_quote_continues_with_its_own_reason(after: str) -> None:
    text = (
        "“We cannot keep the hall open,” said Brit Sandell.\n"
        "The sale was opposed by Tomas Varga, a father of three.\n"
        f"{after}"
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Brit Sandell", "Tomas Varga", "Tomas Varga"]
    assert "continues the quote before" in (quotes[-1].speaker_reason or "")


def test_news_about_a_newcomer_as_subject_does_not_hand_over() -> None:
    text = (
        "“He built this club,” said Brit Sandell.\n"
        "Tomas Varga died in March after a long illness.\n"
        "“We will miss him.”"
    )
    assert _speakers(text) == ["Brit Sandell", "Brit Sandell"]


def test_a_paragraph_about_its_named_subject_gives_a_he_to_the_subject() -> None:
    """ "Rival boss X complained that Y had fouled Z": the paragraph is about X, who speaks
    next; Z, named last inside the clause, is no new voice."""
    text = (
        "“Nobody gains from this,” Brit Sandell insisted.\n"
        "Rival coach Oren Dulak complained that Tomas Varga had been fouled in the build-up.\n"
        "“It was a clear foul,” he said."
    )
    assert _speakers(text) == ["Brit Sandell", "Oren Dulak"]


def test_a_newcomer_after_a_subject_that_is_no_person_still_takes_over() -> None:
    text = (
        "“Nobody gains from this,” Brit Sandell insisted.\n"
        "The complaint was made by Tomas Varga, a rival coach.\n"
        "“It was a clear foul,” he said."
    )
    assert _speakers(text) == ["Brit Sandell", "Tomas Varga"]
