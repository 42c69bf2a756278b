"""A band's frontman and a sport's champion are roles a name is given ("Jo Vale, the band's
frontman"; "Kira Lund, the two-time champion"): a later "the frontman said" is that person
(name_words.BASE_ROLE_NOUNS, read by the apposition and description readers)."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in analyze(text).to_json()["quotes"]]


def test_the_frontman_is_the_name_described_as_frontman() -> None:
    text = (
        "Jo Vale, the band's frontman, spoke after the show. The drummer Sam Ortiz left "
        "early.\n\n“We played the old songs because people asked,” the frontman said."
    )
    assert _speakers(text) == ["Jo Vale"]


def test_the_two_time_champion_is_the_name_described_as_champion() -> None:
    text = (
        "Kira Lund, the two-time champion, was beaten in the semi-final.\n\n"
        "“I made too many mistakes today,” the two-time champion said."
    )
    assert _speakers(text) == ["Kira Lund"]


def test_a_champion_nobody_was_called_stays_as_written() -> None:
    # the near miss: the person named before lost, the words are about her, nobody was called
    # the champion
    text = (
        "Kira Lund lost in the semi-final on Friday.\n\n"
        "“She was simply better today,” the champion said."
    )
    assert _speakers(text) == ["the champion"]


def test_the_tactician_or_technician_is_the_coach_named_before() -> None:
    for word in ("Spanish technician", "veteran tactician"):
        text = (
            "“It is a fracture. He can't play,” City coach Pep Marlo said before kick-off.\n\n"
            f"“We'll see what happens week by week,” added the {word}."
        )
        assert _speakers(text)[-1] == "Pep Marlo"


def test_a_technician_described_as_one_is_still_that_person() -> None:
    # the near miss: someone described as a technician is who "the technician" means
    text = (
        "City coach Pep Marlo watched from the bench. Tom Hale, a lab technician at the "
        "club, ran the scans.\n\n“The scan was clear,” the technician said."
    )
    assert _speakers(text)[-1] == "Tom Hale"


def test_the_band_is_the_band_named_with_its_trade_word() -> None:
    text = (
        "Indie band Paper Lanterns cancelled their Leeds show on Saturday.\n\n"
        "“We're really sorry about tonight,” the band wrote."
    )
    assert _speakers(text) == ["Paper Lanterns"]


def test_the_band_with_no_band_named_stays_as_written() -> None:
    # the near miss: no band named before
    text = (
        "Fans queued for hours outside the arena on Friday.\n\n"
        "“We love every one of you,” the band said from the stage."
    )
    assert _speakers(text) == ["the band"]


def test_a_person_after_a_body_word_is_still_a_person() -> None:
    # the near miss: "the firm Ana Ruiz founded": the person, not the firm
    text = (
        "The firm Ana Ruiz founded in 2010 now employs 300 people.\n\n“We grew slowly,” Ruiz said."
    )
    assert _speakers(text) == ["Ana Ruiz"]


def test_an_unnamed_technician_met_after_the_coach_is_the_technician() -> None:
    # the near miss of "technician" as a coach's other name: someone unnamed, met after the
    # coach as "a technician", is who "the technician" means, not the coach
    text = (
        "Rovers coach Dario Venn said his players were tired. A technician at the ground, who "
        "asked not to be named, said the floodlights had failed twice.\n\n"
        "“It was a blown fuse,” the technician said."
    )
    assert _speakers(text) == ["a technician"]
