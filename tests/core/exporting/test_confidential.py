"""A confidential source never appears in any export; its name in the copy blocks export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential, gate, service
from app.core.model import Source

SECRET = Source(
    name="Marta Kowalczyk",
    title="procurement official",
    confidential=True,
    contact="+48 600 100 200, marta.k@ministry.example",
    notes="Met at the Hotel Bristol; fears for her job",
)
PUBLIC = Source(name="Ana Ortiz", contact="ana@city.example", notes="Mayor's mobile 555-0100")


def _export_all(desk, slug: str, tmp_path: Path) -> dict[str, str]:
    return {
        fmt: service.export_story(desk, slug, fmt, tmp_path / f"x.{fmt}").content
        for fmt in service.FORMATS
    }


def test_confidential_source_never_in_any_format(desk, make_story, tmp_path: Path) -> None:
    body = (
        "A procurement official, who asked not to be named, said the tender was rigged."
        '\n\n"It was decided in advance," the official said.'
    )
    story = make_story(body=body)
    desk.add_source(story.slug, SECRET)
    desk.add_source(story.slug, PUBLIC)
    outputs = _export_all(desk, story.slug, tmp_path)
    for fmt, out in outputs.items():
        low = out.lower()
        for secret in ("kowalczyk", "marta", "600 100 200", "ministry.example", "bristol",
                       "ana@city.example", "555-0100"):  # fmt: skip
            assert secret not in low, (fmt, secret)
    assert "<!--" not in outputs["html"].split("<script")[0] + outputs["fragment"]
    json.loads(outputs["ninjs"])


def test_name_in_body_blocks_with_a_finding_at_the_spot(desk, make_story, tmp_path) -> None:
    body = "The tender was rigged, said Marta\nKowalczyk, a procurement official."
    story = make_story(body=body)
    desk.add_source(story.slug, SECRET)
    result = service.check_story(desk, story.slug)
    (finding,) = [f for f in result.blocking if f.code == confidential.CODE]
    assert body[finding.start : finding.end] == "Marta\nKowalczyk"
    assert not result.overridable
    with pytest.raises(BlockedError) as caught:
        service.export_story(desk, story.slug, "html", tmp_path / "x.html",
                             override_reason="the editor insists")  # fmt: skip
    assert confidential.CODE in {f.code for f in caught.value.findings}
    assert not (tmp_path / "x.html").exists()


def test_name_in_headline_is_found_too(desk, make_story) -> None:
    story = make_story(headline="Kowalczyk speaks out")
    desk.add_source(story.slug, SECRET)
    codes = {f.code for f in service.check_story(desk, story.slug).blocking}
    assert confidential.CODE in codes


def test_names_inside_other_words_do_not_block() -> None:
    from app.core.model import Story

    story = Story(headline="h", body="Martakowalczyk.com and Marta Kowalczykowa", sources=(SECRET,))
    assert confidential.find_names(story) == []


def test_public_view_drops_confidential_and_private_fields() -> None:
    from app.core.model import Quote, Story

    quote = Quote(text="x", start=0, end=1, speaker="Marta Kowalczyk")
    view = confidential.public_view(Story(sources=(SECRET, PUBLIC), quotes=(quote,)))
    assert [s.name for s in view.sources] == ["Ana Ortiz"]
    assert view.sources[0].contact is None and view.sources[0].notes is None
    assert view.quotes[0].speaker is None


def test_output_guard_refuses_leaks() -> None:
    from app.core.model import Story

    with pytest.raises(BlockedError):
        confidential.assert_clean("<p>marta kowalczyk</p>", Story(sources=(SECRET,)))
    confidential.assert_clean("<p>nothing here</p>", Story(sources=(SECRET,)))


def test_confidential_finding_is_never_overridden() -> None:
    assert confidential.CODE in gate.NEVER_OVERRIDDEN
