"""The house-style check of one paragraph: every enabled rule of the stylebook, as issues."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from app.core.proofing import locality
from app.core.proofing.issues import STYLE, Issue
from app.core.proofing.stylebook import Rule
from app.core.proofing.triggers import Trigger, literal_prefixes, pieces, trigger
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


@dataclass(frozen=True, slots=True)
class _Planned:
    rule: Rule
    compiled: re.Pattern[str]
    quick: Trigger | None
    behind: int | None
    """How far before a sentence the rule reads, when it is checked sentence by sentence
    (app.core.proofing.locality); None: it searches the whole paragraph."""
    straddling: tuple[str, ...] = ()
    """The pre-check's literals that may sit across two sentences ("lt. g" of "Lt. Gov."):
    looked for in the whole paragraph, the others sentence by sentence."""


@dataclass(frozen=True)
class _Plan:
    """A rule set ready to run: worked out once per rule set (the editor checks a paragraph
    per keystroke with the same rules)."""

    key: int
    """Unique per plan: the sentence cache's entries belong to one plan."""
    rules: tuple[_Planned, ...]
    behind: int
    """The most any sentence-by-sentence rule reads before its sentence."""
    sentences: bool
    """Some rule is checked sentence by sentence."""


_PLANS: dict[int, tuple[Sequence[Rule], _Plan]] = {}
_PLAN_KEYS = count()


def _plan(rules: Sequence[Rule]) -> _Plan:
    cached = _PLANS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    planned = []
    for rule in rules:
        if rule.enabled:
            compiled = rule.compiled()
            quick = trigger(compiled.pattern, compiled.flags)
            behind = locality.lookbehind(compiled.pattern, compiled.flags)
            literals = literal_prefixes(compiled.pattern, compiled.flags) or ()
            straddling = tuple(x for x in literals if locality.straddles(x)) if quick else ()
            planned.append(_Planned(rule, compiled, quick, behind, straddling))
    local = [p.behind for p in planned if p.behind is not None]
    plan = _Plan(next(_PLAN_KEYS), tuple(planned), max(local, default=0), bool(local))
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(rules)] = (rules, plan)
    return plan


_Raw = tuple[int, int, str, "str | None", str]
"""A rule's match as the check needs it: start and end of the flagged part, the flagged text,
the fix and the message."""


def _matches(planned: _Planned, text: str, lo: int, hi: int) -> list[_Raw]:
    """The rule's matches starting in [lo, hi), searched in TEXT (HI its end, for the search)."""
    rule = planned.rule
    group = rule.group
    found: list[_Raw] = []
    for match in planned.compiled.finditer(text, lo, hi):
        start, end = match.span(group)
        if end <= start:
            continue
        flagged = match.group(group)
        fix = fix_for(rule, match, text)
        message = rule.message.replace("{match}", flagged)
        if fix is not None:
            message = message.replace("{fix}", fix)
        found.append((start, end, flagged, fix, message))
    return found


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence's part of the check: its sentence-by-sentence rules' matches (offsets from
    the sentence's start) and which paragraph-wide rules its text may set off."""

    matches: dict[int, tuple[_Raw, ...]]
    wide: frozenset[int]


_SENTENCES: dict[tuple[int, str, str, bool], _Sentence] = {}
_SENTENCE_CACHE = 50_000


def _sentence(plan: _Plan, text: str, start: int, end: int) -> _Sentence:
    """TEXT[start:end] checked, remembered by its own text and the few characters before it
    its rules read: after a keystroke only the changed sentence is searched again, and the
    whole-story check after a pause finds nearly every sentence done."""
    key = (plan.key, text[max(0, start - plan.behind) : start], text[start:end], end == len(text))
    found = _SENTENCES.get(key)
    if found is not None:
        return found
    low = text[start:end].lower()
    grams = pieces(low)
    matches: dict[int, tuple[_Raw, ...]] = {}
    wide = set()
    for index, planned in enumerate(plan.rules):
        if planned.quick is not None and not planned.quick.fires(low, grams):
            continue
        if planned.behind is None:
            wide.add(index)
            continue
        raw = _matches(planned, text, start, end)
        if raw:
            matches[index] = tuple((a - start, b - start, *rest) for a, b, *rest in raw)
    found = _Sentence(matches, frozenset(wide))
    if len(_SENTENCES) >= _SENTENCE_CACHE:
        _SENTENCES.clear()
    _SENTENCES[key] = found
    return found


def _candidates(plan: _Plan, text: str) -> list[list[_Raw] | None]:
    """Per rule, its matches in TEXT, or None when its pre-check says it has none."""
    if not plan.sentences:
        low = text.lower()
        grams = pieces(low)
        return [
            _matches(p, text, 0, len(text))
            if p.quick is None or p.quick.fires(low, grams) else None
            for p in plan.rules
        ]  # fmt: skip
    parts = [(start, _sentence(plan, text, start, end)) for start, end in locality.cut(text)]
    wide = frozenset().union(*(part.wide for _start, part in parts))
    low: str | None = None
    out: list[list[_Raw] | None] = []
    for index, planned in enumerate(plan.rules):
        if planned.behind is None:
            fires = index in wide or planned.quick is None
            if not fires and planned.straddling:
                low = text.lower() if low is None else low
                fires = any(literal in low for literal in planned.straddling)
            out.append(_matches(planned, text, 0, len(text)) if fires else None)
            continue
        raw = [
            (start + a, start + b, *rest)
            for start, part in parts
            for a, b, *rest in part.matches.get(index, ())
        ]  # fmt: skip
        out.append(raw)
    return out


def check_paragraph(text: str, rules: Sequence[Rule]) -> list[Issue]:
    plan = _plan(rules)
    issues: list[Issue] = []
    quotes: list[tuple[int, int]] | None = None
    seen: set[tuple[int, int]] = set()
    for planned, raw in zip(plan.rules, _candidates(plan, text), strict=True):
        if not raw:
            continue
        rule = planned.rule
        for start, end, flagged, fix, message in raw:
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
            issues.append(Issue(start, end, STYLE, rule.id, rule.severity, message, fix, flagged))
    issues.sort(key=lambda i: (i.start, i.end))
    return issues
