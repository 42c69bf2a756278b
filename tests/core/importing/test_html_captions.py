"""The credit of the story's picture is read even though the extractor drops its caption."""

from __future__ import annotations

from app.core.importing import read_text
from app.core.model import CreditRole

STORY = "".join(
    f"<p>Paragraph {n}: engineers at Orvel lock fitted part {n} of the new gates, and boat "
    f"owners moored below the weir said the detour added an hour in week {n}.</p>"
    for n in range(1, 9)
)
FIGURE = (
    '<figure><img src="gates.jpg" alt="Gates"><figcaption>Engineers lower a gate into place '
    "on Monday. Photo: Esme Vardy</figcaption></figure>"
)
SIDE = (
    '<aside><figure><img src="swans.jpg"><figcaption>Swans on the lake. Photo: Rafe Lindqvist'
    "</figcaption></figure></aside>"
)


def _page(article: str) -> str:
    return (
        '<html><head><title>Lock | The Orvel Times</title><meta name="author" '
        'content="Hana Corvel"></head><body><nav><a>Home</a></nav><article>'
        f"<h1>Lock gates replaced</h1>{article}</article>{SIDE}</body></html>"
    )


def test_the_story_pictures_credit_is_read() -> None:
    # trafilatura drops <figure> and its caption: the photographer's credit was lost
    draft = read_text(_page(FIGURE + STORY), "lock.html").draft
    assert [(c.role, c.name) for c in draft.credits] == [
        (CreditRole.BYLINE, "Hana Corvel"),
        (CreditRole.PHOTO, "Esme Vardy"),
    ]


def test_a_picture_outside_the_story_gives_no_credit() -> None:
    draft = read_text(_page(STORY), "lock.html").draft
    assert [c.name for c in draft.credits] == ["Hana Corvel"]


def test_a_byline_in_the_page_comes_before_the_picture_credit() -> None:
    # credits are kept in credit-line order: the story's byline, then its picture's credit
    page = (
        "<html><head><title>Lock</title></head><body><article><h1>Lock gates replaced</h1>"
        f"<p>By Hana Corvel</p>{FIGURE}{STORY}</article></body></html>"
    )
    draft = read_text(page, "lock.html").draft
    assert [(c.role, c.name) for c in draft.credits] == [
        (CreditRole.BYLINE, "Hana Corvel"),
        (CreditRole.PHOTO, "Esme Vardy"),
    ]
