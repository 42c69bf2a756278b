"""IPTC ninjs JSON items (1.x lower-case, 2.x headlines/bodies, 3.x camelCase) to a StoryDraft."""

from __future__ import annotations

import json
from dataclasses import replace

from app.core.analysis.credits import parse_byline
from app.core.errors import InputError
from app.core.importing.assemble import Block, assemble
from app.core.importing.decoding import SURROGATE_WARNING, clean_text, mend_surrogates
from app.core.importing.htmlfragment import fragment_blocks
from app.core.importing.result import ImportResult
from app.core.model import Dateline

NINJS_KEYS = frozenset(
    {
        "uri",
        "headline",
        "headlines",
        "body_text",
        "body_html",
        "bodies",
        "byline",
        "by",
        "versioncreated",
        "located",
        "slugline",
    }
)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "body_xhtml", "xhtml", "html")


def _lower_keys(data: dict) -> dict:
    """ninjs 3.x is camelCase, 1.x/2.x lower case; read both the same way."""
    return {str(key).lower(): value for key, value in data.items()}


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _pick(items: object, preferred_roles: tuple[str, ...]) -> dict | None:
    if not isinstance(items, list):
        return None
    entries = [_lower_keys(item) for item in items if isinstance(item, dict)]
    for role in preferred_roles:
        for entry in entries:
            if str(entry.get("role", "")).lower() == role and _text(entry.get("value")):
                return entry
    return next((entry for entry in entries if _text(entry.get("value"))), None)


def _is_html(entry: dict) -> bool:
    kind = str(entry.get("contenttype", "")).lower()
    role = str(entry.get("role", "")).lower()
    return any(t in kind for t in _HTML_TYPES) or role in ("html", "html5", "richhtml5", "richtext")


def _body_blocks(item: dict) -> tuple[list[Block], str | None]:
    """The richest body: HTML (it keeps paragraphs) before plain text; None title if no HTML."""
    html_value = _text(item.get("body_html"))
    text_value = _text(item.get("body_text"))
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        entries = [_lower_keys(b) for b in bodies if isinstance(b, dict) and _text(b.get("value"))]
        html_entry = next((b for b in entries if _is_html(b)), None)
        text_entry = next(
            (b for b in entries if "plain" in str(b.get("contenttype", "")).lower()), None
        )
        html_value = html_value or (_text(html_entry.get("value")) if html_entry else "")
        text_value = text_value or (_text(text_entry.get("value")) if text_entry else "")
    if html_value:
        blocks, title = fragment_blocks(html_value)
        if blocks:
            return blocks, title
    if text_value:
        cleaned, _ = clean_text(text_value)
        return [Block(line) for line in cleaned.split("\n") if line.strip()], None
    return [], None


def _keywords(item: dict) -> tuple[str, ...]:
    found: list[str] = []
    keywords = item.get("keywords")
    if isinstance(keywords, list):
        found.extend(k.strip() for k in keywords if isinstance(k, str) and k.strip())
    elif isinstance(keywords, str):
        found.extend(k.strip() for k in keywords.split(",") if k.strip())
    subjects = item.get("subjects", item.get("subject"))
    if isinstance(subjects, list):
        for subject in subjects:
            if isinstance(subject, dict):
                name = _text(subject.get("name")) or _text(subject.get("literal"))
                if name:
                    found.append(name)
    return tuple(dict.fromkeys(found))


def parse_ninjs(data: object) -> dict:
    """The item as a dict with lower-case keys, or InputError when it is not a ninjs item."""
    if not isinstance(data, dict):
        raise InputError("This JSON is not a ninjs news item (expected an object at the top).")
    item = _lower_keys(data)
    if not NINJS_KEYS & item.keys():
        raise InputError(
            "This JSON is not a ninjs news item: it has no uri, headline, body or byline."
        )
    return item


# The fields a story's words come from, and the JSON type each must have to be read.
_TEXT_FIELDS = {
    "headline": str, "headlines": list, "body_text": str, "body_html": str, "bodies": list,
    "description_text": str, "descriptions": list,
}  # fmt: skip
_JSON_TYPES = {
    list: "a list", dict: "an object", str: "text", bool: "true or false", type(None): "null",
    int: "a number", float: "a number",
}  # fmt: skip


def _nothing_to_import(item: dict) -> str:
    """The one line refusing an item with no headline, body or description: the story would be
    empty, so refusing loses nothing; it names the fields of the wrong type, if any, which is
    what the sender has to fix ({"headline": ["x"], "body_text": {"a": 1}})."""
    wrong = [
        f"{key} is {_JSON_TYPES[type(item[key])]}"
        for key, wanted in _TEXT_FIELDS.items()
        if key in item and not isinstance(item[key], wanted)
    ]
    if wrong:
        return (
            "This ninjs item has no headline, body or description Copydesk can read ("
            + "; ".join(wrong)
            + "): nothing was imported."
        )
    return "This ninjs item has no headline, body or description: nothing was imported."


def read_ninjs(text: str, name: str | None = None, encoding: str | None = None) -> ImportResult:
    """Import an IPTC ninjs item (any of the 1.x-3.x shapes)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"This is not valid JSON ({exc}).") from None
    data, mended = mend_surrogates(data)
    item = parse_ninjs(data)
    warnings: list[str] = [SURROGATE_WARNING] if mended else []
    headline = _text(item.get("headline"))
    if not headline:
        entry = _pick(item.get("headlines"), ("main", "headline", "title"))
        headline = _text(entry.get("value")) if entry else ""
    dek = _text(item.get("description_text"))
    if not dek:
        entry = _pick(item.get("descriptions"), ("summary", "text", "abstract", "description"))
        dek = _text(entry.get("value")) if entry else ""
    if not dek:
        entry = _pick(item.get("headlines"), ("sub", "subheadline", "subtitle"))
        if entry and _text(entry.get("value")) != headline:
            dek = _text(entry.get("value"))
    blocks, title = _body_blocks(item)
    headline = headline or (title or "")
    while blocks and headline and blocks[0].text.strip().lower() == headline.lower():
        blocks = blocks[1:]
    blocks = [Block(b.text, "h") if b.kind.startswith("h") else b for b in blocks]
    byline = _text(item.get("byline")) or _text(item.get("by"))
    assembled = assemble(
        blocks,
        headline=headline or None,
        find_headline=not headline,
        detect_subheads=False,
        credits=parse_byline(byline),
    )
    warnings.extend(assembled.warnings)
    draft = assembled.draft
    changes: dict[str, object] = {"keywords": _keywords(item)}
    if dek:
        changes["dek"] = dek
    located = _text(item.get("located"))
    if draft.dateline is None and located:
        changes["dateline"] = Dateline(place=located)
    slug = _text(item.get("slugline"))
    if slug:
        changes["slug"] = slug
    language = _text(item.get("language"))
    if language:
        changes["language"] = language
    if not draft.body and dek:
        warnings.append("The item has no body; only its description was imported (as the dek).")
    if not (headline or draft.headline or draft.body or dek):
        raise InputError(_nothing_to_import(item))
    return ImportResult(
        draft=replace(draft, **changes),
        kind="ninjs",
        name=name,
        encoding=encoding,
        warnings=tuple(warnings),
    )
