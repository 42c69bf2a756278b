"""What proofing keeps in the store (SQLite and PostgreSQL): shared dictionary, rule edits,
desk settings, words ignored in a story, the archive's names; and the publish gate."""

from __future__ import annotations

import pytest

from app.core.errors import InputError
from app.core.exporting import service as exporting
from app.core.model import Credit, CreditRole, Severity, Story, StoryStatus
from app.core.proofing import names, service
from app.core.services import Desk

BODY = "In a startling twist, the council met. Officals said little. Dr. Quendrith Vask spoke."


def _story(desk: Desk, body: str = BODY, desk_name: str = "Metro", slug: str = "council") -> Story:
    return desk.create_story(Story(headline="Council meets", body=body, slug=slug,
                                   desk=desk_name, status=StoryStatus.READY,
                                   credits=(Credit(CreditRole.BYLINE, "Ann Writer"),)))  # fmt: skip


def _codes(findings) -> list[tuple[str, str]]:
    return [(f.code, f.rule or "") for f in findings]


def test_a_confidential_source_is_a_name_the_story_knows(any_desk: Desk) -> None:
    """Round 29: a confidential source's name was left out of the names the story vouches
    for, so the checks said "no list knows" a source the story lists, and a misspelling of
    it got no suggestion. It is known now, on this workstation, like any other source."""
    from app.core.model import Source

    story = _story(any_desk, body="Quendrith Vask spoke. Later Quendrit Vask spoke again.")
    plain = _codes(service.check_story(any_desk, story))
    assert ("unknown_name", "unknown_name") in plain
    any_desk.add_source(story.slug, Source("Quendrith Vask", confidential=True))
    story = any_desk.get_story(story.slug)
    found = service.check_story(any_desk, story)
    assert "unknown_name" not in {f.code for f in found}
    [slip] = [f for f in found if f.code == "spelling"]
    assert "Quendrith" in slip.message and story.body[slip.start : slip.end] == "Quendrit"


def test_the_newsroom_dictionary_is_shared_through_the_store(any_desk: Desk) -> None:
    story = _story(any_desk)
    assert ("spelling", "spelling") in _codes(service.check_story(any_desk, story))
    assert service.add_to_dictionary(any_desk, ["Officals", "Officals"]) == ["Officals"]
    other = Desk(any_desk.store, user="someone-else")
    assert "Officals" in service.dictionary_words(other)
    assert ("spelling", "spelling") not in _codes(service.check_story(other, story))
    assert service.remove_from_dictionary(other, ["Officals"]) == 1
    with pytest.raises(InputError):
        service.add_to_dictionary(any_desk, ["two words"])


def test_ignore_in_this_story_only(any_desk: Desk) -> None:
    first = _story(any_desk)
    second = _story(any_desk, slug="council-2")
    assert service.ignore_in_story(any_desk, first.slug, "Officals") is True
    assert service.ignore_in_story(any_desk, first.slug, "Officals") is False
    first = any_desk.get_story(first.slug)
    assert "spelling" not in {f.code for f in service.check_story(any_desk, first)}
    assert "spelling" in {f.code for f in service.check_story(any_desk, second)}


def test_desk_settings_choose_stylebook_and_variant(any_desk: Desk) -> None:
    story = _story(any_desk, body="The colour of Representative Mike Turner.", desk_name="World")
    reuters = {f.rule for f in service.check_story(any_desk, story)}
    assert "spelling-variant" in reuters and "title-abbreviated" not in reuters
    choice = service.set_desk_settings(any_desk, "World", "ap", "en-gb")
    assert (choice.stylebook, choice.variant) == ("ap", "en-GB")
    ap_gb = {f.rule for f in service.check_story(any_desk, story)}
    assert "title-abbreviated" in ap_gb and "spelling-variant" not in ap_gb
    assert service.desk_choice(any_desk, "Metro").stylebook == "reuters"  # untouched default
    with pytest.raises(InputError, match="Unknown stylebook"):
        service.set_desk_settings(any_desk, "World", "chicago")
    with pytest.raises(InputError, match="spelling variant"):
        service.set_desk_settings(any_desk, "World", None, "en-AU")


def test_a_desk_raises_a_rule_to_blocking_and_the_gate_blocks(any_desk: Desk) -> None:
    story = _story(any_desk)
    assert not exporting.check_story(any_desk, story.slug).blocking
    service.set_rule(any_desk, "editorialising", {"severity": "error"}, desk_name="Metro")
    result = exporting.check_story(any_desk, story.slug)
    assert [(f.code, f.rule) for f in result.blocking] == [("style", "editorialising")]
    assert result.blocks()
    other_desk = _story(any_desk, desk_name="Sport", slug="council-sport")
    assert not exporting.check_story(any_desk, other_desk.slug).blocking
    assert service.reset_rule(any_desk, "editorialising", desk_name="Metro") is True
    assert not exporting.check_story(any_desk, story.slug).blocking


def test_rule_edits_are_checked_before_they_are_stored(any_desk: Desk) -> None:
    with pytest.raises(InputError, match="not a valid expression"):
        service.set_rule(any_desk, "editorialising", {"pattern": "(oops"})
    with pytest.raises(InputError, match="needs a message"):
        service.set_rule(any_desk, "house-new", {"pattern": "ferry boat"})
    service.set_rule(any_desk, "house-new", {"pattern": r"\bferry boat\b", "message": "Ferry.",
                                             "fix": "ferry"})  # fmt: skip
    service.set_rule(any_desk, "spelling", {"severity": "error"})
    with pytest.raises(InputError, match="Only the severity"):
        service.set_rule(any_desk, "spelling", {"pattern": "x"})
    story = _story(any_desk, body="The ferry boat left. A typo: teh.")
    found = {(f.rule, f.severity) for f in service.check_story(any_desk, story)}
    assert ("house-new", Severity.WARNING) in found
    assert ("spelling", Severity.ERROR) in found


def test_names_in_enough_stories_become_known(any_desk: Desk) -> None:
    text = "The envoy met Quendrith Vask on Monday."
    probe = _story(any_desk, body=text, slug="probe")
    assert ("unknown_name", "unknown_name") in _codes(service.check_story(any_desk, probe))
    for n in range(names.MIN_STORIES - 1):
        _story(any_desk, body=f"Later, Quendrith Vask left ({n}).", slug=f"vask-{n}")
    service.forget_cached_names(any_desk)
    assert "unknown_name" not in {f.code for f in service.check_story(any_desk, probe)}
    assert service.rebuild_name_index(any_desk) == names.MIN_STORIES
    any_desk.delete_story("vask-0")
    any_desk.purge_stories(["vask-0"])
    service.forget_cached_names(any_desk)
    assert "unknown_name" in {f.code for f in service.check_story(any_desk, probe)}
