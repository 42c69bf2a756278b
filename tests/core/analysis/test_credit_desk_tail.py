"""A job word run on after a writer's name ("Nell Varga Contributor"), invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line


@pytest.mark.parametrize(
    ("line", "declared", "names"),
    [
        ("Nell Varga Contributor", True, ["Nell Varga"]),
        ("Nell Varga Columnist", True, ["Nell Varga"]),
        ("Ivo Brandt Intern", True, ["Ivo Brandt"]),
        ("By Nell Varga Contributor", False, ["Nell Varga"]),
        ("By Ivo Brandt Freelancer", False, ["Ivo Brandt"]),
    ],
)
def test_a_job_word_after_the_name_is_not_part_of_it(
    line: str, declared: bool, names: list[str]
) -> None:
    assert [c.name for c in read_credit_line(line, declared=declared).credits] == names


def test_a_one_word_name_keeps_a_surname_that_is_a_job_word() -> None:
    # "By Tom Editor": cutting the word would leave a first name alone, so it is his surname
    assert [c.name for c in read_credit_line("By Tom Editor").credits] == ["Tom Editor"]
