"""The invented gold of benchmarks/gold/invented/ (a development set since round 5) is well formed.

The accuracy benchmark trusts this gold blindly: an offset one character off, a speech passage
with no speaker or a quotation mark nobody annotated would silently move the printed figures.
So every passage must sit exactly between quotation marks, carry a valid kind, and every mark in
the texts must belong to a passage; and the committed files must be what the annotated sources
build to, so nobody edits one without the other.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

INVENTED = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "invented"
KINDS = {"speech", "title", "term", "scare", "heading", "other", "nickname"}
OPENING = "\"“‘'"
CLOSING = "\"”’'"


def _lines(name: str) -> list[dict]:
    with (INVENTED / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ARTICLES = _lines("articles.jsonl")
GOLD = _lines("gold.jsonl")
# Paired by position; the first test checks the two files line up one to one.
PAIRS = list(zip(ARTICLES, GOLD, strict=False))
IDS = [a["id"] for a, _ in PAIRS]


def test_every_article_has_its_gold_line() -> None:
    assert len(ARTICLES) >= 20
    assert [a["id"] for a in ARTICLES] == [g["id"] for g in GOLD]
    assert [g["line"] for g in GOLD] == list(range(1, len(GOLD) + 1))
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        assert article["publisher_style"] and article["text"].strip()


@pytest.mark.parametrize("article, gold", PAIRS, ids=IDS)
def test_passages_sit_between_marks(article: dict, gold: dict) -> None:
    text = article["text"]
    previous = (-1, 0)
    for p in gold["passages"]:
        where = f"{gold['id']} {p['start']}-{p['end']} {text[p['start'] : p['end']][:40]!r}"
        assert 0 < p["start"] < p["end"] <= len(text), where
        assert text[p["start"] - 1] in OPENING, where
        # A piece of a multi-paragraph quote ends at its paragraph's end, with no closing mark.
        assert p["end"] == len(text) or text[p["end"]] in CLOSING + "\n", where
        assert p["kind"] in KINDS, where
        assert p["quote"] is (p["kind"] == "speech"), where
        if p["quote"]:
            assert p["speaker"], where
        else:
            assert p["speaker"] is None and p["mention"] is None, where
        assert (p["start"], -p["end"]) > previous, f"out of text order: {where}"
        previous = (p["start"], -p["end"])
        if p.get("nested"):
            assert any(o["start"] < p["start"] and p["end"] < o["end"] for o in gold["passages"]), (
                f"nested passage outside any other: {where}"
            )


@pytest.mark.parametrize("article, gold", PAIRS, ids=IDS)
def test_every_quotation_mark_is_annotated(article: dict, gold: dict) -> None:
    text = article["text"]
    bounds = {p["start"] - 1 for p in gold["passages"]} | {p["end"] for p in gold["passages"]}
    for i, ch in enumerate(text):
        if ch not in "\"“”‘’'" or i in bounds:
            continue
        # An apostrophe: inside or at the end of a word (don't, council's, Jones').
        assert ch in "’'" and i > 0 and text[i - 1].isalnum(), (
            f"{gold['id']}: mark {ch!r} at {i} belongs to no passage: {text[i - 30 : i + 30]!r}"
        )


def test_committed_files_are_what_the_sources_build_to() -> None:
    spec = importlib.util.spec_from_file_location("invented_build", INVENTED / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sources = sorted((INVENTED / "source").glob("*.txt"))
    assert len(sources) == len(ARTICLES)
    for path, article, gold in zip(sources, ARTICLES, GOLD, strict=True):
        body = path.read_text(encoding="utf-8").partition("\n---\n")[2]
        text, passages = build.parse(body.strip())
        assert text == article["text"], path.name
        assert passages == gold["passages"], path.name
