"""IPTC ninjs items: the shared official examples (read at run time) and a 1.x-shaped item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.importing import read_file, read_text
from app.core.model import Credit, CreditRole, Dateline


def _examples(shared: Path) -> list[Path]:
    return sorted((shared / "formats" / "ninjs" / "examples").glob("*.json"))


def test_every_example_imports_or_is_refused_clearly(shared: Path) -> None:
    examples = _examples(shared)
    assert examples
    for path in examples:
        if "extension-schema" in path.name:  # a JSON Schema, not a news item
            with pytest.raises(InputError, match="ninjs"):
                read_file(path)
            continue
        result = read_file(path)
        assert result.kind == "ninjs"
        assert result.draft.headline, path.name


@pytest.mark.parametrize("version", ["2.2", "3.1"])
def test_complex_article(shared: Path, version: str) -> None:
    path = shared / "formats" / "ninjs" / "examples" / f"{version}_005_complex_text_article.json"
    draft = read_file(path).draft
    assert draft.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert draft.dateline == Dateline("GROSSETO, Italy", None, "AP")
    assert draft.credits == (
        Credit(CreditRole.BYLINE, "Paulo Santalucia"),
        Credit(CreditRole.BYLINE, "Frances d'Emilio"),
    )
    assert draft.body.startswith("The trial of the captain")
    assert len(draft.body.split("\n\n")) == 4
    assert draft.language == "en"


def test_ntb_item_keywords_slug_and_dek(shared: Path) -> None:
    result = read_file(shared / "formats" / "ninjs" / "examples" / "3.0_ntb_text.json")
    draft = result.draft
    assert draft.slug == "skien-google"
    assert "Teknologi" in draft.keywords
    assert draft.dek.startswith("IT-giganten Google")
    assert draft.credits == (Credit(CreditRole.BYLINE, "NTB"),)
    assert result.warnings  # no body: said so


def test_dpa_byline_in_german(shared: Path) -> None:
    draft = read_file(shared / "formats" / "ninjs" / "examples" / "3.0_dpa_text.json").draft
    assert [c.name for c in draft.credits] == ["Christian Hollmann"]
    assert draft.language == "de"


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
