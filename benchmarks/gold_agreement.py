"""How far two annotators of the same real copy agree: the ceiling any engine is measured under.

The quote targets are figures against one annotator's gold. Two careful annotators following
the same rules (benchmarks/gold/RULES.md) still differ: on which marked passages are someone's
words, and on who the speaker is. This script reads two gold files of the same articles and
prints, as counts and figures only (never a passage's text):

- **passages**: the mark pairs each annotator found, and how many the two share (overlap of half
  the longer, as the shared scorer matches quotes);
- **quote or not**: on shared passages, how often both say "quote" or both say "not", with
  Cohen's kappa, and a table of the kinds where they differ (A's kind against B's);
- **as the engine is scored**: annotator B's quotes scored as if they were predictions against
  A's gold (span and quote+speaker P/R/F1, by benchmarks/real_copy_accuracy.py's own reading: a
  quote over several paragraphs joined, nested passages left out, B's speaker or mention must
  name A's speaker), and the reverse;
- with ``--engine``: the engine's own scores against each annotator, side by side.

Run it only once the second annotation is complete: with ``--engine`` on the held-out half it is
the end-of-round measurement (aggregates only).

    python benchmarks/gold_agreement.py GOLD_A.jsonl GOLD_B.jsonl [--engine]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import real_copy_accuracy as rca


def _records(path: Path) -> dict[int, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["line"]: r for r in (json.loads(line) for line in fh if line.strip())}


def _texts(lines: set[int]) -> dict[int, tuple[str, str]]:
    """(id, text) of only the named lines of the real-copy corpus."""
    out = {}
    with rca.ARTICLES.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if number in lines:
                article = json.loads(line)
                out[number] = (article["id"], article["text"])
    return out


def _kind(passage: dict) -> str:
    return "speech" if passage["quote"] else passage.get("kind") or "other"


def _kappa(table: Counter) -> float:
    """Cohen's kappa of two raters' yes/no decisions, `table[(a, b)]` counts."""
    total = sum(table.values())
    if not total:
        return float("nan")
    observed = (table[(True, True)] + table[(False, False)]) / total
    a_yes = (table[(True, True)] + table[(True, False)]) / total
    b_yes = (table[(True, True)] + table[(False, True)]) / total
    expected = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def passage_agreement(sq, gold_a: dict[int, dict], gold_b: dict[int, dict], texts) -> dict:
    """Shared passages, the quote-or-not table and the kinds where the two differ."""
    c: Counter = Counter()
    decisions: Counter = Counter()
    kinds: Counter = Counter()
    for line, record_a in gold_a.items():
        record_b = gold_b.get(line)
        if record_b is None:
            continue
        a = record_a["passages"]
        b = record_b["passages"]
        c["a"] += len(a)
        c["b"] += len(b)
        for ai, bi in sq._greedy(a, b, 0.5):
            c["shared"] += 1
            pa, pb = a[ai], b[bi]
            decisions[(bool(pa["quote"]), bool(pb["quote"]))] += 1
            if _kind(pa) != _kind(pb):
                kinds[(_kind(pa), _kind(pb))] += 1
    return {"counts": c, "decisions": decisions, "kinds": kinds}


def _as_predictions(text: str, record: dict) -> list[dict]:
    """Annotator B's quotes in the form the engine's predictions take."""
    article = rca._scored_article(text, record)
    return [
        {
            "text": q["text"],
            "start": q["start"],
            "end": q["end"],
            "speaker": q["speaker"],
            "speaker_mention": q.get("mention"),
        }
        for q in article["quotes"]
    ]


def score_against(sq, gold: dict[int, dict], pred_of, texts) -> dict:
    """Span and quote+speaker P/R/F1 of `pred_of(line, text)` against `gold`."""
    c: Counter = Counter()
    for line, record in gold.items():
        text = texts[line][1]
        golds = rca._scored_article(text, record)["quotes"]
        preds = pred_of(line, text)
        matches = sq._greedy(golds, preds, 0.5)
        c["gold"] += len(golds)
        c["pred"] += len(preds)
        c["tp"] += len(matches)
        speakerless = 0
        for gi, pi in matches:
            g = golds[gi]
            if not g.get("speaker"):
                speakerless += 1
            elif rca.speaker_right(sq, g, preds[pi]):
                c["spk_tp"] += 1
        c["spk_gold"] += sum(1 for g in golds if g.get("speaker"))
        c["spk_pred"] += len(preds) - speakerless
    return {
        "span": sq.prf(c["tp"], c["pred"], c["gold"]),
        "quote_speaker": sq.prf(c["spk_tp"], c["spk_pred"], c["spk_gold"]),
    }


def _line(label: str, result: dict) -> str:
    span, qs = result["span"], result["quote_speaker"]
    return f"  {label:<20} span {rca._fmt(span)}\n  {'':<20} quote+speaker {rca._fmt(qs)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_a", type=Path)
    parser.add_argument("gold_b", type=Path)
    parser.add_argument("--engine", action="store_true", help="also score the engine on both")
    args = parser.parse_args(argv)
    sq = rca._scorer()
    gold_a, gold_b = _records(args.gold_a), _records(args.gold_b)
    lines = set(gold_a) & set(gold_b)
    if not lines:
        raise SystemExit("the two gold files share no article")
    gold_a = {n: gold_a[n] for n in sorted(lines)}
    gold_b = {n: gold_b[n] for n in sorted(lines)}
    texts = _texts(lines)
    for n in lines:
        if texts[n][0] != gold_a[n]["id"] or texts[n][0] != gold_b[n]["id"]:
            raise SystemExit(f"line {n}: the gold ids do not match the corpus")

    agreement = passage_agreement(sq, gold_a, gold_b, texts)
    c, decisions = agreement["counts"], agreement["decisions"]
    print(f"{len(lines)} articles annotated by both")
    print(f"  passages: A {c['a']}, B {c['b']}, shared {c['shared']}")
    total = sum(decisions.values())
    same = decisions[(True, True)] + decisions[(False, False)]
    print(
        f"  quote or not on shared passages: same {same}/{total} ({same / total:.3f}), "
        f"kappa {_kappa(decisions):.3f}; A quote/B not {decisions[(True, False)]}, "
        f"A not/B quote {decisions[(False, True)]}"
    )
    if agreement["kinds"]:
        print(
            "  kinds that differ (A -> B): "
            + ", ".join(f"{a}->{b} {n}" for (a, b), n in agreement["kinds"].most_common())
        )
    b_preds = {n: _as_predictions(texts[n][1], gold_b[n]) for n in lines}
    a_preds = {n: _as_predictions(texts[n][1], gold_a[n]) for n in lines}
    print("scored as the engine is (one annotator's quotes as predictions):")
    print(_line("B against A's gold", score_against(sq, gold_a, lambda n, t: b_preds[n], texts)))
    print(_line("A against B's gold", score_against(sq, gold_b, lambda n, t: a_preds[n], texts)))
    if args.engine:
        engine: dict[int, list[dict]] = {}

        def predicted(n: int, text: str) -> list[dict]:
            if n not in engine:
                engine[n] = rca._predict(text)
            return engine[n]

        print("the engine:")
        print(_line("against A's gold", score_against(sq, gold_a, predicted, texts)))
        print(_line("against B's gold", score_against(sq, gold_b, predicted, texts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
