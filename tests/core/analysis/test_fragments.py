"""A quote's fragment finished: its speaker resolved, or carried on from the last speaker."""

from __future__ import annotations

import pytest

from app.core.analysis.attribution_rules import CONTINUES, LocalAttribution
from app.core.analysis.engine import analyze
from app.core.analysis.fragments import Fragment, finish_quote, people_after
from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import find_mentions
from app.core.analysis.resolution import Resolver


def _fragment(text: str, attribution: LocalAttribution, block_index: int = 0) -> Fragment:
    start = text.index("“") + 1
    return Fragment(start, text.index("”"), attribution, False, block_index, start - 1)


def test_a_named_speaker_is_resolved_and_becomes_the_last_speaker() -> None:
    text = "“We will reopen,” said Ana Ruiz."
    mention = next(m for m in find_mentions(text) if m.name == "Ana Ruiz")
    resolver = Resolver()
    resolver.observe(mention, 0)
    fragment = _fragment(text, LocalAttribution(mention, "said", None, 0.9))
    quote, last = finish_quote(text, fragment, resolver, (None, None, -10), [])
    assert (quote.text, quote.speaker, quote.confidence) == ("We will reopen,", "Ana Ruiz", 0.9)
    assert last == ("Ana Ruiz", "Ana Ruiz", 0)


@pytest.mark.parametrize(("block_index", "speaker"), [(2, "Ana Ruiz"), (3, None)])
def test_an_untagged_quote_carries_the_last_speaker_on_for_two_paragraphs(
    block_index: int, speaker: str | None
) -> None:
    text = "“Not once.”"
    fragment = _fragment(text, LocalAttribution(None, None, None, 0.5, inherit=True), block_index)
    quote, _ = finish_quote(text, fragment, Resolver(), ("Ana Ruiz", "Ruiz", 0), [])
    assert quote.speaker == speaker
    if speaker is not None:
        assert quote.speaker_reason == f"Ana Ruiz: {CONTINUES}"
        assert quote.speaker_mention == "Ruiz"


def test_an_unclosed_fragment_halves_its_confidence() -> None:
    text = "“We will reopen"
    fragment = Fragment(1, len(text), LocalAttribution(None, None, None, 0.8), True, 0, 0)
    quote, _ = finish_quote(text, fragment, Resolver(), (None, None, -10), [])
    assert quote.speaker is None and quote.confidence == 0.3


@pytest.mark.parametrize(
    ("block", "ahead"),
    [
        ("“It is time,” she said, as Ellen Marsh announced her retirement.", ["Ellen Marsh"]),
        ("“It is time,” she told Ellen Marsh.", []),
    ],
)
def test_people_after_is_someone_named_after_as(block: str, ahead: list[str]) -> None:
    people = tuple(find_mentions(block))
    she = next(m for m in people if m.kind is PRONOUN)
    local = LocalAttribution(she, "said", None, 0.9)
    found = people_after(block, people, local, block.index("”") + 1, 0)
    assert [m.name for m in found] == ahead


def test_a_quote_over_three_paragraphs_continues_the_speaker_before() -> None:
    # "“…,” he said. ¶ “… ¶ “… ¶ “…”": the run opens the paragraph after his tag
    text = (
        "Coach Ben Osei said the side wanted to win every game.\n\n"
        "“We have played good rugby this year,” he said.\n\n"
        "“We have been unlucky not to win more.\n\n"
        "“We are good enough to beat every team.\n\n"
        "“If we string a few wins together, we can do good things.”\n\n"
        "The club plays again on Friday."
    )
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers == ["Ben Osei", "Ben Osei"]


def test_a_run_opened_three_paragraphs_after_the_speaker_is_no_ones() -> None:
    # near miss: the run opens three paragraphs after the last speaker, with news between
    text = (
        "“We have played good rugby this year,” Ben Osei said.\n\n"
        "The club was founded in 1890.\n\n"
        "Its ground holds 9,000.\n\n"
        "“We have been unlucky not to win more.\n\n"
        "“We are good enough to beat every team.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ben Osei", None]
