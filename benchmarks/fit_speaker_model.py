"""Fit the speaker-confidence model on the development gold and print how well it ranks.

    python benchmarks/fit_speaker_model.py [--no-write] [--held-dir FOLDER ...] [--held-halves]
                                           [--even]

Every quote the engine finds in the development corpora (PolNeAR dev, the odd half of
real-copy-dev, the five invented sets, the MSRP sentence sets; read at run time, never copied)
becomes one row of app.core.analysis.speaker_confidence.FEATURES, labelled 1 when the quote is a
gold quote and its speaker the gold speaker (the scorer of real_copy_accuracy.py), 0 when the
speaker is wrong or the quote is no quote. Gold quotes with no speaker are left out.

It prints, per corpus, how well the model ranks the wrong ones below the right ones when that
corpus is left out of the fit (leave-one-corpus-out: the area under the ROC curve, and what the
sidebar's "check the speaker" mark would catch), next to the rules' own hand-set confidence as
the baseline; then fits on every corpus and writes resources/models/speaker_model.json (weights
and the threshold only). `--held-dir` scores a local gold set (laid out like the invented ones)
with the final model without fitting on it; `--held-halves` does so for the held halves of
invented6 and invented7 and `--even` for the held-out even half, each beside the model shipped
now. (Round 28: fitting on the dev halves of invented6 and invented7 as well left the held halves
where they were, AUC 0.741 / 0.798 against the shipped 0.764 / 0.779, so it was not shipped.)

Fitting is an L2-regularised logistic regression by Newton's method in numpy (a few thousand
rows, a few dozen features); Copydesk runs the model in pure Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_copy_accuracy as rca  # noqa: E402

from app.core.analysis import speaker_confidence as sc  # noqa: E402
from app.core.analysis import speaker_features as sf  # noqa: E402
from app.core.analysis.engine import analyze  # noqa: E402

OUT = ROOT / "resources" / "models" / "speaker_model.json"
L2 = 1.0


def _corpora() -> dict[str, object]:
    sets = {
        "polnear": rca.load_polnear,
        "odd": lambda: rca.load_real_copy("odd"),
        "invented": lambda: rca.load_invented(rca.INVENTED_DIR),
    }
    for k in range(2, 6):
        sets[f"invented{k}"] = lambda k=k: rca.load_invented(
            rca.INVENTED_DIR.parent / f"invented{k}"
        )
    sets["msrp"] = lambda: rca.load_msrp("dev")
    sets["msrp-held-a"] = lambda: rca.load_msrp("held-a")
    sets["msrp-held-b"] = lambda: rca.load_msrp("held-b")
    return sets


def matched(article: dict, quotes: list, sq) -> tuple[list[dict], dict[int, int]]:
    """The predicted quotes as the scorer reads them, and which gold quote each one matches
    (prediction index -> gold index), by the scorer's own greedy overlap."""
    preds = [
        {"start": q.start, "end": q.end, "speaker": q.speaker,
         "speaker_mention": q.speaker_mention}
        for q in quotes
    ]  # fmt: skip
    return preds, {pi: gi for gi, pi in sq._greedy(article["quotes"], preds, 0.5)}


def rows_of(articles: list[dict], sq) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and the rules' own confidence for every predicted quote with a
    speaker, computed with the shipped model switched off (its input is the rules' output)."""
    xs, ys, prior = [], [], []
    for article in articles:
        text = article["text"]
        quotes = list(analyze(text).quotes)
        preds, by_pred = matched(article, quotes, sq)
        story = sf.StoryContext(text, quotes)
        for index, quote in enumerate(quotes):
            if quote.speaker is None:
                continue
            gi = by_pred.get(index)
            if gi is None:
                label = 0
            else:
                gold = article["quotes"][gi]
                if not gold.get("speaker"):
                    continue
                label = int(rca.speaker_right(sq, gold, preds[index]))
            xs.append(sf.quote_features(text, quotes, index, story))
            ys.append(label)
            prior.append(quote.confidence)
    return np.array(xs, dtype=float).reshape(-1, len(sf.FEATURES)), np.array(ys), np.array(prior)


def fit(x: np.ndarray, y: np.ndarray) -> dict:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"mean": mean, "scale": scale, "bias": float(w[0]), "weights": w[1:]}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    """What the engine gives a quote: the model's probability, capped as `combined` caps it."""
    z = model["bias"] + ((x - model["mean"]) / model["scale"]) @ model["weights"]
    p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    rules = x[:, sf.FEATURES.index("rule_confidence")]
    return np.where(rules < sc.RULES_DOUBT, np.minimum(p, rules), p)


def _shipped() -> dict | None:
    """The model the engine ships now (resources/models/speaker_model.json), to compare."""
    try:
        data = json.loads(OUT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != sf.FEATURES:
        return None
    model = {key: np.array(data[key], dtype=float) for key in ("mean", "scale", "weights")}
    return {**model, "bias": float(data["bias"]), "threshold": float(data["threshold"])}


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """P(a right quote scores above a wrong one), ties counting half."""
    right, wrong = score[y == 1], score[y == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    order = np.concatenate([right, wrong]).argsort(kind="mergesort")
    ranks = np.empty(len(order))
    values = np.concatenate([right, wrong])[order]
    i = 0
    while i < len(values):  # average ranks over ties
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(right)].sum() - len(right) * (len(right) + 1) / 2)
                 / (len(right) * len(wrong)))  # fmt: skip


def marked(score: np.ndarray, y: np.ndarray, threshold: float) -> str:
    flag = score < threshold
    caught = int((flag & (y == 0)).sum())
    return (
        f"marks {int(flag.sum())} of {len(y)} ({flag.mean():.0%}), "
        f"{caught} of {int((y == 0).sum())} wrong caught ({caught / max(1, (y == 0).sum()):.0%}), "
        f"{caught / max(1, flag.sum()):.0%} of marks wrong"
    )


def best_threshold(score: np.ndarray, y: np.ndarray, share: float = 0.5) -> float:
    """The mark's threshold: the lowest probability below which `share` of the held-out wrong
    quotes fall. Not the threshold with the best F1 on these corpora: wrong speakers are 3 to 4
    times as frequent on copy from publishers the rules never saw (about 1 in 6 against 1 in
    25), so a threshold tuned to the development sets' rarity marks almost nothing there."""
    wrong = np.sort(score[y == 0])
    return float(np.round(wrong[int(np.ceil(share * len(wrong))) - 1] + 0.0005, 3))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--held-dir", type=Path, action="append", default=[])
    parser.add_argument("--even", action="store_true", help="score the held-out even half")
    parser.add_argument(
        "--held-halves", action="store_true",
        help="score the held halves of invented6 and invented7 (never fitted on)",
    )  # fmt: skip
    parser.add_argument(
        "--try-threshold", type=float, action="append", default=[],
        help="also print what a mark at this probability would catch",
    )  # fmt: skip
    args = parser.parse_args(argv)
    sq = rca._scorer()
    sc.model = lambda: None  # features come from the rules' output, never the model's
    data = {}
    for name, load in _corpora().items():
        articles = load()
        if articles:
            data[name] = rows_of(articles, sq)
    print(f"{'left out':<14} {'rows':>5} {'wrong':>5}  AUC model  AUC rules")
    cv_scores, cv_labels = [], []
    for name, (x, y, prior) in data.items():
        rest = [v for k, v in data.items() if k != name]
        model = fit(np.vstack([r[0] for r in rest]), np.concatenate([r[1] for r in rest]))
        score = predict(model, x)
        cv_scores.append(score)
        cv_labels.append(y)
        print(f"{name:<14} {len(y):>5} {int((y == 0).sum()):>5}  "
              f"{auc(score, y):9.3f}  {auc(prior, y):9.3f}")  # fmt: skip
    score, y = np.concatenate(cv_scores), np.concatenate(cv_labels)
    prior = np.concatenate([v[2] for v in data.values()])
    threshold = best_threshold(score, y)
    print(f"{'all (held out)':<14} {len(y):>5} {int((y == 0).sum()):>5}  "
          f"{auc(score, y):9.3f}  {auc(prior, y):9.3f}")  # fmt: skip
    print(f"threshold {threshold:.3f}: {marked(score, y, threshold)}")
    for t in args.try_threshold:
        print(f"  at {t:.3f}: {marked(score, y, t)}")
    x_all = np.vstack([v[0] for v in data.values()])
    model = fit(x_all, np.concatenate([v[1] for v in data.values()]))
    held = [(folder.name, rca.load_invented(folder)) for folder in args.held_dir]
    if args.held_halves:
        for k in (6, 7):
            folder = rca.INVENTED_DIR.parent / f"invented{k}"
            held.append((f"invented{k} held half", rca.load_invented(folder, parity=0)))
    if args.even:
        held.append(("even half", rca.load_real_copy("even")))
    shipped = _shipped()
    for label, articles in held:
        if not articles:
            print(f"{label}: no gold")
            continue
        x, y, prior = rows_of(articles, sq)
        score = predict(model, x)
        print(f"held out {label}: {len(y)} quotes, {int((y == 0).sum())} wrong, "
              f"AUC model {auc(score, y):.3f}, rules {auc(prior, y):.3f}; "
              f"{marked(score, y, threshold)}")  # fmt: skip
        if shipped is not None:
            before = predict(shipped, x)
            print(f"  the shipped model: AUC {auc(before, y):.3f}; "
                  f"{marked(before, y, shipped['threshold'])}")  # fmt: skip
        for t in args.try_threshold:
            print(f"  at {t:.3f}: {marked(score, y, t)}")
    weights = sorted(zip(sf.FEATURES, model["weights"], strict=True), key=lambda fw: fw[1])
    print("weights (standardised):", ", ".join(f"{f} {w:+.2f}" for f, w in weights))
    if not args.no_write:
        OUT.write_text(
            json.dumps(
                {
                    "about": "benchmarks/fit_speaker_model.py: logistic regression on the "
                    "development gold's quotes, P(quote and speaker right)",
                    "features": list(sf.FEATURES),
                    "mean": [round(v, 6) for v in model["mean"]],
                    "scale": [round(v, 6) for v in model["scale"]],
                    "weights": [round(v, 6) for v in model["weights"]],
                    "bias": round(model["bias"], 6),
                    "threshold": round(threshold, 3),
                    "rows": len(x_all),
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
