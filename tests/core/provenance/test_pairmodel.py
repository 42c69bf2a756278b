"""The sentence-pair model on pairs written for the project (never seen when fitting)."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.provenance.features import FEATURES, pair_features, read_sentence
from app.core.provenance.pairmodel import Relation, judge, judge_many

PAIRS = Path(__file__).resolve().parents[2] / "fixtures" / "provenance" / "pairs.jsonl"


def test_own_pairs_same_claim_or_not() -> None:
    items = [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]
    judged = judge_many([(read_sentence(i["story"]), read_sentence(i["source"])) for i in items])
    right = sum(
        (i["relation"] != "different") == (j.relation is not Relation.DIFFERENT)
        for i, j in zip(items, judged, strict=True)
    )
    assert right / len(items) >= 0.78, right / len(items)
    # calling everything the same claim would fail this set
    assert sum(i["relation"] == "different" for i in items) / len(items) > 0.3


def test_meaning_is_more_than_shared_words() -> None:
    assert (
        judge("Prices will fall soon.", "Costs are set to come down before long.").relation
        is Relation.PARAPHRASED
    )
    assert (
        judge("Prices will fall soon.", "Prices have risen every month this year.").relation
        is Relation.DIFFERENT
    )


def test_a_copy_with_trivial_edits_is_copied_but_not_with_a_number_changed() -> None:
    same = "The ferry will carry 400 passengers on each crossing from May."
    assert judge(same, same.replace("each", "every")).relation is Relation.COPIED
    changed = judge(same, same.replace("400", "600"))
    assert changed.relation is not Relation.COPIED


def test_features_are_symmetric_and_complete() -> None:
    a = read_sentence("Councillors voted 9-2 to approve the new parking charges.")
    b = read_sentence("The council backed the new parking fees by nine votes to two.")
    assert pair_features(a, b) == pair_features(b, a)
    assert len(pair_features(a, b)) == len(FEATURES)


def test_reworded_quote_rule_on_quote_pairs_written_for_the_project() -> None:
    from app.core.provenance.pairmodel import shared_content
    from app.core.verification import meaning

    path = PAIRS.parent / "quote_pairs.jsonl"
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    pairs = [(read_sentence(i["quote"]), read_sentence(i["passage"])) for i in items]
    judged = judge_many(pairs)
    said = [
        j.score >= meaning.THRESHOLD and shared_content(a, b) >= meaning._MIN_SHARED
        for j, (a, b) in zip(judged, pairs, strict=True)
    ]
    same = [bool(i["same"]) for i in items]
    assert sum(a == b for a, b in zip(said, same, strict=True)) / len(items) >= 0.85
    # another remark by the same speaker is never taken for the quote's original
    assert not any(s and not t for s, t in zip(said, same, strict=True))
