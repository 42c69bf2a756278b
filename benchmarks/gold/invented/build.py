"""Build the invented gold set (articles.jsonl, gold.jsonl) from the annotated sources.

Each source file in source/ is one invented article written with its gold inline: `<<` opens a
passage right after its opening quotation mark, `>>{K:speaker|mention}` closes it right before its
closing mark (or at the end of a paragraph a multi-paragraph quote runs past). K is S (speech),
T (title), M (term), C (scare), H (heading), O (other) or N (nickname). The markup is stripped;
the offsets are computed and checked here so that no offset is ever counted by hand.

    python benchmarks/gold/invented/build.py [FOLDER]

FOLDER (default: this one) is any set laid out the same way (source/NN.txt in, articles.jsonl
and gold.jsonl out): benchmarks/gold/invented2/ is built by this same code.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "S": "speech",
    "T": "title",
    "M": "term",
    "C": "scare",
    "H": "heading",
    "O": "other",
    "N": "nickname",
}
OPENERS = "\"“‘'"
CLOSERS = "\"”’'"
MARKS = set("\"“”‘’'")
CLOSE = re.compile(r">>\{([STMCHON])(?::([^}|]*))?(?:\|([^}]*))?\}")


def parse(source: str) -> tuple[str, list[dict]]:
    """The plain text and its passages from one annotated body."""
    out: list[str] = []
    length = 0
    stack: list[int] = []
    passages: list[dict] = []
    i = 0
    while i < len(source):
        if source.startswith("<<", i):
            stack.append(length)
            i += 2
            continue
        if source.startswith(">>", i):
            m = CLOSE.match(source, i)
            if m is None:
                raise ValueError(f"bad closing annotation at {source[i : i + 40]!r}")
            if not stack:
                raise ValueError(f"close without open at {source[i - 40 : i + 20]!r}")
            start = stack.pop()
            kind = KINDS[m.group(1)]
            speaker = (m.group(2) or "").strip() or None
            mention = (m.group(3) or "").strip() or None
            if kind != "speech" and (speaker or mention):
                raise ValueError(f"non-speech with a speaker: {m.group(0)}")
            passage = {
                "start": start,
                "end": length,
                "quote": kind == "speech",
                "kind": kind,
                "speaker": speaker,
                "mention": mention,
            }
            if stack:
                passage["nested"] = True
            passages.append(passage)
            i = m.end()
            continue
        out.append(source[i])
        length += 1
        i += 1
    if stack:
        raise ValueError("unclosed passage")
    passages.sort(key=lambda p: (p["start"], -p["end"]))
    return "".join(out), passages


def check(text: str, passages: list[dict]) -> list[str]:
    """Offsets hit marks, and every quotation mark in the text belongs to a passage."""
    problems = []
    bounds: set[int] = set()
    for p in passages:
        s, e = p["start"], p["end"]
        if s < 1 or text[s - 1] not in OPENERS:
            problems.append(f"start {s} not after an opening mark: {text[s - 5 : s + 20]!r}")
        if e < len(text) and text[e] not in CLOSERS and text[e] != "\n":
            problems.append(f"end {e} not at a closing mark: {text[e - 20 : e + 5]!r}")
        if e < len(text) and text[e] == "\n" and text[e - 1] in " \t":
            problems.append(f"piece {s}-{e} ends with a space")
        if p["quote"] and not p["speaker"]:
            problems.append(f"speech {s}-{e} without a speaker")
        bounds.update({s - 1, e})
    for i, ch in enumerate(text):
        if ch not in MARKS or i in bounds:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "’'" and before.isalnum():
            continue  # apostrophe (don't, council's, Jones')
        if ch in "’'" and after.isdigit():
            continue  # elided year ('90s)
        problems.append(f"unannotated mark {ch!r} at {i}: {text[max(0, i - 30) : i + 30]!r}")
    return problems


def main(folder: Path = HERE) -> int:
    articles, golds, failed = [], [], False
    for line, path in enumerate(sorted((folder / "source").glob("*.txt")), start=1):
        head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = dict(row.split(": ", 1) for row in head.strip().splitlines())
        try:
            text, passages = parse(body.strip())
        except ValueError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            failed = True
            continue
        for problem in check(text, passages):
            print(f"{path.name}: {problem}", file=sys.stderr)
            failed = True
        articles.append({"id": meta["id"], "publisher_style": meta["style"], "text": text})
        golds.append({"id": meta["id"], "line": line, "passages": passages})
    if failed:
        return 1
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for g in golds:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    words = sum(len(a["text"].split()) for a in articles)
    passages = sum(len(g["passages"]) for g in golds)
    print(f"{len(articles)} articles, {words} words, {passages} passages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE))
