"""Provenance of a stored story: its attached material, given files and, on request, the archive."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import model
from app.core.errors import InputError
from app.core.provenance.derive import Material
from app.core.provenance.report import ProvenanceReport, build_report, names_in

if TYPE_CHECKING:
    from app.core.services import Desk

ARCHIVE_CANDIDATES = 30  # items sharing the most buckets, re-ranked on their shingles
ARCHIVE_SOURCES = 5  # archive texts aligned sentence by sentence
ARCHIVE_OVERLAP = 0.15  # share of the story's shingles a candidate must hold


def document_material(document: model.SourceDocument) -> Material:
    from app.core.verification import parse_document

    source = parse_document(document)
    return Material(document.title, document.title, source, names_in(source.text))


def story_provenance(
    desk: Desk, key: int | str, files: Sequence[Path] = (), archive: bool = False
) -> ProvenanceReport:
    """Attach `files` (as verify --against does), then align the story with all its material
    and, with `archive`, the most similar stories and documents in the store."""
    from app.core.verification import load_document

    loaded = [load_document(Path(f), title=Path(f).name, added_by=desk.user) for f in files]
    for document in loaded:
        desk.attach_document(key, document)
    story = desk.get_story(key)
    materials = [document_material(d) for d in desk.documents(key)]
    if archive:
        materials += archive_materials(desk, story)
    if not materials:
        raise InputError(
            "Nothing to compare this story with: attach the original (e.g. `copydesk "
            "provenance SLUG --against FILE`) or search the archive with --archive."
        )
    return build_report(story, materials)


def archive_materials(desk: Desk, story: model.Story) -> list[Material]:
    """The stored stories and documents most likely to be this story's originals."""
    from app.core.provenance.signatures import bucket_keys, overlap, shingles
    from app.core.store.archive import ArchiveIndexRepository, document_item, story_item
    from app.core.verification.prose import with_prose_speakers
    from app.core.verification.sourcetext import SourceText

    own: set[int] = set()
    if story.id is not None:  # a stored story is not its own original, nor its attachments
        own = {story_item(story.id)} | {
            document_item(d.id) for d in desk.documents(story.id) if d.id is not None
        }
    wanted = shingles(story.body)
    with desk.store.session(write=False) as session:
        archive = ArchiveIndexRepository(session)
        votes = archive.votes(bucket_keys(story.body), exclude=own)
        top = [item for item, _ in votes.most_common(ARCHIVE_CANDIDATES)]
        texts = archive.texts(top)
    ranked = []
    for item, (label, title, text) in texts.items():
        score = overlap(wanted, shingles(text))
        if score >= ARCHIVE_OVERLAP:
            ranked.append((score, item, label, title, text))
    ranked.sort(reverse=True)
    out = []
    for _score, item, label, title, text in ranked[:ARCHIVE_SOURCES]:
        if item > 0:
            slug = label.removeprefix("story:")
            found = desk.get_story(slug)
            names = [c.name for c in found.credits]
            if found.dateline and found.dateline.agency:
                names.insert(0, found.dateline.agency)
            source = with_prose_speakers(SourceText(label, "markdown", text))
            out.append(Material(label, title or slug, source, tuple(dict.fromkeys(names))))
        else:
            document = model.SourceDocument(title=label, kind=title, text=text, id=-item)
            out.append(document_material(document))
    return out


def gate_findings(desk: Desk, story: model.Story) -> list[model.Finding]:
    """The rewrite findings against the story's attached material, as the publish gate lists
    them: `quote_altered` blocks (unless a person verified the quote, or the stored verdict
    already says so), every other code warns. No attachment, no findings."""
    from app.core.provenance.rewrites import QUOTE_ALTERED

    if story.id is None:
        return []
    documents = desk.documents(story.id)
    if not documents:
        return []
    report = build_report(story, [document_material(d) for d in documents])
    settled = {
        q.start
        for q in story.quotes
        if q.status is not model.QuoteStatus.UNVERIFIED or q.verdict is model.Verdict.ALTERED
    }
    out = []
    for finding in report.findings:
        if finding.code == QUOTE_ALTERED and finding.story.start in settled:
            continue
        out.append(
            model.Finding(
                finding.severity,
                finding.code,
                finding.message,
                finding.story.start,
                finding.story.end,
            )
        )
    return out
