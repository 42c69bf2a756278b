"""A story as it was published, as plain JSON: what an old publication is exported from.

Revisions keep the headline and body; a publication needs the rest too (dek, dateline,
keywords, credits, the quotes' places for the markup, and the sources so the confidentiality
guard can run on an old text). Private fields of sources are kept: the snapshot never leaves
the store, and the exporters render from `public_view` of it like any story.
"""

from __future__ import annotations

from datetime import datetime

from app.core.model import Credit, CreditRole, Dateline, Quote, Source, Story, StoryStatus

FORMAT = 1


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def dump(story: Story) -> dict[str, object]:
    """The story's published content (never its id or optimistic-locking version)."""
    return {
        "format": FORMAT,
        "uid": story.uid,
        "slug": story.slug,
        "headline": story.headline,
        "dek": story.dek,
        "body": story.body,
        "dateline": story.dateline.to_json() if story.dateline else None,
        "desk": story.desk,
        "keywords": list(story.keywords),
        "language": story.language,
        "created_at": _time(story.created_at),
        "updated_at": _time(story.updated_at),
        "credits": [c.to_json() for c in story.credits],
        "sources": [s.to_json(private=True) for s in story.sources],
        "quotes": [
            {
                "text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
                "speaker_mention": q.speaker_mention, "cue": q.cue, "venue": q.venue,
            }
            for q in story.quotes
        ],
    }  # fmt: skip


def load(data: dict, *, status: StoryStatus = StoryStatus.PUBLISHED) -> Story:
    """The published story back as a model object (status as given: it was published)."""
    return Story(
        uid=str(data["uid"]),
        slug=str(data.get("slug") or ""),
        headline=str(data.get("headline") or ""),
        dek=str(data.get("dek") or ""),
        body=str(data.get("body") or ""),
        dateline=Dateline.from_json(data.get("dateline")),
        desk=str(data.get("desk") or ""),
        keywords=tuple(data.get("keywords") or ()),
        language=str(data.get("language") or "en"),
        status=status,
        created_at=_parse_time(data.get("created_at")),
        updated_at=_parse_time(data.get("updated_at")),
        credits=tuple(
            Credit(
                CreditRole(c["role"]),
                c["name"],
                c.get("location"),
                c.get("email"),
                c.get("organisation"),
            )
            for c in data.get("credits") or ()
        ),
        sources=tuple(Source(**s) for s in data.get("sources") or ()),
        quotes=tuple(Quote(**q) for q in data.get("quotes") or ()),
    )
