"""How far to trust a quote's speaker: a small fitted model over what the engine already knows.

The rules that choose a speaker are right about nine times in ten on copy they were tuned on and
about eight in ten on copy from publishers they never saw, and an editor cannot tell which tenth
is wrong from the sidebar alone. The speaker's reason says which rule chose it, and some rules
are far safer than others: "speech verb right after the quote" with a name in full is almost
always right, "the subject of the sentence holding the quote" with no verb of saying, or "he" in
a paragraph that has named two men, much less so. This module turns the reason, the shape of the
mention and the quote, and the company the quote keeps into one probability that the quote is a
quote and its speaker the right one, so the sidebar can mark the ones to check.

The weights (resources/models/speaker_model.json) come from benchmarks/fit_speaker_model.py: a
logistic regression fitted on the project's development gold (PolNeAR's dev set, the odd half of
real-copy-dev, the five invented sets, the MSRP sentences). Inference is a dot product in pure
Python: no numpy import on the analysis path, whose cold start is measured.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.analysis import attribution_rules as rules
from app.core.config import resource_path
from app.core.model import Quote, QuoteStatus

MODEL_FILE = ("models", "speaker_model.json")

RULES_DOUBT = 0.5
"""Below this the rules doubt a quote themselves (a mark left open halves its figure); the gold
has too few such quotes for the model to learn them, so the rules' figure caps the model's."""

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its"})

# The rule half of a reason (after its ";"), by the constant the rules name it with.
_RULES: tuple[tuple[str, str], ...] = (
    ("rule_after", rules.AFTER),
    ("rule_before", rules.BEFORE),
    ("rule_before_far", rules.BEFORE_FAR),
    ("rule_later", rules.LATER),
    ("rule_subject", rules.SUBJECT),
    ("rule_continues", rules.CONTINUES),
    ("rule_lead_in", rules.LEAD_IN),
    ("rule_dash", rules.DASH),
    ("rule_previous_subject", rules.PREVIOUS_SUBJECT),
    ("rule_same_paragraph", "quoted earlier in the same paragraph"),
)

# The resolution half: how the mention became a speaker (the wording of resolution.py,
# pronouns.py and descriptions.py).
_RESOLUTIONS: tuple[tuple[str, str], ...] = (
    ("res_full", "named in full"),
    ("res_surname", "surname of a person named earlier"),
    ("res_subject_before", "subject of a sentence just before"),
    ("res_previous_speaker", "speaker of the quote before"),
    ("res_last_person", "last named person before the quote"),
    ("res_unnamed", "unnamed speaker"),
    ("res_last_org", "last organisation named"),
    ("res_no_org", "no organisation named before it"),
    ("res_no_group", "no group or organisation before it"),
    ("res_org", "organisation named"),
    ("res_described", "described"),
    ("res_owner", "owner"),
    ("res_people_subject", "the people who were the subject just before"),
    ("res_gender_first_name", "gender agrees (first name)"),
    ("res_gender_noun", "gender agrees (the noun)"),
)

FEATURES: tuple[str, ...] = (
    *(name for name, _ in _RULES),
    "rule_none",
    *(name for name, _ in _RESOLUTIONS),
    "mention_pronoun",
    "mention_lower",
    "mention_absent",
    "speaker_lower",
    "speaker_one_word",
    "quote_partial",
    "quote_words",
    "quote_whole_paragraph",
    "quotes_in_paragraph",
    "speakers_in_story",
    "same_as_previous",
    "mention_distance",
    "speakers_nearby",
    "speaker_named_count",
    "paragraphs_since_named",
    "first_paragraph",
    "names_between",
    "pronoun_names_between",
    "pronoun_speakers_nearby",
    "rule_confidence",
)


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """Standardised logistic regression: P(right) = σ(b + Σ wᵢ (xᵢ − μᵢ) / σᵢ)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    """Below this probability the sidebar asks the editor to check the speaker."""

    def __post_init__(self) -> None:
        # Folded once: z = offset + Σ coefᵢ xᵢ, one C-level pass per quote.
        coef = tuple(w / s for w, s in zip(self.weights, self.scale, strict=True))
        offset = self.bias - sum(c * m for c, m in zip(coef, self.mean, strict=True))
        object.__setattr__(self, "_coef", coef)
        object.__setattr__(self, "_offset", offset)

    _coef: tuple[float, ...] = field(init=False, repr=False, default=())
    _offset: float = field(init=False, repr=False, default=0.0)

    def probability(self, row: Sequence[float]) -> float:
        z = self._offset + sum(map(operator.mul, self._coef, row))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def model() -> SpeakerModel | None:
    """The shipped weights, or None when they are missing or were fitted on other features
    (then quotes keep the rules' own confidence rather than a wrong reading of the weights)."""
    try:
        data = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None
    return SpeakerModel(
        features=FEATURES,
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        weights=tuple(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


class _Story:
    """What every quote's features share, computed once per analysis so that a story of many
    quotes costs in proportion to its quotes (paragraph bounds, who speaks where)."""

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n\n", text)]
        self.paragraph = [self.index_of(q.start) for q in quotes]
        self.quotes_in: dict[int, int] = {}
        self.speakers_in: dict[int, set[str]] = {}
        for quote, at in zip(quotes, self.paragraph, strict=True):
            self.quotes_in[at] = self.quotes_in.get(at, 0) + 1
            if quote.speaker:
                self.speakers_in.setdefault(at, set()).add(quote.speaker)
        self.speakers = len({q.speaker for q in quotes if q.speaker})
        self._counts: dict[str, int] = {}

    def index_of(self, offset: int) -> int:
        """The paragraph holding `offset`: how many breaks end at or before it."""
        return bisect.bisect_right(self.breaks, offset - 2)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The quote's paragraph (or paragraphs, for a quote running over several)."""
        first, last = self.index_of(start), self.index_of(end)
        lo = self.breaks[first - 1] + 2 if first else 0
        hi = self.breaks[last] if last < len(self.breaks) else len(self.text)
        return lo, max(lo, hi)

    def start_of(self, index: int) -> int:
        return self.breaks[index - 1] + 2 if index > 0 else 0

    def end_of(self, index: int) -> int:
        return self.breaks[index] if index < len(self.breaks) else len(self.text)

    def speakers_near(self, index: int) -> int:
        """Different speakers quoted in the paragraph before, this one and the one after."""
        near: set[str] = set()
        for at in (index - 1, index, index + 1):
            near |= self.speakers_in.get(at, set())
        return len(near)

    def count(self, word: str) -> int:
        if word not in self._counts:
            self._counts[word] = self.text.count(word)
        return self._counts[word]


_WINDOW = 600
"""How far from a quote (characters) its mention and its speaker's naming are looked for: the
readings an editor weighs sit beside the quote, and a bound keeps long stories linear."""


def _mention_distance(
    story: _Story, quote: Quote, mention: str | None, index: int, end: int
) -> float:
    """Characters between the quote and the nearest place its mention is written, within the
    quote's paragraph and the one before (a far or missing mention is a weaker reading)."""
    if not mention:
        return 8.0
    text = story.text
    lo = max(story.start_of(index - 1), quote.start - _WINDOW)
    hi = min(end, quote.end + _WINDOW)
    size = len(mention)
    # Three searches, not a walk over every place: a short mention ("he") is written inside
    # many words around a quote.
    if text.find(mention, max(lo, quote.start - size + 1), min(hi, quote.end + size - 1)) >= 0:
        return 0.0  # inside the quote's span or across its edge (a tag the span includes)
    gaps = []
    before = text.rfind(mention, lo, quote.start)
    if before >= 0:
        gaps.append(quote.start - before - size)
    after = text.find(mention, quote.end, hi)
    if after >= 0:
        gaps.append(after - quote.end)
    return math.log1p(min(gaps)) if gaps else 8.0


def _paragraphs_since(story: _Story, quote: Quote, surname: str, index: int, end: int) -> float:
    """Paragraph breaks between the last place the speaker's surname is written (up to the end
    of the quote's paragraph, at most three paragraphs back) and the quote: a speaker carried
    across paragraphs is a weaker reading than one named beside the quote."""
    if len(surname) <= 2:
        return 3.0
    at = story.text.rfind(surname, story.start_of(max(0, index - 3)), end)
    if at < 0:
        return 3.0
    if at >= quote.start:
        return 0.0
    return float(min(3, index - story.index_of(at)))


# A capitalised word not opening a sentence (the look-behind runs only at capitals).
_CAPITALISED = re.compile(r"\b[A-Z](?<![.!?:“\"\n]\s[A-Z])[a-z]+")


def _names_between(text: str, quote: Quote, surname: str) -> float:
    """Capitalised words inside sentences between the speaker's last naming and the quote
    (at most 600 characters back): other people and bodies named in between are what a pronoun
    or a carried-over speaker most often goes wrong on."""
    if len(surname) <= 2:
        return 0.0
    at = text.rfind(surname, max(0, quote.start - _WINDOW), quote.start)
    if at < 0:
        return math.log1p(4)
    words = _CAPITALISED.findall(text, at + len(surname), quote.start)
    return math.log1p(len(words) - words.count(surname))


@functools.lru_cache(maxsize=2048)
def _reason_features(how: str) -> tuple[float, ...]:
    """The rule and resolution flags of a reason (after its mention): a story repeats a few
    dozen of them, so each is read once."""
    rule_part = how.rsplit("; ", 1)[1] if "; " in how else ""
    flags = [float(bool(rule_part) and phrase in rule_part) for _, phrase in _RULES]
    flags.append(float(not any(flags)))
    flags.extend(float(phrase in how) for _, phrase in _RESOLUTIONS)
    return tuple(flags)


def quote_features(
    text: str, quotes: Sequence[Quote], index: int, story: _Story | None = None
) -> list[float]:
    """The model's inputs for quotes[index], in FEATURES order (`story`: the shared part,
    built once by the caller for a story's many quotes). One list built at the end: this runs
    for every quote of every analysis."""
    story = story or _Story(text, quotes)
    quote = quotes[index]
    reason = quote.speaker_reason or ""
    flags = _reason_features(reason.split(": ", 1)[1] if ": " in reason else reason)
    mention = (quote.speaker_mention or "").strip()
    speaker = quote.speaker or ""
    lowered = mention.lower()
    pronoun = float(lowered in PRONOUNS)
    names = speaker.split()
    surname = names[-1] if names else ""
    body = quote.text.lstrip("“”\"‘’' …")
    at = story.paragraph[index]
    lo, hi = story.bounds(quote.start, quote.end)
    whole = quote.start - lo < 12 and hi - quote.end < 12  # marks and spaces at most
    if whole:
        whole = len(text[lo : quote.start].strip()) + len(text[quote.end : hi].strip()) <= 2
    nearby = math.log1p(story.speakers_near(at))
    between = _names_between(text, quote, surname)
    return [
        *flags,
        pronoun,
        float(bool(mention) and mention[:1].islower() and not pronoun),
        float(not mention),
        float(speaker[:1].islower()),
        float(len(names) == 1),
        float(body[:1].islower()),
        math.log1p(quote.text.count(" ") + 1),  # words, near enough
        float(whole),
        math.log1p(story.quotes_in[at]),
        math.log1p(story.speakers),
        float(index > 0 and quotes[index - 1].speaker == speaker),
        _mention_distance(story, quote, quote.speaker_mention, at, hi),
        nearby,
        math.log1p(story.count(surname)) if len(surname) > 2 else 0.0,
        _paragraphs_since(story, quote, surname, at, hi),
        float(lo == 0),
        between,
        # A pronoun is the reading that others named nearby put most at risk.
        between * pronoun,
        nearby * pronoun,
        quote.confidence,
    ]


def combined(probability: float, rules: float) -> float:
    """The model's probability, capped by the rules' own figure where they doubt the quote."""
    return min(probability, rules) if rules < RULES_DOUBT else probability


def _with_confidence(quote: Quote, confidence: float) -> Quote:
    """`dataclasses.replace(quote, confidence=…)` at half its cost: it runs for every quote of
    every analysis, on the typing path."""
    return Quote(
        text=quote.text,
        start=quote.start,
        end=quote.end,
        speaker=quote.speaker,
        speaker_mention=quote.speaker_mention,
        speaker_reason=quote.speaker_reason,
        cue=quote.cue,
        venue=quote.venue,
        confidence=confidence,
        status=quote.status,
        status_by=quote.status_by,
        status_at=quote.status_at,
        status_note=quote.status_note,
        verdict=quote.verdict,
        verdict_by=quote.verdict_by,
        verdict_at=quote.verdict_at,
        evidence=quote.evidence,
        check_detail=quote.check_detail,
        covered=quote.covered,
        id=quote.id,
    )


def with_confidence(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes with `confidence` the model's probability that quote and speaker are right;
    a quote with no speaker keeps the rules' own (it shows as "speaker not identified")."""
    fitted = model()
    if fitted is None:
        return list(quotes)
    story = _Story(text, quotes)
    out = []
    for index, quote in enumerate(quotes):
        if quote.speaker is None:
            out.append(quote)
            continue
        p = fitted.probability(quote_features(text, quotes, index, story))
        out.append(_with_confidence(quote, round(combined(p, quote.confidence), 3)))
    return out


def doubtful(quote: Quote) -> bool:
    """The sidebar's "check the speaker": a machine-chosen speaker the model doubts, on a quote
    no person has vouched for yet (marking it verified is the editor's answer)."""
    fitted = model()
    return (
        fitted is not None
        and quote.speaker is not None
        and not quote.person_chose
        and quote.status is not QuoteStatus.VERIFIED
        and quote.confidence < fitted.threshold
    )
