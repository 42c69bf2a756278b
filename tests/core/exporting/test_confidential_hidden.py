"""A confidential name the reader gets from a link or an attribute is found by `check` at its
spot (red team, round 29).

The names below reached no export (the output guard reads attributes and percent-decodes
them), but `check` passed them: its reading of the copy drops whole tags, attributes and all,
and never decodes a URL, so the export was refused with no spot to point the editor at.
"""

from __future__ import annotations

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential
from app.core.model import Source, Story

SECRET = Source(name="Irena Woźniczka", confidential=True)


def _story(body: str) -> Story:
    return Story(headline="Tender rigged", body=body, slug="tender", sources=(SECRET,))


@pytest.mark.parametrize(
    ("body", "spot"),
    [
        ("See [the file](https://e.example/%57o%C5%BAniczka.pdf).", "%57o%C5%BAniczka"),
        ("See ![her](https://e.example/i-%77ozniczka.png).", "%77ozniczka"),
        ('The <abbr title="Irena Woźniczka">IW</abbr> memo.', "Irena Woźniczka"),
        ('<blockquote cite="https://e.example/wozniczka">It was fixed.</blockquote>', "wozniczka"),
        ('See <a href="https://e.example/" title="Wo&#378;niczka">this</a>.', "Wo&#378;niczka"),
    ],
)
def test_check_finds_the_name_in_a_url_or_attribute(body: str, spot: str) -> None:
    findings = confidential.find_names(_story(body))
    assert [f.code for f in findings] == [confidential.CODE]
    assert spot in body[findings[0].start : findings[0].end]
    with pytest.raises(BlockedError):  # the guard agrees: the export would be refused
        confidential.assert_clean(_rendered(body), _story("The tender was rigged."))


def _rendered(body: str) -> str:
    from app.core.exporting.document import build
    from app.core.exporting.html import render_fragment

    return render_fragment(build(Story(headline="Tender rigged", body=body)))


@pytest.mark.parametrize(
    "body",
    [
        "See [the file](https://e.example/a%20b.pdf).",
        'The <abbr title="World Health Organization">WHO</abbr> said so.',
        "Prices rose 5%. Wages rose 3%.",
    ],
)
def test_other_links_and_attributes_pass(body: str) -> None:
    assert confidential.find_names(_story(body)) == []
