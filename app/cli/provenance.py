"""`copydesk provenance`: is a story a rewrite of material the desk holds, and what changed?"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import print_json
from app.cli.registry import Subparsers, add_verb
from app.core.errors import InputError

if TYPE_CHECKING:
    from app.core.services import Desk

_BATCH = 2000  # pairs judged per matrix in --pairs


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "provenance",
        _cmd_provenance,
        help="align a story with its sources sentence by sentence and list what a rewrite "
        "changed (exit 1 with any finding)",
        store=False,
    )
    p.add_argument("slug", nargs="?", metavar="SLUG")
    p.add_argument(
        "--against",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="attach these first, as verify does (.txt .md .html .docx .pdf .srt .vtt)",
    )
    p.add_argument(
        "--archive",
        action="store_true",
        help="also compare with the most similar stories and documents in the store",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--pairs",
        type=Path,
        metavar="IN.jsonl",
        help='judge sentence pairs: lines of {"id", "story", "source"}; one line out each',
    )


def _cmd_provenance(args: argparse.Namespace, _desk: Desk | None) -> int:
    if args.pairs is not None:
        if args.slug or args.against or args.archive:
            raise InputError("--pairs takes no story, --against or --archive.")
        return _pairs(args.pairs)
    if not args.slug:
        raise InputError("Give a story's SLUG (or --pairs IN.jsonl).")
    from app.core.provenance.service import story_provenance
    from app.core.services import Desk

    desk = Desk.open(args.database)
    try:
        report = story_provenance(desk, args.slug, args.against, archive=args.archive)
    finally:
        desk.close()
    if args.json:
        print_json(report.to_json())
    else:
        _print(report)
    return 1 if report.findings else 0


def _print(report) -> None:
    for material, share, credited in zip(
        report.materials, report.shares, report.credited, strict=True
    ):
        credit = {True: "credited", False: "NOT credited", None: "names no agency or author"}
        print(f"{share * 100:5.1f}%  {material.document}  ({credit[credited]})")
    counts: dict[str, int] = {}
    for link in report.links:
        relation = "new" if not link.derived else str(link.relation)
        counts[relation] = counts.get(relation, 0) + 1
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("copied", "paraphrased", "new"))
    print(f"{len(report.links)} sentences: {summary}")
    for finding in report.findings:
        print(f"  {finding.code:<22} {finding.message}")
    if not report.findings:
        print(f"'{report.story}': no findings.")


def _pairs(path: Path) -> int:
    from app.core.provenance.features import read_sentence
    from app.core.provenance.pairmodel import judge_many

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read {path}: {exc}") from exc
    failed = 0
    batch: list[tuple[object, str, str]] = []

    def flush() -> None:
        judged = judge_many([(read_sentence(a), read_sentence(b)) for _, a, b in batch])
        out = sys.stdout
        for (ident, _a, _b), j in zip(batch, judged, strict=True):
            line = {"id": ident, "relation": str(j.relation), "score": round(j.score, 4)}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        batch.clear()

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            ident, story, source = item.get("id"), item["story"], item["source"]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            print(
                f'copydesk: {path}:{number}: not a {{"id", "story", "source"}} object',
                file=sys.stderr,
            )
            failed += 1
            continue
        if not isinstance(story, str) or not isinstance(source, str):
            print(
                f'copydesk: {path}:{number}: "story" and "source" must be strings', file=sys.stderr
            )
            failed += 1
            continue
        batch.append((ident, story, source))
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    return 2 if failed else 0
