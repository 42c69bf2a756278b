"""The reliability suite prints its table at the end of the run (pytest -s not needed)."""

from __future__ import annotations

import pytest

from tests.reliability.harness import Figures
from tests.reliability.table import render

RESULTS: list[Figures] = []


@pytest.fixture
def record():
    def keep(figures: Figures) -> Figures:
        RESULTS.append(figures)
        return figures

    return keep


def pytest_terminal_summary(terminalreporter) -> None:
    if RESULTS:
        terminalreporter.write_sep("=", "reliability table")
        terminalreporter.write_line(render(RESULTS))
