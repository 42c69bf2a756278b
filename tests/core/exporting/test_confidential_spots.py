"""Whatever the output guard refuses, `check` reports at a spot, and a slip of the name in an
attribute or URL is flagged as one in the text is (red team, round 29, second pass).

Each body below passed `check` and was then refused at export with nothing pointing at the
fix (an override written as an entity, a tag inside a name drawn backwards, a name split by a
Markdown link), or went out misspelt (a slip in a percent-encoded URL or an HTML attribute).
"""

from __future__ import annotations

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential
from app.core.model import Source, Story

SECRET = Source(name="Dorota Pszczółkowska", confidential=True)


def _story(body: str) -> Story:
    return Story(headline="Depot sold", body=body, slug="depot", sources=(SECRET,))


def _rendered(body: str) -> str:
    from app.core.exporting.document import build
    from app.core.exporting.html import render_fragment

    return render_fragment(build(Story(headline="Depot sold", body=body)))


@pytest.mark.parametrize(
    ("body", "spot"),
    [
        ("The deal, said &#x202E;akswokłózczsP&#x202C;, was done.", "akswokłózczsP"),
        ("The deal, said &#8238;akswoklozczsP&#8236;, was done.", "akswoklozczsP"),
        ("The deal, said \u202eakswok<b></b>łózczsP\u202c, was done.", "akswok<b></b>łózczsP"),
        ("The deal, said \u202eaks<span>wokł</span>ózczsP\u202c, was done.", "wokł"),
        ("The deal, said [Pszczół](https://d.example/)kowska, was done.", "kowska"),
        ("The deal, said Pszczół[kowska](https://d.example/ 'x'), was done.", "Pszczół"),
    ],
)
def test_check_points_where_the_guard_refuses(body: str, spot: str) -> None:
    with pytest.raises(BlockedError):  # the export is refused ...
        confidential.assert_clean(_rendered(body), _story("The depot was sold."))
    findings = confidential.find_names(_story(body))  # ... and check says where
    assert [f.code for f in findings] == [confidential.CODE]
    assert spot in body[findings[0].start : findings[0].end]


@pytest.mark.parametrize(
    "body",
    [
        "The deal, said &#x202E;kcab&#x202C; Pszczol, was done.",
        "The deal, said [Pszczyk](https://d.example/)owska, was done.",
        "See [the page](https://d.example/pszczolkowski-report), said Nowak.",
    ],
)
def test_other_overrides_and_links_pass(body: str) -> None:
    assert confidential.find_names(_story(body)) == []


@pytest.mark.parametrize(
    ("body", "spot"),
    [
        ("See [the memo](https://d.example/%50szczolkowksa.pdf).", "%50szczolkowksa"),
        ("See [the memo](https://d.example/pszczo%C5%82kowksa.pdf).", "pszczo%C5%82kowksa"),
        ('The <abbr title="Dorota Pszczolkowka">DP</abbr> memo.', "Pszczolkowka"),
        ('The <img src="d.png" alt="Pszczólkowsak at her desk"> memo.', "Pszczólkowsak"),
        ('See [the memo](https://d.example/m "Pszczolkowskka memo").', "Pszczolkowskka"),
    ],
)
def test_a_slip_in_an_attribute_or_url_is_flagged(body: str, spot: str) -> None:
    story = _story(body)
    assert confidential.find_names(story) == []
    findings = confidential.find_near_names(story)
    assert [f.code for f in findings] == [confidential.NEAR_CODE]
    assert spot in body[findings[0].start : findings[0].end]
    assert "reason" in findings[0].message
    assert confidential.body_findings(body, story.sources) == findings


def test_a_slip_in_a_url_is_released_by_a_reason() -> None:
    from app.core.exporting import gate

    result = gate.evaluate(_story("See [the memo](https://d.example/%50szczolkowksa.pdf)."))
    assert confidential.NEAR_CODE in {f.code for f in result.blocking}
    assert result.overridable


@pytest.mark.parametrize(
    "body",
    [
        "See [the memo](https://d.example/a%20b%20report.pdf).",
        'The <abbr title="Dorota Kowalska">DK</abbr> memo.',
    ],
)
def test_other_urls_and_attributes_raise_no_slip(body: str) -> None:
    assert confidential.find_near_names(_story(body)) == []
