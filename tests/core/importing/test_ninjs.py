"""IPTC ninjs items: the project's own items of each version and 1.x shapes (IPTC's official
examples are imported by benchmarks/shared_checks.py, which .ci/run calls after the tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.importing import read_file, read_text
from app.core.model import Credit, CreditRole, Dateline

NINJS = Path(__file__).resolve().parents[2] / "fixtures" / "ninjs"


@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_complex_article(version: str) -> None:
    """2.x spells keys in lower case (contenttype), 3.x in camelCase (contentType)."""
    draft = read_file(NINJS / f"{version}-complex-article.json").draft
    assert draft.headline == "Freighter master faces inquiry over fatal fjord sinking"
    assert draft.dateline == Dateline("SKARVIK, Norway", None, "AP")
    assert draft.credits == (
        Credit(CreditRole.BYLINE, "Ingrid Halvorsen"),
        Credit(CreditRole.BYLINE, "Tomas O'Leary"),
    )
    assert draft.body.startswith("The inquiry into the sinking")
    assert len(draft.body.split("\n\n")) == 4
    assert draft.language == "en"


def test_item_without_body_keeps_keywords_slug_and_dek() -> None:
    result = read_file(NINJS / "3.0-item-without-body.json")
    draft = result.draft
    assert draft.slug == "lindoy-vindpark"
    assert draft.keywords == ("Innenriks", "Energi", "Teknologi")
    assert draft.dek.startswith("Kraftselskapet Fjordvind")
    assert draft.credits == (Credit(CreditRole.BYLINE, "NFB"),)
    assert draft.language == "nb-NO"
    assert result.warnings  # no body: said so


def test_german_byline_and_html_body() -> None:
    draft = read_file(NINJS / "3.0-german-byline.json").draft
    assert [(c.name, c.organisation) for c in draft.credits] == [("Lena Brandt", "dpa")]
    assert draft.language == "de"
    assert draft.body.startswith("Nach dem Pokalaus in Kiel")
    assert len(draft.body.split("\n\n")) == 2


def test_one_x_shape_with_body_text_and_located() -> None:
    item = {
        "uri": "urn:example:1",
        "headline": "Lighthouse keeper retires",
        "byline": "By Ruth Calloway",
        "located": "Peterhead, Scotland",
        "keywords": ["coast", "people"],
        "subject": [{"name": "Human interest"}],
        "description_text": "After 40 years on the rocks.",
        "body_text": "The keeper climbed the stairs one last time.\nHe waved to the crowd.",
    }
    result = read_text(json.dumps(item))
    draft = result.draft
    assert result.kind == "ninjs"
    assert draft.headline == "Lighthouse keeper retires"
    assert draft.dateline == Dateline(place="Peterhead, Scotland")
    assert draft.keywords == ("coast", "people", "Human interest")
    assert draft.dek == "After 40 years on the rocks."
    assert draft.body == "The keeper climbed the stairs one last time.\n\nHe waved to the crowd."
    assert draft.credits == (Credit(CreditRole.BYLINE, "Ruth Calloway"),)


def test_camel_case_bodies_html() -> None:
    item = {
        "uri": "x",
        "headlines": [{"role": "main", "value": "Main head"}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "value": "<p>First <strong>bold</strong>.</p><h2>Sub</h2><p>Last.</p>",
            }
        ],
        "by": "Ida Strom",
    }
    draft = read_text(json.dumps(item), "item.json").draft
    assert draft.body == "First **bold**.\n\n## Sub\n\nLast."
    assert draft.subheads == ("Sub",)


def test_json_that_is_not_ninjs() -> None:
    with pytest.raises(InputError, match="ninjs"):
        read_text('{"name": "not news"}')
    with pytest.raises(InputError, match="ninjs"):
        read_text("[1, 2, 3]", "list.json")
    with pytest.raises(InputError, match="JSON"):
        read_text("{not json", "broken.json")


def test_a_lone_surrogate_in_a_headline_is_mended_not_a_crash() -> None:
    """Issue 12: `"Bad \\ud800 head"` crashed import and analyze (no UTF-8 for a surrogate)."""
    raw = '{"headline": "Bad \\ud800 head", "body_text": "The council met. It agreed."}'
    result = read_text(raw, "item.json")
    assert result.draft.headline == "Bad \ufffd head"
    result.draft.headline.encode("utf-8")  # storable and printable
    assert any("surrogate" in w for w in result.warnings)


def test_an_item_whose_every_text_field_is_unreadable_is_refused_in_one_line() -> None:
    # an empty story with two warnings was imported before; nothing is lost by refusing it
    with pytest.raises(InputError) as refused:
        read_text('{"headline": ["x"], "body_text": {"a": 1}}', "item.json")
    message = str(refused.value)
    assert "\n" not in message and "nothing was imported" in message
    assert "headline is a list" in message and "body_text is an object" in message
    with pytest.raises(InputError, match="no headline, body or description: nothing"):
        read_text('{"uri": "urn:x", "byline": "Ana Lima"}', "item.json")
    # text where a list belongs was called "a number"
    with pytest.raises(InputError, match=r"headlines is text; bodies is a number"):
        read_text('{"headlines": "x", "bodies": 7}', "item.json")


def test_an_item_with_one_readable_field_among_wrong_ones_is_imported() -> None:
    result = read_text('{"headline": "Bridge reopens", "body_text": {"a": 1}}', "item.json")
    assert result.draft.headline == "Bridge reopens" and result.draft.body == ""
    assert result.warnings
