"""The MSRP sentence gold (benchmarks/gold/msrp/) is well formed.

The accuracy benchmark trusts this gold blindly, and the sentences themselves live outside the
project, so what can be checked here without them is checked: every passage is a valid, ordered
record, a quote is exactly a speech passage, non-quotes have no speaker, the two halves share no
sentence (a sentence in both would leak the held half into tuning), and no string in the gold is
long enough to carry a run of the corpus text. The offsets against the sentences are checked by
`benchmarks/gold/msrp/sentences.py --check`, which reads the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.copycheck import words

MSRP = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "msrp"
HALVES = ("dev", "held")
KINDS = {"speech", "title", "term", "scare", "nickname", "heading", "other"}


def _lines(half: str) -> list[dict]:
    with (MSRP / f"{half}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


GOLD = {half: _lines(half) for half in HALVES}


@pytest.mark.parametrize("half", HALVES)
def test_each_half_has_hundreds_of_sentences_once_each(half: str) -> None:
    ids = [record["id"] for record in GOLD[half]]
    assert len(ids) >= 500
    assert len(ids) == len(set(ids))
    assert all(sid.isdigit() for sid in ids)


def test_the_halves_share_no_sentence() -> None:
    dev = {record["id"] for record in GOLD["dev"]}
    held = {record["id"] for record in GOLD["held"]}
    assert not dev & held


@pytest.mark.parametrize("half", HALVES)
def test_passages_are_ordered_records_with_a_consistent_verdict(half: str) -> None:
    for record in GOLD[half]:
        ends = -1
        assert record["passages"], record["id"]
        for p in record["passages"]:
            assert 0 < p["start"] <= p["end"], record["id"]
            assert p["start"] > ends, f"{record['id']}: passages overlap or are out of order"
            ends = p["end"]
            assert p["kind"] in KINDS
            assert p["quote"] is (p["kind"] == "speech"), record["id"]
            if not p["quote"]:
                assert p["speaker"] is None and p["mention"] is None, record["id"]
            if "mention_at" in p:
                start, end = p["mention_at"]
                assert p["mention"] is None and 0 <= start < end, record["id"]


@pytest.mark.parametrize("half", HALVES)
def test_no_string_is_long_enough_to_copy_the_corpus(half: str) -> None:
    """Speakers and mentions as written are the only strings; the copy check looks for runs of
    eight words, and anything of seven or more is stored as offsets instead."""
    for record in GOLD[half]:
        for p in record["passages"]:
            for field in ("speaker", "mention"):
                if p[field]:
                    assert len(words(p[field])) < 7, (record["id"], field)
