"""A confidential name never leaves, however it is spelled: property tests over spelling variants.

Names and their variants come from tests/core/exporting/variants.py (the test's own transforms,
never the app's normaliser). Wherever a variant stands in a story, `check` blocks and no
format, credit style, file name, index page, JSON-LD block or meta tag carries it; in another
source's fields and in quotes it is replaced, in `show --json`, by "a confidential source".
The same holds for what publication added: correction notes and kill notices (a note that
names one is refused when written, and one written before the source was made confidential
says "a confidential source" in every export), and the audit report, HTML and PDF.
"""

from __future__ import annotations

import html
import io
import json
import re
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.core.audit import build_report, render_html, render_pdf
from app.core.errors import BlockedError, PublicationError
from app.core.exporting import confidential, service
from app.core.model import (
    Credit,
    CreditRole,
    Dateline,
    QuoteStatus,
    Source,
    Story,
    StoryStatus,
)
from app.core.services import Desk
from tests.core.exporting.variants import TRANSFORMS, Name, names, strip_accents, variants

STYLES = ("reuters", "ap", "list")
FIELDS = ("body", "headline", "dek", "slug", "keywords", "credits", "dateline", "desk")
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


def _secret(name: Name) -> Source:
    return Source(name=name.full, title="procurement official", confidential=True,
                  contact="+48 600 100 200", notes="met at the cafe")  # fmt: skip


def _placed(field: str, variant: str) -> dict[str, object]:
    """Story fields with `variant` standing in `field` the way copy would hold it."""
    fields: dict[str, object] = {
        "headline": "Council approves budget",
        "slug": "council-budget",
        "body": "The council approved the budget on Tuesday.\n\nThe vote was 7-2.",
        "dek": "Spending rises 3 percent",
        "desk": "Metro",
        "keywords": ("budget",),
        "dateline": Dateline("SPRINGFIELD", "Nov 17", "Reuters"),
        "status": StoryStatus.READY,
        "credits": (Credit(CreditRole.REPORTING, "Ana Ortiz"),),
    }
    if field == "body":
        fields["body"] = f"The tender was rigged, said {variant}, who was there.\n\nIt was."
    elif field == "headline":
        fields["headline"] = f"Tender rigged, says {variant}"
    elif field == "dek":
        fields["dek"] = f"Claims by {variant} stun council"
    elif field == "slug":
        fields["slug"] = f"tender-{variant}"
    elif field == "keywords":
        fields["keywords"] = ("budget", variant)
    elif field == "credits":
        fields["credits"] = (Credit(CreditRole.REPORTING, "Ana Ortiz"),
                             Credit(CreditRole.ADDITIONAL_REPORTING, variant))  # fmt: skip
    elif field == "dateline":
        fields["dateline"] = Dateline("SPRINGFIELD", "Nov 17", variant)
    elif field == "desk":
        fields["desk"] = variant
    return fields


class _Visible(HTMLParser):
    """What a reader or a crawler gets from a page: text, attribute values, script bodies.
    The house stylesheet is left out: no reader meets it, and its selectors ("li", "ol") read
    as a short surname such as Li."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs) -> None:
        self._in_style = tag == "style"
        self.parts.extend(unquote(value) for _name, value in attrs if value)

    def handle_endtag(self, tag) -> None:
        self._in_style = False

    def handle_data(self, data) -> None:
        if not self._in_style:
            self.parts.append(data)


def _readable(output: str) -> list[str]:
    """An output as a reader could meet it: the text and attributes of a page, the strings of
    JSON (with any HTML inside them read too), plain text as it is."""
    try:
        data = json.loads(output)
    except ValueError:
        data = None
    if data is not None:
        return _readable_json(data)
    if "<" in output:
        parser = _Visible()
        parser.feed(output)
        parser.close()
        return ["".join(parser.parts), " ".join(parser.parts), *parser.parts]
    return [output]


def _readable_json(value: object) -> list[str]:
    if isinstance(value, str):
        return _readable(value) if "<" in value else [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in (str(k), *_readable_json(v))]
    if isinstance(value, list):
        return [t for item in value for t in _readable_json(item)]
    return []


def _plain(text: str) -> str:
    """Case, accents and the separators of slugs, handles and URLs set aside (test's own)."""
    return " ".join(re.sub(r"[-_./@,]+", " ", strip_accents(text.casefold())).split())


def _leaked(output: str, name: Name, variant: str, *, exact: bool = True) -> bool:
    """The test's own check: the variant as written, or the plain name, as words of what a
    reader sees of the output. A short surname alone counts only with its capital. Without
    `exact` (slugs and file names, which keep only letters, digits and hyphens) only what
    still reads as the name counts: the name, the given name and surname, the surname."""
    texts = _readable(output)
    short = len(variant) <= 3
    for text in texts:
        haystacks = (text, _plain(text))
        needles = {_plain(name.full), _plain(strip_accents(name.given) + " " + name.core)}
        if exact:
            needles |= {variant} if short else {variant.casefold(), _plain(variant)}
        else:
            needles.add(_plain(name.core))
        for needle in filter(None, needles):
            flags = 0 if needle == variant and short else re.IGNORECASE
            pattern = re.compile(rf"(?<![^\W\d_]){re.escape(needle)}(?![^\W\d_])", flags)
            if any(pattern.search(h) for h in haystacks):
                return True
    return False


@pytest.fixture(scope="module")
def module_desk() -> Iterator[Desk]:
    """One store for the whole property run (hypothesis calls the test many times)."""
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.open(f"sqlite:///{Path(folder) / 'variants.db'}", user="tester")
        yield desk
        desk.close()


def _discard(desk: Desk, *stories: Story) -> None:
    for story in stories:
        desk.delete_story(story.id)
        desk.purge_stories([story.id])


# -- the rule itself, over many examples ---------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(name=names(), transform=variants, field=st.sampled_from(FIELDS))
def test_check_finds_every_variant_in_every_field(name: Name, transform: str, field: str) -> None:
    variant = TRANSFORMS[transform](name)
    story = Story(sources=(_secret(name),), **_placed(field, variant))
    findings = confidential.find_names(story)
    assert findings, (transform, field, variant)
    if field == "body":
        assert all(story.body[f.start : f.end].strip() for f in findings)


@settings(max_examples=200, deadline=None)
@given(name=names(), transform=variants)
def test_the_output_guard_refuses_every_variant(name: Name, transform: str) -> None:
    variant = TRANSFORMS[transform](name)
    story = Story(sources=(_secret(name),))
    for output in (
        f"<p>Said {html.escape(variant)}.</p>",
        f'<meta name="description" content="{html.escape(variant, quote=True)} said">',
        json.dumps({"byline": f"By {variant}"}),
        f"Said {variant}.",
    ):
        with pytest.raises(BlockedError):
            confidential.assert_clean(output, story)
    with pytest.raises(BlockedError):
        confidential.assert_clean_name(f"tender-{variant}.html", story)


# -- end to end: the store, every format, every style, file names, index pages ------------------


@settings(max_examples=25, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=names(), transform=variants, field=st.sampled_from(FIELDS))
@example(name=Name("Marta", "Li"), transform="as entered", field="slug")  # a two-letter surname
def test_no_variant_survives_into_any_export(
    module_desk: Desk, name: Name, transform: str, field: str
) -> None:
    variant = TRANSFORMS[transform](name)
    story = module_desk.create_story(Story(**_placed(field, variant)), analyse=False)
    module_desk.add_source(story.id, _secret(name))
    # A slug keeps only ASCII letters, digits and hyphens: a variant may not survive into it.
    must_block = field != "slug" or _leaked(story.slug, name, variant, exact=False)
    if must_block:
        assert service.check_story(module_desk, story.id).blocks("any reason", confirmed=True)
    clean = module_desk.create_story(Story(**_placed("none", variant)), analyse=False)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for fmt in service.FORMATS:
            for style in STYLES:
                try:
                    service.export_story(module_desk, story.id, fmt, out / f"x.{fmt}", style,
                                         override_reason="the editor insists")  # fmt: skip
                except BlockedError:
                    continue
                assert not must_block, (fmt, style, variant)
        batch = service.export_many(module_desk, [story.id, clean.id], out / "batch", "html",
                                    override_reason="the editor insists")  # fmt: skip
        assert str(story.id) in batch.blocked or not must_block
        written = [p for p in out.rglob("*") if p.is_file()]
        assert {f"{clean.slug}.html", "index.html"} <= {p.name for p in written}
        for path in written:
            exact = field != "slug"  # a slug was already mangled into its safe form
            assert not _leaked(path.read_text(encoding="utf-8"), name, variant, exact=exact)
            assert not _leaked(path.name, name, variant, exact=False), path.name
    _discard(module_desk, clean, story)


@settings(max_examples=20, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=names(), transform=variants)
def test_other_fields_say_a_confidential_source_instead(
    module_desk: Desk, name: Name, transform: str
) -> None:
    """Another source's title and description, a quote's speaker: replaced in show --json and
    never in any export (they are not copy, so they do not block)."""
    variant = TRANSFORMS[transform](name)
    body = '"The tender was rigged," the aide said on Telegram.'
    story = module_desk.create_story(Story(**{**_placed("none", variant), "body": body}))
    module_desk.add_source(story.id, _secret(name))
    module_desk.add_source(story.id, Source(name="Ana Ortiz", title=f"aide to {variant}",
                                            description=f"a friend of {variant}"))  # fmt: skip
    (quote,) = module_desk.get_story(story.id).quotes
    module_desk.set_quote_speaker(quote.id, variant)
    public = module_desk.get_story(story.id).to_json()
    shown = json.dumps(public, ensure_ascii=False)
    assert not _leaked(shown, name, variant), shown
    aide = next(s for s in public["sources"] if s["name"] == "Ana Ortiz")
    assert aide["title"].startswith("aide to ")
    assert aide["title"].endswith("a confidential source")
    assert aide["description"].endswith("a confidential source")
    assert public["quotes"][0]["speaker"] is None
    for fmt in service.FORMATS:
        for style in STYLES:
            content = service.export_story(module_desk, story.id, fmt, None, style,
                                           override_reason="ok").content  # fmt: skip
            assert not _leaked(content, name, variant), (fmt, style)
    _discard(module_desk, story)


# -- what publication added: notes, kill notices, the audit report ------------------------------


def _says_placeholder(output: str) -> bool:
    return any("a confidential source" in text for text in _readable(output))


@settings(max_examples=12, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=names(), transform=variants)
def test_correction_notes_never_carry_a_variant(
    module_desk: Desk, name: Name, transform: str
) -> None:
    """A note written before the source was made confidential says "a confidential source"
    in every format and style, and exporting is not blocked (the note cannot be edited); a
    new note naming the source is refused when written."""
    variant = TRANSFORMS[transform](name)
    story = module_desk.create_story(Story(**_placed("none", variant)), analyse=False)
    module_desk.set_status(story.id, StoryStatus.PUBLISHED)
    note = f"Corrects the day {variant} gave for the vote."
    module_desk.correct(story.id, note)
    module_desk.set_status(story.id, StoryStatus.PUBLISHED)
    module_desk.add_source(story.id, _secret(name))
    for fmt in service.FORMATS:
        for style in STYLES:
            content = service.export_story(module_desk, story.id, fmt, None, style,
                                           override_reason="ok").content  # fmt: skip
            assert not _leaked(content, name, variant), (fmt, style)
            assert _says_placeholder(content), (fmt, style)
    with pytest.raises(PublicationError, match="confidential source"):
        module_desk.correct(story.id, note)
    assert module_desk.get_story(story.id).status is StoryStatus.PUBLISHED
    _discard(module_desk, story)


@settings(max_examples=12, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=names(), transform=variants)
def test_kill_notices_never_carry_a_variant(module_desk: Desk, name: Name, transform: str) -> None:
    variant = TRANSFORMS[transform](name)
    refused = module_desk.create_story(Story(**_placed("none", variant)), analyse=False)
    module_desk.add_source(refused.id, _secret(name))
    with pytest.raises(PublicationError, match="confidential source"):
        module_desk.kill(refused.id, f"Withdrawn at the request of {variant}.")
    assert module_desk.get_story(refused.id).status is StoryStatus.READY
    story = module_desk.create_story(Story(**_placed("none", variant)), analyse=False)
    module_desk.kill(story.id, f"Withdrawn at the request of {variant}.")
    module_desk.add_source(story.id, _secret(name))
    with tempfile.TemporaryDirectory() as folder:
        for fmt in service.FORMATS:
            outcome = service.export_story(module_desk, story.id, fmt, Path(folder))
            assert outcome.killed and outcome.path is not None
            content = outcome.path.read_text(encoding="utf-8")
            assert not _leaked(content, name, variant), fmt
            assert _says_placeholder(content), fmt
    _discard(module_desk, refused, story)


def _pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@settings(max_examples=12, deadline=None, suppress_health_check=FIXTURE_OK)
@given(name=names(), transform=variants, field=st.sampled_from(FIELDS))
# Found by Hypothesis: the rendered credit lines were redacted line by line, so "N-" / "g"
# named nobody on either line, and the report refused to be made.
@example(name=Name("José", "Ng"), transform="broken at a line's end", field="credits")
def test_the_audit_report_never_carries_a_variant(
    module_desk: Desk, name: Name, transform: str, field: str
) -> None:
    """Wherever the variant stands (copy, another source's title, a quote's speaker, a
    person's note, a comment, an open suggestion), the report is made, as HTML and as PDF,
    and carries none of it."""
    variant = TRANSFORMS[transform](name)
    fields = _placed(field, variant)
    fields["body"] = f'{fields["body"]}\n\n"The tender was rigged," the aide said.'
    story = module_desk.create_story(Story(**fields))
    module_desk.add_source(story.id, _secret(name))
    module_desk.add_source(story.id, Source(name="Ana Ortiz", title=f"aide to {variant}"))
    quote = module_desk.get_story(story.id).quotes[-1]
    module_desk.set_quote_speaker(quote.id, variant)
    module_desk.set_quote_status(quote.id, QuoteStatus.VERIFIED, f"{variant} confirmed it")
    module_desk.comment_on(story.id, "rigged", f"Ask {variant} again")
    module_desk.suggest(story.id, "the aide", f"{variant}, the aide,")
    report = build_report(module_desk, story.id)
    exact = field != "slug"  # a slug was already mangled into its safe form
    for output in (render_html(report), _pdf_text(render_pdf(report))):
        assert not _leaked(output, name, variant, exact=exact), (field, output[:200])
        assert "confidential source" in output
    _discard(module_desk, story)
