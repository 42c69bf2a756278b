"""What a confidential source hides, and the one rule that says where its name is.

One rule in one place: `Story.to_json` (the CLI's `show --json` and `source list` without
`--private`) and every exporter (app.core.exporting.confidential: the gate's findings, the
output guard) ask this module. A confidential source is hidden entirely (name, title, contact,
notes); every source loses its private contact and notes; a quote attributed to a confidential
source keeps its words but loses its speaker; and any other field that names a confidential
source (another source's title "aide to Marta Kowalczyk", a quote's venue) says
"a confidential source" in its place.

Where a name is: both the name and the text are folded the same way (app.core.namefold:
accents, confusable letters of other scripts, transliteration, bidi controls, markup inside
the name, a right-to-left override) and then matched as a name (app.core.namematch: any
separator, particles and hyphens, handles and URL slugs, the surname alone as a capitalised
word, with the one exception of an ordinary word starting a sentence).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import unquote

from app.core.bidiorder import has_override
from app.core.contactmatch import find_details
from app.core.model import Publication, Source, Story
from app.core.namefold import (
    BIDI_CONTROLS,
    HYPHENATED_RE,
    Projection,
    fold,
    has_digraph_letters,
    has_other_script,
    link_readings,
    project,
)
from app.core.namematch import matcher, merge_spans, split_spans
from app.core.spelledout import close_up, letters_for_digits

__all__ = [
    "PLACEHOLDER",
    "Projection",
    "confidential_sources",
    "find_spans",
    "fold",
    "hidden_spots",
    "hidden_texts",
    "locate",
    "mentions",
    "names_any",
    "project",
    "public_notes",
    "public_view",
    "redact",
    "replace_spans",
]

PLACEHOLDER = "a confidential source"
"""What a public field says where it named a confidential source."""


def confidential_sources(story: Story) -> tuple[Source, ...]:
    return tuple(s for s in story.sources if s.confidential)


def find_spans(
    projected: str, sources: Iterable[Source], *, caseless: bool = False, lookalikes: bool = True
) -> list[tuple[int, int]]:
    """Where any of `sources` is named in text already projected (folded) the same way,
    merged and sorted.

    `caseless` is for text that lost its capitals (slugs, file names): a surname counts there
    in lower case too, unless it is an ordinary English word. A name with a letter also
    written as two ("Müller") is looked for in both spellings ("Muller", "Mueller")."""
    spans: list[tuple[int, int]] = []
    for source in sources:
        for digraphs in (False, True) if has_digraph_letters(source.name) else (False,):
            found = matcher(source.name, lookalikes, digraphs)
            if found is not None:
                spans.extend(found.spans(projected, caseless=caseless))
        spans += split_spans(projected, source.name, caseless=caseless, lookalikes=lookalikes)
    return merge_spans(spans)


def locate(
    text: str | None,
    sources: Iterable[Source],
    *,
    markup: bool = True,
    caseless: bool = False,
) -> list[tuple[int, int]]:
    """Offsets in `text` (markup and all) where any of `sources` is named.

    Text drawn right to left by an override is read as drawn, both as a page and as a text
    file would show it. Text or names in another script are read both by their letters' looks and by
    transliteration, copy with "ü", "ø" or "å" also with them written as two letters, and copy
    with a word hyphenated at a line's end also with the word put back (app.core.namefold)."""
    sources = tuple(sources)
    if not text or not sources:
        return []
    ways = [(True, False, False)]
    if has_other_script(text) or any(has_other_script(s.name) for s in sources):
        ways.append((False, False, False))
    digraphs = has_digraph_letters(text)
    if digraphs:
        ways.append((True, True, False))
    if HYPHENATED_RE.search(text):
        ways.append((True, digraphs, True))
    # Text with a right-to-left override is read as a text file draws it and as a page does
    # (app.core.bidiorder): a line break ends the override in one and not in the other.
    pages = (False, True) if has_override(text) else (False,)
    links = link_readings(text, markup)  # "[Kowal](url)czyk" is also read "Kowalczyk"
    spans: list[tuple[int, int]] = []
    readings = ((way, page, link) for way in ways for page in pages for link in links)
    for (lookalikes, digraphs, joined), page, link in readings:
        projection = project(
            text, markup=markup, lookalikes=lookalikes, digraphs=digraphs, joined=joined,
            page=page, links=link,
        )  # fmt: skip
        found = find_spans(projection.text, sources, caseless=caseless, lookalikes=lookalikes)
        spans.extend(projection.span(s, e) for s, e in found)
        spans += _spelt_out(projection, sources, caseless, lookalikes)
        # "K0walczyk", "Kowa1czyk": digits inside a word read as the letters they look like.
        undigited = letters_for_digits(projection.text)
        if undigited is not None:
            found = find_spans(undigited, sources, caseless=caseless, lookalikes=lookalikes)
            spans.extend(projection.span(s, e) for s, e in found)
    gapped = _MAYBE_INVISIBLE_RE.sub(_gap_as_space, text)
    if gapped != text:
        # "K\u200bo w\u200ba l\u00adc z y k": an invisible character between two letters
        # is a gap to the eye when the letters around it are spaced out (one for one, so the
        # offsets hold).
        spans += _spelt_out(project(gapped, markup=markup), sources, caseless, True)
    return merge_spans(spans)


_MAYBE_INVISIBLE_RE = re.compile(r"[^\x00-\xac\w]")
"""Where an invisible character can stand: every format character (Cf) lies past U+00AC and
is no word character (letters are skipped, so copy in Polish or Greek stays fast)."""


def _gap_as_space(match: re.Match[str]) -> str:
    """A space for what `_invisible` calls invisible (soft hyphens, zero-width and bidi
    controls, U+2061-2064, U+180E...: nothing to the eye), from the one definition rather
    than a list kept by hand; not for tag characters, which fold_char reads as the letters
    they encode."""
    char = match.group()
    if _invisible(char) and not "\U000e0000" <= char <= "\U000e007f":
        return " "
    return char


def _spelt_out(
    projection: Projection, sources: tuple[Source, ...], caseless: bool, lookalikes: bool
) -> list[tuple[int, int]]:
    """Where a name spelt out letter by letter ("K o w a l c z y k", "K.o.w.a.l.c.z.y.k",
    "(K)(o)(w)...") stands in projected text, read closed up (app.core.spelledout)."""
    closed = close_up(projection.text)
    if closed is None:
        return []
    found = find_spans(closed.text, sources, caseless=caseless, lookalikes=lookalikes)
    return [projection.span(*closed.span(s, e)) for s, e in found]


_HIDDEN_RE = re.compile(
    r"<[A-Za-z][A-Za-z0-9]*\s[^<>]*>"  # a tag with attributes
    r"|[^\s<>()\[\]\"']*%[0-9A-Fa-f]{2}[^\s<>()\[\]\"']*"  # a percent-encoded URL or word
)
"""What a reader gets that the copy's visible text does not show: attribute values (a title
shown on hover, a link's address) and URLs once decoded."""


def hidden_texts(body: str | None) -> list[tuple[int, int, str, bool]]:
    """Tags with attributes and percent-encoded words of `body`, each as (start, end, what a
    reader gets from it, is it a URL): the attributes of a tag (not its name) with entities
    decoded, a URL percent-decoded. `locate` reads the visible text, which shows neither."""
    if not body or ("<" not in body and "%" not in body):
        return []
    texts: list[tuple[int, int, str, bool]] = []
    for match in _HIDDEN_RE.finditer(body):
        token = match.group()
        decoded = html.unescape(unquote(html.unescape(token)))
        tag = token.startswith("<")
        if tag:  # the attributes alone: not the tag's name
            decoded = decoded.partition(" ")[2] if " " in decoded else decoded[1:]
        texts.append((match.start(), match.end(), decoded, not tag))
    return texts


def hidden_spots(body: str | None, sources: Iterable[Source]) -> list[tuple[int, int]]:
    """Tags and percent-encoded words of `body` whose decoded text names one of `sources` (the
    tag or word as a whole: the name's own offsets are lost in the decoding)."""
    sources = tuple(sources)
    if not sources:
        return []
    return [
        (start, end)
        for start, end, decoded, _url in hidden_texts(body)
        if locate(decoded, sources, markup=False)
    ]


def mentions(text: str, source: Source, *, markup: bool = True) -> list[tuple[int, int]]:
    """Offsets in `text` (markup and all) where `source` is named."""
    return locate(text, (source,), markup=markup)


def names_any(text: str | None, sources: Iterable[Source]) -> bool:
    """Does `text` (plain, e.g. a speaker) name any of `sources`?"""
    return bool(locate(text, sources, markup=False))


def redact(text: str | None, sources: Iterable[Source]) -> str | None:
    """`text` with every mention of `sources`, and their contact details or notes (a phone
    number however punctuated), replaced by "a confidential source"."""
    if not text:
        return text
    sources = tuple(sources)
    spans = locate(text, sources, markup=False) + find_details(text, sources, markup=False)
    return replace_spans(text, merge_spans(spans), PLACEHOLDER)


def replace_spans(text: str, spans: Iterable[tuple[int, int]], placeholder: str) -> str:
    """`text` with each (merged, sorted) span replaced by `placeholder`.

    A handle goes with its "@", a name drawn right to left with its override controls (left
    alone they would draw the placeholder backwards), and invisible characters (soft hyphens,
    zero-width ones) at its edges with it."""
    out: list[str] = []
    position = 0
    for start, end in spans:
        while start > 0 and (text[start - 1] == "@" or _invisible(text[start - 1])):
            start -= 1
        while end < len(text) and _invisible(text[end]):
            end += 1
        if start < position:  # it runs on from the last one: one placeholder for both
            position = max(position, end)
            continue
        out.append(text[position:start])
        out.append(placeholder)
        position = end
    out.append(text[position:])
    return "".join(out)


def _invisible(char: str) -> bool:
    return char in BIDI_CONTROLS or unicodedata.category(char) == "Cf"


def public_view(story: Story) -> Story:
    """The story as anyone outside the workstation may see it.

    No confidential source, no private field of any source, no quote speaker (or mention as
    written, or the reason the engine gave for it) that names a confidential source (the quote
    keeps its words, and loses speaker, mention and reason together), and "a confidential
    source" wherever another source's name, title or description, or a quote's venue, named
    one.
    """
    hidden = confidential_sources(story)
    public = tuple(
        replace(s, contact=None, notes=None) for s in story.sources if not s.confidential
    )
    quotes = story.quotes
    if hidden:
        public = tuple(
            replace(
                s,
                name=redact(s.name, hidden) or s.name,
                title=redact(s.title, hidden),
                description=redact(s.description, hidden),
            )
            for s in public
        )
        quotes = tuple(
            replace(
                q,
                speaker=None,
                speaker_mention=None,
                speaker_reason=None,
                venue=redact(q.venue, hidden),
            )
            if names_any(q.speaker, hidden)
            or names_any(q.speaker_mention, hidden)
            or names_any(q.speaker_reason, hidden)
            else replace(q, venue=redact(q.venue, hidden))
            for q in quotes
        )
    return story.with_changes(sources=public, quotes=quotes)


def public_notes(publications: Iterable[Publication], story: Story) -> list[Publication]:
    """Publications as exports may print them: a correction, update or kill note that names a
    confidential source of `story` says "a confidential source" in its place (a note cannot be
    edited once written, and a source may be made confidential after it was; `copydesk
    correct`, `update` and `kill` refuse a new note that names one)."""
    hidden = confidential_sources(story)
    if not hidden:
        return list(publications)
    return [replace(p, note=redact(p.note, hidden)) for p in publications]
