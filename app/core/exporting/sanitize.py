"""Sanitizing rendered body HTML with nh3: nothing executable survives, links are made safe.

Runs *after* Markdown rendering, because Python-Markdown passes raw HTML (``<script>``,
``onerror=``, ``javascript:`` links) straight through. nh3 (ammonia) does the structural work;
two things it does not do are done here: it keeps ``cite="javascript:..."`` (its URL-scheme
filter skips ``cite``), so ``cite`` is filtered by hand, and it cannot allow ``data:`` URLs on
images only, so the attribute filter decides that per attribute.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3

BODY_TAGS: frozenset[str] = frozenset(
    {
        "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "hr", "br",
        "em", "strong", "b", "i", "u", "s", "small", "sub", "sup", "mark", "abbr", "cite",
        "q", "code", "pre", "kbd", "a", "span", "dl", "dt", "dd", "img", "figure",
        "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    }
)  # fmt: skip
"""What a story body may contain. No div/section (the template owns structure), no h1
(the headline is the page's only one), no iframe/object/embed/form/style/script."""

BODY_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}

# Removed together with their content; everything else that is not allowed is unwrapped.
CLEAN_CONTENT_TAGS: frozenset[str] = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "frame",
     "frameset", "applet", "svg", "math", "select", "textarea", "button", "title", "head"}
)  # fmt: skip

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_DATA_IMAGE_RE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", re.I)
_HTTP_RE = re.compile(r"^https?://[^\s/]", re.I)


def _filter(allow_data_images: bool):
    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        # No angle brackets in attribute values: the few post-passes below can then read a
        # tag up to its first ">" (nh3's serializer leaves ">" unescaped inside values).
        value = value.replace("<", "").replace(">", "")
        if attr == "cite":
            # nh3 does not check cite's scheme: only absolute http(s) URLs may stay.
            return value if _HTTP_RE.match(value.strip()) else None
        if value.strip().lower().startswith("data:"):
            if allow_data_images and tag == "img" and attr == "src":
                return value if _DATA_IMAGE_RE.match(value.strip()) else None
            return None
        return value

    return attribute_filter


@lru_cache(maxsize=2)
def _cleaner(allow_data_images: bool) -> nh3.Cleaner:
    schemes = set(SAFE_SCHEMES) | ({"data"} if allow_data_images else set())
    return nh3.Cleaner(
        tags=set(BODY_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={tag: set(attrs) for tag, attrs in BODY_ATTRIBUTES.items()},
        attribute_filter=_filter(allow_data_images),
        url_schemes=schemes,
        url_relative="deny",
        link_rel="noopener noreferrer",
        strip_comments=True,
        # The quote markup (quotes_markup) is the one class a body may carry.
        tag_attribute_values={"span": {"class": {"quote"}}},
    )


def clean_body(html: str, *, allow_data_images: bool = False) -> str:
    """The body HTML with everything executable or structural-from-outside removed.

    Every surviving link is absolute (relative URLs are denied, so nothing points into the
    reader's own site by accident) and therefore external: each gets rel="noopener noreferrer".
    """
    cleaned = _cleaner(allow_data_images).clean(html)
    if "<img" in cleaned:
        cleaned = _IMG_RE.sub(_fix_img, cleaned)
    return cleaned


_IMG_RE = re.compile(r"<img\b[^>]*>")


def _fix_img(match: re.Match[str]) -> str:
    """An image whose URL was removed goes; one without alt text gets an empty alt (valid)."""
    tag = match.group(0)
    if " src=" not in tag:
        return ""
    if " alt=" not in tag:
        return tag[:-1] + ' alt="">'
    return tag
