"""Invented story openings whose dateline a desk has set in bold, italics, a link or small
capitals, rendered in every import format, with what an editor expects from the import.

An opening is a list of (text, look) pieces; `look` is "" (plain), "b" (bold), "i" (italic),
"bi" (both), "ub"/"ui" (bold or italic written with underscores in Markdown, <b>/<i> in HTML),
"link" (a link around the words) or "sc" (small capitals through a <span>). Each format
renders the pieces as its writers do. All copy is invented.
"""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass

HEADLINE = "Orvel ferry to run again from Monday"
LEDE = (
    "The ferry to Calderport will run again from Monday after crews finished repairs to the "
    "pier, the harbour office said."
)
SECOND = (
    "Repairs took eleven weeks, and the harbour master, Ines Kettley, said the timetable "
    "would return to four crossings a day by the end of the month."
)
THIRD = (
    "Traders on the quay said the closure had cost them most of the spring, and several asked "
    "the council for help with their rents."
)
FOURTH = (
    "The council said it would meet the traders next week and look at the rents of every "
    "stall on the harbour front."
)
LINK = "https://harbourledger.example/places/orvel"

Piece = tuple[str, str]


@dataclass(frozen=True)
class Opening:
    """One opening paragraph and what the import must make of it."""

    pieces: tuple[Piece, ...]
    place: str | None  # None: the paragraph holds no dateline
    agency: str | None = None
    date: str | None = None
    starts: str = "The ferry to Calderport"  # the body's first words
    byline: str | None = None  # a byline paragraph printed above the opening


def _p(*pieces: Piece) -> tuple[Piece, ...]:
    return pieces


REST = (f" — {LEDE}", "")

OPENINGS: dict[str, Opening] = {
    "plain": Opening(_p(("ORVEL, England", ""), REST), "ORVEL, England"),
    "bold": Opening(_p(("ORVEL, England", "b"), REST), "ORVEL, England"),
    "italic": Opening(_p(("ORVEL, England", "i"), REST), "ORVEL, England"),
    "bold-italic": Opening(_p(("ORVEL, England", "bi"), REST), "ORVEL, England"),
    "underscore-bold": Opening(_p(("ORVEL, England", "ub"), REST), "ORVEL, England"),
    "underscore-italic": Opening(_p(("ORVEL, England", "ui"), REST), "ORVEL, England"),
    "link": Opening(_p(("ORVEL, England", "link"), REST), "ORVEL, England"),
    "small-caps": Opening(_p(("Orvel", "sc"), (", England", ""), REST), "Orvel, England"),
    "bold-title-case": Opening(_p(("Orvel, England", "b"), REST), "Orvel, England"),
    "bold-dash-inside": Opening(_p(("ORVEL, England —", "b"), (f" {LEDE}", "")), "ORVEL, England"),
    "bold-en-dash": Opening(_p(("ORVEL, England", "b"), (f" – {LEDE}", "")), "ORVEL, England"),
    "bold-hyphen": Opening(_p(("ORVEL, England", "b"), (f" - {LEDE}", "")), "ORVEL, England"),
    "bold-colon": Opening(_p(("CALDERPORT:", "b"), (f" {LEDE}", "")), "CALDERPORT"),
    "bold-agency-inside": Opening(
        _p(("ORVEL, England (Reuters) -", "b"), (f" {LEDE}", "")), "ORVEL, England", "Reuters"
    ),
    "bold-agency-outside": Opening(
        _p(("ORVEL, England", "b"), (f" (Reuters) - {LEDE}", "")), "ORVEL, England", "Reuters"
    ),
    "italic-agency": Opening(
        _p(("HARBOURSIDE, England (AP)", "i"), REST), "HARBOURSIDE, England", "AP"
    ),
    "bold-date": Opening(_p(("ORVEL, May 3", "b"), REST), "ORVEL", date="May 3"),
    "bold-place-only": Opening(_p(("ORVEL", "b"), (", England", ""), REST), "ORVEL, England"),
    "bold-after-byline": Opening(
        _p(("ORVEL, England", "b"), REST), "ORVEL, England", byline="Mara Quill"
    ),
    "bold-single-word": Opening(_p(("CALDERPORT", "b"), REST), "CALDERPORT"),
    # An editor's rule: a kicker (BREAKING, EXCLUSIVE, UPDATE) in bold before a dash is the
    # desk's label, not where the story was filed: no dateline, the paragraph kept as written.
    "breaking-kicker": Opening(_p(("BREAKING", "b"), REST), None, starts="BREAKING"),
    "exclusive-kicker": Opening(
        _p(("EXCLUSIVE:", "b"), (f" {LEDE}", "")), None, starts="EXCLUSIVE"
    ),
    # A bold first sentence is the lede, emphasis and all.
    "bold-lede": Opening(
        _p(("The Orvel ferry will run again from Monday.", "b"), (" " + SECOND, "")),
        None,
        starts="The Orvel ferry",
    ),
}

# -- rendering ----------------------------------------------------------------------------------

_MD = {"": "{}", "b": "**{}**", "i": "*{}*", "bi": "***{}***", "ub": "__{}__", "ui": "_{}_"}
_HTML = {
    "": "{}",
    "b": "<strong>{}</strong>",
    "i": "<em>{}</em>",
    "bi": "<strong><em>{}</em></strong>",
    "ub": "<b>{}</b>",
    "ui": "<i>{}</i>",
    "link": f'<a href="{LINK}">{{}}</a>',
    "sc": '<span style="font-variant: small-caps">{}</span>',
}


def markdown_paragraph(pieces: tuple[Piece, ...]) -> str:
    out = []
    for text, look in pieces:
        if look == "link":
            out.append(f"[{text}]({LINK})")
        elif look == "sc":
            out.append(f'<span style="font-variant: small-caps">{text}</span>')
        else:
            out.append(_MD[look].format(text))
    return "".join(out)


def text_paragraph(pieces: tuple[Piece, ...]) -> str:
    """A plain-text file: emphasis typed with stars and underscores as people type it in mail;
    links and small capitals have no plain-text form."""
    return "".join(
        text if look in ("link", "sc") else _MD[look].format(text) for text, look in pieces
    )


def html_paragraph(pieces: tuple[Piece, ...]) -> str:
    return "".join(_HTML[look].format(html.escape(text, quote=False)) for text, look in pieces)


def _paragraphs(opening: Opening, render) -> list[str]:
    first = [render((("By " + opening.byline, ""),))] if opening.byline else []
    return [*first, render(opening.pieces), SECOND, THIRD, FOURTH]


def as_markdown(opening: Opening) -> str:
    return f"# {HEADLINE}\n\n" + "\n\n".join(_paragraphs(opening, markdown_paragraph)) + "\n"


def as_text(opening: Opening) -> str:
    return f"{HEADLINE}\n\n" + "\n\n".join(_paragraphs(opening, text_paragraph)) + "\n"


def as_html(opening: Opening) -> str:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(opening, html_paragraph))
    return (
        f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body>"
        f"<article><h1>{HEADLINE}</h1>{body}</article></body></html>"
    )


def as_ninjs(opening: Opening) -> str:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(opening, html_paragraph))
    return json.dumps({"headline": HEADLINE, "body_html": body})


def as_docx(opening: Opening) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(HEADLINE, level=0)
    if opening.byline:
        document.add_paragraph(f"By {opening.byline}")
    paragraph = document.add_paragraph()
    for text, look in opening.pieces:
        run = paragraph.add_run(text)
        run.bold = look in ("b", "bi", "ub") or None
        run.italic = look in ("i", "bi", "ui") or None
        if look == "link":
            run.underline = True  # a hyperlink's look; python-docx writes no hyperlinks
        if look == "sc":
            run.font.small_caps = True
    for text in (SECOND, THIRD, FOURTH):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
