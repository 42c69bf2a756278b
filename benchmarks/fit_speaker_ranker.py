"""Can a fitted re-ranker fix the speakers the confidence model marks? Measured: no.

    python benchmarks/fit_speaker_ranker.py [--held-dir FOLDER ...] [--l2 X] [--boost X]
                                            [--pairwise]

For every quote the shipped confidence model marks "check the speaker" (speaker_confidence.
doubtful) in the development corpora (the same corpora and labels as fit_speaker_model.py; read
at run time, never copied), `candidates` lists the rules' choice and every name the analysis
knows (Analysis.sources and the other quotes' speakers) written, as a whole word in full or by
surname, in the quote's paragraph or the two before it, each with what an editor would weigh:
how near its nearest naming is (characters, paragraphs, before or after, same sentence), whether
it opens a sentence, sits beside a verb of saying or is a possessive, whether it spoke the quote
before or after, whether a "he"/"she" fits its first name, person or organisation or
description, how often the story names it, and, for the rules' choice, the reason's rule and
resolution flags, its mention's distance and the quote's confidence. A candidate is right when
the scorer's `speaker_right` accepts it. A softmax (conditional logit) over each quote's
candidates (or, with --pairwise, a logistic regression on candidate-minus-rules differences) is
fitted by Newton's method, leave one corpus out; the margin by which another candidate must beat
the rules' choice is the one that gains most, net, on the left-out predictions.

What it measured (round 16, main at 7ced822): the marks hold 440 gold quotes with a gold speaker
across the ten corpora; the rules are right on 378 of them, and on only 19 of the 62 they get
wrong is the right speaker among the candidates at all (the others are descriptions or
organisations the analysis never names, or gold speakers written only as a pronoun). Left out
one corpus at a time, the re-ranker never puts a single marked quote right before it has put
more wrong: the best margin on the left-out predictions is "never switch" (gain 0, loss 0), for
every setting tried:

    softmax, L2 1 (default)   at margin 0: gain 0, loss 4     in sample: gain 0, loss 0
    softmax, L2 0.1           at margin 0: gain 1, loss 10    in sample: gain 3, loss 1
    softmax, L2 10            at margin 0: no change
    softmax, rules-wrong ×3   at margin 0: gain 0, loss 16    in sample: gain 4, loss 3
    softmax, rules-wrong ×10  at margin 0: gain 2, loss 38    in sample: gain 13, loss 30
    softmax, rules-wrong ×30  at margin 0: gain 4, loss 57    in sample: gain 14, loss 59
    pairwise, L2 0.3 / 1 / 10 at margin 0: gain 0, loss 7 / 2 / 0

Ranked by the left-out score, 13 losses come before the first gain. The local real set
(/work/realweb/all, scored with --held-dir, never fitted on) has 18 marked gold quotes: the
rules are right on 12 and only 2 of the 6 wrong have the right speaker among the candidates;
the default ranker changes none of them. The right candidates that exist are heterogeneous
(a named person beside a description the rules took, "he" read as the other man of the
paragraph, an organisation for "it"): no corpus teaches the others anything about them.

Re-run after the confidence features' review fixes (whole-word mentions, the engine's
paragraphs, every rule flagged): the same verdict, gain 0 and loss 0 at the fitted margin
(at margin 0: gain 0, loss 2).

So nothing of this reaches app/: by the landing rule (no corpus may lose, net positive when
left out) there is nothing to ship, and every corpus keeps its figures. The candidate and
feature code below is kept here, with the measurement, so the experiment can be repeated when
the candidates grow (descriptions, organisations) or the gold does.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_speaker_model as fsm  # noqa: E402
import real_copy_accuracy as rca  # noqa: E402

from app.core.analysis import speaker_confidence as sc  # noqa: E402
from app.core.analysis import speaker_features as sf  # noqa: E402
from app.core.analysis.engine import analyze  # noqa: E402
from app.core.analysis.first_names import first_name_gender, is_first_name  # noqa: E402
from app.core.model import Quote  # noqa: E402

L2 = 1.0

# ---------------------------------------------------------------------------------------------
# Candidates and their features (would have been app/core/analysis/speaker_ranker.py)

FEATURES: tuple[str, ...] = (
    "is_rules",
    "not_written",
    "distance",
    "paragraphs",
    "after",
    "opens_sentence",
    "verb_beside",
    "full_name",
    "previous_speaker",
    "next_speaker",
    "gender_agrees",
    "gender_disagrees",
    "person",
    "one_word",
    "named_count",
    "nearest",
    "same_sentence",
    "lower",
    "rules_lower",
    "mention_beside",
    "named_over_description",
    "subject_over_description",
    "possessive",
    *(f"rules_{name}" for name, _ in sf.RULES),
    "rules_rule_none",
    *(f"rules_{name}" for name, _ in sf.RESOLUTIONS),
    "rules_confidence",
    "rules_pronoun",
)

_VERB_AFTER = re.compile(
    r"[,]?\s+(?:said|says|say|told|tells|added|adds|explained|asked|wrote|writes|noted|"
    r"continued|recalled|insisted|argued|replied|stated|declared|warned|according)\b"
)
_VERB_BEFORE = re.compile(
    r"\b(?:said|says|told|added|adds|explained|asked|wrote|writes|noted|according to|"
    r"continued|recalled|insisted|argued|replied|stated|declared|warned)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_SENTENCE_OPEN = frozenset('.!?\n“”"')


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible speaker of one quote: the name as the analysis knows it, how it is written
    nearest the quote, and its features in FEATURES order."""

    name: str
    mention: str
    row: tuple[float, ...]


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if len(words) > 1 and len(words[-1]) > 2 else ""


def _nearest(text: str, forms: Sequence[str], quote: Quote, lo: int, hi: int) -> tuple[int, str]:
    """Where the candidate is written nearest the quote (outside it) and as what: -1 if not
    within [lo, hi). A full name is preferred to a surname at the same place."""
    best, best_gap, best_form = -1, 1 << 30, ""
    for form in forms:
        before = _word_at(text, form, lo, quote.start, backwards=True)
        if before >= 0 and quote.start - before - len(form) < best_gap:
            best, best_gap, best_form = before, quote.start - before - len(form), form
        after = _word_at(text, form, quote.end, hi, backwards=False)
        if after >= 0 and after - quote.end < best_gap:
            best, best_gap, best_form = after, after - quote.end, form
    return best, best_form


def _word_at(text: str, form: str, lo: int, hi: int, backwards: bool) -> int:
    """The nearest place `form` is written as a whole word in [lo, hi) ("he" not in "the"),
    trying a few places at most."""
    for _ in range(6):
        at = text.rfind(form, lo, hi) if backwards else text.find(form, lo, hi)
        if at < 0:
            return -1
        end = at + len(form)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end >= len(text) or not text[end].isalnum()
        ):
            return at
        if backwards:
            hi = end - 1
        else:
            lo = at + 1
    return -1


def _opens_sentence(text: str, at: int, lo: int) -> bool:
    """The naming opens a sentence or a paragraph: the sentence's subject, most often."""
    head = text[max(lo, at - 3) : at].rstrip(" ")
    return at <= lo or not head or head[-1] in _SENTENCE_OPEN


def _same_sentence(text: str, at: int, quote: Quote) -> bool:
    """The naming and the quote's opening are in one sentence (no full stop between them)."""
    if at >= quote.end:
        stretch = text[quote.end : at]
        return not any(mark in stretch for mark in ".!?\n") or stretch.lstrip()[:1] in ",”\"’'"
    stretch = text[at : quote.start]
    return not any(mark in stretch for mark in (". ", "! ", "? ", "\n"))


def _verb_beside(text: str, at: int, form: str) -> bool:
    """A verb of saying right after the naming ("Ruiz said") or just before it ("said Ruiz")."""
    end = at + len(form)
    return bool(_VERB_AFTER.match(text, end, end + 24)) or bool(
        _VERB_BEFORE.search(text[max(0, at - 40) : at])
    )


def known_names(quotes: Iterable[Quote], sources: Iterable[str]) -> list[str]:
    """The people and organisations the analysis knows, once each, longest first (so that a
    surname shared by two of them is read as the fuller name's)."""
    names: dict[str, str] = {}
    for name in [*(q.speaker for q in quotes if q.speaker), *sources]:
        if name:
            names.setdefault(name.lower(), name)  # "The authors" is "the authors"
    return sorted(names.values(), key=lambda n: (-len(n), n))


def candidates(
    text: str,
    quotes: Sequence[Quote],
    index: int,
    names: Sequence[str],
    story: sf.StoryContext,
) -> list[Candidate]:
    """The rules' choice first, then every known name written in the quote's paragraph or the
    two before it, with its features (an empty list when the quote has no speaker)."""
    quote = quotes[index]
    if quote.speaker is None:
        return []
    at = story.paragraph[index]
    lo = story.start_of(max(0, at - 2))
    hi = story.bounds(quote.start, quote.end)[1]
    reason = quote.speaker_reason or ""
    flags = sf.reason_features(reason.split(": ", 1)[1] if ": " in reason else reason)
    mention = (quote.speaker_mention or "").strip().lower()
    pronoun = mention in sf.PRONOUNS
    wanted = "m" if mention in ("he", "him", "his") else "f" if mention in ("she", "her") else ""
    described = quote.speaker[:1].islower() or quote.speaker[:4] in ("The ", "One ")
    mention_gap = sf.mention_distance(story, quote, (quote.speaker_mention or "").strip(), at, hi)
    previous = quotes[index - 1].speaker if index > 0 else None
    following = quotes[index + 1].speaker if index + 1 < len(quotes) else None
    found: list[tuple[str, int, str]] = []
    for name in names:
        surname = _surname(name)
        forms = (name, surname) if surname else (name,)
        if name.lower() == quote.speaker.lower() and quote.speaker_mention:
            # the rules' choice is written nearest as its mention ("he said", "the company")
            forms = (*forms, quote.speaker_mention.strip())
        where, form = _nearest(text, forms, quote, lo, hi)
        if name.lower() == quote.speaker.lower():
            found.append((quote.speaker, where, form))
        elif where >= 0:
            found.append((name, where, form))
    if not any(name == quote.speaker for name, _, _ in found):
        found.append((quote.speaker, -1, ""))
    gaps = [
        abs(quote.start - w) if w < quote.start else w - quote.end for _, w, _ in found if w >= 0
    ]
    nearest_gap = min(gaps) if gaps else -1
    out = []
    for name, where, form in found:
        is_rules = name == quote.speaker
        words = name.split()
        first = words[0] if words else ""
        gender = first_name_gender(first) if len(words) > 1 else ""
        rules_part = tuple(float(f) * is_rules for f in flags)
        if where < 0:
            gap, paragraphs, after, opens, verb = 8.0, 3.0, 0.0, 0.0, 0.0
            nearest = same = possessive = 0.0
        else:
            raw = where - quote.end if where >= quote.end else quote.start - where - len(form)
            gap = math.log1p(raw)
            paragraphs = float(at - story.index_of(where)) if where < quote.start else 0.0
            after = float(where >= quote.end)
            opens = float(_opens_sentence(text, where, story.start_of(story.index_of(where))))
            verb = float(_verb_beside(text, where, form))
            nearest = float(raw == nearest_gap)
            same = float(_same_sentence(text, where, quote))
            possessive = float(text[where + len(form) : where + len(form) + 2] in ("’s", "'s"))
        row = (
            float(is_rules),
            float(where < 0),
            gap,
            paragraphs,
            after,
            opens,
            verb,
            float(form == name and len(words) > 1),
            float(previous == name),
            float(following == name),
            float(bool(wanted) and gender == wanted),
            float(bool(wanted) and bool(gender) and gender != wanted),
            float(is_first_name(first) and len(words) > 1),
            float(len(words) == 1),
            math.log1p(story.count(_surname(name) or name)),
            nearest,
            same,
            float(name[:1].islower()),
            float(is_rules and quote.speaker[:1].islower()),
            float(is_rules and mention_gap < 2.5),
            float(not is_rules and described and same and name[:1].isupper()),
            float(not is_rules and described and same and opens and name[:1].isupper()),
            possessive,
            *rules_part,
            quote.confidence * is_rules,
            float(pronoun and is_rules),
        )
        mention_as = quote.speaker_mention if is_rules else form
        out.append(Candidate(name, mention_as or name, row))
    out.sort(key=lambda c: -c.row[0])  # the rules' choice first
    return out


# ---------------------------------------------------------------------------------------------
# Fitting and measuring


def groups_of(articles: list[dict], sq) -> list[tuple[np.ndarray, np.ndarray]]:
    """One (candidate features, labels) pair per marked quote that is a gold quote with a gold
    speaker, computed with the shipped ranker switched off (its input is the rules' output)."""
    out = []
    for article in articles:
        text = article["text"]
        analysis = analyze(text)
        quotes = list(analysis.quotes)
        marked = [i for i, q in enumerate(quotes) if sc.check_speaker(q)]
        if not marked:
            continue
        _preds, by_pred = fsm.matched(article, quotes, sq)
        story = sf.StoryContext(text, quotes)
        names = known_names(quotes, [s.name for s in analysis.sources])
        for index in marked:
            gi = by_pred.get(index)
            if gi is None or not article["quotes"][gi].get("speaker"):
                continue
            gold = article["quotes"][gi]
            found = candidates(text, quotes, index, names, story)
            labels = [
                int(rca.speaker_right(sq, gold, {"speaker": c.name, "speaker_mention": c.mention}))
                for c in found
            ]
            out.append((np.array([c.row for c in found], dtype=float), np.array(labels)))
    return out


def fit(
    groups: list[tuple[np.ndarray, np.ndarray]], l2: float = L2, boost: float = 1.0
) -> np.ndarray:
    """Conditional logit: maximise Σ log P(right candidate | quote) over quotes with a right
    candidate among two or more (the others teach nothing about the order); `boost` weighs the
    quotes the rules get wrong (the ones a re-ranker is for) that many times over."""
    useful = [
        (x, y / y.sum(), 1.0 if y[0] else boost) for x, y in groups if len(y) > 1 and y.sum() > 0
    ]
    w = np.zeros(len(FEATURES))
    for _ in range(40):
        grad = l2 * w
        hess = np.diag(np.full(len(w), l2))
        for x, t, c in useful:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += c * (x.T @ (p - t))
            hess += c * (x.T @ (np.diag(p) - np.outer(p, p)) @ x)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit_pairwise(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = L2) -> np.ndarray:
    """Pairwise: a logistic regression on (candidate − rules' choice) for every pair where one
    of the two is right and the other wrong; its score differences read as the softmax's."""
    xs, ys = [], []
    for x, y in groups:
        for j in range(1, len(y)):
            if y[j] != y[0]:
                xs.append(x[j] - x[0])
                ys.append(float(y[j]))
    w = np.zeros(len(FEATURES))
    if not xs:
        return w
    z, t = np.array(xs), np.array(ys)
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        hess = (z * (p * (1 - p))[:, None]).T @ z + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, z.T @ (p - t) + l2 * w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def decisions(w: np.ndarray, groups) -> list[tuple[float, int]]:
    """Per quote: (best other's score minus the rules' choice's, +1 gain / -1 loss / 0 neither
    if the best other replaced the rules' choice)."""
    out = []
    for x, y in groups:
        if len(y) < 2:
            continue
        s = x @ w
        best = 1 + int(np.argmax(s[1:]))
        effect = int(y[best]) - int(y[0])
        out.append((float(s[best] - s[0]), effect))
    return out


def tally(rows: list[tuple[float, int]], margin: float) -> tuple[int, int]:
    gains = sum(1 for d, e in rows if d > margin and e > 0)
    losses = sum(1 for d, e in rows if d > margin and e < 0)
    return gains, losses


def best_margin(rows: list[tuple[float, int]]) -> float:
    """The margin with the largest net gain on the left-out predictions (ties: the larger,
    which moves fewer speakers)."""
    best, best_net = float("inf"), 0
    for d, _ in sorted(rows, reverse=True):
        g, lo = tally(rows, d - 1e-6)
        if g - lo > best_net:
            best, best_net = d - 1e-6, g - lo
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-dir", type=Path, action="append", default=[])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--boost", type=float, default=1.0, help="weight of rules-wrong quotes")
    parser.add_argument("--pairwise", action="store_true", help="pairwise instead of softmax")
    args = parser.parse_args(argv)

    def train(groups: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        if args.pairwise:
            return fit_pairwise(groups, args.l2)
        return fit(groups, args.l2, args.boost)

    sq = rca._scorer()
    data = {name: groups_of(load(), sq) for name, load in fsm._corpora().items()}
    loco: dict[str, list[tuple[float, int]]] = {}
    for name in data:
        rest = [g for k, v in data.items() if k != name for g in v]
        loco[name] = decisions(train(rest), data[name])
    pooled = [r for rows in loco.values() for r in rows]
    margin = best_margin(pooled)
    print(f"margin (fitted on left-out predictions): {margin:.3f}")
    print(f"{'left out':<14} {'marked':>6} {'rules right':>11} {'any right':>9}  gain  loss")
    for name, groups in data.items():
        g, lo = tally(loco[name], margin)
        right = sum(int(y[0]) for _, y in groups)
        anyright = sum(int(y.max() > 0) for _, y in groups if len(y))
        print(f"{name:<14} {len(groups):>6} {right:>11} {anyright:>9}  {g:>4}  {lo:>4}")
    g, lo = tally(pooled, margin)
    print(f"{'all (held out)':<14} gain {g}, loss {lo}, net {g - lo:+d}")
    # The margin chosen on the pooled rows is itself fitted; a margin chosen without each
    # corpus shows what a new corpus would see.
    g2 = lo2 = 0
    for name in data:
        others = [r for k, rows in loco.items() if k != name for r in rows]
        gg, ll = tally(loco[name], best_margin(others))
        g2, lo2 = g2 + gg, lo2 + ll
    print(f"margin also left out: gain {g2}, loss {lo2}, net {g2 - lo2:+d}")
    for fixed in (0.0, 0.5, 1.0, 2.0):
        per = {name: tally(rows, fixed) for name, rows in loco.items()}
        shown = ", ".join(f"{n} +{g}/-{lo}" for n, (g, lo) in per.items() if g or lo)
        g, lo = tally(pooled, fixed)
        print(f"at margin {fixed:.1f}: gain {g}, loss {lo} ({shown or 'no change'})")
    every = [g for v in data.values() for g in v]
    w = train(every)
    g, lo = tally(decisions(w, every), 0.0)
    print(f"in sample (fitted on every corpus, margin 0): gain {g}, loss {lo}")
    for folder in args.held_dir:
        groups = groups_of(rca.load_invented(folder), sq)
        rows = decisions(w, groups)
        right = sum(int(y[0]) for _, y in groups)
        fixable = sum(int(y.max() > 0 and not y[0]) for _, y in groups if len(y))
        print(
            f"held out {folder.name}: {len(groups)} marked gold quotes, rules right {right}, "
            f"fixable {fixable}; at the margin gain/loss {tally(rows, margin)}, "
            f"at 0: {tally(rows, 0.0)}"
        )
    print("weights:", ", ".join(f"{f} {v:+.2f}" for f, v in zip(FEATURES, w, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
