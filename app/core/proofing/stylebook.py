"""House style as data: stylebooks (TOML files under resources/stylebooks/) and their rules.

A rule is an id, a regular expression, a message, an optional fix and a severity, plus what it
follows (which convention of which stylebook). The newsroom's edits and new rules live in the
database and override the bundled ones by id, newsroom-wide or for one desk (app.core.store.
proofing); `effective_rules` applies them in that order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from app.core import config
from app.core.errors import InputError
from app.core.model import Severity
from app.core.text.counts import listed

DEFAULT_STYLEBOOK = "reuters"
FIX_CASES = ("match", "as_is", "lower", "upper_first", "title")
FIX_FUNCTIONS = ("curly_quotes",)
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")


@dataclass(frozen=True)
class Rule:
    """One house-style rule. `fix` is a replacement template (`\\1`, `\\g<name>`) or, with
    `replacements`, looked up by the matched text (lower case) in that table."""

    id: str
    pattern: str
    message: str
    severity: Severity = Severity.WARNING
    fix: str | None = None
    replacements: Mapping[str, str] = field(default_factory=dict)
    fix_case: str = "match"
    fix_function: str | None = None
    follows: str = ""
    case_sensitive: bool = False
    outside_quotes: bool = False
    """Leave quoted words alone: a speaker may say "slammed"; the writer may not."""
    not_at_sentence_start: bool = False
    not_after: str = ""
    """A pattern the text just before the flagged part must not end with ("Game 7", "Jan. 5")."""
    enabled: bool = True
    group: str | int = 0
    """The part of the match that is flagged and replaced (a group name or number)."""
    origin: str = "bundled"
    """Where the rule stands: bundled, newsroom (all desks) or the desk's name."""

    def compiled(self) -> re.Pattern[str]:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = _compile(self.pattern, self.case_sensitive)
            self.__dict__["_compiled"] = found  # frozen, but a cache changes no value
        return found

    def compiled_not_after(self) -> re.Pattern[str]:
        return _compile(f"(?:{self.not_after})\\s*$", self.case_sensitive)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = dict(value) if isinstance(value, Mapping) else (
                str(value) if isinstance(value, Severity) else value
            )  # fmt: skip
        return data


RULE_KEYS = frozenset(f.name for f in fields(Rule)) - {"origin"}
EDITABLE_KEYS = RULE_KEYS - {"id"}


@lru_cache(maxsize=1024)
def _compile(pattern: str, case_sensitive: bool) -> re.Pattern[str]:
    return re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True)
class Stylebook:
    id: str
    name: str
    description: str
    rules: tuple[Rule, ...]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def rule_from_mapping(data: Mapping[str, object], *, origin: str = "bundled",
                      base: Rule | None = None) -> Rule:  # fmt: skip
    """A rule from a TOML table or a stored override (over BASE, the rule it edits); every
    field is checked, so a bad pattern or severity is an error a person can act on."""
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise InputError(f"Unknown {listed('rule field', sorted(unknown))}.")
    rule_id = str(data.get("id") or (base.id if base else ""))
    if not _ID.match(rule_id):
        raise InputError(
            f"A rule id is lower-case letters, digits, '-', '_' or '.', not '{rule_id}'."
        )
    values: dict[str, object] = dict(data)
    values["id"] = rule_id
    if "severity" in values:
        try:
            values["severity"] = Severity(str(values["severity"]))
        except ValueError:
            raise InputError(
                f"Rule '{rule_id}': severity is error, warning or info, not '{values['severity']}'."
            ) from None
    if "replacements" in values:
        table = values["replacements"]
        if not isinstance(table, Mapping):
            raise InputError(f"Rule '{rule_id}': replacements is a table of text -> fix.")
        values["replacements"] = {str(k).lower(): str(v) for k, v in table.items()}
    if values.get("fix_case", "match") not in FIX_CASES:
        raise InputError(f"Rule '{rule_id}': fix_case is one of {', '.join(FIX_CASES)}.")
    if values.get("fix_function") not in (None, *FIX_FUNCTIONS):
        raise InputError(f"Rule '{rule_id}': fix_function is one of {', '.join(FIX_FUNCTIONS)}.")
    if base is None:
        for needed in ("pattern", "message"):
            if not values.get(needed):
                raise InputError(f"Rule '{rule_id}' needs a {needed}.")
        rule = Rule(**values, origin=origin)  # type: ignore[arg-type]
    else:
        rule = replace(base, **values, origin=origin)  # type: ignore[arg-type]
    try:
        compiled = rule.compiled()
        if rule.not_after:
            rule.compiled_not_after()
    except re.error as exc:
        raise InputError(f"Rule '{rule_id}': the pattern is not a valid expression ({exc}).") \
            from None  # fmt: skip
    if isinstance(rule.group, str) and rule.group not in compiled.groupindex:
        raise InputError(f"Rule '{rule_id}': the pattern has no group '{rule.group}'.")
    if isinstance(rule.group, int) and rule.group > compiled.groups:
        raise InputError(f"Rule '{rule_id}': the pattern has no group {rule.group}.")
    return rule


def stylebook_ids() -> tuple[str, ...]:
    folder = config.resource_path("stylebooks")
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


@lru_cache(maxsize=16)
def load_stylebook(stylebook_id: str) -> Stylebook:
    """A bundled stylebook by id (the file name without .toml)."""
    if stylebook_id not in stylebook_ids():
        raise InputError(
            f"Unknown stylebook '{stylebook_id}'; use one of: {', '.join(stylebook_ids())}."
        )
    path = config.resource_path("stylebooks", f"{stylebook_id}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"The stylebook {path.name} cannot be read: {exc}.") from None
    rules = []
    seen: set[str] = set()
    for table in data.get("rule", []):
        rule = rule_from_mapping(table)
        if rule.id in seen:
            raise InputError(f"The stylebook {path.name} has two rules with the id '{rule.id}'.")
        seen.add(rule.id)
        rules.append(rule)
    return Stylebook(stylebook_id, str(data.get("name", stylebook_id)),
                     str(data.get("description", "")), tuple(rules))  # fmt: skip


def effective_rules(
    stylebook: Stylebook, overrides: Iterable[tuple[str, Mapping[str, object]]]
) -> tuple[Rule, ...]:
    """The stylebook's rules with OVERRIDES applied in order: (scope, fields) pairs, scope ""
    for the whole newsroom or a desk's name; a new id adds a rule, an existing one is edited."""
    rules = {r.id: r for r in stylebook.rules}
    for scope, values in overrides:
        rule_id = str(values.get("id", ""))
        base = rules.get(rule_id)
        try:
            rules[rule_id] = rule_from_mapping(values, origin=scope or "newsroom", base=base)
        except InputError:
            continue  # a stored rule this version cannot read: the bundled one stands
    return tuple(rules.values())
