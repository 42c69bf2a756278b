"""The house-style check of one paragraph: every enabled rule of the stylebook, as issues."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.proofing.issues import STYLE, Issue
from app.core.proofing.stylebook import Rule
from app.core.proofing.triggers import Trigger, pieces, trigger
from app.core.proofing.words import _starts_sentence

# A quotation within a paragraph: curly pairs, or straight double quotes in pairs.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|‘[^’]*’(?!\w)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _case_like(fix: str, original: str, how: str) -> str:
    if how == "as_is" or not fix:
        return fix
    if how == "lower":
        return fix.lower()
    if how == "upper_first":
        return fix[:1].upper() + fix[1:]
    if how == "title":
        return " ".join(w[:1].upper() + w[1:] for w in fix.split(" "))
    # "match": a capital at the start stays a capital ("Claimed" -> "Said")
    if original[:1].isupper() and fix[:1].islower():
        return fix[:1].upper() + fix[1:]
    return fix


def _curly(text: str, start: int, quote: str) -> str:
    before = text[start - 1] if start else " "
    opening = before.isspace() or before in "([{—–-“‘"
    if quote == '"':
        return "“" if opening else "”"
    return "‘" if opening else "’"  # an apostrophe is a closing single quote


def fix_for(rule: Rule, match: re.Match[str], text: str) -> str | None:
    group = rule.group
    flagged = match.group(group)
    if rule.fix_function == "curly_quotes":
        return _curly(text, match.start(group), flagged)
    if rule.replacements:
        fix = rule.replacements.get(flagged.lower())
        if fix is None:
            return None
    elif rule.fix is not None:
        try:
            fix = match.expand(rule.fix)
        except (re.error, IndexError):
            return None
    else:
        return None
    return _case_like(fix, flagged, rule.fix_case)


_PLANS: dict[int, tuple[Sequence[Rule], list[tuple[Rule, re.Pattern[str], Trigger | None]]]] = {}


def _plan(rules: Sequence[Rule]) -> list[tuple[Rule, re.Pattern[str], Trigger | None]]:
    """Each enabled rule with its compiled pattern and pre-check, worked out once per rule set
    (the editor checks a paragraph per keystroke with the same rules)."""
    cached = _PLANS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    plan = []
    for rule in rules:
        if rule.enabled:
            compiled = rule.compiled()
            plan.append((rule, compiled, trigger(compiled.pattern, compiled.flags)))
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(rules)] = (rules, plan)
    return plan


def check_paragraph(text: str, rules: Sequence[Rule]) -> list[Issue]:
    issues: list[Issue] = []
    quotes: list[tuple[int, int]] | None = None
    low = text.lower()
    grams = pieces(low)
    seen: set[tuple[int, int]] = set()
    for rule, compiled, quick in _plan(rules):
        if quick is not None and not quick.fires(low, grams):
            continue
        for match in compiled.finditer(text):
            start, end = match.span(rule.group)
            if end <= start:
                continue
            if rule.outside_quotes:
                if quotes is None:
                    quotes = quoted_spans(text)
                if any(a < start < b for a, b in quotes):
                    continue
            if rule.not_at_sentence_start and _starts_sentence(text, start):
                continue
            if rule.not_after and rule.compiled_not_after().search(text, max(0, start - 40), start):
                continue
            if (start, end) in seen:
                continue  # two rules on one span: the first one listed speaks
            seen.add((start, end))
            flagged = match.group(rule.group)
            fix = fix_for(rule, match, text)
            message = rule.message.replace("{match}", flagged)
            if fix is not None:
                message = message.replace("{fix}", fix)
            issues.append(
                Issue(start, end, STYLE, rule.id, rule.severity, message, fix, flagged)
            )
    issues.sort(key=lambda i: (i.start, i.end))
    return issues
