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

    story = Story(headline="h", body="Kowalczykowa and Wkowalczyka met Martakowalczykowna.",
                  sources=(SECRET,))  # fmt: skip
    assert confidential.find_names(story) == []


def test_a_domain_made_of_the_name_blocks() -> None:
    """Issue 12: a handle or domain built from the name is the name ("Martakowalczyk.com")."""
    from app.core.model import Story

    story = Story(headline="h", body="See Martakowalczyk.com.", sources=(SECRET,))
    (finding,) = confidential.find_names(story)
    assert story.body[finding.start : finding.end] == "Martakowalczyk"


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


# -- show --json: the same rule as the exporters' public view ----------------------------------


def test_show_json_hides_a_confidential_speaker(desk, make_story) -> None:
    """`copydesk show --json` (no --private) must not name a confidential source as speaker."""
    story = make_story(body='"We were told to delete the files," the official said.')
    source = desk.add_source(story.slug, SECRET)
    (quote,) = desk.get_story(story.slug).quotes
    desk.set_quote_speaker(quote.id, SECRET.name, source.id)
    stored = desk.get_story(story.slug)
    public = json.dumps(stored.to_json(), ensure_ascii=False)
    assert "Kowalczyk" not in public and "Marta" not in public
    (shown,) = stored.to_json()["quotes"]
    assert shown["text"] == quote.text and shown["speaker"] is None
    private = stored.to_json(private=True)
    assert private["quotes"][0]["speaker"] == SECRET.name
    assert [s["name"] for s in private["sources"]] == [SECRET.name]


def test_show_json_keeps_public_speakers(desk, make_story) -> None:
    story = make_story(body='"The budget is balanced," Ana Ortiz said.')
    desk.add_source(story.slug, SECRET)
    (shown,) = desk.get_story(story.slug).to_json()["quotes"]
    assert shown["speaker"] == "Ana Ortiz"


# -- names spelled differently -----------------------------------------------------------------


def _story(name: str, body: str = "", **fields: object):
    from app.core.model import Story

    return Story(headline=fields.pop("headline", "h"), body=body,
                 sources=(Source(name=name, confidential=True),), **fields)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "body", "spot"),
    [
        ("Sean O'Brien", "The plan leaked, O’Brien said.", "O’Brien"),
        ("Sean O’Brien", "The plan leaked, Sean O'Brien said.", "Sean O'Brien"),
        ("José Pérez", "The plan leaked, Jose Perez said.", "Jose Perez"),
        ("Jose Perez", "The plan leaked, JOSÉ PÉREZ said.", "JOSÉ PÉREZ"),
        ("Marta Kowalczyk", "It leaked, Marta **Kowal**czyk said.", "Marta **Kowal**czyk"),
        ("Marta Kowalczyk", "It leaked, Kowal<span></span>czyk said.", "Kowal<span></span>czyk"),
        ("Marta Kowalczyk", "It leaked, Kowal&shy;czyk said.", "Kowal&shy;czyk"),
        ("Marta Kowalczyk", "It leaked, Kowal\u00adczyk said.", "Kowal\u00adczyk"),
        ("Marta Kowalczyk", "It leaked, Kowal\u200bczyk said.", "Kowal\u200bczyk"),
        ("Marta Kowalczyk", "It leaked, Marta&nbsp;Kowalczyk said.", "Marta&nbsp;Kowalczyk"),
        ("Li Wei", "The plan leaked, Wei said.", "Wei"),
        ("Li Wei", "The plan leaked, WEI said.", "WEI"),
        ("Hans Strauß", "The plan leaked, Strauss said.", "Strauss"),
    ],
)
def test_name_spelled_differently_is_found_at_the_spot(name: str, body: str, spot: str) -> None:
    (finding,) = confidential.find_names(_story(name, body))
    assert body[finding.start : finding.end] == spot


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Li Wei", "The weir held; wei is not a word here, nor is weight."),
        ("Bo Li", "Olive oil; lit and li are no surnames here."),
        ("Li Wei", "Weiss and Weimar are other words."),
    ],
)
def test_short_surnames_do_not_block_ordinary_words(name: str, body: str) -> None:
    assert confidential.find_names(_story(name, body)) == []


@pytest.mark.parametrize(
    ("name", "output"),
    [
        ("Marta Kowalczyk", "<p>Kowal<span></span>czyk said</p>"),
        ("Marta Kowalczyk", "<p>Kowal&shy;czyk said</p>"),
        ("Marta Kowalczyk", "<p>Marta <b>Kowal</b>czyk said</p>"),
        ("Marta Kowalczyk", "<p>Kowal&#x200b;czyk said</p>"),
        ("José Pérez", "<p>Jose Perez said</p>"),
        ("José Pérez", "<p>Jos&eacute; P&eacute;rez said</p>"),
        ("Sean O'Brien", '<p title="O’Brien">x</p>'),
        ("Li Wei", "<p>Wei said</p>"),
        ("José Pérez", '{"body": "Jos\\u00e9 P\\u00e9rez said"}'),
        ("Marta Kowalczyk", "<h1>A headline</h1><p>Kowalczyk said</p>"),
    ],
)
def test_output_guard_reads_the_visible_text(name: str, output: str) -> None:
    with pytest.raises(BlockedError):
        confidential.assert_clean(output, _story(name))


def test_output_guard_lets_ordinary_words_through() -> None:
    confidential.assert_clean("<p>The weir held; weight and Weimar.</p>", _story("Li Wei"))


def test_markup_split_name_blocks_export(desk, make_story, tmp_path: Path) -> None:
    story = make_story(body="The tender was rigged, said Marta Kowal<span></span>czyk.")
    desk.add_source(story.slug, SECRET)
    with pytest.raises(BlockedError):
        service.export_story(desk, story.slug, "html", tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


# -- the slug: file names and the batch index ----------------------------------------------------


def test_name_in_slug_blocks_and_names_no_file(desk, make_story, tmp_path: Path) -> None:
    story = make_story(slug="marta-kowalczyk-interview", headline="An interview")
    desk.add_source(story.slug, SECRET)
    other = make_story(slug="kowalczyk_tender", headline="The tender")
    desk.add_source(other.slug, SECRET)
    clean = make_story(slug="council-budget-2")
    for slug in (story.slug, other.slug):
        (finding,) = [f for f in service.check_story(desk, slug).blocking
                      if f.code == confidential.CODE]  # fmt: skip
        assert "slug" in finding.message
    folder = tmp_path / "out"
    batch = service.export_many(desk, [story.slug, other.slug, clean.slug], folder,
                                override_reason="the editor insists")  # fmt: skip
    assert set(batch.blocked) == {story.slug, other.slug}
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["council-budget-2.html", "index.html"]
    assert "kowalczyk" not in (folder / "index.html").read_text(encoding="utf-8").casefold()


def test_explicit_file_name_with_a_confidential_name_is_refused(desk, make_story, tmp_path) -> None:
    story = make_story()
    desk.add_source(story.slug, SECRET)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BlockedError):
        service.export_story(desk, story.slug, "html", out / "kowalczyk.html")
    assert list(out.iterdir()) == []


def test_index_page_goes_through_the_guard(tmp_path: Path) -> None:
    from app.core.exporting.gate import GateResult
    from app.core.model import StoryStatus

    outcome = service.ExportOutcome(
        "s", "html", tmp_path / "s.html", "", GateResult(StoryStatus.READY, ()),
        headline="Kowalczyk speaks", confidential=(SECRET,),
    )  # fmt: skip
    with pytest.raises(BlockedError):
        service.write_index(None, tmp_path, [outcome])
    assert not (tmp_path / service.INDEX_NAME).exists()


def test_a_surname_inside_another_word_does_not_block_export(desk, tmp_path) -> None:
    from app.core.exporting.service import export_story
    from app.core.model import Credit, CreditRole, Source, Story, StoryStatus

    story = desk.create_story(
        Story(
            headline="Studios",
            body="Hollywood studios reopened on Monday.",
            status=StoryStatus.READY,
            credits=(Credit(CreditRole.BYLINE, "Ann Lee"),),
        ),
        analyse=False,
    )
    desk.add_source(story.slug, Source(name="Sam Wood", confidential=True))
    outcome = export_story(desk, story.slug, "html", tmp_path / "out.html")
    assert "Hollywood" in outcome.path.read_text(encoding="utf-8")
