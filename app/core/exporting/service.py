"""Export use cases the CLI and the GUI both call: check, export one story, export many.

Order of work for one story: load it, run the gate (analysis findings + gate checks), stop or
record the override, render from the public view, check the output for confidential details,
choose a safe path (whose name carries no confidential name either), write atomically, add the
export record. Nothing is written when any step before the write fails; a file system that
refuses the write is an InputError naming the path.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from app.core import config
from app.core.confidential import public_notes
from app.core.errors import BlockedError, InputError, NotFoundError
from app.core.exporting import (
    confidential,
    document,
    editions,
    gate,
    html,
    ninjs,
    text,
    writer,
)
from app.core.exporting.credits import CREDIT_STYLES
from app.core.exporting.document import ExportDocument, Publisher
from app.core.exporting.filenames import file_name
from app.core.findings import locate
from app.core.model import Finding, Publication, Source, Story, StoryStatus
from app.core.store.exports import ExportRepository
from app.core.text.counts import counted

FORMATS = ("html", "fragment", "ninjs", "text")
INDEX_NAME = "index.html"
Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, slug) after each story of a batch."""


@dataclass(frozen=True)
class ExportOutcome:
    """One story exported: where to, what the gate said, and what a person overrode."""

    slug: str
    format: str
    path: Path | None
    content: str
    gate: gate.GateResult
    overridden: tuple[str, ...] = ()
    override_reason: str | None = None
    headline: str = ""
    byline: str = ""
    confidential: tuple[Source, ...] = field(default=(), repr=False)
    """The story's confidential sources, so the batch index can be checked against them."""
    publication: int | None = None
    """The publication the output carries (a kill notice's is the kill's number)."""
    killed: bool = False
    recorded: bool = True
    """False when the store is read-only: the file was written, its export record was not."""


@dataclass(frozen=True)
class BatchOutcome:
    exported: tuple[ExportOutcome, ...]
    blocked: dict[str, BlockedError] = field(default_factory=dict)
    index: Path | None = None


def _analysis_findings(story: Story) -> list[Finding]:
    from app.core.analysis.engine import analyze

    return list(analyze(story.body, credits=story.credits).findings)


def check_story(
    desk, key: int | str, story: Story | None = None, *, stylebook: str | None = None
) -> gate.GateResult:
    """The publish gate's verdict on a stored story, without exporting anything.

    Spelling and house style are part of it (the desk's stylebook, or STYLEBOOK): warnings by
    default, blocking only where a desk raised a rule to `error`.
    """
    from app.core.proofing.service import check_story as proofing_findings
    from app.core.provenance.service import gate_findings

    story = story or desk.get_story(key)
    prefs = config.Preferences.load()
    return gate.evaluate(
        story,
        _analysis_findings(story)
        + proofing_findings(desk, story, stylebook)
        + gate_findings(desk, story),
        require_verified_quotes=prefs.require_verified_quotes,
    )


def _published_at(desk, story: Story) -> datetime | None:  # before 0011 recorded publications
    """When the story first reached `published` (else None: the creation time stands in)."""
    for change in desk.status_history(story.id):
        if change.to_status is StoryStatus.PUBLISHED:
            return change.changed_at
    return None


def _person_urls(desk, story: Story) -> dict[str, str]:
    urls: dict[str, str] = {}
    names = {c.name for c in story.credits}
    if not names:
        return urls
    for person in desk.people(sorted(names)):
        if person.url:
            urls[person.name] = person.url
    return urls


def build_document(
    desk,
    story: Story,
    style: str | None = None,
    *,
    fmt: str = "html",
    edition: editions.Edition | None = None,
) -> ExportDocument:
    prefs = config.Preferences.load()
    style = style or prefs.credit_style or "reuters"
    if style not in CREDIT_STYLES:
        raise InputError(f"Unknown credit style '{style}'; use one of: {', '.join(CREDIT_STYLES)}.")
    canonical = ""
    if prefs.base_url:
        canonical = prefs.base_url.rstrip("/") + "/" + file_name(story.slug, "html")
    return document.build(
        story,
        credit_style=style,
        published=_published_at(desk, story),
        publisher=Publisher(prefs.publisher_name, prefs.publisher_url),
        canonical_url=canonical,
        person_urls=_person_urls(desk, story),
        edition=edition,
        note_placement=editions.note_placement(prefs.note_placement, style),
    )


def render(doc: ExportDocument, fmt: str, *, stylesheet_href: str | None = None) -> str:
    if fmt == "html":
        return html.render_page(doc, stylesheet_href=stylesheet_href)
    if fmt == "fragment":
        return html.render_fragment(doc)
    if fmt == "ninjs":
        return ninjs.dumps(ninjs.build(doc))
    if fmt == "text":
        return text.render_text(doc)
    raise InputError(f"Unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}.")


def render_kill(
    notice: editions.KillNotice, fmt: str, *, stylesheet_href: str | None = None
) -> str:
    """A killed story's export in any format: the notice, never the story."""
    if fmt == "html":
        return html.render_kill_page(notice, stylesheet_href=stylesheet_href)
    if fmt == "fragment":
        return html.render_kill_fragment(notice)
    if fmt == "ninjs":
        return ninjs.dumps(ninjs.build_kill(notice))
    if fmt == "text":
        return text.render_kill_text(notice)
    raise InputError(f"Unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}.")


def render_preview(desk, story: Story, fmt: str = "html", style: str | None = None) -> str:
    """What an export of `story` would write, without the gate or any record: the text with
    its publication's notes, or a killed story's kill notice (the export dialog's preview)."""
    publications = public_notes(desk.publications(story.id), story)
    if story.status is StoryStatus.KILLED:
        return _render_kill(desk, story, publications, fmt, None, None).content
    edition = editions.current_edition(publications, story.status)
    return render(build_document(desk, story, style, edition=edition), fmt)


def _blocked_message(story: Story, result: gate.GateResult, what: str = "Export") -> str:
    if result.blocking and not result.overridable:
        return (
            f"{what} of '{story.slug}' is blocked: a confidential source is named in the copy "
            "or the slug (no override releases that)."
        )
    if result.blocking:
        them = "it" if len(result.blocking) == 1 else "them"
        return (
            f"{what} of '{story.slug}' is blocked by {counted(len(result.blocking), 'problem')}; "
            f"fix {them} or override with a reason."
        )
    return (
        f"'{story.slug}' is in status '{story.status}', not ready or published; exporting it "
        "needs a reason, which is recorded."
    )


def _write(path: Path, content: str) -> Path:
    """Write atomically; a refusal of the file system is the user's to fix, in one line."""
    try:
        return writer.atomic_write(path, content)
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror or exc}.") from exc


@dataclass(frozen=True)
class _Rendered:
    """One story's output before it is written: what the gate said and what it carries."""

    content: str
    result: gate.GateResult
    overridden: tuple[str, ...] = ()
    reason: str | None = None
    headline: str = ""
    byline: str = ""
    publication: int | None = None
    killed: bool = False
    stem: str = ""


def _check_number(story: Story, publications: list[Publication], number: int | None) -> None:
    if number is None:
        return
    numbers = [p.number for p in publications if p.is_out]
    if number not in numbers:
        raise NotFoundError(
            f"'{story.slug}' has no publication {number} ({len(numbers)} so far; "
            "1 is the first published text)."
        )


def _render_kill(desk, story: Story, publications, fmt, number, stylesheet_href) -> _Rendered:
    prefs = config.Preferences.load()
    notice = editions.kill_notice(
        story.uid, story.slug, story.language, publications, prefs.publisher_name
    )
    content = render_kill(notice, fmt, stylesheet_href=stylesheet_href)
    confidential.assert_clean(content, story)  # the notice carries the slug and the reason
    stem = story.slug if number is None else f"{story.slug}-publication-{number}"
    return _Rendered(content, gate.GateResult(story.status, ()), headline=editions.KILL_HEADLINE,
                     publication=notice.number, killed=True, stem=stem)  # fmt: skip


def _render_publication(desk, story: Story, publications, fmt, style, number, stylesheet_href):
    """An old (or the latest) published text: only the confidentiality rule of today applies
    (it went through the gate when it went out)."""
    _publication, published = desk.published_story(story.id, number, story)
    findings = confidential.find_names(published)
    result = gate.GateResult(StoryStatus.PUBLISHED, locate(published.body, findings))
    if findings:
        raise BlockedError(
            _blocked_message(published, result), list(result.blocking), overridable=False
        )
    # The snapshot may hold a confidential source the story no longer lists.
    edition = editions.edition_of(public_notes(publications, published), number)
    doc = build_document(desk, published, style, edition=edition)
    content = render(doc, fmt, stylesheet_href=stylesheet_href)
    confidential.assert_clean(content, published)
    return _Rendered(content, result, headline=doc.headline, byline=doc.byline,
                     publication=number, stem=f"{story.slug}-publication-{number}")  # fmt: skip


OVERRIDES_SHOWN_PER_CODE = 3
"""Overridden findings of one kind written out before the rest are counted: a pathological
paste can carry tens of thousands of one finding, and the record, the CLI's line and the
audit report each printed every one."""


def overridden_lines(findings: Sequence[Finding]) -> tuple[str, ...]:
    """ "code: message" for each overridden finding, the first few of each kind, then how
    many more of that kind ("unbalanced_quote: 49,997 more like these")."""
    by_code: dict[str, list[str]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding.message)
    lines: list[str] = []
    for code, messages in by_code.items():
        lines += [f"{code}: {message}" for message in messages[:OVERRIDES_SHOWN_PER_CODE]]
        if len(messages) > OVERRIDES_SHOWN_PER_CODE:
            lines.append(f"{code}: {len(messages) - OVERRIDES_SHOWN_PER_CODE:,} more like these")
    return tuple(lines)


def check_publication(desk, story: Story, override_reason: str | None = None) -> tuple[str, ...]:
    """The export gate at the moment a story is published: the same findings block, with the
    same messages, and the same reason releases them (never a confidential name). Publishing
    only ran the confidential check, so a story with no credits, a disputed quote or an open
    suggestion went out and was refused only later, at export. Returns the overridden
    findings' lines (empty when nothing blocked); raises BlockedError otherwise."""
    result = check_story(desk, story.id, story)
    reason = (override_reason or "").strip()
    if result.blocking and not (reason and result.overridable):
        raise BlockedError(
            _blocked_message(story, result, "Publication"),
            list(result.blocking),
            overridable=result.overridable,
        )
    return overridden_lines(result.blocking)


def _render_working_copy(desk, story, publications, fmt, style, override_reason, confirm_status,
                         stylesheet_href) -> _Rendered:  # fmt: skip
    result = check_story(desk, story.id, story)
    reason = (override_reason or "").strip() or None
    if result.blocks(reason, confirm_status):
        raise BlockedError(
            _blocked_message(story, result), list(result.blocking), overridable=result.overridable
        )
    overridden = overridden_lines(result.blocking)
    if result.needs_confirmation:
        overridden = (f"status: exported while '{story.status}'", *overridden)
    edition = editions.current_edition(publications, story.status)
    doc = build_document(desk, story, style, edition=edition)
    content = render(doc, fmt, stylesheet_href=stylesheet_href)
    confidential.assert_clean(content, story)
    published = edition is not None and edition.published is not None
    return _Rendered(content, result, overridden, reason, doc.headline, doc.byline,
                     edition.number if published else None, stem=story.slug)  # fmt: skip


def export_story(
    desk,
    key: int | str,
    fmt: str = "html",
    out: Path | None = None,
    style: str | None = None,
    override_reason: str | None = None,
    confirm_status: bool = False,
    *,
    stylesheet_href: str | None = None,
    placement: writer.Placement | None = None,
    folder: bool | None = None,
    publication: int | None = None,
    to_stdout: bool = False,
) -> ExportOutcome:
    """Export one story to `out` (a file, or a folder when it is one or `folder` is True).

    Raises BlockedError (with the findings) when the gate stops it; nothing is written then.
    `out=None` renders without writing (the GUI's preview). `to_stdout` (`--out -`) renders
    and records the export as going to STDOUT_PATH, for the caller to print: such a copy leaves
    the workstation as a file does, and an override's reason given with it was kept nowhere.
    `publication` N exports the Nth published text (1 is the first) as it went out, with the
    notes it carried; a killed story exports its kill notice whatever is asked.
    """
    if fmt not in FORMATS:
        raise InputError(f"Unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    story = desk.get_story(key)
    publications = public_notes(desk.publications(story.id), story)
    _check_number(story, publications, publication)
    if story.status is StoryStatus.KILLED:
        rendered = _render_kill(desk, story, publications, fmt, publication, stylesheet_href)
    elif publication is not None:
        rendered = _render_publication(
            desk, story, publications, fmt, style, publication, stylesheet_href
        )
    else:
        rendered = _render_working_copy(desk, story, publications, fmt, style, override_reason,
                                        confirm_status, stylesheet_href)  # fmt: skip
    hidden = confidential.confidential_sources(story)
    outcome = ExportOutcome(
        story.slug, fmt, None, rendered.content, rendered.result, rendered.overridden,
        rendered.reason, rendered.headline, rendered.byline, hidden, rendered.publication,
        rendered.killed,
    )  # fmt: skip
    if to_stdout:
        return _record_stdout(desk, story, fmt, rendered, outcome)
    if out is None:
        return outcome
    placement = placement or writer.Placement(lambda: desk.store.session(write=False))
    assert story.id is not None
    try:
        if folder or (folder is None and Path(out).is_dir()):
            path = placement.in_folder(Path(out), rendered.stem, fmt, story.id)
        else:
            path = placement.explicit(Path(out), story.id)
    except OSError as exc:  # a name past the file system's limit: a traceback before
        raise InputError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    confidential.assert_clean_name(path.name, story)
    # A read-only store (a read-only file, folder or file system) can still be exported
    # from; only the record of the export cannot be kept, and the caller says so.
    if desk.store.info.read_only:
        _write(path, rendered.content)
        return replace(outcome, path=path, recorded=False)
    # The record is written first and the file inside its transaction: a store another
    # workstation holds locked refuses the record before any file leaves (it used to write
    # the file, then fail to record it, losing the override's reason while the copy was out),
    # and a file the folder refuses rolls the record back; a commit that fails after the file
    # was written takes the file back out (writer.undone_on_failure).
    with writer.undone_on_failure(path), desk.store.session() as session:
        ExportRepository(session).add(
            story.id,
            fmt,
            str(path),
            desk.user,
            story.version,
            override_reason=rendered.reason if (rendered.overridden or rendered.reason) else None,
            overridden=rendered.overridden,
            publication=rendered.publication,
        )
        session.flush()
        _write(path, rendered.content)
    return replace(outcome, path=path)


STDOUT_PATH = "(standard output)"
"""The export record's path for a copy printed rather than written to a file."""


def _record_stdout(desk, story, fmt: str, rendered, outcome: ExportOutcome) -> ExportOutcome:
    if desk.store.info.read_only:
        return replace(outcome, recorded=False)
    with desk.store.session() as session:
        ExportRepository(session).add(
            story.id,
            fmt,
            STDOUT_PATH,
            desk.user,
            story.version,
            override_reason=rendered.reason if (rendered.overridden or rendered.reason) else None,
            overridden=rendered.overridden,
            publication=rendered.publication,
        )
    return outcome


def export_many(
    desk,
    keys: Sequence[int | str],
    folder: Path,
    fmt: str = "html",
    style: str | None = None,
    override_reason: str | None = None,
    confirm_status: bool = False,
    *,
    progress: Progress | None = None,
    index: bool = True,
    stylesheet_href: str | None = None,
) -> BatchOutcome:
    """Export several stories into one folder (plus an index page); blocked ones are skipped."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; a batch export needs a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from exc
    placement = writer.Placement(lambda: desk.store.session(write=False))
    if index:
        placement.reserve(folder / INDEX_NAME)
    exported: list[ExportOutcome] = []
    blocked: dict[str, BlockedError] = {}
    for done, key in enumerate(keys, start=1):
        try:
            exported.append(
                export_story(desk, key, fmt, folder, style, override_reason, confirm_status,
                             stylesheet_href=stylesheet_href, placement=placement, folder=True)
            )  # fmt: skip
        except BlockedError as exc:
            blocked[str(key)] = exc
        if progress is not None:
            progress(done, len(keys), str(key))
    index_path = None
    if index and exported and fmt in ("html", "fragment"):
        try:
            index_path = write_index(desk, folder, exported, stylesheet_href=stylesheet_href)
        except BlockedError as exc:
            blocked[INDEX_NAME] = exc
    return BatchOutcome(tuple(exported), blocked, index_path)


def write_index(
    desk, folder: Path, exported: Sequence[ExportOutcome], *, stylesheet_href: str | None = None
) -> Path:
    """The batch's index page; each entry is checked against its own story's confidential
    sources (as the page shows it: link, headline, byline) before anything is written."""
    folder = Path(folder).resolve()
    generated = datetime.now(UTC).replace(microsecond=0)
    entries = []
    for o in exported:
        if o.path is None:
            continue
        entry = html.IndexEntry(os.path.relpath(o.path, folder), o.headline or o.slug, o.byline)
        if o.confidential:
            # Rendered alone and without the stylesheet: just what the page says of this story.
            alone = html.render_index([entry], generated, stylesheet_href=INDEX_NAME)
            confidential.assert_clean(alone, Story(slug=o.slug, sources=o.confidential))
        entries.append(entry)
    page = html.render_index(entries, generated, stylesheet_href=stylesheet_href)
    return _write(folder / INDEX_NAME, page)
