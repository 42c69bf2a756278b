"""Does this sentence say what that one says? A small fitted model over pair features.

The weights (resources/models/pair_model.json) come from benchmarks/fit_pair_model.py: a
logistic regression and a few hundred depth-3 boosted trees, averaged, fitted on the MSRP
training pairs (same-event news sentences, half the negatives sharing most of their words).
Inference is numpy only: all trees are padded to full depth and walked together.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.core.config import resource_path
from app.core.provenance.features import FEATURES, SentenceInfo, pair_features, read_sentence
from app.core.provenance.lexicon import lexicon


class Relation(enum.StrEnum):
    """How a story sentence relates to a source sentence."""

    COPIED = "copied"
    PARAPHRASED = "paraphrased"
    DIFFERENT = "different"


COPIED_SIMILARITY = 0.8
"""Word-sequence similarity (LCS) at or above which a sentence counts as copied, provided it
changes no number and no name: the trivial edits a rewrite makes to lift a sentence whole."""


MIN_COVER = 0.15
"""Share of the first sentence's content that must meet the second (same word, lemma, synonym
or word family) before the model's "same claim" counts: the model was fitted on long news
sentences and can say "same" of two short ones that share nothing."""


@dataclass(frozen=True)
class PairModel:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    init: float
    rate: float
    feature_ids: np.ndarray  # (trees, 7): internal nodes of full depth-3 trees, breadth first
    thresholds: np.ndarray  # (trees, 7)
    leaves: np.ndarray  # (trees, 8)
    threshold: float
    """Probability at or above which a pair says the same thing (fitted with the model)."""

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """P(same claim) for each row of features, averaging the two fitted models."""
        if rows.size == 0:
            return np.zeros(0)
        linear = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        trees = self.feature_ids.shape[0]
        node = np.zeros((rows.shape[0], trees), dtype=np.int64)
        columns = np.arange(trees)
        for _ in range(3):
            feature = self.feature_ids[columns, node]
            value = np.take_along_axis(rows, feature, axis=1)
            right = value > self.thresholds[columns, node]
            node = 2 * node + 1 + right
        leaf = node - 7
        boosted = self.init + self.rate * self.leaves[columns, leaf].sum(axis=1)
        return (_sigmoid(linear) + _sigmoid(boosted)) / 2


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


@functools.cache
def model() -> PairModel:
    data = json.loads(resource_path("models", "pair_model.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("pair_model.json was fitted on other features: run fit_pair_model.py")
    trees = data["trees"]
    return PairModel(
        features=tuple(data["features"]),
        mean=np.array(data["mean"]),
        scale=np.array(data["scale"]),
        coef=np.array(data["coef"]),
        intercept=float(data["intercept"]),
        init=float(trees["init"]),
        rate=float(trees["rate"]),
        feature_ids=np.array(trees["features"], dtype=np.int64),
        thresholds=np.array(trees["thresholds"], dtype=np.float64),
        leaves=np.array(trees["leaves"], dtype=np.float64),
        threshold=float(data["threshold"]),
    )


@dataclass(frozen=True, slots=True)
class PairJudgement:
    relation: Relation
    score: float
    """0-1: the model's probability that both say the same thing (1.0 for a copy)."""
    similarity: float
    """Word-sequence similarity (LCS) of the two sentences."""
    cover: float = 0.0
    """Share of the first sentence's content (by word weight) aligned in the second."""


def judge_many(pairs: Sequence[tuple[SentenceInfo, SentenceInfo]]) -> list[PairJudgement]:
    """Judge many pairs at once (one matrix through the model)."""
    if not pairs:
        return []
    lex = lexicon()
    covers: list[float] = []
    rows = np.array([pair_features(a, b, lex, covers) for a, b in pairs], dtype=np.float64)
    probabilities = model().probabilities(rows)
    threshold = model().threshold
    lcs = FEATURES.index("lcs_seq")
    names = FEATURES.index("names_unmatched_max")
    numbers = FEATURES.index("numbers_unmatched_max")
    out = []
    for row, p, cover in zip(rows, probabilities, covers, strict=True):
        similarity = float(row[lcs])
        if similarity >= COPIED_SIMILARITY and row[names] == 0 and row[numbers] == 0:
            judged = PairJudgement(Relation.COPIED, max(float(p), similarity), similarity, cover)
        elif p >= threshold and cover >= MIN_COVER:
            judged = PairJudgement(Relation.PARAPHRASED, float(p), similarity, cover)
        else:
            judged = PairJudgement(Relation.DIFFERENT, float(p), similarity, cover)
        out.append(judged)
    return out


def judge(story: str, source: str) -> PairJudgement:
    """Judge one pair of sentences given as text."""
    return judge_many([(read_sentence(story), read_sentence(source))])[0]


def shared_content(a: SentenceInfo, b: SentenceInfo) -> int:
    """Content words of `a` aligned with `b` (same word, lemma, synonym or word family)."""
    from app.core.provenance.features import _align

    strengths, _, _ = _align(a, b, lexicon())
    return sum(1 for s in strengths if s)
