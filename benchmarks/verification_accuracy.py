"""Verdict accuracy on real quotes (PolNeAR dev) perturbed in known ways, per kind of change."""

# Each article becomes a source document (every third one typeset like a PDF: hard-wrapped and
# hyphenated, then read back through the PDF reflow); each quote is checked against its own
# article plus three others, unchanged and with one known change. The corpus is read at run time
# and never copied into the project.
#
# python benchmarks/verification_accuracy.py [--gold FILE] [--errors N] [--limit N]

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from app.core import model
from app.core.verification import (
    SourceText,
    build_index,
    document_from_text,
    parse_document,
    verify_quote,
)
from app.core.verification.extract import reflow_pdf_text
from app.core.verification.normalize import STOPWORDS, Tokens, tokenize

GOLD = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "corpora"
    / "polnear-dev"
    / "polnear_dev_direct_quotes.jsonl"
)
DISTRACTORS = 3

V = model.Verdict
EXPECTED: dict[str, V] = {
    "unchanged": V.VERBATIM,
    "punctuation": V.MINOR,
    "ellipsis": V.MINOR,
    "bracketed": V.MINOR,
    "word_swapped": V.ALTERED,
    "word_dropped": V.ALTERED,
    "clause_added": V.ALTERED,
    "paraphrase": V.ALTERED,
    "unrelated": V.NOT_FOUND,
}
CLAUSES = (
    ", and everybody knows that",
    ", and that is a promise",
    " and we will never forget it",
    ", believe me, and nobody else will",
    ", which matters more than ever",
)
BRACKETS = ("[the candidate]", "[in 2016]", "[Clinton]", "[the campaign]", "[sic]", "[Trump]")
PARAPHRASE_TAILS = (" for a whole generation", ", as everyone can see", " in the long run")


def wrap_like_pdf(text: str, width: int = 64) -> str:
    """Typeset an article: hard line breaks, and long words hyphenated across lines."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if len(line) + 1 + len(word) <= width:
                line = f"{line} {word}" if line else word
                continue
            room = width - len(line) - 2
            if "-" in word[1:-1] and word.index("-") < room:
                cut = word.index("-") + 1  # break a compound at its own hyphen
                out.append(f"{line} {word[:cut]}")
                line = word[cut:]
            elif word.isalpha() and word.islower() and len(word) >= 8 and room >= 4:
                cut = min(room, len(word) - 3)
                out.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            else:
                out.append(line)
                line = word
        out.append(line)
        out.append("")
    return "\n".join(out)


def build_sources(articles: list[dict]) -> list[SourceText]:
    sources = []
    for n, article in enumerate(articles):
        doc = document_from_text(article["text"], title=article["id"])
        if n % 3 == 2:
            doc = model.SourceDocument(
                title=doc.title, kind="pdf", text=reflow_pdf_text(wrap_like_pdf(doc.text))
            )
        sources.append(parse_document(doc))
    return sources


def interior(tokens: Tokens, rng: random.Random, content: bool = True) -> int:
    """A word index away from the edges (a change at an edge can look like a shorter cut)."""
    brackets = [(m.start(), m.end()) for m in re.finditer(r"\[[^\]]*\]", tokens.text)]
    choices = [
        i
        for i in range(1, len(tokens) - 1)
        if not any(a <= tokens.starts[i] < b for a, b in brackets)
    ] or list(range(1, len(tokens) - 1))
    if content:
        preferred = [i for i in choices if tokens.keys[i] not in STOPWORDS]
        choices = preferred or choices
    return rng.choice(choices)


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def word_swapped(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    i = interior(t, rng)
    word = rng.choice([w for w in pool if w != t.keys[i]])
    return splice(text, t.starts[i], t.ends[i], word)


def word_dropped(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    i = interior(t, rng)
    return splice(text, t.starts[i], t.starts[i + 1], "")


def clause_added(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    clause = rng.choice(CLAUSES)
    where = t.ends[-1] if rng.random() < 0.5 else t.ends[interior(t, rng, content=False)]
    return splice(text, where, where, clause)


def ellipsis(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    if len(t) < 8:
        return None
    count = rng.randint(1, min(5, len(t) - 6))
    first = rng.randint(3, len(t) - 3 - count)
    mark = rng.choice((" ... ", " … ", "... "))
    return splice(text, t.ends[first - 1], t.starts[first + count], mark)


def bracketed(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    pronouns = [i for i in range(1, len(t) - 1) if t.keys[i] in {"he", "she", "they", "it"}]
    if pronouns and rng.random() < 0.5:
        i = rng.choice(pronouns)
        return splice(text, t.starts[i], t.ends[i], rng.choice(BRACKETS))
    i = interior(t, rng, content=False)
    return splice(text, t.ends[i], t.ends[i], " " + rng.choice(BRACKETS))


def punctuation(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    inner = [i for i in range(1, len(t)) if t.gap(i).strip() in {",", ";", "—", "-", ":"}]
    if inner and rng.random() < 0.6:
        i = rng.choice(inner)
        return splice(text, t.ends[i - 1], t.starts[i], " ")
    i = interior(t, rng, content=False)
    if t.gap(i + 1).strip():
        return None
    return splice(text, t.ends[i], t.ends[i], rng.choice((",", ";", " —")))


def paraphrase(text: str, t: Tokens, rng: random.Random, pool: list[str]) -> str | None:
    """Keep one distinctive run of four words; reword, drop and add around it."""
    if len(t) < 8:
        return None
    runs = [
        k
        for k in range(len(t) - 3)
        if sum(t.keys[j] not in STOPWORDS for j in range(k, k + 4)) >= 2
    ]
    if not runs:
        return None
    keep = rng.choice(runs)
    words: list[str] = []
    for j in range(len(t)):
        if keep <= j < keep + 4:
            words.append(text[t.starts[j] : t.ends[j]])
        elif t.keys[j] in STOPWORDS:
            if rng.random() > 0.3:
                words.append(text[t.starts[j] : t.ends[j]])
        elif rng.random() < 0.6:
            words.append(rng.choice(pool))
        else:
            words.append(text[t.starts[j] : t.ends[j]])
    return " ".join(words) + rng.choice(PARAPHRASE_TAILS)


PERTURB: dict[str, Callable[[str, Tokens, random.Random, list[str]], str | None]] = {
    "punctuation": punctuation,
    "ellipsis": ellipsis,
    "bracketed": bracketed,
    "word_swapped": word_swapped,
    "word_dropped": word_dropped,
    "clause_added": clause_added,
    "paraphrase": paraphrase,
}


def shares_run(text: str, sources: list[SourceText], n: int = 5) -> bool:
    """Does `text` share n words in a row with any source? (Then it is not unrelated.)"""
    keys = tokenize(text).keys
    grams = {tuple(keys[i : i + n]) for i in range(len(keys) - n + 1)}
    for source in sources:
        doc = tokenize(source.text).keys
        if any(tuple(doc[i : i + n]) in grams for i in range(len(doc) - n + 1)):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong verdicts")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"No corpus at {args.gold}; pass --gold FILE.", file=sys.stderr)
        return 2
    articles = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        articles = articles[: args.limit]
    sources = build_sources(articles)
    pool = sorted(
        {
            w
            for s in sources[::7]
            for w in tokenize(s.text).keys
            if w.isalpha() and len(w) >= 5 and w not in STOPWORDS
        }
    )
    results: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[tuple[str, str, str, str, str]] = []
    checked = 0
    started = time.perf_counter()
    count = len(articles)
    for a, article in enumerate(articles):
        group = [(a + k) % count for k in range(DISTRACTORS + 1)]
        group_sources = [sources[g] for g in group]
        index = build_index(group_sources)
        others = [q for k in range(count) if k not in group for q in articles[k]["quotes"]]
        for q, quote in enumerate(article["quotes"]):
            text = quote["text"]
            tokens = tokenize(text)
            if not tokens.keys:
                continue
            rng = random.Random(f"{args.seed}:{article['id']}:{q}")
            cases: list[tuple[str, str]] = [("unchanged", text)]
            if len(tokens) >= 6:
                for kind, perturb in PERTURB.items():
                    changed = perturb(text, tokens, rng, pool)
                    if changed is not None and changed != text:
                        cases.append((kind, changed))
                for _ in range(10):
                    other = rng.choice(others)["text"]
                    if len(tokenize(other)) >= 6 and not shares_run(other, group_sources):
                        cases.append(("unrelated", other))
                        break
            for kind, case in cases:
                check = verify_quote(case, index)
                checked += 1
                results[kind][str(check.verdict)] += 1
                if check.verdict != EXPECTED[kind]:
                    passage = check.evidence.passage if check.evidence else ""
                    errors.append((kind, str(check.verdict), case, passage, text))
    elapsed = time.perf_counter() - started
    report(results, checked, elapsed)
    rng = random.Random(args.seed)
    for kind, got, case, passage, original in rng.sample(errors, min(args.errors, len(errors))):
        print(f"\n[{kind} -> {got}]\n  story:    {case}\n  original: {original}")
        print(f"  passage:  {passage}")
    return 0


def report(results: dict[str, Counter[str]], checked: int, elapsed: float) -> None:
    print(f"{'kind':<14}{'n':>6}{'accuracy':>10}   verdicts")
    total = correct = 0
    for kind, expected in EXPECTED.items():
        counts = results.get(kind, Counter())
        n = sum(counts.values())
        right = counts[str(expected)]
        total += n
        correct += right
        spread = ", ".join(f"{v}={c}" for v, c in counts.most_common())
        accuracy = right / n if n else float("nan")
        print(f"{kind:<14}{n:>6}{accuracy:>10.3f}   {spread}")
    lenient = sum(
        results[k][v]
        for k, e in EXPECTED.items()
        if e == V.ALTERED
        for v in (str(V.VERBATIM), str(V.MINOR))
    )
    print(f"{'overall':<14}{total:>6}{correct / max(total, 1):>10.3f}")
    print(f"altered quotes judged verbatim or minor: {lenient}")
    print(f"{checked} checks in {elapsed:.2f} s ({1000 * elapsed / max(checked, 1):.2f} ms each)")


if __name__ == "__main__":
    sys.exit(main())
