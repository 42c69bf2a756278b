"""`copydesk analyze` and `copydesk verify`: what the copy says and whether its quotes hold."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import print_json
from app.cli.registry import Subparsers, add_verb
from app.core.errors import CopydeskError

if TYPE_CHECKING:
    from app.core.services import Desk


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "analyze",
        _cmd_analyze,
        help="analyse copy without storing it: quotes, speakers, sources, credits",
        store=False,
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, metavar="FILE")
    source.add_argument(
        "--jsonl", type=Path, metavar="IN.jsonl", help='lines of {"id", "text"}; one line out each'
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add_verb(
        sub, "verify", _cmd_verify, help="check a story's quotes against its source material"
    )
    p.add_argument("slug")
    p.add_argument(
        "--against",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="attach these first (.txt .md .html .docx .pdf .srt .vtt)",
    )
    p.add_argument("--json", action="store_true")


def _cmd_analyze(args: argparse.Namespace, _desk: Desk | None) -> int:
    from app.core.reports import analysis_report, file_report

    if args.jsonl is not None:
        return _analyze_jsonl(args.jsonl, analysis_report)
    report = file_report(args.file)
    if args.json:
        print_json(report)
        return 0
    print(report["headline"] or "(no headline)")
    for credit in report["credits"]:
        where = f" in {credit['location']}" if credit["location"] else ""
        outlet = f" ({credit['organisation']})" if credit["organisation"] else ""
        print(f"  credit  {credit['role']:<21} {credit['name']}{outlet}{where}")
    for quote in report["quotes"]:
        speaker = quote["speaker"] or "UNATTRIBUTED"
        check = "  (check the speaker)" if quote.get("check_speaker") else ""
        print(f"  quote   {speaker:<21} \u201c{quote['text']}\u201d{check}")
    for item in report["anonymous_sourcing"]:
        print(f"  anonymous sourcing    {item['text']}")
    for finding in report["findings"]:
        where = ""
        if finding.get("paragraph") is not None:
            where = f' (paragraph {finding["paragraph"]}: "{finding["context"]}")'
        print(f"  {finding['severity']:<7} {finding['code']}: {finding['message']}{where}")
    return 0


def _analyze_jsonl(path: Path, report: Callable[[str], dict]) -> int:
    from app.core.errors import InputError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read {path}: {exc}") from exc
    failed = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, ident = item["text"], item.get("id")
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            print(f'copydesk: {path}:{number}: not a {{"id", "text"}} object', file=sys.stderr)
            failed += 1
            continue
        if isinstance(text, str):
            from app.core.importing.decoding import mend_surrogates

            (text, ident), _ = mend_surrogates([text, ident])
        if not isinstance(text, str):
            kind = "null" if text is None else type(text).__name__
            print(
                f'copydesk: {path}:{number}: "text" must be a string, not {kind}', file=sys.stderr
            )
            failed += 1
            continue
        try:
            out = {"id": ident, **report(text)}
        except CopydeskError as exc:
            print(f"copydesk: {path}:{number}: {exc}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 2 if failed else 0


def _cmd_verify(args: argparse.Namespace, desk: Desk) -> int:
    results = desk.verify_story(args.slug, args.against)
    checks = [check for _quote, check in results]
    if args.json:
        print_json([check.to_json() for check in checks])
    else:
        for check in checks:
            where = f"  [{check.evidence.document}]" if check.evidence else ""
            mismatch = f"  (source: {check.source_speaker})" if check.speaker_mismatch else ""
            if check.covered is False:
                mismatch += "  (no material attached for this speaker)"
            print(
                f"{check.verdict.value:<10} {check.score:.2f}  \u201c{check.text}\u201d"
                f"{where}{mismatch}"
            )
    return 1 if any(check.blocks_publication for check in checks) else 0
