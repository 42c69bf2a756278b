"""A small, safe reader for the YAML-ish front matter of Markdown stories (no PyYAML needed)."""

from __future__ import annotations

import re

# Front matter longer than this is not front matter; stop looking so huge pastes stay fast.
_MAX_LINES = 300
_KEY_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w .-]{0,60}?)\s*:(?:\s+(?P<value>.*)|\s*)$"
)
_ITEM_RE = re.compile(r"^(?P<indent>[ \t]*)-\s+(?P<value>.*)$")

Value = str | list[str] | dict[str, object]


def _scalar(raw: str) -> str:
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        inner = text[1:-1]
        return inner.replace("''", "'") if text[0] == "'" else inner.replace('\\"', '"')
    comment = text.find(" #")
    if comment >= 0:
        text = text[:comment].rstrip()
    return text


def _inline_list(raw: str) -> list[str]:
    inner = raw.strip()[1:-1]
    items: list[str] = []
    for part in re.findall(r"\s*(\"[^\"]*\"|'[^']*'|[^,]+)", inner):
        value = _scalar(part)
        if value:
            items.append(value)
    return items


def _value(raw: str) -> Value:
    text = raw.strip()
    if text.startswith("[") and text.endswith("]"):
        return _inline_list(text)
    return _scalar(text)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The front matter block (without its --- fences) and the rest, or (None, text)."""
    if not text.startswith("---"):
        return None, text
    lines = text.split("\n", _MAX_LINES + 2)
    if lines[0].strip() != "---":
        return None, text
    for index in range(1, min(len(lines), _MAX_LINES + 1)):
        if lines[index].strip() in ("---", "..."):
            head = "\n".join(lines[1:index])
            rest = "\n".join(lines[index + 1 :])
            return head, rest
    return None, text


def parse_front_matter(block: str) -> tuple[dict[str, Value], list[str]]:
    """Keys to values: strings, lists ("[a, b]" or "- a" lines) and one level of mappings.

    Enough for headline/slug/dek/desk/status/keywords/dateline; anything fancier is reported in
    the warnings and skipped rather than guessed.
    """
    data: dict[str, Value] = {}
    warnings: list[str] = []
    current_key: str | None = None
    block_scalar: list[str] | None = None
    folded = False
    for line in block.split("\n"):
        if block_scalar is not None and current_key is not None:
            if line.startswith((" ", "\t")) or not line.strip():
                block_scalar.append(line.strip())
                continue
            joined = (" " if folded else "\n").join(block_scalar).strip()
            data[current_key] = joined
            block_scalar = None
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM_RE.match(line)
        if item and current_key is not None:
            existing = data.get(current_key)
            if not isinstance(existing, list):
                existing = []
                data[current_key] = existing
            existing.append(_scalar(item["value"]))
            continue
        match = _KEY_RE.match(line)
        if not match:
            warnings.append(f"Front matter line not understood and skipped: {line.strip()[:80]}")
            continue
        key = match["key"].strip().lower()
        raw = match["value"] or ""
        if match["indent"] and current_key is not None:
            parent = data.get(current_key)
            if not isinstance(parent, dict):
                parent = {}
                data[current_key] = parent
            parent[key] = _value(raw)
            continue
        current_key = key
        if raw.strip() in ("|", ">", "|-", ">-", "|+", ">+"):
            block_scalar = []
            folded = raw.strip().startswith(">")
            continue
        data[key] = _value(raw) if raw.strip() else ""
    if block_scalar is not None and current_key is not None:
        data[current_key] = (" " if folded else "\n").join(block_scalar).strip()
    return data, warnings
