"""Derive resources/data/lemmas.txt.gz, the WordNet lemmas the analysis asks about one word at a
time, from the `lemmas` table of resources/models/lexicon.json.gz.

Source: WordNet 3.0 (Princeton University; notice in resources/models/LEXICON-NOTICE.txt), as
benchmarks/build_lexicon.py stored it in lexicon.json.gz. Only one-word alphabetic lemmas of
three letters or more are kept. Why a table of its own: the analysis asks whether a word in -s
is a plural ("Sales fell", "Rents rose") only now and then, and reading lexicon.json.gz (2.4 MB
of JSON) costs far more on a cold analysis than the ~90 kB this table decompresses to a string.

    python tools/derive_lemmas.py
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "resources" / "models" / "lexicon.json.gz"
OUT = ROOT / "resources" / "data" / "lemmas.txt.gz"


def lemmas() -> list[str]:
    """The lexicon's one-word alphabetic lemmas of three letters or more, sorted."""
    with gzip.open(LEXICON, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return sorted({w for w in data["lemmas"] if w.isalpha() and len(w) >= 3})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help="where to write the table, to check a re-derivation without overwriting the shipped "
        "one (gzip keeps the file's name, so name it lemmas.txt.gz to compare bytes)",
    )
    args = parser.parse_args(argv)
    words = lemmas()
    header = "# WordNet 3.0 lemmas (from lexicon.json.gz): tools/derive_lemmas.py\n"
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:  # mtime 0: same input, same bytes
        raw.write((header + "\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
