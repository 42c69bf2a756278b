"""Word keys, exact forms, speakers and robustness of the alignment to any input."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import model
from app.core.verification import SourceText, verify_quote
from app.core.verification.normalize import punctuation_form, tokenize
from app.core.verification.speakers import speaker_agrees


def test_keys_ignore_case_typography_and_number_spelling() -> None:
    tokens = tokenize("Don’t PROTEC-\ntion well-known twenty-five 5 million 1,000 10% first")
    assert tokens.keys == [
        "don't",
        "protection",
        "wellknown",
        "25",
        "5000000",
        "1000",
        "10",
        "percent",
        "1st",
    ]
    assert tokens.exact[:3] == ["Don't", "PROTECtion", "well-known"]
    assert tokenize("five million; three hundred and two").keys == ["5000000", "302"]
    assert tokenize("one two").keys == ["1", "2"]


def test_offsets_point_into_the_text() -> None:
    text = "He said: “We’ll   see.”"
    tokens = tokenize(text)
    assert [text[a:b] for a, b in zip(tokens.starts, tokens.ends, strict=True)] == [
        "He",
        "said",
        "We’ll",
        "see",
    ]


def test_inword_brackets_stay_with_their_word() -> None:
    tokens = tokenize("[I]f it walk[ed]")
    assert tokens.keys == ["if", "it", "walked"]
    assert tokens.exact == ["[I]f", "it", "walk[ed]"]


def test_punctuation_forms() -> None:
    assert punctuation_form(" — “") == punctuation_form("--'")
    assert punctuation_form(". … ") == punctuation_form(". ...")
    assert punctuation_form(", ") != punctuation_form("; ")


def test_speakers() -> None:
    assert speaker_agrees("Volodymyr Zelenskiy", "ZELENSKIY") is True
    assert speaker_agrees("Mayor Dana Reyes", "MAYOR") is True
    assert speaker_agrees("Zelensky", "Zelenskiy") is True
    assert speaker_agrees("Dana Reyes", "REPORTER") is False
    assert speaker_agrees("he", "REPORTER") is None
    assert speaker_agrees("Dana Reyes", "Speaker 2") is None
    assert speaker_agrees(None, "REPORTER") is None


words = st.sampled_from(
    "the plan rivers we will council vote water cost million ten 10 April farmers kids "
    "it's don’t … [the mayor] , . ; — “ ” protect-\ning".split(" ")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=40), st.text(max_size=60))
def test_any_quote_against_any_material_gives_a_verdict(material: list[str], quote: str) -> None:
    source = SourceText("doc", "text", " ".join(material))
    check = verify_quote(quote, [source])
    assert check.verdict in set(model.Verdict)
    assert 0.0 <= check.score <= 1.0
    if check.evidence is not None:
        ev = check.evidence
        assert source.text[ev.start : ev.end] == ev.passage


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from("we listened to the farmers and fishermen in April".split()),
        min_size=3,
        max_size=60,
    ),
    st.data(),
)
def test_any_stretch_of_the_material_is_verbatim(material: list[str], data: st.DataObject) -> None:
    source = SourceText("doc", "text", " ".join(material))
    start = data.draw(st.integers(0, len(material) - 1))
    end = data.draw(st.integers(start + 1, len(material)))
    check = verify_quote(" ".join(material[start:end]), [source])
    assert check.verdict == model.Verdict.VERBATIM


def test_the_core_never_loads_qt() -> None:
    code = (
        "import sys, app.core.verification as v\n"
        "import app.core.verification.documents, app.core.verification.verdicts\n"
        "assert not any(m.startswith(('PySide6', 'qtawesome', 'app.gui')) for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
