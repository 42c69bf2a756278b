"""schema.org NewsArticle JSON-LD for the page head, safe to embed in a `<script>` block.

The W3C checker does not look inside `<script type="application/ld+json">`, so the tests parse
this output themselves. `<`, `>` and `&` are written as JSON escapes: `</script>` or `<!--` in a
headline can then never end the block early, and the JSON still parses to the same text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.core.exporting.credits import credits_a_body
from app.core.exporting.document import ExportDocument
from app.core.model import Credit


def _iso(value) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _people(credits: Iterable[Credit], urls: dict[str, str]) -> list[dict[str, object]]:
    """schema.org Persons, once each; one who worked for an agency or outlet carries it as
    `affiliation` (an Organization), the Person property for "an organization this person is
    affiliated with" that search engines read for article authors. A credit to an agency or an
    outlet's body ("By Reuters") is an Organization, which schema.org allows as an author."""
    people: list[dict[str, object]] = []
    seen: set[str] = set()
    for credit in credits:
        if credit.name in seen:
            continue
        seen.add(credit.name)
        kind = "Organization" if credits_a_body(credit) else "Person"  # "By Reuters"
        author: dict[str, object] = {"@type": kind, "name": credit.name}
        if urls.get(credit.name):
            author["url"] = urls[credit.name]
        if kind == "Person" and credit.organisation and credit.organisation.strip():
            author["affiliation"] = {"@type": "Organization", "name": credit.organisation.strip()}
        people.append(author)
    return people


def build(doc: ExportDocument) -> dict[str, object]:
    """The NewsArticle object (plain data; `dumps` makes it embeddable)."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": doc.headline,
        "description": doc.description,
        "datePublished": _iso(doc.published),
        "dateModified": _iso(doc.modified),
        "inLanguage": doc.language,
        "wordCount": doc.word_count,
    }
    if doc.never_published:
        # A draft's "published" holds its creation time (the feeds need some date): search
        # engines read datePublished as the day it went out, so a draft claims only creation.
        data["dateCreated"] = data.pop("datePublished")
    if doc.authors:
        data["author"] = _people(doc.authors, doc.person_urls)
    if doc.contributors:
        data["contributor"] = _people(doc.contributors, doc.person_urls)
    if doc.editors:
        data["editor"] = _people(doc.editors, doc.person_urls)
    publisher: dict[str, str] = {"@type": "Organization", "name": doc.publisher.name}
    if doc.publisher.url:
        publisher["url"] = doc.publisher.url
    data["publisher"] = publisher
    if doc.section:
        data["articleSection"] = doc.section
    if doc.keywords:
        data["keywords"] = list(doc.keywords)
    if doc.dateline:
        data["dateline"] = doc.dateline
    if doc.canonical_url:
        data["url"] = doc.canonical_url
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": doc.canonical_url}
    if doc.corrections:
        # schema.org's CreativeWork.correction: each correction note, with when it went out.
        data["correction"] = [
            {"@type": "CorrectionComment", "text": c.note, "datePublished": _iso(c.at)}
            for c in doc.corrections
        ]
    return data


def dumps(data: dict[str, object]) -> str:
    """JSON for a `<script>` element: no `<`, `>` or `&` left raw (so no `</` either)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
