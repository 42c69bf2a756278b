"""Parsing helpers for export tests: a real HTML parser, never a grep."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

EXECUTABLE_TAGS = frozenset(
    {"script", "iframe", "object", "embed", "form", "style", "frame", "frameset", "applet",
     "base", "meta", "link", "svg", "math", "template", "noscript"}
)  # fmt: skip
URL_ATTRIBUTES = frozenset(
    {"href", "src", "cite", "action", "formaction", "data", "poster", "background",
     "srcset", "xlink:href", "longdesc", "usemap", "ping"}
)  # fmt: skip
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")


@dataclass
class ParsedPage:
    """What a parsed document holds: elements with attributes, text, comments, scripts."""

    elements: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    scripts: list[tuple[dict[str, str | None], str]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def find(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.elements if name == tag]

    def jsonld(self) -> list[dict]:
        return [
            json.loads(body)
            for attrs, body in self.scripts
            if attrs.get("type") == "application/ld+json"
        ]

    @property
    def all_text(self) -> str:
        return "".join(self.text)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.page.elements.append((tag, attributes))
        if tag == "script":
            self._script = (attributes, [])

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.page.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
        else:
            self.page.text.append(data)

    def handle_comment(self, data):
        self.page.comments.append(data)


def parse_html(html: str) -> ParsedPage:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page


def executable_content(html: str, *, page: bool = False) -> list[str]:
    """Everything in `html` a browser could run; a page may carry its own JSON-LD and CSS."""
    parsed = parse_html(html)
    problems: list[str] = []
    for tag, attrs in parsed.elements:
        if tag in EXECUTABLE_TAGS:
            allowed = page and (
                (tag == "script" and attrs.get("type") == "application/ld+json")
                or tag in {"style", "meta", "link"}
            )
            if not allowed:
                problems.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"{tag} {name}=")
            if name == "style":
                problems.append(f"{tag} style=")
            if name in URL_ATTRIBUTES and value:
                squeezed = "".join(value.split()).lower()
                if squeezed.startswith(UNSAFE_SCHEMES):
                    problems.append(f"{tag} {name}={value[:30]}")
    for attrs, _body in parsed.scripts:
        if attrs.get("type") != "application/ld+json" or not page:
            problems.append("script body")
    return problems
