"""The invented gold sets are well formed: benchmarks/gold/invented/ (a development set since
round 5), benchmarks/gold/invented2/ (a second set, written blind in round 6, tuned on since),
benchmarks/gold/invented3/ (a third, written blind in round 8, a development set since) and
benchmarks/gold/invented4/ (a fourth, written blind in round 9, a development set since its
second pass).

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

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"
INVENTED = GOLD / "invented"
SETS = ("invented", "invented2", "invented3", "invented4", "invented5", "invented6", "invented7")
KINDS = {"speech", "title", "term", "scare", "heading", "other", "nickname"}
OPENING = "\"“‘'"
CLOSING = "\"”’'"


def _lines(folder: str, name: str) -> list[dict]:
    with (GOLD / folder / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ARTICLES = {folder: _lines(folder, "articles.jsonl") for folder in SETS}
GOLD_LINES = {folder: _lines(folder, "gold.jsonl") for folder in SETS}
# Paired by position; the first test checks the two files line up one to one.
PAIRS = [
    (article, gold)
    for folder in SETS
    for article, gold in zip(ARTICLES[folder], GOLD_LINES[folder], strict=False)
]
IDS = [a["id"] for a, _ in PAIRS]


@pytest.mark.parametrize("folder", SETS)
def test_every_article_has_its_gold_line(folder: str) -> None:
    articles, gold = ARTICLES[folder], GOLD_LINES[folder]
    # The long-form fifth set has half as many articles, each twice as long or more.
    assert len(articles) >= {"invented5": 10, "invented6": 8, "invented7": 8}.get(folder, 20)
    assert [a["id"] for a in articles] == [g["id"] for g in gold]
    assert [g["line"] for g in gold] == list(range(1, len(gold) + 1))
    assert len({a["id"] for a in articles}) == len(articles)
    for article in articles:
        assert article["publisher_style"] and article["text"].strip()


def test_the_sets_share_no_article_id() -> None:
    """Both sets are scored by id: an id in both would mix their figures."""
    ids = [a["id"] for folder in SETS for a in ARTICLES[folder]]
    assert len(ids) == len(set(ids))


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
        # An apostrophe: inside or at the end of a word (don't, council's, Jones'), or an
        # elided year ('96), as the builder reads them.
        apostrophe = (i > 0 and text[i - 1].isalnum()) or text[i + 1 : i + 2].isdigit()
        assert ch in "’'" and apostrophe, (
            f"{gold['id']}: mark {ch!r} at {i} belongs to no passage: {text[i - 30 : i + 30]!r}"
        )


@pytest.mark.parametrize("folder", SETS)
def test_committed_files_are_what_the_sources_build_to(folder: str) -> None:
    # One builder for every set (invented/build.py, given the set's folder).
    spec = importlib.util.spec_from_file_location("invented_build", INVENTED / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sources = sorted((GOLD / folder / "source").glob("*.txt"))
    assert len(sources) == len(ARTICLES[folder])
    for path, article, gold in zip(sources, ARTICLES[folder], GOLD_LINES[folder], strict=True):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = dict(row.split(": ", 1) for row in head.strip().splitlines())
        text, passages = build.parse(body.strip())
        assert (meta["id"], meta["style"]) == (article["id"], article["publisher_style"]), path.name
        assert text == article["text"], path.name
        assert passages == gold["passages"], path.name
        assert build.check(text, passages) == [], path.name
