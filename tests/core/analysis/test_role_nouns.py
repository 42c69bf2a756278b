"""The role nouns and phrase kinds (role_nouns.py): what kind of speaker a description names."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.role_nouns import (
    _ROLE_OPENERS,
    _ROLE_WORDS,
    ROLE_RE,
    nominal_kind,
    phrase_kind,
    role_matches,
)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the sitting MP", EntityKind.PERSON),
        ("her deputy", EntityKind.PERSON),
        ("the 42-year-old", EntityKind.PERSON),
        ("the bank", EntityKind.ORGANISATION),
        ("the memo", EntityKind.DOCUMENT),
    ],
)
def test_a_description_names_the_speaker_kind_its_head_says(phrase: str, kind: EntityKind) -> None:
    assert phrase_kind(phrase) is kind
    assert nominal_kind(phrase) is kind


def test_a_head_that_names_nobody_may_still_speak_but_is_no_role() -> None:
    # "the plan said" is read as unknown (it may still speak); as a role-noun mention it is a thing
    assert phrase_kind("the merger of the two bakeries") is EntityKind.UNKNOWN
    assert nominal_kind("the merger of the two bakeries") is EntityKind.THING


def test_roles_written_in_capitals_are_found() -> None:
    assert ROLE_RE.search("the firm's CFO said") is not None
    assert ROLE_RE.search("two MPs said") is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not sign,” the two unions said.", "the two unions"),
        ("“We will not sign,” both charities said in a joint letter.", "both charities"),
        ("The three hospital trusts said the rota was “not safe”.", "The three hospital trusts"),
        ("“We will not sign,” the rival airlines said.", "the rival airlines"),
    ],
)
def test_bodies_speaking_together_keep_their_count(text: str, speaker: str) -> None:
    # the count and the describing word are part of who speaks, not dropped ("unions")
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_plural_that_is_seldom_a_voice_is_no_role() -> None:
    # "the river burst its banks": banks are no speakers here
    assert ROLE_RE.search("the river burst its banks") is None
    assert ROLE_RE.search("the two unions") is not None


def test_the_pro_is_the_public_relations_officer_named_before() -> None:
    # a club's PRO (public relations officer), later "the PRO", not the chairman named since
    text = (
        "Club PRO Niamh Cussen announced the new manager on Tuesday. Chairman Peadar Lyons"
        " welcomed the appointment.\n\n“We are delighted to have him,” said the PRO."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Niamh Cussen"]


def test_pro_in_lower_case_is_no_role_noun() -> None:
    # "pro bono", "pro-life": a word, not the officer
    assert not any(m.group() == "pro" for m in ROLE_RE.finditer("she took the case pro bono"))
    assert ROLE_RE.search("said the PRO.") is not None


def test_role_matches_are_the_role_pattern_s_matches() -> None:
    texts = [
        "The president-elect and her father-in-law met 12-year-old Ana and a 7-year-old.",
        "Two paediatricians, a cardiologist and the MPs, CEOs and a GP said; MPPs and QCs too.",
        "A 1234-year-old tree, the PROs, the pediatrician2 and sub-editors of the ١٢-year-olds.",
        "\x00\x00” the spokeswoman said; spokeswomen, the deputy mayor-elect and the governor.",
    ]
    texts += [f"Then the {w} said so; {w}s and {w}-led {w}" for w in sorted(_ROLE_WORDS)[::7]]
    texts += [f"{w} said, the {w}" for w in sorted(_ROLE_OPENERS)[::11]]
    for text in texts:
        assert [m.span() for m in role_matches(text)] == [
            m.span() for m in ROLE_RE.finditer(text)
        ], text
