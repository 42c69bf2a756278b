"""IPTC ninjs 3.1 (News in JSON) for handing a story to another system.

Only properties the 3.1 schema defines are written (it rejects unknown keys): keywords go to
`subjects`, the dateline's place to `located`, the rendered byline to `by`. Dates are RFC 3339.
"""

from __future__ import annotations

import json
from datetime import datetime

from app.core.exporting.document import ExportDocument
from app.core.exporting.editions import KILL_HEADLINE, KillNotice, kill_body_html

SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
_ROLE_REL = {"byline": "author", "reporting": "author", "writing": "author"}


def _rfc3339(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _body_html(doc: ExportDocument) -> str:
    """The body as the page shows it: correction and update notes at their place."""
    if not doc.amendments_html:
        return doc.body_html
    if doc.note_placement == "top":
        return doc.amendments_html + "\n" + doc.body_html
    return doc.body_html.rstrip("\n") + "\n" + doc.amendments_html + "\n"


def build(doc: ExportDocument) -> dict[str, object]:
    """ninjs for a story; `version` is the publication number (ninjs 3.1 has no correction
    signal of its own, so each note goes into `descriptions` with role correction or update)."""
    item: dict[str, object] = {
        "uri": f"urn:uuid:{doc.uid}",
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "version": str(doc.edition or doc.version),
        "firstCreated": _rfc3339(doc.published),
        "versionCreated": _rfc3339(doc.modified),
        "pubStatus": "canceled" if doc.status == "killed" else "usable",
        "language": doc.language,
        "slugline": doc.slug,
        "headlines": [{"role": "main", "contentType": "text/plain", "value": doc.headline}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "wordCount": doc.word_count,
                "value": _body_html(doc),
            }
        ],
    }
    descriptions = []
    if doc.dek or doc.description:
        descriptions.append(
            {"role": "summary", "contentType": "text/plain", "value": doc.dek or doc.description}
        )
    descriptions += [
        {"role": a.role, "contentType": "text/plain", "value": a.note} for a in doc.amendments
    ]
    if descriptions:
        item["descriptions"] = descriptions
    if doc.amendments:
        latest = doc.amendments[-1]
        item["edNote"] = f"{latest.label}: {latest.note}"
    if doc.byline:
        item["by"] = doc.byline
    people = []
    seen: set[tuple[str, str]] = set()
    for credit in (*doc.authors, *doc.contributors, *doc.editors):
        rel = _ROLE_REL.get(str(credit.role), str(credit.role))
        if (credit.name, rel) in seen:
            continue
        seen.add((credit.name, rel))
        person: dict[str, object] = {"name": credit.name, "rel": rel}
        if doc.person_urls.get(credit.name):
            person["uri"] = doc.person_urls[credit.name]
        people.append(person)
    if people:
        item["people"] = people
    if doc.dateline_place:
        item["located"] = doc.dateline_place
    if doc.keywords:
        item["subjects"] = [{"name": k, "rel": "keyword"} for k in doc.keywords]
    if doc.canonical_url:
        item["altIds"] = [{"role": "canonical", "value": doc.canonical_url}]
    return item


def build_kill(notice: KillNotice) -> dict[str, object]:
    """The kill: the same `uri`, `pubStatus` canceled, and a body that says why (no old text)."""
    item: dict[str, object] = {
        "uri": f"urn:uuid:{notice.uid}",
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "version": str(notice.number),
        "versionCreated": _rfc3339(notice.killed_at),
        "pubStatus": "canceled",
        "language": notice.language,
        "slugline": notice.slug,
        "headlines": [{"role": "main", "contentType": "text/plain", "value": KILL_HEADLINE}],
        "edNote": f"Kill: {notice.reason}",
        "descriptions": [{"role": "kill", "contentType": "text/plain", "value": notice.reason}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": kill_body_html(notice)}],
    }
    if notice.first_published:
        item["firstCreated"] = _rfc3339(notice.first_published)
    return item


def dumps(item: dict[str, object]) -> str:
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"
