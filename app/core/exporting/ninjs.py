"""IPTC ninjs 3.1 (News in JSON) for handing a story to another system.

Only properties the 3.1 schema defines are written (it rejects unknown keys): keywords go to
`subjects`, the dateline's place to `located`, the rendered byline to `by`. Dates are RFC 3339.
"""

from __future__ import annotations

import json
from datetime import datetime

from app.core.exporting.document import ExportDocument

SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
_ROLE_REL = {"byline": "author", "reporting": "author", "writing": "author"}


def _rfc3339(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def build(doc: ExportDocument) -> dict[str, object]:
    item: dict[str, object] = {
        "uri": f"urn:uuid:{doc.uid}",
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI},
        "type": "text",
        "representationType": "full",
        "version": str(doc.version),
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
                "value": doc.body_html,
            }
        ],
    }
    if doc.dek or doc.description:
        item["descriptions"] = [
            {"role": "summary", "contentType": "text/plain", "value": doc.dek or doc.description}
        ]
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


def dumps(item: dict[str, object]) -> str:
    return json.dumps(item, ensure_ascii=False, indent=2) + "\n"
