"""Text folded for comparing names: one spelling for every way a name can be written or disguised.

A confidential name must be found however the copy spells it, so both the name and the copy are
folded the same way, character by character (case kept: the surname rule needs capitals):
- compatibility decomposition with the accents dropped (José Pérez = Jose Perez, ｆｕｌｌ = full);
- Unicode's confusable skeleton (UTS #39, through `confusable_homoglyphs`): a letter of another
  script that looks like a Latin one becomes that Latin letter (a Cyrillic "о" inside a Latin
  name is an "o");
- transliteration of the letters left (through `anyascii`: ł = l, ø = o, đ = d, ß = ss, æ = ae);
- curly apostrophes straightened; soft hyphens, zero-width and bidi control characters dropped.

A second spelling convention is read on request (`digraphs=True`): the German and Nordic way
of writing a letter without its mark as two letters ("Müller" = "Mueller", "Ødegaard" =
"Oedegaard", "Håkon" = "Haakon"), which transliteration alone ("Muller") never meets. A name
and the copy are each read both ways, so either spelling in either place finds the other.

ASCII is left as it is (no "rn" for "m"): copy is mostly ASCII and stays fast, and ASCII
look-alikes are for a reader to see, not a disguise.

Text in another script is read both ways (`lookalikes=False` transliterates only): "Марта"
is "Marta" by transliteration, while "Сох" in Cyrillic letters is "Cox" only by their looks;
`has_other_script` says when the second reading is needed. Slugs use transliteration alone.

`project` does the same to copy that may hold Markdown or HTML (`Marta **Kowal**czyk`,
`Kowal<span></span>czyk`, `Kowal&shy;czyk`), joins a word hyphenated at a line's end, and
shows text under a right-to-left override in the order a browser draws it (app.core.bidiorder),
keeping the offset of every character, so a match can be pointed at in the original.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.core.bidiorder import has_override, visual_order

_APOSTROPHES = dict.fromkeys("’‘‛ʼ′´`＇", "'")
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
DIGRAPHS = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "Ä": "Ae", "Ö": "Oe",
            "Ü": "Ue", "Ø": "Oe", "Å": "Aa"}  # fmt: skip
"""Letters German and the Nordic languages write as two when the mark is lost."""
_DIGRAPH_RE = re.compile(f"[{''.join(DIGRAPHS)}]")


@lru_cache(maxsize=1)
def _confusables():
    from confusable_homoglyphs import confusables

    return confusables


def _latin_lookalike(char: str) -> str | None:
    """The ASCII letter or digit `char` is confusable with (UTS #39 data), if any."""
    found = _confusables().is_confusable(char, greedy=True, preferred_aliases=["latin"])
    if not found:
        return None
    for homoglyph in found[0]["homoglyphs"]:
        candidate = homoglyph["c"]
        if len(candidate) == 1 and candidate.isascii() and candidate.isalnum():
            return candidate
    return None


def has_other_script(text: str) -> bool:
    """Does `text` hold letters of a script other than Latin (Cyrillic, Greek...)?"""
    return not text.isascii() and any(
        c.isalpha() and not (c <= "\u024f" or "\u1e00" <= c <= "\u1eff") for c in text
    )


@lru_cache(maxsize=65536)
def fold_char(char: str, lookalikes: bool = True, digraphs: bool = False) -> str:
    """One character folded (possibly to none, or to several: "ß" -> "ss")."""
    if char < "\x80":
        return char
    if digraphs and char in DIGRAPHS:
        return DIGRAPHS[char]
    char = _APOSTROPHES.get(char, char)
    if char in BIDI_CONTROLS:
        return ""
    if "\U000e0020" <= char <= "\U000e007e":
        # Unicode tag characters: invisible on a page, yet every text tool decodes them to
        # the ASCII letters they shadow (a name smuggled past a reader's eye, not a crawler's).
        return chr(ord(char) - 0xE0000)
    if "\U0001f1e6" <= char <= "\U0001f1ff":  # regional indicator letters, drawn as boxed letters
        return chr(ord(char) - 0x1F1E6 + ord("A"))
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", char):
        category = unicodedata.category(part)
        if category in ("Mn", "Me", "Cf"):
            continue
        if part < "\x80" or not category.startswith("L"):
            out.append(part)
            continue
        lookalike = _latin_lookalike(part) if lookalikes else None
        if lookalike is not None:
            out.append(lookalike)
            continue
        from anyascii import anyascii

        ascii_form = anyascii(part)
        out.append(ascii_form if ascii_form and ascii_form.isascii() else part)
    return "".join(out)


def fold(text: str, *, lookalikes: bool = True, digraphs: bool = False) -> str:
    """`text` folded for comparison (see the module docstring); case kept."""
    if text.isascii():
        return text
    return _NON_ASCII_RE.sub(
        lambda m: "".join(fold_char(c, lookalikes, digraphs) for c in m.group()), text
    )


def has_digraph_letters(text: str) -> bool:
    """Does `text` hold a letter that may also be written as two ("ü" as "ue")?"""
    return not text.isascii() and _DIGRAPH_RE.search(text) is not None


# -- copy with markup: the visible text, with offsets back into the original -------------------

_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
     "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
     "time", "tt", "u", "var", "wbr"}
)  # fmt: skip
_HYPHENATED = r"-(?<=[^\W\d_]-)(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(?=[^\W\d_])"
"""A word broken at the end of a line ("Kowal-" / "czyk", as copy pasted from a printed page
holds it, or "Kowal- czyk" once the line is joined): read as the one word a reader puts back
together. A hyphen with no space after it ("Kowal-czyk") is a hyphen in the word. Joining is
a second reading, never the only one: "the Kowalczyk-" / "led bid" joined hides the name."""
_MARKUP_RE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:\#[0-9]+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?)"
    r"|(?P<link>\]\()"
    r"|(?P<mark>[*`\[\]]+)",
    re.S,
)
_MARKUP_JOINED_RE = re.compile(rf"{_MARKUP_RE.pattern}|(?P<hyphenated>{_HYPHENATED})", re.S)
_DESTINATION = r"(?P<destination>\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\))"
"""A Markdown inline link's destination and title, read as nothing by the `links=False`
reading: "[Kowal](url)czyk" is drawn "Kowalczyk"."""
_MARKUP_PATTERNS = {
    (joined, links): re.compile(
        (_MARKUP_JOINED_RE if joined else _MARKUP_RE).pattern
        if links
        else _DESTINATION + "|" + (_MARKUP_JOINED_RE if joined else _MARKUP_RE).pattern,
        re.S,
    )
    for joined in (False, True)
    for links in (False, True)
}
_SOURCE_MARKUP_RE = re.compile(
    r"<!--.*?-->"
    r"|</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>"
    r"|&(?:\#[0-9]+|\#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?",
    re.S,
)
"""Tags, comments and entities as a browser reads them, before any bidi reordering."""
HYPHENATED_RE = re.compile(rf"(?P<hyphenated>{_HYPHENATED})")
_GLUED_LINK_RE = re.compile(r"\]\([^()]*\)[^\W\d_]")
"""A Markdown link with a letter right after it: its text may be half a word."""


def link_readings(text: str, markup: bool = True) -> tuple[bool, ...]:
    """The `links` values to `project` `text` with: a Markdown link's address is read as text
    (a name in a URL) and, where a link could split a word (a letter right after it), also as
    nothing: "[Kowal](url)czyk" is drawn "Kowalczyk". One rule, so the confidential check and
    the near-name reader cannot drift apart on it."""
    if markup and "](" in text and _GLUED_LINK_RE.search(text) is not None:
        return (True, False)
    return (True,)


@dataclass(frozen=True)
class Projection:
    """Folded visible text of some copy; `span` maps a match back to the original offsets."""

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    reordered: bool = False
    """Some characters were moved (a right-to-left override): spans take min and max."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if self.reordered:
            return min(self.starts[start:end]), max(self.ends[start:end])
        return self.starts[start], self.ends[end - 1]


def project(
    text: str,
    *,
    markup: bool = True,
    lookalikes: bool = True,
    digraphs: bool = False,
    joined: bool = False,
    page: bool = False,
    links: bool = True,
) -> Projection:
    """The folded text a reader would see (Markdown emphasis, tags and entities removed);
    `joined` puts words hyphenated at a line's end back together. Text with a right-to-left
    override is read in the order it is drawn (app.core.bidiorder), its paragraphs as a page
    has them (`page`: a line break inside one ends no override) or as a text file has them.
    `links=False` reads a Markdown link's destination as nothing (the reader sees only its
    text); by default it is read as text, where a name in a URL is found."""
    options = {"lookalikes": lookalikes, "digraphs": digraphs, "joined": joined, "links": links}
    if markup and ("<" in text or "&" in text):
        drawn = _without_tags(text)
        if drawn is not None and has_override(drawn[0]):
            # An override written as an entity, or tags inside the name it draws backwards:
            # the browser reverses the text it shows, not the source.
            inner = project(drawn[0], markup=True, page=page, **options)
            return _composed(inner, drawn[1], drawn[2])
    visual = visual_order(text, page=page)
    if visual is not None:
        inner = project(visual[0], markup=markup, **options)
        order = visual[1]
        if inner.starts is None or inner.ends is None:
            starts = tuple(order[i] for i in range(len(inner.text)))
            ends = tuple(order[i] + 1 for i in range(len(inner.text)))
        else:
            starts = tuple(order[s] for s in inner.starts)
            ends = tuple(order[e - 1] + 1 for e in inner.ends)
        return Projection(inner.text, starts, ends, reordered=True)
    if markup:
        pattern: re.Pattern[str] | None = _MARKUP_PATTERNS[joined, links]
    else:
        pattern = HYPHENATED_RE if joined else None
    if text.isascii() and (pattern is None or not pattern.search(text)):
        return Projection(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit_exact(piece: str, start: int) -> None:
        out.append(piece)
        starts.extend(range(start, start + len(piece)))
        ends.extend(range(start + 1, start + len(piece) + 1))

    def emit(piece: str, start: int, end: int) -> None:
        if end - start != len(piece):  # an entity or a tag: every output char spans it all
            folded = fold(piece, lookalikes=lookalikes, digraphs=digraphs)
            out.append(folded)
            starts.extend([start] * len(folded))
            ends.extend([end] * len(folded))
            return
        position = 0
        for run in _NON_ASCII_RE.finditer(piece):  # ASCII in bulk, the rest char by char
            if run.start() > position:
                emit_exact(piece[position : run.start()], start + position)
            for i in range(run.start(), run.end()):
                folded = fold_char(piece[i], lookalikes, digraphs)
                out.append(folded)
                starts.extend([start + i] * len(folded))
                ends.extend([start + i + 1] * len(folded))
            position = run.end()
        if position < len(piece):
            emit_exact(piece[position:], start + position)

    position = 0
    for match in pattern.finditer(text) if pattern is not None else ():
        emit(text[position : match.start()], position, match.start())
        start, end = match.span()
        if match.lastgroup in ("hyphenated", "destination"):
            pass  # the word goes on: nothing between its halves
        elif match["comment"]:
            emit(" ", start, end)
        elif match["tag"]:
            if match["name"].lower() not in _INLINE_TAGS:
                emit(" ", start, end)
        elif match["entity"]:
            emit(html.unescape(match["entity"]), start, end)
        elif match["link"]:
            emit(" ", start, end)
        # Markdown marks (* ` [ ]) are dropped.
        position = end
    emit(text[position:], position, len(text))
    return Projection("".join(out), tuple(starts), tuple(ends))


def _without_tags(text: str) -> tuple[str, list[int], list[int]] | None:
    """`text` with its tags and comments out and its entities decoded, bidi controls kept (a
    block tag ends a paragraph, a `<br>` a line), with each character's start and end in
    `text`; None when there is nothing to take out. Entities for "<" and "&" stay as written:
    decoded they would read as markup."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    changed = False
    for match in _SOURCE_MARKUP_RE.finditer(text):
        start, end = match.span()
        piece = text[position:start]
        out.append(piece)
        starts.extend(range(position, start))
        ends.extend(range(position + 1, start + 1))
        token = match.group()
        if token.startswith("&"):
            decoded = html.unescape(token)
            replacement = token if decoded in ("<", "&") else decoded
        elif token.startswith("<!--"):
            replacement = " "
        elif (match.group(1) or "").lower() == "br":
            replacement = "\n"
        else:
            replacement = "" if (match.group(1) or "").lower() in _INLINE_TAGS else "\u2029"
        if replacement is token:
            out.append(token)
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:
            out.append(replacement)
            starts.extend([start] * len(replacement))
            ends.extend([end] * len(replacement))
            changed = True
        position = end
    if not changed:
        return None
    out.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return "".join(out), starts, ends


def _composed(inner: Projection, starts: list[int], ends: list[int]) -> Projection:
    """`inner`, a projection of a text whose characters map to `starts`/`ends` of another,
    as a projection of that other text."""
    size = len(inner.text)
    inner_starts = inner.starts if inner.starts is not None else tuple(range(size))
    inner_ends = inner.ends if inner.ends is not None else tuple(range(1, size + 1))
    return Projection(
        inner.text,
        tuple(starts[s] for s in inner_starts),
        tuple(ends[e - 1] for e in inner_ends),
        reordered=True,
    )
