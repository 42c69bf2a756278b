"""Why-this-speaker is stored with each quote, on SQLite and PostgreSQL (migration 0006)."""

from __future__ import annotations

from app.core.services import Desk

WIRE = (
    "Harbour board backs ferry repairs\n\n"
    "Marta Okafor, who leads the ferry workers' union, spoke at the island hall.\n\n"
    "“We told them in March,” she said.\n"
)


def test_speaker_reason_is_stored_and_a_person_choice_says_so(database_url: str) -> None:
    desk = Desk.open(database_url)
    try:
        outcome = desk.import_text(WIRE, "ferry.txt")
        (quote,) = desk.get_story(outcome.story.slug).quotes
        assert quote.speaker == "Marta Okafor"
        assert quote.speaker_reason is not None
        assert quote.speaker_reason.startswith("she → Marta Okafor: ")
        assert "gender agrees" in quote.speaker_reason

        changed = desk.set_quote_speaker(quote.id, "Dana Reyes")
        assert changed.speaker == "Dana Reyes"
        assert changed.speaker_reason is not None and "chosen by" in changed.speaker_reason
        (again,) = desk.get_story(outcome.story.slug).quotes
        assert again.speaker_reason == changed.speaker_reason
    finally:
        desk.close()


def test_a_speaker_a_person_chose_is_no_longer_marked_for_checking(database_url: str) -> None:
    from app.core.analysis.speaker_confidence import check_speaker

    desk = Desk.open(database_url)
    try:
        story = (
            "Ferry talks\n\nMayor Ana Lopez wants the ferry “running by spring, whatever it "
            "costs.”\n"
        )
        outcome = desk.import_text(story, "ferry.txt")
        (quote,) = desk.get_story(outcome.story.slug).quotes
        assert check_speaker(quote)  # the subject of a sentence with no verb of saying
        changed = desk.set_quote_speaker(quote.id, "Ana Lopez")
        assert changed.confidence == 1.0 and not check_speaker(changed)
        (again,) = desk.get_story(outcome.story.slug).quotes
        assert not check_speaker(again)
        # saved again: the fresh analysis doubts the reading, the person's choice stands
        saved = desk.get_story(outcome.story.slug)
        desk.save_story(saved.with_changes(body=saved.body + "\nThe vote is on Friday.\n"))
        (after_save,) = desk.get_story(outcome.story.slug).quotes
        assert after_save.person_chose and after_save.confidence == 1.0
        assert not check_speaker(after_save)
    finally:
        desk.close()


def test_who_chose_the_speaker_is_kept_apart_from_the_reasons_words(database_url: str) -> None:
    """The store's `speaker_by` says a person chose the speaker, whatever the reason now says:
    neither the stored quote nor the sidebar's merge with a fresh analysis marks it."""
    from sqlalchemy import update

    from app.core.analysis.engine import analyze
    from app.core.analysis.speaker_confidence import check_speaker
    from app.core.store.schema import QuoteRow
    from app.gui.models.sidebar_content import merge_quotes

    desk = Desk.open(database_url, user="sam")
    try:
        body = "Mayor Ana Lopez wants the ferry “running by spring, whatever it costs.”\n"
        outcome = desk.import_text("Ferry talks\n\n" + body, "ferry.txt")
        (quote,) = desk.get_story(outcome.story.slug).quotes
        assert quote.speaker_by is None and check_speaker(quote)
        assert desk.set_quote_speaker(quote.id, "Ana Lopez").speaker_by == "sam"
        (stored,) = desk.get_story(outcome.story.slug).quotes
        assert stored.speaker_by == "sam" and stored.person_chose  # the round trip keeps it
        # The reason's words rewritten (no "chosen by" left) and a low figure beside them.
        with desk.store.session() as session:
            session.execute(
                update(QuoteRow)
                .where(QuoteRow.id == quote.id)
                .values(speaker_reason="Ana Lopez, as the desk confirmed", confidence=0.2)
            )
        (rewritten,) = desk.get_story(outcome.story.slug).quotes
        assert rewritten.speaker_by == "sam" and not check_speaker(rewritten)
        story = desk.get_story(outcome.story.slug)
        (merged,) = merge_quotes(analyze(story.body).quotes, story.quotes)
        assert merged.speaker_by == "sam" and not check_speaker(merged)
    finally:
        desk.close()
