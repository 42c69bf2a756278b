"""Keeping confidential sources on the workstation: find their names in copy, strip them out.

Two layers, because a leak is the one export mistake that cannot be taken back: the gate
blocks when a confidential name is in the copy or the slug (with a finding pointing at the
spot), and every writer renders from `public_view(story)`, which has no confidential source at
all and no private field of any source; `assert_clean` then checks the finished output once
more, as a reader would see it (the text of the parsed page and its attributes), and
`assert_clean_name` every file name before it is written.

What a confidential source hides and how a name is recognised (accents, confusable letters,
transliteration, a right-to-left override, markup inside the name, particles, handles, short
surnames) lives in app.core.confidential, which `show --json` uses too.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from urllib.parse import unquote

from app.core.confidential import (
    confidential_sources,
    fold,
    hidden_spots,
    hidden_texts,
    locate,
    public_view,
)
from app.core.contactmatch import contact_parts, find_details, is_phone
from app.core.errors import BlockedError
from app.core.model import Finding, Severity, Source, Story
from app.core.namematch import merge_spans
from app.core.namenear import NearName, near_names

__all__ = [
    "CODE",
    "NEAR_CODE",
    "assert_clean",
    "assert_clean_name",
    "body_findings",
    "confidential_sources",
    "find_names",
    "find_near_names",
    "public_view",
    "secret_spans",
]

CODE = "confidential_name"
NEAR_CODE = "confidential_name_misspelt"
"""A word one slip from a confidential surname: blocks, but a reason may release it."""


def _message(source: Source, where: str) -> str:
    fix = (
        "change the slug (it names the exported files)" if where == "slug" else "take the name out"
    )
    return (
        f"The confidential source '{source.name}' is named in the {where}; {fix} "
        "(confidential sources are never exported)."
    )


def _details_message(source: Source, where: str) -> str:
    return (
        f"The {where} holds the private contact details or notes of the confidential source "
        f"'{source.name}'; take them out (confidential sources are never exported)."
    )


def find_names(story: Story) -> list[Finding]:
    """Confidential names in the slug, headline, dek, body, keywords, credits, dateline, desk or
    language, and their contact details or notes (a phone number however punctuated) in the
    same places.

    Errors, never waived. Body findings carry the offsets of the name in the stored Markdown
    (markup inside the name included), so the editor can select it; elsewhere the message
    says which field.
    """
    sources = confidential_sources(story)
    if not sources:
        return []
    findings = _named_in_body(story.body, sources)
    fields = _fields(story)
    for source in sources:
        for field_name, text in fields.items():
            if locate(text, (source,), caseless=field_name == "slug"):
                findings.append(Finding(Severity.ERROR, CODE, _message(source, field_name)))
            elif find_details(text, (source,), markup=False):
                findings.append(Finding(Severity.ERROR, CODE, _details_message(source, field_name)))
    return findings


def _named_in_body(body: str, sources: tuple[Source, ...]) -> list[Finding]:
    """The name's spots, then the spots of its details that are not already one of those."""
    found: list[Finding] = []
    for source in sources:
        named = merge_spans(locate(body, (source,)) + hidden_spots(body, (source,)))
        found += [Finding(Severity.ERROR, CODE, _message(source, "body"), s, e) for s, e in named]
        for start, end in merge_spans(find_details(body, (source,))):
            if not any(s < end and start < e for s, e in named):
                found.append(
                    Finding(Severity.ERROR, CODE, _details_message(source, "body"), start, end)
                )
    return found


def _misspelt_in_body(
    body: str, sources: tuple[Source, ...], spared: list[str], caseless: bool = False
) -> list[NearName]:
    """Slips in the text a reader sees, then in the attributes and decoded URLs a reader also
    gets (the tag or URL as a whole is the spot, as `hidden_spots` has it for a name spelt
    right). A URL lost its capitals, so a slip there counts in lower case too."""
    names = [s.name for s in sources]
    found = near_names(body, names, caseless=caseless, spared=spared)
    for start, end, decoded, url in hidden_texts(body):
        if any(n.start < end and start < n.end for n in found):
            continue  # said already where the reader sees it
        near = near_names(decoded, names, markup=False, caseless=url, spared=spared)
        if near:
            found.append(NearName(start, end, near[0].word, near[0].name))
    # A web address, in the text or an attribute, lost its capitals ("news.example/kowalcyzk").
    for match in _URL_RE.finditer(body):
        start, end = match.span()
        if any(n.start < end and start < n.end for n in found):
            continue
        near = near_names(match.group(), names, markup=False, caseless=True, spared=spared)
        if near:
            found.append(NearName(start, end, near[0].word, near[0].name))
    return sorted(found, key=lambda n: n.start)


_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'()\[\]]+")
"""A web address as copy or an attribute holds it."""


def secret_spans(
    text: str, sources: Iterable[Source], *, spared: Iterable[str] = (), caseless: bool = False
) -> list[tuple[int, int]]:
    """Every spot of `text` (markup and all) that gives one of `sources` away, merged: the
    name however spelt (`locate`), in an attribute or encoded URL (`hidden_spots`), a contact
    detail or note (`find_details`), and a surname misspelt by one slip (the credited
    writers, `spared`, excepted). The gate's body findings and the audit report's redaction
    ask the same places this way."""
    sources = tuple(sources)
    if not text or not sources:
        return []
    spans = locate(text, sources, caseless=caseless) + hidden_spots(text, sources)
    spans += find_details(text, sources)
    spans += [(n.start, n.end) for n in _misspelt_in_body(text, sources, list(spared), caseless)]
    return merge_spans(spans)


def _near_finding(near: NearName, where: str) -> Finding:
    message = _near_message(near.word, near.name, where)
    if where == "body":
        return Finding(Severity.ERROR, NEAR_CODE, message, near.start, near.end)
    return Finding(Severity.ERROR, NEAR_CODE, message)


def body_findings(
    body: str, sources: Iterable[Source], writers: Iterable[str] = ()
) -> list[Finding]:
    """What the gate will say of the body alone, sorted: confidential names (never released)
    and their one-slip misspellings (released by a reason), at their spots; the window shows
    them as the editor types rather than first at the export. `writers`: the names credited."""
    secret = tuple(s for s in sources if s.confidential)
    if not secret or not body:
        return []
    misspelt = _misspelt_in_body(body, secret, list(writers))
    found = _named_in_body(body, secret) + [_near_finding(n, "body") for n in misspelt]
    return sorted(found, key=lambda f: (f.start or 0, f.end or 0))


def _fields(story: Story) -> dict[str, str]:
    """The public fields besides the body that could name someone, by the name a message
    gives them."""
    return {
        "slug": story.slug,
        "headline": story.headline,
        "dek": story.dek,
        "keywords": " · ".join(story.keywords),
        "credits": " · ".join(
            part
            for c in story.credits
            for part in (c.name, c.organisation, c.location, c.email)
            if part
        ),
        "dateline": " ".join(
            p for p in (story.dateline.place, story.dateline.date, story.dateline.agency) if p
        ) if story.dateline else "",
        "desk": story.desk,
        "language": story.language,  # the page's lang attribute
    }  # fmt: skip


def _near_message(word: str, name: str, where: str) -> str:
    return (
        f"'{word}' in the {where} is one letter from the confidential source '{name}': if it "
        "means them, take it out; if it is someone else, export with a reason (recorded)."
    )


def find_near_names(story: Story) -> list[Finding]:
    """Words one slip from a confidential surname (app.core.namenear) in the same places
    `find_names` looks, and in the names of the story's other sources.

    Errors a reason may release, since the word may be another person's name; the writers
    credited are someone else by definition: their names never count, in the credits or
    anywhere else."""
    sources = confidential_sources(story)
    if not sources:
        return []
    names = [s.name for s in sources]
    spared = [c.name for c in story.credits]
    in_body = _misspelt_in_body(story.body, sources, spared)
    findings = [_near_finding(n, "body") for n in in_body]
    said = {(n.word, n.name) for n in in_body}
    fields = _fields(story)
    del fields["credits"]
    fields["sources"] = " · ".join(s.name for s in story.sources if not s.confidential)
    for field_name, text in fields.items():
        slug = field_name == "slug"
        for near in near_names(text, names, markup=False, caseless=slug, spared=spared):
            if field_name == "sources" and (near.word, near.name) in said:
                continue  # the analysis listed the speaker it read in the body: said once
            findings.append(_near_finding(near, field_name))
    return findings


# -- the output guard ----------------------------------------------------------------------------


def _squeeze(text: str) -> str:
    return " ".join(fold(text).casefold().split())


def _secrets(sources: Iterable[Source]) -> list[str]:
    """Strings of a confidential source that must never be in an output, folded for `in`.

    The surname alone is not among them: the name rule finds it as a word, and as a bare
    substring it would refuse "Hollywood" for a source named Wood."""
    found: list[str] = []
    for source in sources:
        contacts = [source.contact, *contact_parts(source.contact)]
        # A phone number is read by its shape (find_details), never as a string.
        values = [source.name, source.notes, *(c for c in contacts if not is_phone(c))]
        for value in values:
            squeezed = _squeeze(value or "")
            if len(squeezed) >= 3:
                found.append(squeezed)
    return found


def _walk_json(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _walk_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_json(item)


class _Reader(HTMLParser):
    """What a reader (or a crawler) gets from a page: text, attribute values, comments, data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.other: list[str] = []
        self._raw: str | None = None  # the element whose content is not text (script, style)
        self._raw_data: list[str] = []

    def _attributes(self, attrs) -> None:
        for _name, value in attrs:
            if value:
                self.other.append(value)
                if "%" in value:  # a link to "jos%C3%A9-p%C3%A9rez.html" names José Pérez
                    self.other.append(unquote(value))

    def handle_starttag(self, tag, attrs):
        self._attributes(attrs)
        if tag in ("script", "style"):
            self._raw, self._raw_data = tag, []

    def handle_startendtag(self, tag, attrs):
        self._attributes(attrs)

    def handle_endtag(self, tag):
        if tag == self._raw:
            data = "".join(self._raw_data)
            if tag == "script":
                self.other.append(data)
                with contextlib.suppress(ValueError):
                    self.other.extend(_walk_json(json.loads(data)))
            # A stylesheet is the exporter's own (the body's <style> never survives).
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw_data.append(data)
        else:
            self.text.append(data)

    def handle_comment(self, data):
        self.other.append(data)


def _html_texts(markup: str) -> list[str]:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    # Joined without a gap "Kowal<span></span>czyk" reads as one word; with one, text in
    # neighbouring elements stays apart.
    return ["".join(reader.text), " ".join(reader.text), *reader.other]


def _readable(output: str) -> list[str]:
    """Every string of `output` a reader could see, parsed the way a browser or client would."""
    head = output.lstrip()[:1]
    if head in ("{", "["):
        try:
            data = json.loads(output)
        except ValueError:
            pass
        else:
            texts: list[str] = []
            for value in _walk_json(data):
                texts.append(value)
                if "<" in value or "&" in value:
                    texts += _html_texts(value)
            return texts
    if head == "<":
        return _html_texts(output)
    return [output, *_html_texts(output)] if "<" in output or "&" in output else [output]


def _leaks(texts: Iterable[str], sources: tuple[Source, ...], *, caseless: bool = False) -> bool:
    secrets = _secrets(sources)
    for text in texts:
        if locate(text, sources, markup=False, caseless=caseless):
            return True
        if find_details(text, sources, markup=False):  # "600-311-742", "name (at) example"
            return True
        squeezed = " ".join(fold(text).casefold().split())
        if any(secret in squeezed for secret in secrets):
            return True
    return False


def _refuse(what: str, where: str) -> BlockedError:
    return BlockedError(
        f"{what} would carry details of a confidential source; nothing was written.",
        [Finding(Severity.ERROR, CODE, f"Confidential source details in the {where}.")],
        overridable=False,
    )


def assert_clean(output: str, story: Story) -> None:
    """Last line of defence: refuse output that carries anything of a confidential source.

    Reads the output as a reader would: for HTML the text of the parsed page (entities
    decoded, tags between letters gone) and every attribute, comment and script; for JSON
    every string (and the HTML inside them); plain text as it is.
    """
    sources = confidential_sources(story)
    if sources and _leaks(_readable(output), sources):
        raise _refuse("The export", "output")


def assert_clean_name(name: str, story: Story) -> None:
    """Refuse a file name that carries a confidential source's name (slugs name files)."""
    sources = confidential_sources(story)
    if sources and _leaks([name], sources, caseless=True):
        raise _refuse(f"The file name '{name}'", "file name")
