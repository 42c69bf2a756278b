"""Derive resources/data/first_names.tsv.gz, the first-name gender table analysis reads.

Source: the name-gender data of the PyPI package nomquamgender (Ian Van Buskirk, MIT licence,
compiled from 36 public name-gender sources), the file `nomquamgender/name_data.json` inside its
wheel. Names whose estimate is clearly one-sided (p(female) <= 0.1 or >= 0.9, the package's
default threshold), seen in at least 3 sources and at least `--min-count` times, get `m` or `f`,
so a pronoun is never matched against a name that could go either way. Common names given to
both (seen in at least 5 sources and `--min-count-either` times) get `u`: they tell that a word
is a first name ("Dana Cole", "Republican Jordan Hale"), never a gender. Ordinary words and
places among them ("Justice", "Paris") are left out. Names are lower-case ASCII, as the source
gives them.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && unzip -o /tmp/nqg/*.whl -d /tmp/nqg
    python tools/derive_first_names.py /tmp/nqg/nomquamgender/name_data.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "first_names.tsv.gz"
_NAME = re.compile(r"^[a-z][a-z'-]*[a-z]$")
# Names given to both that are more often an ordinary word or a place in news copy.
_WORDS = frozenset(
    """baby cash desire diamond france genesis heaven justice kenya london paris phoenix river
    sage lane garland laurel jewel lyric destiny valentine trinidad dallas brooklyn madison
    monroe august gay raven sisko ola ange pau esa ane aime amine noor nour lamar diamond
    camden chandler emerson carroll cruz""".split()
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name_data", type=Path)
    parser.add_argument("--min-count", type=int, default=100)
    parser.add_argument("--min-sources", type=int, default=3)
    parser.add_argument("--min-count-either", type=int, default=20000)
    args = parser.parse_args(argv)
    data = json.loads(args.name_data.read_text(encoding="utf-8"))
    rows = []
    for name, info in data.items():
        sources, count, p_female = info[0], info[1], info[2]
        if not _NAME.match(name) or sources < args.min_sources or count < args.min_count:
            continue
        if p_female is None:
            continue
        if p_female <= 0.1:
            rows.append(f"{name}\tm")
        elif p_female >= 0.9:
            rows.append(f"{name}\tf")
        elif sources >= 5 and count >= args.min_count_either and name not in _WORDS:
            rows.append(f"{name}\tu")
    rows.sort()
    header = "# first name<TAB>m|f|u; derived from nomquamgender 0.1.4 (MIT), see README.md\n"
    # mtime=0: the same input gives the same bytes, so the file only changes when the data does.
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{len(rows)} names -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
