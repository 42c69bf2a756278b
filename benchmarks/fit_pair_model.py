"""Fit the sentence-pair model on MSRP train and print its cross-validated accuracy.

    python benchmarks/fit_pair_model.py [--corpus ../shared/corpora/msrp-train] [--no-write]

Reads the corpus at run time (its sentences are never copied anywhere), computes
app.core.provenance.features for every pair, reports 10-fold stratified cross-validation
(mean and per fold) of the shipped model (logistic regression + depth-3 boosted trees,
probabilities averaged), then fits on all pairs and writes resources/models/pair_model.json
(weights only). Then it scores the project's own hand-written pairs
(tests/fixtures/provenance/pairs.jsonl), which the fit never sees.

Needs scikit-learn (for fitting only; Copydesk itself runs the model with numpy).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.provenance.features import FEATURES, pair_features, read_sentence  # noqa: E402

OUT = ROOT / "resources" / "models" / "pair_model.json"
OWN_PAIRS = ROOT / "tests" / "fixtures" / "provenance" / "pairs.jsonl"
TREES, DEPTH, RATE = 300, 3, 0.03


def read_msrp(folder: Path) -> tuple[list[tuple[str, str]], np.ndarray]:
    pairs, labels = [], []
    with (folder / "msr_paraphrase_train.txt").open(encoding="utf-8-sig") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 5:
                labels.append(int(parts[0]))
                pairs.append((parts[3], parts[4]))
    return pairs, np.array(labels)


def featurize(pairs: list[tuple[str, str]]) -> np.ndarray:
    return np.array([pair_features(read_sentence(a), read_sentence(b)) for a, b in pairs])


class Ensemble:
    """The shipped model: standardised logistic regression and boosted trees, averaged."""

    def __init__(self, seed: int = 0) -> None:
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        self.scaler = StandardScaler()
        self.linear = LogisticRegression(C=1.0, max_iter=5000)
        self.trees = GradientBoostingClassifier(
            n_estimators=TREES,
            max_depth=DEPTH,
            learning_rate=RATE,
            subsample=0.8,
            random_state=seed,
        )

    def fit(self, x: np.ndarray, y: np.ndarray) -> Ensemble:
        self.linear.fit(self.scaler.fit_transform(x), y)
        self.trees.fit(x, y)
        return self

    def proba(self, x: np.ndarray) -> np.ndarray:
        a = self.linear.predict_proba(self.scaler.transform(x))[:, 1]
        b = self.trees.predict_proba(x)[:, 1]
        return (a + b) / 2

    def export(self, threshold: float) -> dict:
        features, thresholds, leaves = [], [], []
        for (estimator,) in self.trees.estimators_:
            f, t, v = _full_tree(estimator.tree_)
            features.append(f)
            thresholds.append(t)
            leaves.append(v)
        init = float(self.trees._raw_predict_init(np.zeros((1, len(FEATURES))))[0, 0])
        return {
            "about": "Copydesk sentence-pair model; fitted by benchmarks/fit_pair_model.py on "
            "MSRP train features (weights only, no text).",
            "features": list(FEATURES),
            "mean": self.scaler.mean_.tolist(),
            "scale": self.scaler.scale_.tolist(),
            "coef": self.linear.coef_[0].tolist(),
            "intercept": float(self.linear.intercept_[0]),
            "trees": {
                "init": init,
                "rate": RATE,
                "features": features,
                "thresholds": thresholds,
                "leaves": leaves,
            },
            "threshold": threshold,
        }


def _full_tree(tree) -> tuple[list[int], list[float], list[float]]:
    """A fitted tree as a full depth-3 tree (breadth first); short branches are padded with
    always-left splits that carry the leaf's value down."""
    features = [0] * 7
    thresholds = [float("inf")] * 7
    leaves = [0.0] * 8

    def walk(node: int, slot: int, depth: int) -> None:
        if depth == DEPTH:
            leaves[slot - 7] = float(tree.value[node][0][0])
            return
        if tree.children_left[node] == -1:  # a leaf above full depth
            features[slot], thresholds[slot] = 0, float("inf")
            walk(node, 2 * slot + 1, depth + 1)
            walk(node, 2 * slot + 2, depth + 1)
            return
        features[slot] = int(tree.feature[node])
        thresholds[slot] = float(tree.threshold[node])
        walk(tree.children_left[node], 2 * slot + 1, depth + 1)
        walk(tree.children_right[node], 2 * slot + 2, depth + 1)

    walk(0, 0, 0)
    return features, [t if t != float("inf") else 1e300 for t in thresholds], leaves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/msrp-train")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    from sklearn.model_selection import StratifiedKFold

    pairs, y = read_msrp(args.corpus)
    started = time.perf_counter()
    x = featurize(pairs)
    print(
        f"{len(pairs)} MSRP train pairs, {len(FEATURES)} features "
        f"({time.perf_counter() - started:.1f} s)"
    )
    folds = []
    for train, test in StratifiedKFold(args.folds, shuffle=True, random_state=0).split(x, y):
        model = Ensemble().fit(x[train], y[train])
        folds.append(float(((model.proba(x[test]) >= 0.5) == y[test]).mean()))
    print(
        f"cross-validated accuracy ({args.folds} folds): mean {np.mean(folds):.4f}, "
        f"per fold {' '.join(f'{a:.3f}' for a in folds)}"
    )
    print("  for comparison on this split: all 'paraphrase' 0.675, word-set Jaccard ~0.73")
    model = Ensemble().fit(x, y)
    exported = model.export(threshold=0.5)
    if not args.no_write:
        OUT.write_text(json.dumps(exported, separators=(",", ":")), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size / 1e3:.0f} kB)")
    if OWN_PAIRS.exists():
        from app.core.provenance import pairmodel

        pairmodel.model.cache_clear()
        items = [json.loads(line) for line in OWN_PAIRS.read_text().splitlines() if line.strip()]
        judged = pairmodel.judge_many(
            [(read_sentence(i["story"]), read_sentence(i["source"])) for i in items]
        )
        same = [i["relation"] != "different" for i in items]
        said = [j.relation != "different" for j in judged]
        binary = np.mean([a == b for a, b in zip(same, said, strict=True)])
        three = np.mean([i["relation"] == j.relation for i, j in zip(items, judged, strict=True)])
        print(
            f"own pairs ({len(items)}, written for the project, never fitted): accuracy "
            f"{binary:.3f} same-claim vs different, {three:.3f} on all three relations"
        )


if __name__ == "__main__":
    main()
