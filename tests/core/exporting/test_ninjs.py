"""ninjs 3.1 export: its fields, and validated against IPTC's schema (a copy in
tests/fixtures/ninjs/schema) with format checking really on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.core.exporting import service
from app.core.model import Story

GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json"


SCHEMA = Path(__file__).resolve().parents[2] / "fixtures" / "ninjs" / "schema"


@pytest.fixture
def validator() -> Draft202012Validator:
    """IPTC's ninjs 3.1 schema; Copydesk writes no `geoJSON`, so that reference only resolves."""
    registry = Registry().with_resource(
        GEOJSON_ID, Resource.from_contents({"type": "object"}, default_specification=DRAFT202012)
    )
    schema = json.loads((SCHEMA / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture
def full_validator() -> Draft202012Validator:
    """The same schema with a GeoJSON geometry schema the project wrote from RFC 7946 in place
    of the one it references (IPTC's copy has no licence the project checked)."""
    geo = json.loads((SCHEMA.parent / "geojson-geometry.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        GEOJSON_ID, Resource.from_contents(geo, default_specification=DRAFT202012)
    )
    schema = json.loads((SCHEMA / "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _errors(validator: Draft202012Validator, item: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]


def _ninjs(desk, story: Story) -> dict:
    return json.loads(service.export_story(desk, story.slug, "ninjs").content)


def test_the_projects_copy_of_the_schema_checks_formats_and_keys(validator) -> None:
    assert _errors(validator, {"uri": "urn:uuid:1", "versionCreated": "Nov 17"})
    assert _errors(validator, {"uri": "urn:uuid:1", "keywords": ["x"]}), "unknown keys fail"
    assert _errors(validator, {"uri": "urn:uuid:1", "versionCreated": "2026-12-01T10:00:00Z"}) == []


def test_format_checking_is_really_on(full_validator: Draft202012Validator) -> None:
    validator = full_validator
    assert _errors(validator, {"uri": "urn:uuid:1", "versionCreated": "Nov 17"})
    assert _errors(validator, {"uri": "urn:uuid:1", "keywords": ["x"]}), "unknown keys fail"
    geo = {"uri": "urn:uuid:1", "places": [{"name": "x", "geoJSON": {"type": "Nope"}}]}
    assert _errors(validator, geo), "the GeoJSON ref resolves locally and is checked"


def test_wire_story_ninjs(desk, sample_story: Story) -> None:
    item = _ninjs(desk, sample_story)
    assert item["uri"] == f"urn:uuid:{sample_story.uid}"
    assert item["type"] == "text"
    assert isinstance(item["version"], str)
    assert item["pubStatus"] == "usable"
    assert item["headlines"][0]["value"].startswith("Port Authority Halts Night Ferries")
    assert item["bodies"][0]["contentType"] == "text/html"
    assert item["by"] == "By Anna Kowal and Peter Osei"
    assert {"Anna Kowal", "Lena Fischer", "Clare Dunmore"} <= {p["name"] for p in item["people"]}
    assert "cookie" not in item["bodies"][0]["value"].lower()


def test_ninjs_keywords_dateline_and_description(desk, make_story) -> None:
    item = _ninjs(desk, make_story())
    assert item["subjects"] == [
        {"name": "budget", "rel": "keyword"},
        {"name": "council", "rel": "keyword"},
    ]
    assert item["located"] == "SPRINGFIELD"
    assert item["descriptions"][0]["value"] == "Spending rises 3\u00a0percent"
    assert item["language"] == "en"
    assert item["versionCreated"].endswith("Z") and item["firstCreated"].endswith("Z")


def test_exports_validate_against_the_ninjs_schema(
    desk, sample_story: Story, make_story, validator: Draft202012Validator
) -> None:
    assert _errors(validator, _ninjs(desk, sample_story)) == []
    assert _errors(validator, _ninjs(desk, make_story())) == []


def test_visual_data_and_audio_credits_are_people_in_valid_ninjs(
    desk, make_story, validator: Draft202012Validator
) -> None:
    """The roles added for "Video by", "Illustration by", "Narrated by" lines reach ninjs as
    people with their role as `rel`, and the item still validates."""
    from app.core.model import Credit, CreditRole

    roles = (CreditRole.VIDEO, CreditRole.ILLUSTRATION, CreditRole.DATA, CreditRole.NARRATION)
    others = tuple(Credit(role, f"Ivo Brandt{i}") for i, role in enumerate(roles))
    credits = (Credit(CreditRole.BYLINE, "Ana Ortiz"), *others)
    item = _ninjs(desk, make_story(credits=credits))
    assert _errors(validator, item) == []
    rels = {p["name"]: p["rel"] for p in item["people"]}
    assert [rels[f"Ivo Brandt{i}"] for i in range(len(roles))] == [str(r) for r in roles]
