"""A pathological paste is saved, not hung on: the story's analysis and spelling check read
every body a user can paste in a time a user waits for (app.core.saving, with the store)."""

from __future__ import annotations

import pytest

from app.core.model import Story
from app.core.proofing.words import tokens_between
from tests.hang_guard import finishes_within
from tests.pathological_inputs import BODY_PASTES, paste_id

# Each of these took minutes to hours before; after, well under a second of work each (plus
# the store's write). The ceiling only stops a runaway, far above the figure.
_CEILING = 30.0


@pytest.mark.parametrize("body", BODY_PASTES, ids=paste_id)
def test_pathological_body_is_saved_whole(desk, body: str) -> None:
    """Importing a paste is reading it and then saving it: the save must end, and keep every
    character (nothing dropped or cut to make it quick)."""
    stored = finishes_within(
        lambda: desk.create_story(Story(headline="Council talks drag on", body=body)), _CEILING
    )
    again = desk.get_story(stored.id)
    assert again.body == body


def test_a_paragraph_of_thousands_of_quote_pairs_gives_no_quote_and_spares_the_others(
    desk,
) -> None:
    """25,000 pairs of marks in one paragraph are no one's speech (analysis.quotes: past
    MAX_QUOTES_IN_BLOCK none is read); a quote in the next paragraph is still found."""
    body = '"a' * 50_000 + '\n\n"We will rebuild the bridge this year," Mayor Ana Ortiz said.'
    stored = desk.create_story(Story(headline="Council talks drag on", body=body))
    again = desk.get_story(stored.id)
    assert again.body == body
    assert [q.text for q in again.quotes] == ["We will rebuild the bridge this year,"]


def test_addresses_and_handles_are_still_skipped_by_the_spelling_check() -> None:
    """The faster address pattern skips what the old one did in copy as written."""
    text = "Write to (jane.doe@example.co.uk) or @desk, #budget, see news.com; Ths is wrong."
    words = [t.text for t in tokens_between(text, 0, len(text))]
    assert words == ["Write", "to", "or", "see", "Ths", "is", "wrong"]


def test_a_word_after_an_abbreviation_or_a_long_word_and_a_stop() -> None:
    """Reading only a few characters back keeps what starts a sentence: after "Gov." no, after
    a long word's stop yes."""
    text = "Gov. Bevin spoke. Extraordinarily. Then"
    starts = {t.text: t.sentence_start for t in tokens_between(text, 0, len(text))}
    assert starts == {
        "Gov": True, "Bevin": False, "spoke": False, "Extraordinarily": True, "Then": True
    }  # fmt: skip
