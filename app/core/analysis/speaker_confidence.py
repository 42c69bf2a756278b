"""How far to trust a quote's speaker: a small fitted model over what the engine already knows.

The rules that choose a speaker are right about nine times in ten on copy they were tuned on and
about eight in ten on copy from publishers they never saw, and an editor cannot tell which tenth
is wrong from the sidebar alone. The speaker's reason says which rule chose it, and some rules
are far safer than others: "speech verb right after the quote" with a name in full is almost
always right, "the subject of the sentence holding the quote" with no verb of saying, or "he" in
a paragraph that has named two men, much less so. This module turns the reason, the shape of the
mention and the quote, and the company the quote keeps into one probability that the quote is a
quote and its speaker the right one, so the sidebar can mark the ones to check.

The features are speaker_features.py's. The weights (resources/models/speaker_model.json) come
from benchmarks/fit_speaker_model.py: a logistic regression fitted on the project's development
gold (PolNeAR's dev set, the odd half of real-copy-dev, the five invented sets, the MSRP
sentences). Inference is a dot product in pure Python: no numpy import on the analysis path,
whose cold start is measured.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from app.core.analysis.speaker_features import FEATURES, StoryContext, quote_features
from app.core.config import resource_path
from app.core.model import Quote, QuoteStatus

MODEL_FILE = ("models", "speaker_model.json")

RULES_DOUBT = 0.5
"""Below this the rules doubt a quote themselves (a mark left open halves its figure); the gold
has too few such quotes for the model to learn them, so the rules' figure caps the model's."""


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

    _coef: tuple[float, ...] = field(init=False, repr=False, default=())
    _offset: float = field(init=False, repr=False, default=0.0)

    def __post_init__(self) -> None:
        # Folded once: z = offset + Σ coefᵢ xᵢ, one C-level pass per quote.
        coef = tuple(w / s for w, s in zip(self.weights, self.scale, strict=True))
        offset = self.bias - sum(c * m for c, m in zip(coef, self.mean, strict=True))
        object.__setattr__(self, "_coef", coef)
        object.__setattr__(self, "_offset", offset)

    def probability(self, row: Sequence[float]) -> float:
        z = self._offset + sum(map(operator.mul, self._coef, row))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def model() -> SpeakerModel | None:
    """The shipped weights, or None when they are missing, unreadable or fitted on other
    features (then quotes keep the rules' own confidence rather than a wrong reading)."""
    try:
        data = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            return None
        return SpeakerModel(
            features=FEATURES,
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, ZeroDivisionError):
        return None


def combined(probability: float, rules: float) -> float:
    """The model's probability, capped by the rules' own figure where they doubt the quote."""
    return min(probability, rules) if rules < RULES_DOUBT else probability


_FIELDS = tuple(f.name for f in fields(Quote))
_VALUES = operator.attrgetter(*_FIELDS)
_CONFIDENCE = _FIELDS.index("confidence")


def _with_confidence(quote: Quote, confidence: float) -> Quote:
    """`dataclasses.replace(quote, confidence=…)` at half its cost (every field read in one C
    call, then the constructor): it runs for every quote of every analysis."""
    values = _VALUES(quote)
    return Quote(*values[:_CONFIDENCE], confidence, *values[_CONFIDENCE + 1 :])


def with_confidence(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes with `confidence` the model's probability that quote and speaker are right;
    a quote with no speaker keeps the rules' own (it shows as "speaker not identified")."""
    fitted = model()
    if fitted is None:
        return list(quotes)
    story = StoryContext(text, quotes)
    out = []
    for index, quote in enumerate(quotes):
        if quote.speaker is None:
            out.append(quote)
            continue
        p = fitted.probability(quote_features(text, quotes, index, story))
        out.append(_with_confidence(quote, round(combined(p, quote.confidence), 3)))
    return out


def check_speaker(quote: Quote) -> bool:
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


def mark_json(quote: Quote) -> dict[str, object]:
    """The speaker mark as the JSON contracts give it (`analyze --json` and `show --json`):
    the figure to two places and whether to check the speaker."""
    return {"confidence": round(quote.confidence, 2), "check_speaker": check_speaker(quote)}
