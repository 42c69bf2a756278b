"""HTML5 export: a standalone article page or just the `<article>` for pasting into a CMS.

Templates live in resources/templates and autoescape everything; the only values marked safe
are the sanitized body, the JSON-LD (escaped by `jsonld.dumps`) and the bundled stylesheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote

import jinja2

from app.core.config import resource_path
from app.core.exporting import jsonld
from app.core.exporting.document import ExportDocument
from app.core.exporting.editions import KILL_HEADLINE, KillNotice, kill_body_html

STYLESHEET_NAME = "article.css"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Jinja2 environment of every page Copydesk writes (exports, audit report)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resource_path("styles", STYLESHEET_NAME).read_text(encoding="utf-8")


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _human(value: datetime) -> str:
    return f"{value:%B} {value.day}, {value:%Y} {value:%H:%M} UTC"


def _og_locale(language: str) -> str:
    parts = language.replace("-", "_").split("_")
    if len(parts) == 2:
        return f"{parts[0].lower()}_{parts[1].upper()}"
    return {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}.get(parts[0], parts[0])


def _context(doc: ExportDocument) -> dict[str, object]:
    return {
        "doc": doc,
        "published_iso": _iso(doc.published),
        "published_text": _human(doc.published),
        "modified_iso": _iso(doc.modified),
        "modified_text": _human(doc.modified),
        # Minutes apart or less is the same publication, not an update worth showing.
        "show_updated": (doc.modified - doc.published).total_seconds() > 300,
        "og_locale": _og_locale(doc.language),
    }


def render_fragment(doc: ExportDocument) -> str:
    """The `<article>` element alone."""
    return environment().get_template("_article.html.j2").render(_context(doc))


def render_page(doc: ExportDocument, *, stylesheet_href: str | None = None) -> str:
    """A complete HTML5 document; the stylesheet is inlined unless `stylesheet_href` is given."""
    context = _context(doc)
    context.update(
        article=render_fragment(doc).strip(),
        jsonld=jsonld.dumps(jsonld.build(doc)),
        stylesheet_href=stylesheet_href,
        stylesheet=stylesheet() if not stylesheet_href else "",
    )
    return environment().get_template("article.html.j2").render(context)


def render_kill_fragment(notice: KillNotice) -> str:
    """The kill notice's `<article>`: withdrawn, when and why; nothing of the old text."""
    return (
        environment()
        .get_template("_killed.html.j2")
        .render(notice=notice, headline=KILL_HEADLINE, body=kill_body_html(notice))
    )


def render_kill_page(notice: KillNotice, *, stylesheet_href: str | None = None) -> str:
    return (
        environment()
        .get_template("killed.html.j2")
        .render(
            notice=notice,
            headline=KILL_HEADLINE,
            article=render_kill_fragment(notice).strip(),
            stylesheet_href=stylesheet_href,
            stylesheet=stylesheet() if not stylesheet_href else "",
        )
    )


@dataclass(frozen=True)
class IndexEntry:
    file_name: str
    headline: str
    byline: str = ""

    @property
    def href(self) -> str:
        return quote(self.file_name)


def render_index(
    entries: list[IndexEntry],
    generated: datetime,
    *,
    title: str = "Exported stories",
    language: str = "en",
    stylesheet_href: str | None = None,
) -> str:
    """The index page of a batch export: one link per exported story."""
    return (
        environment()
        .get_template("index.html.j2")
        .render(
            entries=entries,
            title=title,
            language=language,
            generated_iso=_iso(generated),
            generated_text=_human(generated),
            stylesheet_href=stylesheet_href,
            stylesheet=stylesheet() if not stylesheet_href else "",
        )
    )
