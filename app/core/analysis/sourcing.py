"""Who informs a story: named sources with their descriptions, anonymous and institutional ones.

Named sources come from the ways copy introduces people ("Mara Quist, an analyst with the
Harbour Institute"; "Norland's foreign minister, Piet Strand"; a title before a name) and
from the speakers of quotes. Anonymous sourcing ("people familiar with the matter") and
institutional sourcing ("the intelligence community estimates") are kept apart because the desk
treats them differently: the first needs a stated reason, the second does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.core import model
from app.core.analysis.anchor_words import finditer_at, leading_words, lower_words_of, words_of
from app.core.analysis.masking import find_written
from app.core.analysis.mentions import (
    ROLE_NOUNS,
    TITLE_WORDS,
    Mention,
    looks_like_description,
    word_alternation,
)
from app.core.analysis.patterns import compile_guarded, lower_case_twin, lowered
from app.core.analysis.resolution import Resolver
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
_INSTITUTION = (
    r"(?:intelligence\s+community|ministry|department|agency|government|administration|military|"
    r"army|navy|police|commission|council|office|bureau|service|court|parliament|cabinet|"
    r"White\s+House|Kremlin|Pentagon|Elysee|Élysée|Downing\s+Street|Congress|Senate|Treasury|"
    r"central\s+bank|Federal\s+Reserve|United\s+Nations|UN|NATO|EU|European\s+Union|"
    r"European\s+Commission|World\s+Bank|IMF|WHO|Fed|Interior\s+Ministry|Foreign\s+Ministry|"
    r"Defen[cs]e\s+Ministry|State\s+Department|Justice\s+Department|Defense\s+Department|"
    r"authorities|prosecutors?['’]?\s+office|statistics\s+office|census\s+bureau|institute|"
    r"company|spokesperson['’]s\s+office)"
)
_INSTITUTION_VERB = (
    r"(?:\s+(?:has|have|had|also|previously|now|again|on\s+\w+day))?\s+"
    r"(?:estimates|estimated|says|said|reported|reports|announced|announces|confirmed|confirms|"
    r"stated|states|claims|claimed|believes|believed|assessed|assesses|concluded|found|finds|"
    r"warned|warns|projects|projected|forecasts|forecast|data\s+show(?:ed|s)?|figures\s+show)\b"
)
_INSTITUTIONAL_RE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}{_INSTITUTION}"
    + _INSTITUTION_VERB
)
# What every _INSTITUTIONAL_RE match holds: an institution and its verb. Searched first, it
# spares the long pattern (tried with up to five words before each institution) the windows
# where it cannot match (speed).
_INSTITUTION_THEN_VERB_RE = compile_guarded(_INSTITUTION + _INSTITUTION_VERB)
_DESCRIPTION_RE = re.compile(
    r"\s*,\s*((?:an?|the|one|[a-z]|[\w-]+['’]s\s)[^,;:.“”\"\x00]{2,160}?)"
    r"\s*(?:,|\.(?:\s|$)|;|$)"
)
_PRE_DESCRIPTION_RE = re.compile(
    r"((?:[A-Z][\w-]*['’]s|[Tt]he|[Aa]n?)\s+[a-z][^,;:.“”\"\x00]{1,80}?)\s*,\s*$"
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


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class InstitutionalSource:
    """An institution cited as the source of information ("the Kremlin said")."""

    text: str
    start: int
    end: int

    def shifted(self, offset: int) -> InstitutionalSource:
        # built directly: dataclasses.replace costs several times more (speed)
        return InstitutionalSource(self.text, self.start + offset, self.end + offset)


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class NamedSource:
    """A person introduced with a description or title; offsets are the name's."""

    name: str
    title: str | None
    description: str | None
    start: int
    end: int

    def shifted(self, offset: int) -> NamedSource:
        # built directly: dataclasses.replace costs several times more (speed)
        return NamedSource(
            self.name, self.title, self.description, self.start + offset, self.end + offset
        )


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class BlockSourcing:
    """The sourcing found in one block, offsets local to it."""

    named: tuple[NamedSource, ...] = ()
    anonymous: tuple[AnonymousSourcing, ...] = ()
    institutional: tuple[InstitutionalSource, ...] = ()


# The anchor for the windows below: it is tried at every position of every block.
_SOURCE_NOUN_RE = re.compile(rf"\b{_SOURCE_NOUN}\b", re.IGNORECASE)
# The case-blind patterns of anonymous sourcing as lower-case twins, searched in the lowered
# block: the same spans at two to three times the speed (patterns.lower_case_twin).
# (the anchor's twin guarded too: the lower-case letters its nouns start with, asked first)
_LOWER_SOURCE_NOUN_RE = compile_guarded(lower_case_twin(_SOURCE_NOUN_RE).pattern)
_LOWER_ANON_RE = lower_case_twin(_ANON_RE)
_LOWER_GENERIC_ANON_RE = lower_case_twin(_GENERIC_ANON_RE)
_LOWER_NOUN_THEN_VERB_RE = lower_case_twin(_NOUN_THEN_VERB_RE)
_LOWER_REASON_RE = lower_case_twin(_REASON_RE)
_INSTITUTION_RE = compile_guarded(rf"\b{_INSTITUTION}\b")  # every block: guarded (speed)
# The words the two anchors open with: a block holding none of them is not searched (speed).
_INSTITUTION_WORDS = leading_words(_INSTITUTION_RE)
_LOWER_SOURCE_WORDS = leading_words(_LOWER_SOURCE_NOUN_RE)


def _windows(
    anchor: re.Pattern[str],
    text: str,
    before: int,
    after: int,
    openers: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """Merged stretches of text around each anchor hit.

    The sourcing patterns are long and slow to try at every position; trying them only near a
    word they must contain keeps a 20,000-word story within its time budget. `openers`: the
    text's words the anchor can open with (anchor_words), where alone it is tried (speed).
    """
    out: list[tuple[int, int]] = []
    hits = anchor.finditer(text) if openers is None else finditer_at(anchor, text, openers)
    for m in hits:
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _openers(words: frozenset[str] | None, text: str) -> frozenset[str] | None:
    """The words of `text` among `words` (an anchor's leading_words); None when those could not
    be told, and the anchor is searched for everywhere."""
    return None if words is None else words & words_of(text)


def read_block(block: str, masked: str, mentions: Sequence[Mention]) -> BlockSourcing:
    """Find named, anonymous and institutional sourcing in one block (quotes masked out)."""
    institutional = [
        InstitutionalSource(block[m.start() : m.end()], m.start(), m.end())
        for lo, hi in _windows(
            _INSTITUTION_RE, masked, 80, 60, _openers(_INSTITUTION_WORDS, masked)
        )
        if _INSTITUTION_THEN_VERB_RE.search(masked, lo, hi)
        for m in _INSTITUTIONAL_RE.finditer(masked, lo, hi)
    ]
    return BlockSourcing(
        named=tuple(_named(masked, mentions)),
        anonymous=tuple(find_anonymous(masked, block)),
        institutional=tuple(institutional),
    )


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
    windows = _windows(nouns, low, 80, 320, openers)
    if not windows:
        return out
    sentences = _Sentences(masked, low, reason)
    for m in (m for lo, hi in windows for m in anon.finditer(low, lo, hi)):
        span = masked[m.start() : m.end()]
        cited = (
            re.match(
                r",?\s+(?:said|say|says|told|tell|confirmed|added|disclosed|revealed)\b",
                masked[m.end() : m.end() + 12],
            )
            or re.search(
                r"(?:according\s+to|from|citing|told\s+\w+)\s+(?:\w+\s+)?$",
                masked[max(0, m.start() - 40) : m.start()],
            )
            or (
                # "..., said one party strategist." names the speaker after the verb.
                re.search(
                    r"\b(?:said|says|told|added|wrote)\s+$",
                    masked[max(0, m.start() - 12) : m.start()],
                )
                and re.match(r"\s*(?:[.,;:]|$)", masked[m.end() : m.end() + 2])
            )
        )
        if not (re.search(_QUALIFIER, span, re.IGNORECASE) or cited):
            continue
        if re.match(r"(?:an?|one)\s+(?:person|people)\b", span, re.IGNORECASE) and not re.search(
            _QUALIFIER, span, re.IGNORECASE
        ):
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
        bare = len(words) == 1 and re.fullmatch(_SOURCE_NOUN, words[0], re.IGNORECASE)
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


class _Sentences:
    """A block's sentences (ended by ". "), and whether each gives a reason for anonymity,
    read once per sentence: a paragraph of many anonymous attributions and no full stop
    (`"Yes," an aide said, "No," an aide said, ...`) made the rereading quadratic.

    The reasons are searched in `searched` with `reason`: the lowered block and the reasons'
    lower-case twin where find_anonymous could lower it (the same spans, faster), else the
    block itself with the case-blind pattern."""

    def __init__(
        self, masked: str, searched: str | None = None, reason: re.Pattern[str] = _REASON_RE
    ) -> None:
        self.masked = masked
        self._searched = masked if searched is None else searched
        self._reason = reason
        self.stops = [m.start() for m in re.finditer(r"\. ", masked)]
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


def _named(masked: str, mentions: Sequence[Mention]) -> list[NamedSource]:
    out: list[NamedSource] = []
    for m in mentions:
        if not m.is_person_name or m.possessive:
            continue
        if len(m.name.split()) < 2:
            continue
        description = None
        after = _DESCRIPTION_RE.match(masked, m.end)
        if (
            after
            and looks_like_description(after.group(1))
            and after.group(1).split()[0]
            not in {
                "who",
                "whose",
            }
        ):
            description = after.group(1).strip()
        if description is None:
            # "Helen Garvey, who manages the island's care home, said": what she does.
            clause = _WHO_DOES_RE.match(masked, m.end)
            if clause and clause.group(2).lower() not in _NOT_A_ROLE_VERB:
                description = clause.group(1).strip()
        if description is None:
            # "the ferry workers' union, whose leader, Marta Okafor, has": leader of the union
            lo = max(0, m.start - 120)
            # the word asked first: without it the lazy search tries every start (speed)
            whose = (
                _WHOSE_ROLE_RE.search(masked, lo, m.start)
                if masked.find("whose", lo, m.start) != -1
                else None
            )
            if whose:
                owner = _last_noun_phrase(whose.group(1))
                if owner:
                    description = f"{whose.group(2).strip()} of {owner}"
        if description is None:
            # "the club's captain, Ana Ruiz": the comma the phrase must end on asked first, as
            # the lazy search tries every start before it fails (speed)
            window = masked[max(0, m.start - 90) : m.start]
            before = _PRE_DESCRIPTION_RE.search(window) if window.rstrip().endswith(",") else None
            if before and _is_role_phrase(before.group(1)):
                description = before.group(1).strip()
        if description is None and not m.title:
            continue
        out.append(NamedSource(m.name, m.title or None, description, m.start, m.end))
    return out


_WHO_DOES_RE = re.compile(
    r"\s*,\s*who\s+(([a-z]+s)\b[^,;:.“”\"\x00]{2,120}?)\s*(?:,|\.(?:\s|$)|;|$)"
)
# Verbs after "who" that say what someone did or said, not what they are.
_NOT_A_ROLE_VERB = frozenset(
    """is was has does says tells adds notes argues insists warns claims thinks believes
    wants hopes fears asks explains recalls admits agrees""".split()
)
_WHOSE_ROLE_RE = re.compile(r"([^;:.“”\"\x00]{3,100}?),\s+whose\s+([a-z][a-z -]{1,40}?)\s*,\s*$")


def _last_noun_phrase(text: str) -> str | None:
    """The noun phrase that ends `text`: "warnings from the ferry workers' union" -> "the ferry
    workers' union"."""
    best = None
    for m in re.finditer(r"(?:^|\s)(?:the|a|an)\s", text):
        best = m.start()
    if best is None:
        return None
    return text[best:].strip()


def _is_role_phrase(text: str) -> bool:
    words = [w.lower().strip("’'") for w in text.split()]
    return any(w in ROLE_NOUNS or w in TITLE_WORDS for w in words[1:])


def collect_sources(
    named: Iterable[NamedSource], quotes: Iterable[model.Quote], resolver: Resolver, text: str = ""
) -> list[model.Source]:
    """Named sources in order of appearance: introduced people and quote speakers, once each.

    A description read where a title was blanked out ("a reality TV boss on xxxxxxxxxxx") is
    given back its words as written, found near the name in `text`.
    """
    found: dict[str, model.Source] = {}
    order: list[tuple[int, str]] = []
    for n in named:
        key = resolver.canonical(n.name)
        current = found.get(key)
        described, titled = n.description, n.title
        if text and "xxx" in f"{described}{titled}":
            lo, hi = n.start - 400, n.end + 400
            described = described and find_written(text, described, lo, hi)
            titled = titled and find_written(text, titled, lo, hi)
        description = described or (current.description if current else None) or titled
        title = (current.title if current else None) or titled
        if current is None:
            order.append((n.start, key))
        found[key] = model.Source(name=key, title=title, description=description)
    for q in quotes:
        if not q.speaker:
            continue
        if resolver.is_organisation(q.speaker) and q.speaker not in found:
            # An organisation that speaks informs the story too ("the Navy said").
            found[q.speaker] = model.Source(name=q.speaker)
            order.append((q.start, q.speaker))
            continue
        # "Lund and Bakri replied": two people speaking together are two sources.
        together = q.speaker.split(" and ")
        names = together if len(together) == 2 else [q.speaker]
        for name in names:
            if name not in resolver.people or name in found:
                continue
            person = resolver.people[name]
            found[name] = model.Source(
                name=name, title=person.title or None, description=person.title or None
            )
            order.append((q.start, name))
    order.sort()
    return [found[key] for _, key in order]
