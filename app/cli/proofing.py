"""Proofing verbs: `spell` (spelling and house style for a file or a story), `dictionary`
(the newsroom dictionary, words ignored in a story, the archive's names) and `style`
(stylebooks, rule edits by the desk chief, each desk's stylebook and spelling variant)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import print_findings, print_json
from app.cli.registry import Subparsers, add_verb
from app.core.errors import InputError, NotFoundError
from app.core.model import Severity
from app.core.text.counts import counted

if TYPE_CHECKING:
    from app.core.services import Desk

SEVERITIES = ("error", "warning", "info")


def register(sub: Subparsers) -> None:
    p = add_verb(
        sub,
        "spell",
        _cmd_spell,
        help="spelling and house-style findings for a text file or a story (nothing is stored)",
        store=False,
    )
    p.add_argument("target", metavar="FILE|SLUG", help="an existing file is read; else a slug")
    p.add_argument("--json", action="store_true")
    p.add_argument("--stylebook", metavar="NAME", help="house style (default: the desk's, else "
                   "reuters)")  # fmt: skip

    p = add_verb(sub, "dictionary", _cmd_dictionary, help="the newsroom dictionary")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="list the newsroom dictionary (the default)")
    a = actions.add_parser("add", help="add words for every desk")
    a.add_argument("words", nargs="+", metavar="WORD")
    a = actions.add_parser("remove", help="remove words")
    a.add_argument("words", nargs="+", metavar="WORD")
    a = actions.add_parser("ignore", help="ignore a word in one story")
    a.add_argument("slug")
    a.add_argument("word")
    actions.add_parser(
        "rebuild-names", help="count the names every stored story uses (after an upgrade)"
    )

    p = add_verb(sub, "style", _cmd_style, help="stylebooks, rule edits and desk settings")
    # `style --desk D` is `style rules --desk D`, as `rules` is the default action. argparse has
    # no default action, so the verb takes the rules' options too, under the rules' own names
    # (rules_*); another action given them before its name is refused (_cmd_style).
    p.add_argument("--desk", dest="rules_desk", metavar="DESK", help="as style rules --desk")
    p.add_argument("--stylebook", dest="rules_stylebook", metavar="NAME",
                   help="as style rules --stylebook")  # fmt: skip
    p.add_argument("--json", dest="rules_json", action="store_true", help="as style rules --json")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    a = actions.add_parser("rules", help="the rules a desk checks with (the default)")
    # the same places: not typed here, they keep what was typed before `rules` (SUPPRESS)
    a.add_argument("--desk", dest="rules_desk", metavar="DESK", default=argparse.SUPPRESS,
                   help="a desk's view (its edits and stylebook)")  # fmt: skip
    a.add_argument("--stylebook", dest="rules_stylebook", metavar="NAME",
                   default=argparse.SUPPRESS)  # fmt: skip
    a.add_argument("--json", dest="rules_json", action="store_true", default=argparse.SUPPRESS)
    actions.add_parser("stylebooks", help="the stylebooks there are")
    a = actions.add_parser("set", help="edit a rule, or add one, for the newsroom or one desk")
    a.add_argument("rule_id", metavar="RULE_ID")
    a.add_argument("--desk", default="", help="only for this desk (default: every desk)")
    a.add_argument("--pattern", help="a regular expression (Python)")
    a.add_argument("--message")
    a.add_argument("--fix", help="replacement template (\\1, \\g<name>)")
    a.add_argument("--severity", choices=SEVERITIES, help="error blocks export")
    a.add_argument("--follows", help="which convention the rule follows")
    switch = a.add_mutually_exclusive_group()
    switch.add_argument("--enable", dest="enabled", action="store_true", default=None)
    switch.add_argument("--disable", dest="enabled", action="store_false")
    a = actions.add_parser("reset", help="drop an edit (the bundled rule stands again)")
    a.add_argument("rule_id", metavar="RULE_ID")
    a.add_argument("--desk", default="")
    a = actions.add_parser("desk", help="show or choose a desk's stylebook and spelling")
    a.add_argument("desk", nargs="?", help="the desk (none: every desk's settings)")
    a.add_argument("--stylebook", metavar="NAME")
    a.add_argument("--spelling", metavar="VARIANT", help="en-US or en-GB")


# -- spell ------------------------------------------------------------------------------------


def _open_existing(database: str | None) -> Desk | None:
    """The configured store if there is one; loose text is checked without creating a store."""
    from app.core import config
    from app.core.services import Desk

    url = config.resolve_database_url(database)
    if url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        path = make_url(url).database
        if not path or path == ":memory:" or not Path(path).exists():
            return None  # no store yet: check with the bundled dictionaries and stylebooks
    return Desk.open(database)


def _cmd_spell(args: argparse.Namespace, _desk: Desk | None) -> int:
    from app.core.proofing import service

    path = Path(args.target)
    desk = None
    try:
        if path.is_file():
            text = service.read_text_file(path)
            markdown = path.suffix.lower() in (".md", ".markdown")
            desk = _open_existing(args.database)
            findings = service.check_text(desk, text, markdown=markdown, stylebook=args.stylebook)
            label = str(path)
        else:
            from app.core.services import Desk

            desk = Desk.open(args.database)
            try:
                story = desk.get_story(args.target)
            except NotFoundError:
                if path.is_dir():
                    raise InputError(
                        f"'{args.target}' is a folder; give a file or a story's slug."
                    ) from None
                if _names_a_file(args.target):
                    raise NotFoundError(
                        f"There is no file '{args.target}' (nor a story of that slug)."
                    ) from None
                raise
            findings = service.check_story(desk, story, args.stylebook)
            label = f"'{story.slug}'"
    finally:
        if desk is not None:
            desk.close()
    if args.json:
        print_json({"findings": [f.to_json() for f in findings]})
    else:
        if not findings:
            print(f"{label}: no findings.")
        print_findings(findings, sys.stdout)
    return 1 if any(f.severity is not Severity.INFO for f in findings) else 0


def _names_a_file(target: str) -> bool:
    """A mistyped file name ("notes.txt", "copy/story") was reported as "No story", which said
    nothing of the file the user meant; slugs have neither a folder nor an extension."""
    return "/" in target or "\\" in target or bool(Path(target).suffix)


# -- dictionary -------------------------------------------------------------------------------


def _cmd_dictionary(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.proofing import service

    action = args.action or "list"
    if action == "list":
        for word in service.dictionary_words(desk):
            print(word)
    elif action == "add":
        added = service.add_to_dictionary(desk, args.words)
        print(f"Added {counted(len(added), 'word')} to the newsroom dictionary."
              + (f" ({', '.join(added)})" if added else ""))  # fmt: skip
    elif action == "remove":
        known = set(service.dictionary_words(desk))
        absent = [word for word in args.words if word not in known]  # a typo said only "0 words"
        removed = service.remove_from_dictionary(desk, args.words)
        note = f" Not in the newsroom dictionary: {', '.join(absent)}." if absent else ""
        print(f"Removed {counted(removed, 'word')}.{note}")
    elif action == "ignore":
        new = service.ignore_in_story(desk, args.slug, args.word)
        print(f"'{args.word}' is ignored in '{args.slug}'." if new
              else f"'{args.word}' was already ignored in '{args.slug}'.")  # fmt: skip
    elif action == "rebuild-names":
        count = service.rebuild_name_index(desk)
        print(f"Counted the names of {count} stories.")
    return 0


# -- style -------------------------------------------------------------------------------------


def _cmd_style(args: argparse.Namespace, desk: Desk) -> int:
    from app.core.proofing import service
    from app.core.proofing.stylebook import load_stylebook, stylebook_ids

    action = args.action or "rules"
    given_before = [
        flag
        for flag, value in (("--desk", args.rules_desk), ("--stylebook", args.rules_stylebook),
                            ("--json", args.rules_json or None))
        if value is not None
    ]  # fmt: skip
    if given_before and action != "rules":
        raise InputError(
            f"{' and '.join(given_before)} {'go' if len(given_before) > 1 else 'goes'} after "
            f"the action: copydesk style {action} ... "
            f"{given_before[0]} (copydesk style {action} --help lists its options)."
        )
    if action == "stylebooks":
        for book_id in stylebook_ids():
            book = load_stylebook(book_id)
            print(f"{book_id:10} {book.name}: {book.description}")
        return 0
    if action == "rules":
        desk_name = args.rules_desk or ""
        settings = service.settings_for(desk, desk_name, args.rules_stylebook)
        rules = settings.effective_rules()
        if args.rules_json:
            print_json({"stylebook": settings.stylebook, "spelling": settings.variant,
                        "severities": {k: str(v) for k, v in settings.severities.items()},
                        "rules": [r.to_json() for r in rules]})  # fmt: skip
            return 0
        print(f"Stylebook {settings.stylebook}, spelling {settings.variant}"
              + (f" (desk '{desk_name}')" if desk_name else "") + ":")  # fmt: skip
        for rule in rules:
            state = "" if rule.enabled else " [disabled]"
            origin = "" if rule.origin == "bundled" else f" [edited: {rule.origin}]"
            print(f"  {rule.id:30} {rule.severity.value:8}{state}{origin} {rule.follows}")
        for rule_id, severity in settings.severities.items():
            print(f"  {rule_id:30} {severity.value:8} [edited]")
        return 0
    if action == "set":
        fields = {k: v for k, v in {
            "pattern": args.pattern, "message": args.message, "fix": args.fix,
            "severity": args.severity, "follows": args.follows, "enabled": args.enabled,
        }.items() if v is not None}  # fmt: skip
        if not fields:
            print("copydesk: say what to change (--pattern, --message, --fix, --severity, "
                  "--follows, --enable or --disable).", file=sys.stderr)  # fmt: skip
            return 2
        stored = service.set_rule(desk, args.rule_id, fields, desk_name=args.desk)
        where = f"desk '{args.desk}'" if args.desk else "the newsroom"
        print(f"Rule '{args.rule_id}' for {where}: " + ", ".join(
            f"{k}={v!r}" for k, v in stored.items()))  # fmt: skip
        return 0
    if action == "reset":
        done = service.reset_rule(desk, args.rule_id, desk_name=args.desk)
        print(f"Rule '{args.rule_id}' is back to the stylebook's." if done
              else f"Rule '{args.rule_id}' had no edit there.")  # fmt: skip
        return 0
    # desk
    if not args.desk:
        for name, stylebook, variant in service.all_desk_settings(desk):
            print(
                f"{name or '(no desk)':20} stylebook {stylebook or '-':10} "
                f"spelling {variant or '-'}"
            )
        return 0
    if args.stylebook is not None or args.spelling is not None:
        choice = service.set_desk_settings(desk, args.desk, args.stylebook, args.spelling)
    else:
        choice = service.desk_choice(desk, args.desk)
    print(f"Desk '{choice.desk}': stylebook {choice.stylebook}"
          f"{'' if choice.stylebook_chosen else ' (default)'}, spelling {choice.variant}"
          f"{'' if choice.variant_chosen else ' (default)'}.")  # fmt: skip
    return 0
