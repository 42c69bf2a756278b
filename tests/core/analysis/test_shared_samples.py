"""The shared wire samples (../shared/samples/wire, read at run time) against their hand-made
expectations: wire copy the project did not write, so the importer and the engine are checked on
text they were not shaped around. Marked `shared`: `pytest -m shared` runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.analysis.engine import analyze
from app.core.importing import read_file
from app.core.importing.assemble import paragraph_count

pytestmark = pytest.mark.shared


def _samples(shared: Path) -> list[tuple[Path, dict]]:
    folder = shared / "samples" / "wire"
    found = []
    for expected in sorted(folder.glob("*.expected.json")):
        truth = json.loads(expected.read_text(encoding="utf-8"))
        found.append((folder / truth["source_file"], truth))
    assert found, f"no *.expected.json in {folder}"
    return found


def test_each_sample_imports_as_expected(shared: Path) -> None:
    for source, truth in _samples(shared):
        draft = read_file(source).draft
        assert draft.headline == truth["headline"], source.name
        assert list(draft.subheads) == truth["subheads"], source.name
        assert paragraph_count(draft) == truth["body_paragraphs"], source.name
        assert list(draft.removed) == truth["stripped_boilerplate"], source.name
        assert draft.desk_tag == truth["desk_tag"], source.name
        got = [(c.role.value, c.name, c.location) for c in draft.credits]
        assert got == [(c["role"], c["name"], c["location"]) for c in truth["credits"]]


def test_each_sample_quotes_and_speakers(shared: Path) -> None:
    for source, truth in _samples(shared):
        text = source.read_text(encoding="utf-8")
        quotes = analyze(text).quotes
        assert [q.text for q in quotes] == [e["text"] for e in truth["quotes"]], source.name
        for quote, expected in zip(quotes, truth["quotes"], strict=True):
            assert text[quote.start : quote.end] == quote.text
            assert quote.speaker == expected["speaker"], quote.text
            assert quote.cue == expected["cue"], quote.text
