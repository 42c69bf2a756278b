"""Headless verbs: import, list, show, history, backup, restore... (the same services as the GUI).

Exit status everywhere: 0 done, 1 checked and found problems (or blocked), 2 bad usage or bad
input. Errors print one line on stderr; no tracebacks for bad input. No Qt is imported here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.core.errors import CopydeskError

if TYPE_CHECKING:
    from app.core.services import Desk

Handler = Callable[[argparse.Namespace, "Desk"], int]
VERBS: dict[str, Handler] = {}
"""Verb name -> handler; each `_add_*` function registers its verb's parser and handler."""
NO_STORE: set[str] = set()
"""Verbs that never open the store (they get None for the desk)."""


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _status(value: str):
    from app.core.model import StoryStatus

    try:
        return StoryStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in StoryStatus)
        raise argparse.ArgumentTypeError(f"unknown status '{value}' (one of {choices})") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not '{value}'")
    return number


# -- import --------------------------------------------------------------------------------


def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import files (.txt wire copy, .md, .html, .docx, ninjs .json)"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    VERBS["import"] = _cmd_import


def _cmd_import(args: argparse.Namespace, desk: Desk) -> int:
    failed = 0
    for path in args.files:
        try:
            outcome = desk.import_file(path)
        except CopydeskError as exc:
            print(f"copydesk: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        story = outcome.story
        print(f"Imported '{story.slug}' from {path} ({story.word_count} words).")
        if outcome.identical_to:
            print(
                f"  Identical text is already stored as '{outcome.identical_to[0]}'; "
                f"kept both (this copy is '{story.slug}')."
            )
        for removed in outcome.removed:
            print(f"  Removed boilerplate: {removed[:100]}")
        for warning in outcome.warnings:
            print(f"  Warning: {warning}")
    return 2 if failed else 0


# -- analyze -------------------------------------------------------------------------------


def _add_analyze(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="analyse copy without storing it: quotes, speakers, sources, credits"
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, metavar="FILE")
    source.add_argument(
        "--jsonl", type=Path, metavar="IN.jsonl", help='lines of {"id", "text"}; one line out each'
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    VERBS["analyze"] = _cmd_analyze
    NO_STORE.add("analyze")


def _cmd_analyze(args: argparse.Namespace, _desk: Desk | None) -> int:
    from app.core.reports import analysis_report, file_report

    if args.jsonl is not None:
        return _analyze_jsonl(args.jsonl, analysis_report)
    report = file_report(args.file)
    if args.json:
        _print_json(report)
        return 0
    print(report["headline"] or "(no headline)")
    for credit in report["credits"]:
        where = f" in {credit['location']}" if credit["location"] else ""
        print(f"  credit  {credit['role']:<21} {credit['name']}{where}")
    for quote in report["quotes"]:
        speaker = quote["speaker"] or "UNATTRIBUTED"
        print(f"  quote   {speaker:<21} \u201c{quote['text']}\u201d")
    for item in report["anonymous_sourcing"]:
        print(f"  anonymous sourcing    {item['text']}")
    for finding in report["findings"]:
        print(f"  {finding['severity']:<7} {finding['code']:<21} {finding['message']}")
    return 0


def _analyze_jsonl(path: Path, report) -> int:
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
        if not isinstance(text, str):
            kind = "null" if text is None else type(text).__name__
            print(f'copydesk: {path}:{number}: "text" must be a string, not {kind}',
                  file=sys.stderr)
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


# -- verify --------------------------------------------------------------------------------


def _add_verify(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check a story's quotes against its source material")
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
    VERBS["verify"] = _cmd_verify


def _cmd_verify(args: argparse.Namespace, desk: Desk) -> int:
    results = desk.verify_story(args.slug, args.against)
    checks = [check for _quote, check in results]
    if args.json:
        _print_json([check.to_json() for check in checks])
    else:
        for check in checks:
            where = f"  [{check.evidence.document}]" if check.evidence else ""
            mismatch = f"  (transcript: {check.source_speaker})" if check.speaker_mismatch else ""
            print(f"{check.verdict.value:<10} {check.score:.2f}  \u201c{check.text}\u201d"
                  f"{where}{mismatch}")
    return 1 if any(check.blocks_publication for check in checks) else 0


# -- list / show / history -----------------------------------------------------------------


def _add_list(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list stories (newest first)")
    p.add_argument("--status", type=_status)
    p.add_argument("--desk")
    p.add_argument("--search", metavar="Q", help="full-text search (best match first)")
    p.add_argument("--trash", action="store_true", help="list deleted stories")
    p.add_argument("--limit", type=_positive_int, default=100, metavar="N")
    p.add_argument("--json", action="store_true")
    VERBS["list"] = _cmd_list


def _cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    if args.search:
        rows = desk.search(
            args.search, limit=args.limit, status=args.status, desk=args.desk, trash=args.trash
        )
    else:
        rows = desk.list_stories(args.status, args.desk, limit=args.limit, trash=args.trash)
    if args.json:
        _print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print("No stories." if not args.search else f"No story matches '{args.search}'.")
        return 0
    for r in rows:
        when = r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{r.slug:<40.40} {r.status.value:<10} {r.desk:<12.12} {r.words:>6}  {when}  "
            f"{r.headline}"
        )
    return 0


def _add_show(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="show one story")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--private", action="store_true", help="include sources' private contact and notes"
    )
    VERBS["show"] = _cmd_show


def _cmd_show(args: argparse.Namespace, desk: Desk) -> int:
    story = desk.get_story(args.slug)
    if args.json:
        _print_json(story.to_json(private=args.private))
        return 0
    print(story.headline)
    if story.dek:
        print(story.dek)
    meta = [f"slug {story.slug}", f"status {story.status.value}", f"version {story.version}"]
    if story.desk:
        meta.append(f"desk {story.desk}")
    print(" · ".join(meta))
    print()
    print(story.body)
    if story.credits:
        from app.core.analysis.credits import render_credits

        print()
        print(render_credits(story.credits, "reuters"))
    return 0


def _add_history(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="a story's revisions and status changes")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")
    VERBS["history"] = _cmd_history


def _cmd_history(args: argparse.Namespace, desk: Desk) -> int:
    revisions = desk.revisions(args.slug)
    changes = desk.status_history(args.slug)
    if args.json:
        _print_json(
            {
                "revisions": [
                    {
                        "number": r.number,
                        "author": r.author,
                        "created_at": r.created_at.isoformat(),
                        "reason": r.reason,
                        "size": r.size,
                    }
                    for r in revisions
                ],
                "status_changes": [
                    {
                        "from": c.from_status.value if c.from_status else None,
                        "to": c.to_status.value,
                        "by": c.changed_by,
                        "at": c.changed_at.isoformat(),
                    }
                    for c in changes
                ],
            }
        )
        return 0
    for r in revisions:
        when = r.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"#{r.number:<4} {when}  {r.author:<16.16} {r.reason:<8} {r.size:>7} chars")
    for c in changes:
        when = c.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        origin = c.from_status.value if c.from_status else "new"
        print(f"status {when}  {c.changed_by:<16.16} {origin} -> {c.to_status.value}")
    return 0


# -- trash ---------------------------------------------------------------------------------


def _add_trash(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("delete", help="move stories to the trash")
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    VERBS["delete"] = lambda a, d: _each(
        a.slugs, d.delete_story, "Moved '{}' to the trash.", "'{}' was already in the trash."
    )
    p = sub.add_parser("undelete", help="bring stories back from the trash")
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    VERBS["undelete"] = lambda a, d: _each(
        a.slugs, d.restore_story, "Restored '{}'.", "'{}' was not in the trash."
    )
    p = sub.add_parser("purge", help="remove stories in the trash for good")
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    VERBS["purge"] = lambda a, d: _each(a.slugs, lambda s: d.purge_stories([s]), "Purged '{}'.")


def _each(
    slugs: list[str], action: Callable[[str], object], done: str, unchanged: str = ""
) -> int:
    for slug in slugs:
        changed = action(slug)
        print((done if changed or not unchanged else unchanged).format(slug))
    return 0


# -- backup / restore ----------------------------------------------------------------------


def _add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the store to PATH (SQLite online backup)")
    p.add_argument("path", type=Path)
    VERBS["backup"] = _cmd_backup
    p = sub.add_parser("restore", help="replace the store with a backup (current one kept aside)")
    p.add_argument("path", type=Path)
    VERBS["restore"] = _cmd_restore


def _cmd_backup(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.store.backup import backup

    target = backup(desk.store, args.path)
    print(f"Backed up {desk.store.info.display_name} to {target}.")
    return 0


def _cmd_restore(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.store.backup import restore

    safety = restore(desk.store, args.path)
    print(f"Restored from {args.path}. The store as it was is kept at {safety}.")
    return 0


# -- export / check ------------------------------------------------------------------------


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export stories (HTML page, CMS fragment, ninjs JSON, text) through the publish gate",
    )
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    p.add_argument("--format", default="html", choices=("html", "fragment", "ninjs", "text"))
    p.add_argument(
        "--out",
        metavar="FILE_OR_DIR",
        help="a file for one story ('-' for stdout), a folder for several or an existing folder "
        "(default: the current folder)",
    )
    p.add_argument("--style", choices=("reuters", "ap", "list"), help="credit style")
    p.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="confirm a story that is not ready and override blocking findings (recorded)",
    )
    p.add_argument(
        "--link-css",
        metavar="HREF",
        help="link this stylesheet instead of inlining the bundled one",
    )
    VERBS["export"] = _cmd_export


def _print_findings(findings, stream=sys.stderr) -> None:
    for f in findings:
        where = f" (at {f.start}-{f.end})" if f.start is not None else ""
        print(f"  {f.severity.value:<7} {f.code}: {f.message}{where}", file=stream)


def _cmd_export(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.errors import BlockedError
    from app.core.exporting import service

    single = len(args.slugs) == 1
    out = Path(args.out) if args.out and args.out != "-" else None
    if single:
        try:
            outcome = service.export_story(
                desk,
                args.slugs[0],
                args.format,
                None if args.out == "-" else (out or Path.cwd()),
                args.style,
                args.override_reason,
                stylesheet_href=args.link_css,
            )
        except BlockedError as exc:
            print(f"copydesk: {exc}", file=sys.stderr)
            _print_findings(exc.findings)
            return 1
        if outcome.path is None:
            sys.stdout.write(outcome.content)
            return 0
        print(f"Exported '{outcome.slug}' to {outcome.path}.")
        if outcome.overridden:
            print(f"  Overridden ({args.override_reason}): " + "; ".join(outcome.overridden))
        return 0
    if args.out == "-":
        print("copydesk: --out - takes one story; give a folder for several.", file=sys.stderr)
        return 2
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, slug: str) -> None:
        line = f"[{done:>{len(str(total))}}/{total}] {slug}"
        if tty:
            print(f"\r\033[K{line[:100]}", end="" if done < total else "\n", file=sys.stderr)
        else:
            print(line, file=sys.stderr)
        sys.stderr.flush()

    batch = service.export_many(
        desk,
        args.slugs,
        out or Path.cwd(),
        args.format,
        args.style,
        args.override_reason,
        progress=progress,
        stylesheet_href=args.link_css,
    )
    for slug, exc in batch.blocked.items():
        print(f"copydesk: {slug}: {exc}", file=sys.stderr)
        _print_findings(exc.findings)
    folder = (out or Path.cwd()).resolve()
    print(f"Exported {len(batch.exported)} of {len(args.slugs)} stories to {folder}.")
    if batch.index:
        print(f"  Index: {batch.index}")
    return 1 if batch.blocked else 0


def _add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="run the publish gate on a story (exit 1 when it would block)")
    p.add_argument("slug")
    p.add_argument("--json", action="store_true")
    VERBS["check"] = _cmd_check


def _cmd_check(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.exporting import service

    result = service.check_story(desk, args.slug)
    if args.json:
        _print_json(result.to_json())
        return 1 if result.blocks() else 0
    if not result.findings:
        print(f"'{args.slug}': no findings.")
    _print_findings(result.findings, sys.stdout)
    status = f"its status is '{result.status.value}' (not ready or published)"
    if result.blocking:
        also = f"; {status}, which needs confirmation too" if result.needs_confirmation else ""
        print(f"'{args.slug}' would be blocked: {len(result.blocking)} blocking finding(s){also}.")
    elif result.needs_confirmation:
        print(f"'{args.slug}' has no blocking findings, but {status}: export needs confirmation "
              "(--override-reason on the command line).")  # fmt: skip
    return 1 if result.blocks() else 0


# -- doctor --------------------------------------------------------------------------------


def _add_doctor(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor", help="check this installation: store, import, analysis, export, folders, Qt"
    )
    p.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    VERBS["doctor"] = _cmd_doctor
    NO_STORE.add("doctor")  # it works on a temporary store and only looks at the real one


def _cmd_doctor(args: argparse.Namespace, _desk: Desk | None) -> int:
    if args.qt_probe:
        # The one place the CLI loads Qt: the doctor's child process, so a broken Qt fails a
        # check instead of the doctor.
        from app.gui.probe import run_probe  # noqa: TID251

        return run_probe()
    from app.core import doctor

    print(doctor.header(), flush=True)
    results = []
    for result in doctor.run_checks(args.database):
        results.append(result)
        print(result.line(), flush=True)
    print(doctor.summary(results))
    return 0 if all(r.ok for r in results) else 1


# -- the parser ----------------------------------------------------------------------------

REGISTRARS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_import,
    _add_analyze,
    _add_verify,
    _add_list,
    _add_show,
    _add_history,
    _add_trash,
    _add_backup,
    _add_export,
    _add_check,
    _add_doctor,
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own exit code for usage errors is already 2
        self.print_usage(sys.stderr)
        self.exit(2, f"copydesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="copydesk",
        description="Copydesk, an offline editorial workstation. With no verb, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the store (default: COPYDESK_DATABASE, else the local SQLite file)",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for register in REGISTRARS:
        register(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    desk = None
    try:
        if args.verb not in NO_STORE:
            from app.core.services import Desk

            desk = Desk.open(args.database)
        return VERBS[args.verb](args, desk)
    except CopydeskError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    finally:
        if desk is not None:
            desk.close()
