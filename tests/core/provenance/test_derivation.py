"""Derivation sentence by sentence: a heavy rewrite of a story written for the project."""

from __future__ import annotations

from pathlib import Path

from app.core.provenance.derive import Material, derive
from app.core.verification.sourcetext import SourceText

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "provenance"
ORIGINAL = (FIXTURES / "wildfire-original.txt").read_text("utf-8")
REWRITE = (FIXTURES / "wildfire-rewrite.txt").read_text("utf-8")


def test_a_heavy_rewrite_is_traced_and_its_own_sentences_stay_new() -> None:
    material = Material(
        "original.txt", "original.txt", SourceText("original.txt", "text", ORIGINAL)
    )
    links = derive(REWRITE, [material])
    assert len(links) == 8
    derived = [link.derived for link in links]
    # the two sentences the rewrite added are new; every other one is traced to its original
    assert derived == [True, True, True, False, True, True, True, False]
    origins = [ORIGINAL.index(link.source.text) for link in links if link.derived]
    assert origins == sorted(origins)  # each from the matching sentence, in order
