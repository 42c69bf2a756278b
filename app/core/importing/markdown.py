"""Markdown stories, with optional front matter (headline, slug, dek, desk, status, keywords...)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credits import parse_byline
from app.core.analysis.datelines import parse_dateline_field
from app.core.importing.assemble import Block, assemble
from app.core.importing.decoding import clean_text
from app.core.importing.frontmatter import Value, parse_front_matter, split_front_matter
from app.core.importing.result import ImportResult
from app.core.model import Credit, Dateline, StoryStatus

_ATX_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")

_KEYS = {
    "headline": ("headline", "title", "hed"),
    "slug": ("slug", "slugline"),
    "dek": ("dek", "deck", "description", "subtitle", "standfirst", "summary"),
    "desk": ("desk", "section", "category"),
    "status": ("status", "state"),
    "keywords": ("keywords", "tags", "subjects"),
    "dateline": ("dateline", "located", "location"),
    "language": ("language", "lang"),
    "byline": ("byline", "by", "author", "authors"),
}


def markdown_blocks(text: str) -> list[Block]:
    """Blocks separated by blank lines; ATX and setext headings become "h" blocks; fenced code
    stays whole."""
    blocks: list[Block] = []
    current: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if current:
            blocks.append(Block("\n".join(current)))
            current.clear()

    for line in text.split("\n"):
        if fence is not None:
            current.append(line)
            if line.strip().startswith(fence):
                fence = None
                flush()
            continue
        opening = _FENCE_RE.match(line)
        if opening:
            flush()
            fence = opening.group(1)
            current.append(line)
            continue
        if not line.strip():
            flush()
            continue
        heading = _ATX_RE.match(line)
        if heading:
            flush()
            blocks.append(Block(heading.group(2).strip(), "h" + str(len(heading.group(1)))))
            continue
        if current and len(current) == 1 and _SETEXT_RE.match(line):
            level = "1" if line.strip().startswith("=") else "2"
            blocks.append(Block(current[0].strip(), "h" + level))
            current.clear()
            continue
        current.append(line)
    flush()
    return blocks


def _first(meta: dict[str, Value], field: str) -> Value | None:
    for key in _KEYS[field]:
        if key in meta and meta[key] not in ("", [], {}):
            return meta[key]
    return None


def _as_text(value: Value | None) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values())
    return value


def _dateline(value: Value | None) -> Dateline | None:
    if isinstance(value, dict):
        found = Dateline(
            place=str(value.get("place") or "") or None,
            date=str(value.get("date") or "") or None,
            agency=str(value.get("agency") or "") or None,
        )
        return None if found.is_empty() else found
    return parse_dateline_field(_as_text(value)) if value else None


def _bylines(value: Value | None) -> list[Credit]:
    names = value if isinstance(value, list) else [_as_text(value)] if value else []
    return [credit for name in names for credit in parse_byline(name)]


def read_markdown(text: str, name: str | None = None, encoding: str | None = None) -> ImportResult:
    """Import a Markdown story; front matter fields win over what the body suggests."""
    text, warnings = clean_text(text)
    head, body = split_front_matter(text)
    meta: dict[str, Value] = {}
    if head is not None:
        meta, meta_warnings = parse_front_matter(head)
        warnings.extend(meta_warnings)
    headline = _as_text(_first(meta, "headline")) or None
    blocks = markdown_blocks(body)
    if headline is None:
        first_h1 = next((i for i, b in enumerate(blocks) if b.kind == "h1"), None)
        if first_h1 is not None and all(b.kind == "p" for b in blocks[:first_h1]) and first_h1 <= 2:
            headline = blocks[first_h1].text
            del blocks[first_h1]
    blocks = [Block(b.text, "h") if b.kind.startswith("h") else b for b in blocks]
    assembled = assemble(
        blocks,
        headline=headline,
        find_headline=headline is None,
        detect_subheads=False,
        credits=_bylines(_first(meta, "byline")),
    )
    warnings.extend(assembled.warnings)
    draft = assembled.draft
    changes: dict[str, object] = {}
    if _first(meta, "slug"):
        changes["slug"] = _as_text(_first(meta, "slug"))
    if _first(meta, "dek"):
        changes["dek"] = _as_text(_first(meta, "dek"))
    if _first(meta, "desk"):
        changes["desk"] = _as_text(_first(meta, "desk"))
    if _first(meta, "language"):
        changes["language"] = _as_text(_first(meta, "language"))
    keywords = _first(meta, "keywords")
    if keywords:
        items = keywords if isinstance(keywords, list) else _as_text(keywords).split(",")
        changes["keywords"] = tuple(k.strip() for k in items if k.strip())
    status = _first(meta, "status")
    if status:
        try:
            changes["status"] = StoryStatus(_as_text(status).strip().lower().replace(" ", "_"))
        except ValueError:
            allowed = ", ".join(s.value for s in StoryStatus)
            warnings.append(f"Unknown status {_as_text(status)!r} ignored; use one of: {allowed}.")
    dateline = _dateline(_first(meta, "dateline"))
    if dateline is not None:
        changes["dateline"] = dateline
    return ImportResult(
        draft=replace(draft, **changes),
        kind="markdown",
        name=name,
        encoding=encoding,
        warnings=tuple(warnings),
    )
