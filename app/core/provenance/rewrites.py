"""What a rewrite changed: findings over the story's sentences and the sources they came from.

Each finding carries both passages. Codes: `quote_altered` (a quote reworded from the source),
`quote_dropped` (a direct quote the story turned into paraphrase), `quote_speaker_changed`,
`title_vaguer` ("deputy chair of the regional transport board" -> "a local official"),
`sourcing_changed` (anonymous sourcing reworded or its count changed), `fact_changed`
(numbers, dates, places) and `source_uncredited` (derived copy without credit to its source).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core import model
from app.core.provenance.derive import Link, Material
from app.core.provenance.sentences import Sentence
from app.core.verification.normalize import tokenize

QUOTE_ALTERED = "quote_altered"
QUOTE_DROPPED = "quote_dropped"
QUOTE_SPEAKER_CHANGED = "quote_speaker_changed"
TITLE_VAGUER = "title_vaguer"
SOURCING_CHANGED = "sourcing_changed"
FACT_CHANGED = "fact_changed"
SOURCE_UNCREDITED = "source_uncredited"
CODES = (QUOTE_ALTERED, QUOTE_DROPPED, QUOTE_SPEAKER_CHANGED, TITLE_VAGUER, SOURCING_CHANGED,
         FACT_CHANGED, SOURCE_UNCREDITED)  # fmt: skip

UNCREDITED_SHARE = 0.2
"""Share of the story derived from a source at which a missing credit is a finding."""

_VAGUE = re.compile(
    r"\b(?:an?|one|another|some)\s+(?:[a-z-]+\s+){0,3}?(?:official|source|figure|person|expert|"
    r"spokes(?:man|woman|person)|executive|leader|representative|analyst|member|lawmaker|"
    r"politician|parliamentarian|insider|observer|aide|ally|diplomat|authority|administrator)s?\b",
)
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|into|outside|inside|across)\s+(?:the\s+)?$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": -1, "some": -1, "many": -1,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    text: str
    document: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"start": self.start, "end": self.end, "text": self.text}
        if self.document is not None:
            data = {"document": self.document, **data}
        return data


@dataclass(frozen=True, slots=True)
class RewriteFinding:
    code: str
    message: str
    story: Passage
    source: Passage | None

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message,
            "story": self.story.to_json(),
            "source": self.source.to_json() if self.source else None,
        }

    @property
    def severity(self) -> model.Severity:
        """At the gate `quote_altered` blocks; the other codes warn."""
        return model.Severity.ERROR if self.code == QUOTE_ALTERED else model.Severity.WARNING


def _passage(sentence: Sentence, document: str | None = None) -> Passage:
    return Passage(sentence.start, sentence.end, sentence.text, document)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- quotes --------------------------------------------------------------------------------


def quote_findings(
    quotes: Sequence[model.Quote], checks: Sequence[object], materials: Sequence[Material]
) -> list[RewriteFinding]:
    """quote_altered and quote_speaker_changed from the quote checks (verify's verdicts)."""
    out = []
    titles = {m.source.title: m.document for m in materials}
    for quote, check in zip(quotes, checks, strict=True):
        evidence = getattr(check, "evidence", None)
        if evidence is None:
            continue
        story = Passage(quote.start, quote.end, quote.text)
        source = Passage(
            evidence.start,
            evidence.end,
            evidence.passage,
            titles.get(evidence.document, evidence.document),
        )
        if check.verdict is model.Verdict.ALTERED:
            out.append(RewriteFinding(
                QUOTE_ALTERED,
                f"The quote “{_short(quote.text)}” is reworded from “{_short(evidence.passage)}”.",
                story, source,
            ))  # fmt: skip
        if check.speaker_mismatch and check.source_speaker:
            out.append(RewriteFinding(
                QUOTE_SPEAKER_CHANGED,
                f"The story gives “{_short(quote.text, 50)}” to {quote.speaker}; the source "
                f"gives it to {check.source_speaker}.",
                story, source,
            ))  # fmt: skip
    return out


def dropped_quotes(
    links: Sequence[Link], materials: Sequence[Material], quotes: Sequence[model.Quote]
) -> list[RewriteFinding]:
    """A story sentence derived from a source's direct quote, with no quote of its own there."""
    out = []
    for link in links:
        if not link.derived or link.material is None or link.source is None:
            continue
        if any(q.start < link.sentence.end and q.end > link.sentence.start for q in quotes):
            continue
        source = materials[link.material].source
        for segment in source.segments:
            if not segment.quoted:
                continue
            if segment.start >= link.source.end or segment.end <= link.source.start:
                continue
            quoted = source.text[segment.start : segment.end].strip()
            if len(quoted.split()) < 4:
                continue
            who = f" ({segment.speaker})" if segment.speaker else ""
            out.append(RewriteFinding(
                QUOTE_DROPPED,
                f"The source quotes{who} “{_short(quoted)}” directly; the story paraphrases it "
                "without quotation marks.",
                _passage(link.sentence),
                Passage(segment.start, segment.end, source.text[segment.start : segment.end],
                        materials[link.material].document),
            ))  # fmt: skip
            break
    return out


# -- people and sourcing ----------------------------------------------------------------------


def vaguer_titles(
    links: Sequence[Link],
    materials: Sequence[Material],
    story_sources: Sequence[model.Source],
    material_sources: Sequence[Sequence[model.Source]],
) -> list[RewriteFinding]:
    """A person the source names and describes, left unnamed or described less exactly."""
    out = []
    story_described = {s.name: (s.description or s.title or "") for s in story_sources}
    seen: set[tuple[int, str]] = set()
    for link in links:
        if not link.derived or link.material is None or link.source is None:
            continue
        for person in material_sources[link.material]:
            title = person.description or person.title
            if not title or not _mentions(link.source.text, person.name):
                continue
            key = (link.material, person.name)
            if key in seen:
                continue
            story_text = link.sentence.text
            if _mentions(story_text, person.name):
                described = story_described.get(person.name, "")
                if not described or not _less_exact(title, described):
                    continue
                new = described
            else:
                vague = _VAGUE.search(story_text)
                if vague is None:
                    continue
                new = vague.group()
            seen.add(key)
            out.append(RewriteFinding(
                TITLE_VAGUER,
                f"The source describes {person.name} as “{_short(title, 60)}”; the story says "
                f"“{_short(new, 60)}”.",
                _passage(link.sentence),
                _passage(link.source, materials[link.material].document),
            ))  # fmt: skip
    return out


def _mentions(text: str, name: str) -> bool:
    surname = name.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def _less_exact(original: str, rewritten: str) -> bool:
    """Fewer specific words (names, numbers, content words) survive in the rewritten title."""
    specific = {w for w in tokenize(original).keys if len(w) > 3}
    kept = {w for w in tokenize(rewritten).keys if len(w) > 3}
    return len(specific - kept) >= 2 and len(kept) < len(specific)


def sourcing_changes(
    links: Sequence[Link],
    materials: Sequence[Material],
    story_anonymous: Sequence[object],
    material_anonymous: Sequence[Sequence[object]],
) -> list[RewriteFinding]:
    """Anonymous sourcing the rewrite reworded, recounted or dropped."""
    out = []
    for link in links:
        if not link.derived or link.material is None or link.source is None:
            continue
        original = [a for a in material_anonymous[link.material]
                    if a.start < link.source.end and a.end > link.source.start]  # fmt: skip
        if not original:
            continue
        rewritten = [a for a in story_anonymous
                     if a.start < link.sentence.end and a.end > link.sentence.start]  # fmt: skip
        before = "; ".join(a.text for a in original)
        after = "; ".join(a.text for a in rewritten)
        if _norm(before) == _norm(after):
            continue
        counts = (_count(before), _count(after))
        if not rewritten:
            message = f"The source attributes this to “{_short(before, 60)}”; the story drops it."
        elif counts[0] != counts[1] and None not in counts:
            message = (f"Anonymous sourcing recounted: “{_short(before, 60)}” became "
                       f"“{_short(after, 60)}”.")  # fmt: skip
        else:
            message = (f"Anonymous sourcing reworded: “{_short(before, 60)}” became "
                       f"“{_short(after, 60)}”.")  # fmt: skip
        out.append(
            RewriteFinding(
                SOURCING_CHANGED,
                message,
                _passage(link.sentence),
                _passage(link.source, materials[link.material].document),
            )
        )
    return out


def _norm(text: str) -> str:
    return " ".join(tokenize(text).keys)


def _count(text: str) -> int | None:
    """How many people the phrase stands for (None when it does not say)."""
    total = 0
    found = False
    for part in re.split(r"\band\b|,|;", text.lower()):
        words = part.split()
        if not words:
            continue
        value = _COUNT_WORDS.get(words[0])
        if value is None and words[0].isdigit():
            value = int(words[0])
        if value is None or value < 0:
            return None
        total += value
        found = True
    return total if found else None


# -- facts -------------------------------------------------------------------------------------


def changed_facts(links: Sequence[Link], materials: Sequence[Material]) -> list[RewriteFinding]:
    """Numbers, dates and places in a derived sentence that differ from its source sentence."""
    out = []
    whole: dict[int, set[str]] = {}
    for link in links:
        if not link.derived or link.material is None or link.source is None:
            continue
        if link.material not in whole:
            whole[link.material] = set(tokenize(materials[link.material].source.text).keys)
        story_tokens, source_tokens = tokenize(link.sentence.text), tokenize(link.source.text)
        story_keys, source_keys = story_tokens.keys, source_tokens.keys
        changes = []
        story_numbers = _numbers(story_tokens)
        source_numbers = _numbers(source_tokens)
        new = [
            story_numbers[k]
            for k in sorted(story_numbers.keys() - source_numbers.keys() - whole[link.material])
        ]
        gone = [source_numbers[k] for k in sorted(source_numbers.keys() - story_numbers.keys())]
        if new and gone:
            changes.append(f"{', '.join(gone)} became {', '.join(new)}")
        story_dates = {k for k in story_keys if k in _DATE_WORDS}
        source_dates = {k for k in source_keys if k in _DATE_WORDS}
        if story_dates - source_dates and source_dates - story_dates:
            changes.append(
                f"{', '.join(sorted(source_dates - story_dates)).title()} became "
                f"{', '.join(sorted(story_dates - source_dates)).title()}"
            )
        places = _places(link.sentence.text) - _places(link.source.text)
        if places and not any(p.split()[0].lower() in whole[link.material] for p in places):
            lost = _places(link.source.text) - _places(link.sentence.text)
            if lost:
                changes.append(f"{', '.join(sorted(lost))} became {', '.join(sorted(places))}")
        if changes:
            out.append(RewriteFinding(
                FACT_CHANGED,
                "The story changes a fact of its source: " + "; ".join(changes) + ".",
                _passage(link.sentence),
                _passage(link.source, materials[link.material].document),
            ))  # fmt: skip
    return out


def _numbers(tokens) -> dict[str, str]:
    """Numbers by value, as written; "one" alone is left out ("one of the oldest")."""
    return {
        key: exact
        for key, exact in zip(tokens.keys, tokens.exact, strict=True)
        if key[:1].isdigit() and exact.casefold() not in ("one", "a")
    }


def _places(text: str) -> set[str]:
    """Capitalised names after a preposition of place ("from Castle Street station")."""
    found = set()
    for match in _CAPITALISED.finditer(text):
        if match.start() == 0:
            continue
        if _PLACE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            found.add(re.sub(r"['’]s$", "", match.group()))
    return found


# -- credit ------------------------------------------------------------------------------------


def is_credited(material: Material, story: model.Story) -> bool | None:
    """Does the story disclose the material's agency or authors (credits, dateline, copy)?

    None when the material names no agency or author of its own.
    """
    names = [n for n in material.names if n and n.strip()]
    if not names:
        return None
    disclosed = " ".join(
        [
            " ".join(c.name for c in story.credits),
            story.dateline.agency or "" if story.dateline else "",
            story.dek,
            story.body,
        ]
    ).casefold()
    return any(name.casefold() in disclosed for name in names)


def uncredited(
    links: Sequence[Link],
    materials: Sequence[Material],
    shares: Sequence[float],
    credited: Sequence[bool | None],
) -> list[RewriteFinding]:
    out = []
    for m, material in enumerate(materials):
        if credited[m] is not False or shares[m] < UNCREDITED_SHARE:
            continue
        first = next(link for link in links if link.derived and link.material == m)
        assert first.source is not None
        names = ", ".join(material.names)
        out.append(RewriteFinding(
            SOURCE_UNCREDITED,
            f"{round(shares[m] * 100)}% of the story is derived from “{material.title}” "
            f"({names}), which the story does not credit.",
            _passage(first.sentence),
            _passage(first.source, material.document),
        ))  # fmt: skip
    return out
