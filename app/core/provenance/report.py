"""A story's provenance: its sentences' origins, each source's share and credit, the rewrite's
findings; `to_json` is the `copydesk provenance --json` contract."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from app.core import model
from app.core.provenance import rewrites
from app.core.provenance.derive import Link, Material, derive, shares
from app.core.provenance.rewrites import RewriteFinding


@dataclass(frozen=True)
class ProvenanceReport:
    story: str
    materials: tuple[Material, ...]
    shares: tuple[float, ...]
    credited: tuple[bool | None, ...]
    links: tuple[Link, ...]
    findings: tuple[RewriteFinding, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "story": self.story,
            "sources": [
                {"document": m.document, "title": m.title, "share": share, "credited": credited}
                for m, share, credited in zip(
                    self.materials, self.shares, self.credited, strict=True
                )
            ],
            "sentences": [self._sentence(link) for link in self.links],
            "findings": [f.to_json() for f in self.findings],
        }

    def _sentence(self, link: Link) -> dict[str, object]:
        source = None
        if link.derived and link.source is not None and link.material is not None:
            source = {
                "document": self.materials[link.material].document,
                "start": link.source.start,
                "end": link.source.end,
                "text": link.source.text,
            }
        return {
            "start": link.sentence.start,
            "end": link.sentence.end,
            "relation": "new" if not link.derived else str(link.relation),
            "score": link.score,
            "source": source,
        }


@functools.lru_cache(maxsize=64)
def names_in(text: str) -> tuple[str, ...]:
    """The agency and authors a document names for itself: its dateline agency and credits."""
    from app.core.errors import CopydeskError
    from app.core.importing import read_text

    try:
        draft = read_text(text, "material.txt").draft
    except CopydeskError:
        return ()
    names = [c.name for c in draft.credits]
    if draft.dateline and draft.dateline.agency:
        names.insert(0, draft.dateline.agency)
    return tuple(dict.fromkeys(n for n in names if n))


def build_report(
    story: model.Story,
    materials: Sequence[Material],
    checks: Sequence[object] | None = None,
) -> ProvenanceReport:
    """Align the story with the materials and list what the rewrite changed.

    `checks` are the story's quote checks against the same materials (computed when omitted).
    """
    from app.core.analysis.engine import analyze
    from app.core.verification import verify_quotes
    from app.core.verification.prose import document_analysis

    materials = tuple(materials)
    links = derive(story.body, materials)
    share = shares(links, len(materials))
    credited = tuple(rewrites.is_credited(m, story) for m in materials)
    quotes = story.quotes
    if checks is None:
        checks = verify_quotes(quotes, [m.source for m in materials], story_text=story.body)
    story_analysis = analyze(story.body, credits=story.credits)
    analyses = [document_analysis(m.source.text) for m in materials]
    findings = [
        *rewrites.quote_findings(quotes, checks, materials),
        *rewrites.dropped_quotes(links, materials, quotes),
        *rewrites.vaguer_titles(
            links, materials, story_analysis.sources, [a.sources for a in analyses]
        ),
        *rewrites.sourcing_changes(
            links,
            materials,
            story_analysis.anonymous_sourcing,
            [a.anonymous_sourcing for a in analyses],
        ),
        *rewrites.changed_facts(links, materials),
        *rewrites.uncredited(links, materials, share, credited),
    ]
    findings.sort(key=lambda f: (f.story.start, rewrites.CODES.index(f.code)))
    return ProvenanceReport(
        story.slug, materials, tuple(share), credited, tuple(links), tuple(findings)
    )
