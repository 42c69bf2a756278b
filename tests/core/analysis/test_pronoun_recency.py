"""A "he" or "she" goes to a person whose gender agrees named after an older subject whose
gender is unknown (a pier, a fair, a quarry), not to that older subject."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_reason) for q in analyze(text).quotes]


def test_us_wire_man_named_after_a_place_subject_is_he() -> None:
    text = (
        "Greyfield Quarry closed in March after a slip.\n\n"
        "The order was signed by Martin Oduya, the site manager. He said the slope had moved "
        '"further than any survey predicted" over the winter.\n'
    )
    [(speaker, reason)] = _speakers(text)
    assert speaker == "Martin Oduya"
    assert reason is not None and reason.startswith("He → Martin Oduya")


def test_uk_single_marks_described_woman_after_an_event_subject_is_she() -> None:
    text = (
        "Harvest Moon Fair opened on Saturday in the rain.\n\n"
        "A farmer brought six goats, and his daughter ran the stall. "
        "‘We sold out by noon,’ she said.\n"
    )
    [(speaker, reason)] = _speakers(text)
    assert speaker == "his daughter"
    assert reason is not None and "she → his daughter" in reason


def test_a_titled_subject_of_unknown_gender_still_beats_an_older_subject() -> None:
    # The older preference stays: nobody whose gender agrees is named after Wren.
    text = (
        "Ines Garrow opened the session.\n\n"
        'Secretary General Tomas Wren condemned what he called "a reckless act" on Monday.\n'
    )
    [(speaker, _reason)] = _speakers(text)
    assert speaker == "Tomas Wren"
