"""Build the invented credits and datelines gold (dev.jsonl, held_out.jsonl) from its sources.

The sources in source/ hold each item with its gold written by hand beside it (formats in their
first lines). Items are numbered in file order, credit lines first (c01..), then dateline openings
(d01..); the odd-numbered items of that order make dev.jsonl and the even-numbered ones
held_out.jsonl. Items come in pairs of one style, so both halves hold every style.

    python benchmarks/gold/credits/build.py [--gold-dir DIR]

With --gold-dir, the sources are read from DIR/source and the halves written to DIR (a set kept
outside the repository, e.g. one built from real copy, in the same format).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core.model.enums import CreditRole  # noqa: E402

# Every role the model knows, read from CreditRole itself: a hand-kept copy fell behind when
# roles were added ("illustration", "video", ...) and refused gold the parser can return.
ROLES = frozenset(role.value for role in CreditRole)
FIELDS = ("id", "kind", "style", "text", "credits", "unparsed", "place", "agency")


def _rows(name: str, root: Path = HERE) -> list[str]:
    text = (root / "source" / name).read_text(encoding="utf-8")
    return [row for row in text.splitlines() if row.strip() and not row.startswith("#")]


def credit_lines(root: Path = HERE) -> list[dict]:
    items: list[dict] = []
    for row in _rows("credit_lines.txt", root):
        if row.startswith("C "):
            style, text = row[2:].split(" :: ", 1)
            items.append(
                {
                    "kind": "credit_line",
                    "style": style.strip(),
                    "text": text,
                    "credits": [],
                    "unparsed": [],
                }
            )
        elif row.startswith("U :: "):
            items[-1]["unparsed"].append(row[5:].strip())
        else:
            parts = [part.strip() for part in row.split("|")]
            # The organisation column came later: a 4-column row (an older or outside set)
            # still builds, with no organisation.
            if len(parts) == 4:
                parts.append("")
            if len(parts) != 5:
                raise ValueError(f"expected 4 or 5 columns in {row!r}")
            role, name, place, email, organisation = parts
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r} in {row!r}")
            items[-1]["credits"].append(
                {
                    "role": role,
                    "name": name,
                    "place": place or None,
                    "email": email or None,
                    "organisation": organisation or None,
                }
            )
    for number, item in enumerate(items, 1):
        item["id"] = f"c{number:02d}"
    return items


def datelines(root: Path = HERE) -> list[dict]:
    items: list[dict] = []
    for number, row in enumerate(_rows("datelines.txt", root), 1):
        head, place, agency = row[2:].split("||")
        style, text = head.rstrip().split(" :: ", 1)
        items.append(
            {
                "id": f"d{number:02d}",
                "kind": "dateline",
                "style": style.strip(),
                "text": text.replace("\\n", "\n"),
                "place": place.strip() or None,
                "agency": agency.strip() or None,
            }
        )
    return items


def halves(root: Path = HERE) -> dict[str, list[dict]]:
    """Odd-numbered items (1st, 3rd, ...) to dev, even-numbered to held_out."""
    items = credit_lines(root) + datelines(root)
    ordered = [{key: item[key] for key in FIELDS if key in item} for item in items]
    return {"dev": ordered[0::2], "held_out": ordered[1::2]}


def dump(items: list[dict]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold-dir",
        type=Path,
        default=HERE,
        metavar="DIR",
        help="read DIR/source, write DIR/dev.jsonl and DIR/held_out.jsonl (default: this folder)",
    )
    root = parser.parse_args(argv).gold_dir
    for name, items in halves(root).items():
        (root / f"{name}.jsonl").write_text(dump(items), encoding="utf-8")
        lines = [i for i in items if i["kind"] == "credit_line"]
        print(
            f"{name}: {len(lines)} credit lines, {sum(len(i['credits']) for i in lines)} credits,"
            f" {len(items) - len(lines)} dateline openings"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
