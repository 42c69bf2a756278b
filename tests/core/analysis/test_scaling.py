"""Analysis work grows linearly with the copy, counted in steps rather than timed.

A paragraph of many short quotes (`"Yes," he said,` repeated) once made every quote re-read the
paragraph before it. The test counts the Python lines the analysis package executes for n and
4n quotes: linear work gives about 4x, the old quadratic reading gave over 10x. Timings live in
benchmarks/analysis_scaling.py, never in tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType

import app.core.analysis as analysis_package
from app.core.analysis.engine import analyze

_PACKAGE = str(Path(analysis_package.__file__).parent)


def _steps(text: str) -> int:
    """Lines executed inside app/core/analysis while analysing `text`."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object):
        nonlocal count
        if not frame.f_code.co_filename.startswith(_PACKAGE):
            return None
        if event == "line":
            count += 1
        return tracer

    analyze("Warm-up: “compiled patterns,” he said.")
    sys.settrace(tracer)
    try:
        analyze(text)
    finally:
        sys.settrace(None)
    return count


def test_one_paragraph_of_many_quotes_costs_steps_in_proportion() -> None:
    small = _steps('"Yes," he said, ' * 150)
    large = _steps('"Yes," he said, ' * 600)
    assert large / small < 5.0, (small, large)


def test_many_paragraphs_of_many_quotes_cost_steps_in_proportion() -> None:
    def story(paragraphs: int) -> str:
        return "\n\n".join(
            f"On day {i}, “Yes,” said Ana Lopez. “No,” she said, “never,” he said, "
            f"“maybe,” said one aide, and “perhaps,” they added."
            for i in range(paragraphs)
        )

    small = _steps(story(40))
    large = _steps(story(160))
    assert large / small < 5.0, (small, large)


def test_quotes_in_a_long_paragraph_keep_their_speakers() -> None:
    text = '"Yes," he said, ' * 300
    quotes = analyze("Tom Reyes spoke first.\n\n" + text).quotes
    assert len(quotes) == 300
    assert {q.speaker for q in quotes} == {"Tom Reyes"}
