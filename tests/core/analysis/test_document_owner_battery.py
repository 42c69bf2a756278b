"""A generated battery of documents and their owners (document_owner_shapes.py): bulletins,
circulars, advisories, posts, tweets, statements and notices put out by a body named, a body
described in full ("the national weather bureau", "the coastguard high command") or a role,
in the ways copy says so ("said in its latest bulletin", "..., the bureau said in its
bulletin", "In a post on its website, the board said", "issued an advisory", "posted late on
Monday that"), quoted later with another body and a person named in between.

Why generated: on copy nobody tuned on, "The bulletin warned of “…”" was read as an unnamed
speaker called "The bulletin", or as the body named last, or as a storm named at the start of
the sentence. What an editor expects: the body or role that put the document out, as written.
"""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.model import Quote
from tests.core.analysis.document_owner_shapes import (
    DOCUMENTS,
    FOLLOW_ONS,
    INTROS,
    ISSUERS,
    QUOTE,
    Story,
    aside_stories,
    beside_stories,
    firm_stories,
    it_stories,
    placed_stories,
    read_out_stories,
    stories,
)
from tests.core.analysis.test_unnamed_org_battery import norm

CASES = stories()


def _the_quote(text: str, *words: str) -> tuple[Quote, list[tuple[str, str | None, str | None]]]:
    """The one quote of the story holding any of `words`, and what the engine found (the
    failure message): every story here has exactly one quote the test is about."""
    quotes = [q for q in analyze(text).quotes if any(word in q.text for word in words)]
    got = [(q.text[:20], q.speaker, q.speaker_reason) for q in quotes]
    assert len(quotes) == 1, got
    return quotes[0], got


@pytest.mark.parametrize("story", CASES, ids=[s.id for s in CASES])
def test_a_document_speaks_for_whoever_put_it_out(story: Story) -> None:
    quote, got = _the_quote(story.text, "swell", QUOTE)
    assert norm(quote.speaker) == norm(story.speaker), got
    # the reason names the document's owner, not an unnamed speaker called "the bulletin"
    assert "owner" in (quote.speaker_reason or ""), got


def test_the_battery_crosses_every_issuer_with_every_form() -> None:
    assert 300 <= len(CASES) <= 600
    for issuer in ISSUERS:
        assert sum(s.id.startswith(f"{issuer.key}-") for s in CASES) >= 40
    for doc in DOCUMENTS:
        assert sum(f"-{doc}-" in s.id for s in CASES) >= 12
    for key in [*INTROS, *FOLLOW_ONS]:
        assert sum(f"-{key}" in s.id for s in CASES) >= 12, key


FIRMS = firm_stories()


@pytest.mark.parametrize("story", FIRMS, ids=[s.id for s in FIRMS])
def test_the_company_is_the_firm_named_after_its_description(story: Story) -> None:
    # "A scaffolding company fined ... the appeal by Hollin & Drew Scaffolding Ltd ... the
    # company’s argument that “…”": the firm by its name.
    quote, got = _the_quote(story.text, "drivers")
    # "Quenby Logistics" is the same firm as "Quenby Logistics plc" to an editor
    accepted = {norm(story.speaker), norm(story.speaker.removesuffix(" plc"))}
    assert norm(quote.speaker) in accepted, got


ASIDE = aside_stories()


@pytest.mark.parametrize("story", ASIDE, ids=[s.id for s in ASIDE])
def test_a_body_speaks_past_an_aside_not_the_person_it_thanked(story: Story) -> None:
    quote, got = _the_quote(story.text, "squad")
    assert norm(quote.speaker) == norm(story.speaker), got


BESIDE = beside_stories()


@pytest.mark.parametrize("story", BESIDE, ids=[s.id for s in BESIDE])
def test_a_body_named_beside_its_description_speaks_by_name(story: Story) -> None:
    # "The union representing the drivers, the Garrow Rail Union, said “…”", "A group called
    # Families for Safe Crossings posted ...": the name, not the description or "the drivers"
    quote, got = _the_quote(story.text, "hour")
    assert norm(quote.speaker) == norm(story.speaker), got


ITS = it_stories()


@pytest.mark.parametrize("story", ITS, ids=[s.id for s in ITS])
def test_it_after_a_document_is_the_document_s_author(story: Story) -> None:
    # "A letter signed by Ruth Hale said ... “…”. It warned that anyone found “…”": hers,
    # not the council's named before
    quote, got = _the_quote(story.text, "gates")
    assert norm(quote.speaker) == norm(story.speaker), got
    # the reason says it is the document's owner (Ruth Hale is no "organisation named")
    assert "its owner" in (quote.speaker_reason or ""), got


READ_OUT = read_out_stories()


@pytest.mark.parametrize("story", READ_OUT, ids=[s.id for s in READ_OUT])
def test_a_message_read_out_is_its_sender_s(story: Story) -> None:
    # "Ms Tulloch sent a message that Mr Baird read out to the hall: ‘…’": Tulloch's words
    quote, got = _the_quote(story.text, "library")
    assert norm(quote.speaker) == norm(story.speaker), got


PLACED = placed_stories()


@pytest.mark.parametrize("story", PLACED, ids=[s.id for s in PLACED])
def test_a_person_placed_in_a_town_speaks_not_the_town(story: Story) -> None:
    quote, got = _the_quote(story.text, "squeezed")
    # the description as written, with or without the town it is in
    speaker = norm(quote.speaker)
    assert speaker == norm(story.speaker) or speaker.startswith(norm(story.speaker) + " "), got
    assert "place" not in (quote.speaker_reason or ""), got


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a storm opening the sentence is no body: the description stays as written
        (
            "Storm Perrin made landfall at noon, the national weather bureau said.\n\n"
            "“Stay indoors,” the national weather bureau said.",
            "national weather bureau",
        ),
        # a bare "the company" still refers back to the firm named before
        (
            "Marsh Lane Foods cut 40 jobs on Monday.\n\n“We had no choice,” the company said.",
            "Marsh Lane Foods",
        ),
    ],
)
def test_a_body_described_in_full_is_its_own(text: str, speaker: str) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert [norm(s) for s in speakers] == [norm(speaker)], speakers


@pytest.mark.parametrize(
    "noun", ["teller", "deckhand", "selector", "barista", "stevedore", "invigilator", "canvasser"]
)
def test_a_worker_the_word_lists_lacked_speaks_as_written(noun: str) -> None:
    # "which one teller, who asked not to be named, said was “…”": the teller, not the
    # returning officer named earlier in the sentence
    text = (
        "Asked about the delay, Ms Ruth Hale said the boxes came late because of a "
        f"‘minor issue’, which one {noun}, who asked not to be named, said was ‘a dead battery "
        "and no cables’."
    )
    speakers = [q.speaker for q in analyze(text).quotes if "cables" in q.text]
    assert [norm(s) for s in speakers] == [f"one {noun}"], speakers
