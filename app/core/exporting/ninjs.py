"""IPTC ninjs 3.1 (News in JSON) for handing a story to another system.

Only properties the 3.1 schema defines are written (it rejects unknown keys): keywords go to
`subjects`, the dateline's place to `located`, the rendered byline to `by`. Dates are RFC 3339.

Who a contributor worked for (`Credit.organisation`, "Ana Lima/Reuters"): ninjs 3.1 (like 3.0
and 2.x) has no affiliation on a person: a `people` item allows only name, rel, uri, literal
and contactInfo, and rejects any other key. The place the schema gives an organisation is
`organisations` ("administrative and functional structures ... act as a business"), whose
`rel` is "the relationship of the content of the news object to the organisation": the same
relation `people` states with `rel`. So each agency goes there with its contributor's rel
("author" for a Reuters byline, "photographer" for an AFP picture), beside that contributor in
`people`; a receiving system reads "this story has a Reuters author" rather than "this story is
about Reuters" (IPTC's own examples use rel "mentions" for that). `infoSources` was the other
candidate, but it lists the parties that supplied or distributed the item as a whole, not one
contributor's employer. The `by` line, a natural-language statement, names it as the byline does.
A credit to an agency or an outlet's body itself ("By Reuters", "By the Harbour Times editorial
board") is an organisation with the credit's rel, never a person.
"""

from __future__ import annotations

import json
from datetime import datetime

from app.core.exporting.credits import credits_a_body
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


def _people(doc: ExportDocument) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """`people` and the `organisations` they worked for, each with the credit's rel, once."""
    people: list[dict[str, object]] = []
    organisations: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    seen_orgs: set[tuple[str, str]] = set()
    for credit in (*doc.authors, *doc.contributors, *doc.editors):
        rel = _ROLE_REL.get(str(credit.role), str(credit.role))
        org = (credit.organisation or "").strip()
        if org and (org, rel) not in seen_orgs:
            seen_orgs.add((org, rel))
            organisations.append({"name": org, "rel": rel})
        if credits_a_body(credit):  # "By Reuters": the agency is the author, not a person
            if (credit.name, rel) not in seen_orgs:
                seen_orgs.add((credit.name, rel))
                organisations.append({"name": credit.name, "rel": rel})
            continue
        if (credit.name, rel) in seen:
            continue
        seen.add((credit.name, rel))
        person: dict[str, object] = {"name": credit.name, "rel": rel}
        if doc.person_urls.get(credit.name):
            person["uri"] = doc.person_urls[credit.name]
        people.append(person)
    return people, organisations


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
    people, organisations = _people(doc)
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
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
