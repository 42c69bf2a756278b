"""A letter read out in the story: "“…,” she had written" tags its writer (the helper and the
participle are a verb of writing, as "wrote" is); and a likeness in the sentence before ("with
the air of a man producing a trump card") is nobody a later "he" may mean."""

from __future__ import annotations

from app.core.analysis.engine import analyze

_LETTER = (
    "Winding up, the minister, Mr Ivo Strand, produced a letter from a constituent, Mary "
    "Hollis, 81, of Lowfield, and read it aloud with the air of a man producing a trump card."
    "\n\n“At last somebody has remembered us,” she had written.\n\n“Please do not give up.”\n\n"
    "“Let me be clear: I will not give up,” he said.\n"
)


def test_she_had_written_tags_the_letters_writer() -> None:
    first, second, _ = analyze(_LETTER).quotes
    assert first.speaker == "Mary Hollis" and first.cue == "had written"
    assert second.speaker == "Mary Hollis"  # the letter goes on


def test_a_likeness_is_nobody_a_later_he_means() -> None:
    *_, last = analyze(_LETTER).quotes
    assert last.speaker == "Ivo Strand"
    assert last.speaker_reason is not None and "a man" not in last.speaker_reason


def test_a_man_met_in_the_story_is_still_someone() -> None:
    text = (
        "Ana Ruiz opened the hearing.\n\nThen a man from the back stood up.\n\n"
        "“I waited an hour,” he said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.startswith("a man")
