"""How far to trust a quote's speaker: the fitted model, its mark and its fallbacks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.analysis import speaker_confidence as sc
from app.core.analysis import speaker_features as sf
from app.core.analysis.engine import analyze
from app.core.model import QuoteStatus

TAGGED = "“We will rebuild the bridge by spring,” said Mayor Ana Lopez."
NO_VERB = "Mayor Ana Lopez wants the bridge “rebuilt by spring and paid for by the state.”"
CROWDED = (
    "“We open at nine,” said Ines Costa, the librarian.\n\n"
    "“The roof is fixed,” said Tom Vell, the caretaker.\n\n"
    "“We have more readers than ever,” said Paula Reyes, a volunteer.\n\n"
    "A shift supervisor at the depot across the road, who asked not to be named because he was "
    "not allowed to speak to reporters, said the buses were “never on time, not once this "
    "winter.”"
)


@pytest.fixture
def unfitted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Weights fitted on other features than the code computes (a refit forgotten)."""
    stale = tmp_path / "speaker_model.json"
    data = json.loads(sc.resource_path(*sc.MODEL_FILE).read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    stale.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(sc, "resource_path", lambda *parts: stale)
    sc.model.cache_clear()
    yield
    sc.model.cache_clear()


def test_the_shipped_weights_fit_the_features_the_code_computes() -> None:
    fitted = sc.model()
    assert fitted is not None, "resources/models/speaker_model.json needs a refit"
    assert len(fitted.weights) == len(sf.FEATURES)
    assert 0.5 < fitted.threshold < 1.0


def test_a_quote_tagged_with_a_full_name_is_trusted() -> None:
    (quote,) = analyze(TAGGED).quotes
    assert quote.speaker == "Ana Lopez"
    assert quote.confidence > sc.model().threshold
    assert not sc.check_speaker(quote)


def test_a_speaker_read_with_no_verb_of_saying_is_marked_for_checking() -> None:
    (quote,) = analyze(NO_VERB).quotes
    assert quote.speaker == "Ana Lopez"  # the subject: a guess the rules themselves doubt
    assert sc.check_speaker(quote)
    assert analyze(NO_VERB).to_json()["quotes"][0]["check_speaker"] is True
    assert analyze(TAGGED).to_json()["quotes"][0]["check_speaker"] is False
    vouched = replace(quote, status=QuoteStatus.VERIFIED)
    assert not sc.check_speaker(vouched)  # a person vouched for it: nothing left to check


def test_an_unnamed_speaker_far_from_the_quote_is_trusted_less_than_a_named_one() -> None:
    quotes = analyze(CROWDED).quotes
    named = [q for q in quotes if q.speaker == "Paula Reyes"]
    unnamed = [q for q in quotes if q.speaker and q.speaker.startswith("A shift supervisor")]
    assert named and unnamed
    assert unnamed[0].confidence < named[0].confidence


def test_a_quote_with_no_speaker_keeps_the_rules_own_low_figure() -> None:
    text = "The sign on the door read nothing.\n\n“Closed until further notice, sorry for that.”"
    (quote,) = analyze(text).quotes
    assert quote.speaker is None and quote.confidence <= 0.3
    assert not sc.check_speaker(quote)  # shown as "speaker not identified" instead


def test_stale_weights_leave_the_rules_figures_and_mark_nothing(unfitted) -> None:
    assert sc.model() is None
    (quote,) = analyze(NO_VERB).quotes
    assert quote.confidence == 0.45  # the rules' own figure for a subject with no verb
    assert not sc.check_speaker(quote)


def test_features_are_one_row_per_quote_in_the_model_order() -> None:
    quotes = analyze(CROWDED).quotes
    rows = [sf.quote_features(CROWDED, quotes, i) for i in range(len(quotes))]
    assert all(len(row) == len(sf.FEATURES) for row in rows)
    pronoun = sf.FEATURES.index("mention_pronoun")
    assert [row[pronoun] for row in rows] == [0.0] * len(quotes)


def test_weights_missing_a_field_leave_the_rules_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "speaker_model.json"
    data = json.loads(sc.resource_path(*sc.MODEL_FILE).read_text(encoding="utf-8"))
    del data["threshold"]
    broken.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(sc, "resource_path", lambda *parts: broken)
    sc.model.cache_clear()
    try:
        assert sc.model() is None
        (quote,) = analyze(NO_VERB).quotes  # no KeyError on the typing path
        assert quote.confidence == 0.45
    finally:
        sc.model.cache_clear()


def test_giving_a_quote_its_confidence_keeps_every_other_field() -> None:
    from datetime import UTC, datetime

    from app.core.model import Evidence, Quote, Verdict

    full = Quote(
        "We will stay,", 3, 16, speaker="Ana Lopez", speaker_mention="she",
        speaker_reason="she → Ana Lopez", cue="said", venue="at the hall", confidence=0.4,
        status=QuoteStatus.DISPUTED, status_by="Sam", status_at=datetime(2026, 1, 2, tzinfo=UTC),
        status_note="ask her", verdict=Verdict.MINOR, verdict_by="Kim",
        verdict_at=datetime(2026, 1, 3, tzinfo=UTC),
        evidence=Evidence("notes.txt", 0, 5, "We will"), check_detail={"score": 0.9},
        covered=True, id=12,
    )  # fmt: skip
    assert sc._with_confidence(full, 0.8) == replace(full, confidence=0.8)
