"""A confidential source spelt so that a reader still reads it (red team, round 30).

Each of these passed `check` and every export: the name spelt out letter by letter, an
e-mail address spelt out to fool harvesters, a surname misspelt in lower case inside a web
address, a misspelt surname split by a Markdown link. And the other way: any seven digits
ending like a confidential number blocked a budget figure written "1 600 311 742".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential, service
from app.core.model import Source, Story

SECRET = Source(
    name="Irena Kowalczyk",
    confidential=True,
    contact="+48 600 311 742; tipster77@tenders.example",
)


def _story(body: str, *sources: Source) -> Story:
    return Story(headline="Tender rigged", body=body, slug="tender", sources=sources or (SECRET,))


def _blocked(body: str) -> bool:
    return bool(confidential.find_names(_story(body)))


def _guard_refuses(output: str) -> bool:
    try:
        confidential.assert_clean(output, _story("The tender was rigged."))
    except BlockedError:
        return True
    return False


SPELT_OUT = [
    "K o w a l c z y k",
    "K.o.w.a.l.c.z.y.k",
    "K-o-w-a-l-c-z-y-k",
    "K. O. W. A. L. C. Z. Y. K.",
    "k o w a l c z y k",
    "(K)(o)(w)(a)(l)(c)(z)(y)(k)",
    "K / o / w / a / l / c / z / y / k",
    "I r e n a  K o w a l c z y k",
    "K\u200bo w\u200ba l\u00adc z y k",  # zero-width and soft hyphens among the spaces
    # Other invisible format characters (invisible times, Mongolian vowel separator) among
    # mixed gaps: the gap reading listed its invisibles by hand and missed these.
    "K\u2062o w. a\u2062l c. z\u180ey k",
    "K\u2009o\u2009w\u2009a\u2009l\u2009c\u2009z\u2009y\u2009k",  # thin spaces
]


@pytest.mark.parametrize("name", SPELT_OUT)
def test_a_name_spelt_out_is_found_at_its_spot(name: str) -> None:
    body = f"The tender was rigged, {name} said."
    findings = confidential.find_names(_story(body))
    assert [f.code for f in findings] == [confidential.CODE]
    spot = body[findings[0].start : findings[0].end]
    assert spot[:1] in "KkI(" and spot.rstrip(".")[-1:] in "kK)"


@pytest.mark.parametrize("name", SPELT_OUT)
def test_the_output_guard_reads_a_name_spelt_out(name: str) -> None:
    assert _guard_refuses(f"<p>The tender was rigged, {name} said.</p>")


@pytest.mark.parametrize(
    "body",
    [
        "J. K. Rowling wrote about the U.S.A. and N.A.T.O. in a b c order.",
        "Plan B: K. O. and the A-Z of tenders.",
        "The X Y Z firm bid; options a, b, c and d were open.",
        "Kowal and Czyk are two villages.",  # two real words, not the name spelt out
    ],
)
def test_initials_and_acronyms_spaced_out_do_not_block(body: str) -> None:
    assert not _blocked(body)
    assert not _guard_refuses(f"<p>{body}</p>")


def test_a_short_surname_is_not_made_of_spaced_initials() -> None:
    wu = Source(name="Chen Wu", confidential=True)
    assert not confidential.find_names(_story("W. U. Smith and the W-U line.", wu))


DISGUISED_ADDRESSES = [
    "tipster77 (at) tenders (dot) example",
    "tipster77[at]tenders.example",
    "tipster77 [at] tenders [dot] example",
    "tipster77 at tenders dot example",
    "TIPSTER77 AT TENDERS DOT EXAMPLE",
    "tipster77 @ tenders . example",
    "tipster77{at}tenders{dot}example",
]


@pytest.mark.parametrize("address", DISGUISED_ADDRESSES)
def test_a_disguised_address_blocks_at_its_spot(address: str) -> None:
    body = f"Tips to {address} please."
    findings = confidential.find_names(_story(body))
    assert [f.code for f in findings] == [confidential.CODE]
    assert body[findings[0].start : findings[0].end].lower().startswith("tipster77")


@pytest.mark.parametrize("address", DISGUISED_ADDRESSES)
def test_the_output_guard_refuses_a_disguised_address(address: str) -> None:
    assert _guard_refuses(f"<p>Tips to {address} please.</p>")
    assert _guard_refuses(f'{{"body_text": "Tips to {address} please."}}')


def test_another_address_at_the_same_domain_passes() -> None:
    body = "Tips to press (at) tenders (dot) example, or tipster78 at tenders dot example."
    assert not _blocked(body)
    assert not _guard_refuses(f"<p>{body}</p>")


@pytest.mark.parametrize(
    "body",
    [
        "The programme costs 1 600 311 742 zloty.",  # thousands spaced, as Polish copy has them
        "The programme costs 1.600.311.742 zloty.",
        "The file is reference 16003117429.",
        "Spending rose to 4 600 311 742 zloty.",
    ],
)
def test_a_figure_ending_in_the_numbers_digits_is_not_the_number(body: str) -> None:
    assert not _blocked(body)
    assert not _guard_refuses(f"<p>{body}</p>")


@pytest.mark.parametrize(
    "number",
    [
        "+48 600 311 742",
        "0048 600 311 742",
        "+48 (0) 600 311 742",
        "0 600 311 742",
        "600-311-742",
        "6 0 0 3 1 1 7 4 2",
    ],
)
def test_the_number_itself_still_blocks_with_a_figure_after_it(number: str) -> None:
    body = f"Call {number} - 24 hours a day."
    findings = confidential.find_names(_story(body))
    assert [f.code for f in findings] == [confidential.CODE]
    assert body[findings[0].start : findings[0].end].strip("( ") == number.strip("( ")
    assert _guard_refuses(f"<p>{body}</p>")


def test_a_number_stored_without_its_country_code_blocks_with_one() -> None:
    local = Source(name="Irena Kowalczyk", confidential=True, contact="600 311 742")
    assert confidential.find_names(_story("Call +48 600 311 742.", local))
    assert not confidential.find_names(_story("It costs 1 600 311 742 zloty.", local))


@pytest.mark.parametrize(
    "body",
    [
        '<a href="https://news.example/kowalcyzk">her profile</a>',
        '<a href="https://news.example/people/kowalczk">her profile</a>',
        "See https://news.example/kowalcyzk for her profile.",
        "See [her profile](https://news.example/irena-kowalczk).",
        "[Kowal](https://news.example)cyzk said so.",
        "[Kowalc](https://news.example)yzk said so.",
    ],
)
def test_a_misspelt_surname_in_a_url_or_split_by_a_link_blocks(body: str) -> None:
    findings = confidential.find_near_names(_story(body))
    assert [f.code for f in findings] == [confidential.NEAR_CODE]


@pytest.mark.parametrize(
    "body",
    [
        "See https://news.example/tenders/2026 for the papers.",
        '<a href="https://news.example/kowalski">Jan Kowalski</a> said so.',
        "[The tender](https://news.example)s were rigged.",
    ],
)
def test_other_urls_and_links_pass(body: str) -> None:
    assert confidential.find_near_names(_story(body)) == []


def test_no_export_carries_a_spelt_out_name(desk, make_story, tmp_path: Path) -> None:
    story = make_story(body="The tender was rigged, K o w a l c z y k said.")
    desk.add_source(story.slug, SECRET)
    assert not service.check_story(desk, story.slug).overridable
    for fmt in service.FORMATS:
        with pytest.raises(BlockedError):
            service.export_story(desk, story.slug, fmt, tmp_path / f"x.{fmt}",
                                 override_reason="the editor insists")  # fmt: skip


BROKEN_OR_DISGUISED = [
    "Kowal czyk",  # a surname broken by a space, a hyphen, a no-break space
    "Ko-wal-czyk",
    "Kowal\u00a0czyk",
    "K o w a l czyk",
    "KOWAL CZYK",
    "K0walczyk",  # digits for the letters they look like
    "Kowa1czyk",
    "K0WALCZYK",
    "".join(chr(0xE0000 + ord(c)) for c in "Kowalczyk"),  # invisible Unicode tag letters
    "".join(chr(0x1F1E6 + ord(c) - ord("a")) for c in "kowalczyk"),  # regional indicators
]


@pytest.mark.parametrize("name", BROKEN_OR_DISGUISED)
def test_a_surname_broken_or_disguised_is_found(name: str) -> None:
    body = f"The tender was rigged, {name} said."
    assert [f.code for f in confidential.find_names(_story(body))] == [confidential.CODE]
    assert _guard_refuses(f"<p>{body}</p>")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Anna Goodman", "He was a good man, a Good Man, they said."),
        ("Anna Newman", "A New man came with the new-man plan."),
        ("Tom Carmichael", "He sold the car. Michael said so; the car Michael drove."),
        ("Irena Kowalczyk", "Kowal and Czyk are two villages; the F1 car has 4G and B2B."),
        ("Ola Lo", "The L0 cache and the A380 flew."),
    ],
)
def test_words_side_by_side_and_codes_are_not_a_surname(name: str, body: str) -> None:
    source = Source(name=name, confidential=True)
    assert confidential.find_names(_story(body, source)) == []


def test_check_reads_the_language_the_page_prints(desk, make_story, tmp_path: Path) -> None:
    """The story's language goes into the page's `lang` attribute: the output guard refused
    a language naming the source at export while `check` found nothing to point at."""
    story = make_story(language="pl-kowalczyk")
    desk.add_source(story.slug, SECRET)
    result = service.check_story(desk, story.slug)
    messages = [f.message for f in result.findings if f.code == confidential.CODE]
    assert len(messages) == 1 and "language" in messages[0]
    with pytest.raises(BlockedError):
        service.export_story(desk, story.slug, "html", tmp_path / "x.html",
                             override_reason="the editor insists")  # fmt: skip


def test_a_number_stored_with_a_trunk_zero_blocks_without_it() -> None:
    trunk = Source(name="Irena Kowalczyk", confidential=True, contact="+48 (0) 600 311 742")
    assert confidential.find_names(_story("Call +48 600 311 742.", trunk))
    assert confidential.find_names(_story("Call 0600 311 742.", trunk))
    assert not confidential.find_names(_story("It costs 4 600 311 742 zloty.", trunk))
