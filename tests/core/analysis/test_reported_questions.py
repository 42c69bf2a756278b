"""The answer to a reported question is the answerer's (reported_questions.py). Every exchange is
invented."""

from __future__ import annotations

from tests.core.analysis.quote_lookup import quote_holding, speaker_of

CALL = (
    'Delphine Ostrowski, the chief executive, spoke on the call. "That is the quarter," she '
    "said.\n\n"
    'Hannah Greer, an analyst at Pell & Rourke, pressed her on the plant. "Would you build it '
    'again?" she asked.\n\n'
    '"Yes, and faster," Ostrowski said.\n\n'
)


def test_an_answer_after_a_reported_question_is_the_one_asked() -> None:
    """ "Greer asked whether … “…,” she said": "she" was given the asker, the sentence's
    subject, so the chief executive's answers went to the analyst."""
    text = CALL + (
        'Greer asked whether the price would come down. "For a smaller box, yes," she said. '
        '"Four bars at $3.49."'
    )
    answer = quote_holding(text, "smaller box")
    assert answer.speaker == "Delphine Ostrowski"
    assert "answering the question Hannah Greer asked" in (answer.speaker_reason or "")
    assert speaker_of(text, "Four bars") == "Delphine Ostrowski"  # the answer goes on


def test_a_question_asked_again_stays_the_askers() -> None:
    text = CALL + ('Greer asked whether the price would come down. "And the plant?" she asked.')
    assert speaker_of(text, "And the plant") == "Hannah Greer"


def test_the_one_a_question_was_put_to_answers_for_himself() -> None:
    text = (
        'Will Hartnell shrugged. "It missed," Hartnell said.\n\n'
        "Kofi Amankwah-Reid, stopped on his way to the bus, was asked about the song. "
        '"My mum has it as her ringtone," he said.'
    )
    assert speaker_of(text, "ringtone") == "Kofi Amankwah-Reid"


def test_no_answer_is_moved_to_someone_the_pronoun_does_not_fit() -> None:
    text = (
        'Tom Reed, the chief executive, spoke on the call. "That is the quarter," he said.\n\n'
        'Greer asked whether the price would come down. "It will," she said.'
    )
    assert speaker_of(text, "It will") != "Tom Reed"


def test_a_participle_of_asking_puts_the_question_to_the_subject() -> None:
    text = (
        'Carmen Abela ran the festival. "It sold out," Abela said.\n\n'
        "Oona Varga, asked what she would do with the trophy, said it would go in her kitchen. "
        '"Beside the salt," she said.'
    )
    assert speaker_of(text, "Beside the salt") == "Oona Varga"
