"""Anonymous sourcing: copy that attributes to people it does not name, qualified ("people
familiar with the matter", "officials who asked not to be named") or cited by a verb ("two
officials said"), and whether the sentence gives a reason for the anonymity, which the desk
asks for (checks.py flags anonymous sourcing without one)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from app.core.analysis.anchor_words import leading_words, lower_words_of
from app.core.analysis.calendar_words import MONTHS, WEEKDAYS
from app.core.analysis.mentions import word_alternation
from app.core.analysis.patterns import compile_guarded, lower_case_twin, lowered
from app.core.analysis.source_windows import anchor_windows
from app.core.fastinit import fast_init

_QUANT = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|"
    r"numerous|various|other|\d+|a\s+(?:number|handful|couple)\s+of|more\s+than\s+\w+|"
    r"at\s+least\s+\w+|dozens\s+of|a\s+dozen)"
)
# The words a source is called by, one by one: the patterns below take them as one trie
# (word_alternation), tried at every position of a block (a plain alternation costs twice as much).
_SOURCE_NOUN_WORDS = """official officials source sources insider insiders people person persons
    individual individuals diplomat diplomats aide aides adviser advisers advisor advisors officer
    officers staffer staffers employee employees executive executives lawmaker lawmakers member
    members analyst analysts investigator investigators operative operatives strategist
    strategists allies ally confidant confidants associate associates acquaintance acquaintances
    friend friends representative representatives spokesman spokeswoman spokesperson contractor
    contractors veteran veterans organiser organisers organizer organizers negotiator negotiators
    participant participants attendee attendees resident residents witness witnesses colleague
    colleagues relative relatives neighbour neighbours neighbor neighbors worker workers""".split()
_SOURCE_NOUN = f"(?:{word_alternation(_SOURCE_NOUN_WORDS)})"
# The verbs after a source noun that cite it: "officials said", "aides warned".
_CITING_VERB = (
    r"(?:said|say|says|told|tell|confirmed|added|described|disclosed|revealed|cautioned|warned)\b"
)
# Plural heads that can stand without a number when a qualifier follows ("people familiar
# with the talks", "sources close to the club").
_BARE_PLURAL = (
    r"(?:officials|sources|insiders|people|diplomats|aides|advis[eo]rs|officers|staffers|"
    r"employees|executives|lawmakers|members|analysts|investigators|strategists|allies|"
    r"associates|friends|representatives|contractors|negotiators|colleagues|relatives)"
)
_QUALIFIER = (
    r"(?:familiar\s+with\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[\w-]+(?:\s+(?!(?:said|says|say|told|added|and|or|to)\b)[\w-]+)?"
    r"|with\s+(?:direct\s+|first-hand\s+|firsthand\s+)?knowledge\s+of\s+(?:the\s+)?[\w-]+"
    r"(?:\s+(?!(?:said|says|say|told|added|and|or|to)\b)[\w-]+)?"
    r"|close\s+to\s+(?:the\s+)?[\w-]+(?:\s+(?!(?:said|says|say|told|added|and|or|to)\b)[\w-]+)?"
    r"|briefed\s+on\s+(?:the\s+)?[\w-]+(?:\s+(?!(?:said|says|say|told|added|and|or|to)\b)[\w-]+)?"
    r"|(?:who|that)\s+(?:asked|requested|spoke|declined|did\s+not\s+want|didn['’]t\s+want|"
    r"insisted|would\s+speak|would\s+only\s+speak|could\s+not\s+be|was\s+not|were\s+not)"
    r"[^.;:“”\"]*?(?=[.;:,“”\"]|\s+(?:said|says|told|added|confirmed)\b|$)"
    r"|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity[^.;:“”\"]*?(?=[.;:,“”\"]|\s+(?:said|says|told|added|confirmed)\b|$)"
    r"|who\s+(?:was|were|is|are)\s+not\s+authori[sz]ed[^.;:“”\"]*?(?=[.;:,“”\"]|\s+(?:said|says|told|added|confirmed)\b|$)"
    # "people who know both men", "officials who have seen the plan"
    r"|(?:who|that)\s+(?:know|knows|knew|have\s+seen|had\s+seen|saw|attended|work|worked|"
    r"have\s+worked|were\s+present|was\s+present|have\s+spoken|had\s+spoken)\b"
    r"[^.;:“”\"]*?(?=[.;:,“”\"]|\s+(?:said|says|told|added|confirmed)\b|$))"
)
_PART = (
    rf"(?:{_QUANT}\s+(?:[\w.’'-]+\s+){{0,3}}?{_SOURCE_NOUN}(?:\s*,?\s+{_QUALIFIER})?"
    rf"|(?:(?!(?:according|to|from|said|says|told|citing|by|of|the|and|or|with|on)\b)"
    rf"[\w.’'-]+\s+){{0,2}}?{_BARE_PLURAL}\s+{_QUALIFIER})"
)
_ANON_RE = re.compile(rf"\b{_PART}(?:\s*,?\s+(?:and|or)\s+{_PART})*", re.IGNORECASE)
_GENERIC_ANON_RE = re.compile(
    rf"\b(?:(?:[\w.’'-]+\s+){{0,2}}?{_SOURCE_NOUN})(?=\s+{_CITING_VERB})", re.IGNORECASE
)
# What every _GENERIC_ANON_RE match ends with: a cheap test before its search (speed).
_NOUN_THEN_VERB_RE = compile_guarded(rf"\b{_SOURCE_NOUN}(?=\s+{_CITING_VERB})", re.IGNORECASE)
_REASON_RE = compile_guarded(  # searched often: guarded (speed)
    r"because|not\s+authori[sz]ed|to\s+discuss|sensitiv|for\s+fear|fear(?:ing|ed)?\s+"
    r"(?:reprisal|retribution|retaliation)|citing|due\s+to|since\s+(?:they|he|she)|as\s+(?:they|he|"
    r"she)\s+(?:was|were|is|are)\s+not|private\s+(?:deliberations|discussions|talks)",
    re.IGNORECASE,
)


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class AnonymousSourcing:
    """A span of copy that attributes to unnamed people ("two U.S. officials")."""

    text: str
    start: int
    end: int
    reason_given: bool = False

    def shifted(self, offset: int) -> AnonymousSourcing:
        # built directly: dataclasses.replace costs several times more (speed)
        return AnonymousSourcing(
            self.text, self.start + offset, self.end + offset, self.reason_given
        )

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end}


# The anchor for the windows below: it is tried at every position of every block.
_SOURCE_NOUN_RE = re.compile(rf"\b{_SOURCE_NOUN}\b", re.IGNORECASE)
# The case-blind patterns of anonymous sourcing as lower-case twins, searched in the lowered
# block: the same spans at two to three times the speed (patterns.lower_case_twin).
# (the anchor's twin guarded too: the lower-case letters its nouns start with, asked first)
# Asked of every anonymous match (compiled once, not looked up in re's cache per call): a verb
# of saying after it, a citing word before it, a verb of saying right before it and the clause's
# end right after it, the qualifier, and "a person" / "one person".
_CITED_AFTER_RE = re.compile(
    r",?\s+(?:said|say|says|told|tell|confirmed|added|disclosed|revealed)\b"
)
_CITED_BEFORE_RE = re.compile(r"(?:according\s+to|from|citing|told\s+\w+)\s+(?:\w+\s+)?$")
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|told|added|wrote)\s+$")
_CLAUSE_ENDS_RE = re.compile(r"\s*(?:[.,;:]|$)")
# "Tom Ray, a city official, said": the official is named just before, in apposition. A
# capitalised name and its comma right before the span, the span closed by a comma; not a
# place or a day leading the sentence ("In Washington, an official said").
_NAMED_BEFORE_RE = re.compile(
    r"(?:^|[\s\"“(])(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+),\s+$"
)
_NOT_A_NAME = frozenset(
    f"{WEEKDAYS}|{MONTHS}|In|On|At|From|For|By|After|Before|During|Since|Until|Last|Later|Earlier|"
    "Today|Yesterday|Tonight|Meanwhile|However|But|And|Still|Instead|Now|Then|Also".split("|")
)
_QUALIFIER_RE = re.compile(_QUALIFIER, re.IGNORECASE)
_ONE_SOURCE_NOUN_RE = re.compile(_SOURCE_NOUN, re.IGNORECASE)
_ONE_PERSON_RE = re.compile(r"(?:an?|one)\s+(?:person|people)\b", re.IGNORECASE)
_LOWER_SOURCE_NOUN_RE = compile_guarded(lower_case_twin(_SOURCE_NOUN_RE).pattern)
_LOWER_ANON_RE = lower_case_twin(_ANON_RE)
_LOWER_GENERIC_ANON_RE = lower_case_twin(_GENERIC_ANON_RE)
_LOWER_NOUN_THEN_VERB_RE = lower_case_twin(_NOUN_THEN_VERB_RE)
_LOWER_REASON_RE = lower_case_twin(_REASON_RE)
# The words the anchor opens with: a block holding none of them is not searched (speed).
_LOWER_SOURCE_WORDS = leading_words(_LOWER_SOURCE_NOUN_RE)


def find_anonymous(masked: str, block: str | None = None) -> list[AnonymousSourcing]:
    """Anonymous sourcing: qualified ("familiar with the matter") or cited ("officials said")."""
    block = masked if block is None else block
    out: list[AnonymousSourcing] = []
    taken: list[tuple[int, int]] = []
    # Searched in the lowered block with the lower-case twins where that finds the same spans;
    # every match's words are read from `masked` itself.
    low = lowered(masked)
    if low is None:
        low, nouns, anon, generic, noun_then_verb, reason = (
            masked,
            _SOURCE_NOUN_RE,
            _ANON_RE,
            _GENERIC_ANON_RE,
            _NOUN_THEN_VERB_RE,
            _REASON_RE,
        )
    else:
        nouns, anon, generic, noun_then_verb, reason = (
            _LOWER_SOURCE_NOUN_RE,
            _LOWER_ANON_RE,
            _LOWER_GENERIC_ANON_RE,
            _LOWER_NOUN_THEN_VERB_RE,
            _LOWER_REASON_RE,
        )
    openers = None  # the lowered block's source nouns, where alone the anchor is tried (speed)
    if nouns is _LOWER_SOURCE_NOUN_RE and _LOWER_SOURCE_WORDS is not None:
        openers = _LOWER_SOURCE_WORDS & lower_words_of(masked)
    windows = anchor_windows(nouns, low, 80, 320, openers)
    if not windows:
        return out
    sentences = _Sentences(masked, low, reason)
    for m in (m for lo, hi in windows for m in anon.finditer(low, lo, hi)):
        span = masked[m.start() : m.end()]
        cited = (
            _CITED_AFTER_RE.match(masked[m.end() : m.end() + 12])
            or _CITED_BEFORE_RE.search(masked[max(0, m.start() - 40) : m.start()])
            or (
                # "..., said one party strategist." names the speaker after the verb.
                _SAID_BEFORE_RE.search(masked[max(0, m.start() - 12) : m.start()])
                and _CLAUSE_ENDS_RE.match(masked[m.end() : m.end() + 2])
            )
        )
        qualified = _QUALIFIER_RE.search(span) is not None
        if not (qualified or cited):
            continue
        if not qualified and _apposition(masked, m.start(), m.end()):
            continue
        if _ONE_PERSON_RE.match(span) and not qualified:
            continue
        out.append(_anon(block, sentences, m.start(), m.end()))
        taken.append(m.span())
    for m in (
        m
        for lo, hi in windows
        # every match ends with a source noun and its verb: without one, skip the long search
        if noun_then_verb.search(low, lo, hi)
        for m in generic.finditer(low, lo, hi)
    ):
        if any(a <= m.start() < b for a, b in taken):
            continue
        words = masked[m.start() : m.end()].split()
        bare = len(words) == 1 and _ONE_SOURCE_NOUN_RE.fullmatch(words[0])
        if (
            words[0][0].isupper()
            and words[0].lower() not in {"u.s.", "u.s", "western", "senior"}
            and not bare
        ):
            continue  # "Trump aides said" is a group named by its boss; keep to unnamed ones.
        if words[0].lower() in {"the", "his", "her", "their", "its"}:
            continue
        out.append(_anon(block, sentences, m.start(), m.end()))
    out.sort(key=lambda a: a.start)
    return out


def _apposition(masked: str, start: int, end: int) -> bool:
    """Does the span describe the person named just before it ("Tom Ray, a city official,
    said")? Then the sourcing is named, not anonymous."""
    if not masked.startswith(",", end):
        return False
    found = _NAMED_BEFORE_RE.search(masked, max(0, start - 60), start)
    if found is None:
        return False
    words = found.group("name").replace(".", "").split()
    return words[0] not in _NOT_A_NAME and words[-1] not in _NOT_A_NAME


_STOP_RE = re.compile(r"\. ")


class _Sentences:
    """A block's sentences (ended by ". "), and whether each gives a reason for anonymity,
    read once per sentence: a paragraph of many anonymous attributions and no full stop
    (`"Yes," an aide said, "No," an aide said, ...`) made the rereading quadratic.

    The reasons are searched in `searched` with `reason`: the lowered block and the reasons'
    lower-case twin where find_anonymous could lower it (the same spans, faster), else the
    block itself with the case-blind pattern (find_anonymous, the one caller, passes both)."""

    def __init__(self, masked: str, searched: str, reason: re.Pattern[str]) -> None:
        self.masked = masked
        self._searched = searched
        self._reason = reason
        self.stops = [m.start() for m in _STOP_RE.finditer(masked)]
        self._reasons: dict[tuple[int, int], bool] = {}

    def reason_given(self, start: int, end: int) -> bool:
        """Does the sentence around `start`-`end` give a reason? (From the last ". " before
        `start` to the first one from `end` on.)"""
        before = bisect_right(self.stops, start - 2) - 1
        after = bisect_left(self.stops, end)
        span = (
            self.stops[before] if before >= 0 else 0,
            self.stops[after] if after < len(self.stops) else len(self.masked),
        )
        found = self._reasons.get(span)
        if found is None:
            sentence = self._searched[span[0] : span[1]]
            found = self._reasons[span] = bool(self._reason.search(sentence))
        return found


def _anon(block: str, sentences: _Sentences, start: int, end: int) -> AnonymousSourcing:
    return AnonymousSourcing(block[start:end], start, end, sentences.reason_given(start, end))
