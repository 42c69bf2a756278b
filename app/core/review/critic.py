"""CriticMarkup over a Markdown body: suggestions with ids, authors and times, and the text a
reader gets once they are accepted (with an offset map between the two).

The stored form of a body with suggestions (`Story.body_markup`) is Markdown with CriticMarkup
(`{++ins++}`, `{--del--}`, `{~~old~>new~~}`, `{==highlight==}`, `{>>comment<<}`), which stays
readable in any text editor and in CriticMarkup-aware tools. Copydesk follows each suggestion
with a short comment naming it: `{++words++}{>>#3 Ana Lima 2026-05-01T10:00:00Z<<}` (id, author,
UTC time). Pieces of one suggestion that the Markdown's own markup splits (bold, a link, a
paragraph break) share that id. Comments and highlights other than these metadata notes are
turned into comment threads when a body is stored (`normalise`), so a stored body only holds
suggestions. A backslash escapes a character as in Markdown: `\\{++` is text.

This module is a pure text layer: it knows nothing of Markdown beyond the backslash escape, so
the plain-text view of a body reads `accepted(markup).text` first and its own map after.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

INSERT, DELETE, REPLACE, HIGHLIGHT, COMMENT = "insert", "delete", "replace", "highlight", "comment"
_OPENERS = {"{++": INSERT, "{--": DELETE, "{~~": REPLACE, "{==": HIGHLIGHT, "{>>": COMMENT}
_CLOSERS = {INSERT: "++}", DELETE: "--}", REPLACE: "~~}", HIGHLIGHT: "==}", COMMENT: "<<}"}
_SEPARATOR = "~>"
_CANDIDATE = re.compile(r"\\.|\{(?:\+\+|--|~~|==|>>)", re.S)
_META = re.compile(
    r"#(?P<id>\d{1,9})(?: (?P<author>.*?))?(?: (?P<at>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?Z))?"
)
_UNSAFE_IN_META = re.compile(r"[{}<>\n\r\\]+")
_WORD_BEFORE = re.compile(r"[^\s{}]+\s*$")


@dataclass(frozen=True, slots=True)
class Meta:
    """Who proposed a suggestion and when; `id` is unique within the story."""

    id: int
    author: str = ""
    at: datetime | None = None

    def render(self) -> str:
        return render_meta(self.id, self.author, self.at)


@dataclass(frozen=True, slots=True)
class Piece:
    """One CriticMarkup construct as written, with its metadata note if one follows it.

    Offsets are code points into the markup: [start, end) covers the construct and its note;
    `old`/`new` are the deleted and inserted text (for a highlight, `old` is the highlighted
    text; for a comment, `new` is what it says), found at old_start/new_start (-1 if none).
    """

    kind: str
    start: int
    end: int
    old: str = ""
    new: str = ""
    old_start: int = -1
    new_start: int = -1
    meta: Meta | None = None

    @property
    def old_end(self) -> int:
        return self.old_start + len(self.old)

    @property
    def new_end(self) -> int:
        return self.new_start + len(self.new)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed change: all the pieces with one id (or one piece without metadata)."""

    id: int | None
    kind: str
    start: int
    end: int
    old: str
    new: str
    author: str
    at: datetime | None
    pieces: tuple[Piece, ...] = field(default=(), repr=False, compare=False)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "old": self.old,
            "new": self.new,
            "author": self.author,
            "at": self.at.isoformat() if self.at else None,
        }

    def describe(self, limit: int = 40) -> str:
        """ "replace “x” with “y”" — for lists, findings and the CLI."""

        def short(text: str) -> str:
            text = " ".join(text.split())
            return text if len(text) <= limit else text[: limit - 1] + "…"

        if self.kind == INSERT:
            return f"insert “{short(self.new)}”"
        if self.kind == DELETE:
            return f"delete “{short(self.old)}”"
        return f"replace “{short(self.old)}” with “{short(self.new)}”"


def render_meta(number: int, author: str, at: datetime | None) -> str:
    """The metadata note that follows a suggestion's markup."""
    parts = [f"#{number}"]
    name = " ".join(_UNSAFE_IN_META.sub(" ", author or "").split())
    if name:
        parts.append(name)
    if at is not None:
        parts.append(at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    return "{>>" + " ".join(parts) + "<<}"


def parse_meta(comment: str) -> Meta | None:
    match = _META.fullmatch(comment.strip())
    if match is None:
        return None
    at = None
    if match.group("at"):
        stamp = match.group("at").replace("Z", "+00:00")
        try:
            at = datetime.fromisoformat(stamp)
        except ValueError:
            return None
    return Meta(int(match.group("id")), (match.group("author") or "").strip(), at)


def escape(text: str) -> str:
    """Text to put inside markup literally: backslashes and braces escaped (as Markdown does)."""
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


_SCANNERS = {
    needle: re.compile(r"\\.|" + re.escape(needle), re.S)
    for needle in (*_CLOSERS.values(), _SEPARATOR)
}


def _find_unescaped(text: str, needle: str, start: int, stop: int | None = None) -> int:
    """Index of the first `needle` at or after `start` that no backslash escapes, or -1."""
    stop = len(text) if stop is None else stop
    for match in _SCANNERS[needle].finditer(text, start, stop):
        if match.group(0)[0] != "\\":
            return match.start()
    return -1


def _raw_pieces(text: str) -> list[Piece]:
    """Every construct in order, without metadata attached."""
    pieces: list[Piece] = []
    if "{" not in text:
        return pieces
    pos = 0
    # Where a search for each kind's closer found none to the end of the text: a later opener
    # of that kind cannot find one either (its search passes every position that one did, as no
    # opener ends in a backslash), so it is not searched again; a paste of 100,000 "{--" read
    # the rest of the text from each of them (quadratic: it never ended).
    unclosed_from: dict[str, int] = {}
    while True:
        match = _CANDIDATE.search(text, pos)
        if match is None:
            break
        token = match.group(0)
        if token[0] == "\\":
            pos = match.end()
            continue
        kind = _OPENERS[token]
        start = match.start()
        inner = start + 3
        if inner >= unclosed_from.get(kind, len(text) + 1):
            pos = start + 1
            continue
        close = _find_unescaped(text, _CLOSERS[kind], inner)
        if close < 0:
            unclosed_from[kind] = inner
            pos = start + 1
            continue
        end = close + 3
        body = text[inner:close]
        if kind == INSERT:
            piece = Piece(kind, start, end, new=body, new_start=inner)
        elif kind == DELETE:
            piece = Piece(kind, start, end, old=body, old_start=inner)
        elif kind == REPLACE:
            sep = _find_unescaped(text, _SEPARATOR, inner, close)
            if sep < 0:  # no "~>": everything is the old text, nothing replaces it
                piece = Piece(kind, start, end, old=body, old_start=inner, new_start=close)
            else:
                piece = Piece(kind, start, end, old=text[inner:sep], new=text[sep + 2 : close],
                              old_start=inner, new_start=sep + 2)  # fmt: skip
        elif kind == HIGHLIGHT:
            piece = Piece(kind, start, end, old=body, old_start=inner)
        else:
            piece = Piece(kind, start, end, new=body, new_start=inner)
        pieces.append(piece)
        pos = end
    return pieces


def parse(text: str) -> list[Piece]:
    """The constructs of `text` in order; a metadata note is folded into the piece before it
    (and dropped when nothing precedes it: the suggestion it named is gone)."""
    raw = _raw_pieces(text)
    out: list[Piece] = []
    for piece in raw:
        if piece.kind == COMMENT:
            meta = parse_meta(piece.new)
            if meta is not None:
                previous = out[-1] if out else None
                if (
                    previous is not None
                    and previous.kind in (INSERT, DELETE, REPLACE)
                    and previous.meta is None
                    and previous.end == piece.start
                ):
                    out[-1] = _with(previous, end=piece.end, meta=meta)
                    continue
                out.append(_with(piece, meta=meta))  # an orphan note: a comment kind with meta
                continue
        out.append(piece)
    return out


def _with(piece: Piece, **changes: object) -> Piece:
    data = {name: getattr(piece, name) for name in Piece.__slots__}
    data.update(changes)
    return Piece(**data)  # type: ignore[arg-type]


def _kind(has_old: bool, has_new: bool) -> str:
    if has_old and has_new:
        return REPLACE
    return DELETE if has_old else INSERT


def suggestions(text: str | Iterable[Piece]) -> list[Suggestion]:
    """Suggestions in order of first appearance; pieces sharing an id are one suggestion."""
    pieces = parse(text) if isinstance(text, str) else list(text)
    groups: dict[object, list[Piece]] = {}
    for index, piece in enumerate(pieces):
        if piece.kind not in (INSERT, DELETE, REPLACE):
            continue
        key = piece.meta.id if piece.meta is not None else ("anonymous", index)
        groups.setdefault(key, []).append(piece)
    found = []
    for key, group in groups.items():
        old = "".join(p.old for p in group)
        new = "".join(p.new for p in group)
        has_old = any(p.kind in (DELETE, REPLACE) and p.old for p in group)
        has_new = any(p.kind in (INSERT, REPLACE) and p.new for p in group)
        if not has_old and not has_new:
            has_old = any(p.kind == DELETE for p in group)
            has_new = not has_old
        meta = group[0].meta
        found.append(
            Suggestion(
                id=key if isinstance(key, int) else None,
                kind=_kind(has_old, has_new),
                start=group[0].start,
                end=group[-1].end,
                old=old,
                new=new,
                author=meta.author if meta else "",
                at=meta.at if meta else None,
                pieces=tuple(group),
            )
        )
    return found


# -- the accepted text and its map ------------------------------------------------------------


@dataclass
class View:
    """A text derived from the markup, with pieces copied verbatim: (view start, markup start,
    length), sorted. Everything between pieces is markup (or text the view leaves out)."""

    text: str
    view_starts: list[int]
    markup_starts: list[int]
    lengths: list[int]

    def to_markup(self, offset: int, *, is_end: bool = False) -> int:
        """The markup offset of a view offset (an end maps to just after the text before it)."""
        if not self.view_starts:
            return offset
        i = bisect.bisect_right(self.view_starts, offset) - 1
        if i < 0:
            return self.markup_starts[0] - (self.view_starts[0] - offset)
        start, mstart, length = self.view_starts[i], self.markup_starts[i], self.lengths[i]
        if offset < start + length or (is_end and offset == start + length):
            return mstart + offset - start
        if i + 1 < len(self.view_starts) and offset == self.view_starts[i + 1]:
            return self.markup_starts[i + 1]
        return mstart + length + (offset - start - length)

    def to_view(self, markup_offset: int) -> int:
        """The view offset of a markup offset; offsets inside left-out text snap to its end."""
        if not self.markup_starts:
            return markup_offset
        i = bisect.bisect_right(self.markup_starts, markup_offset) - 1
        if i < 0:
            return 0
        start, vstart, length = self.markup_starts[i], self.view_starts[i], self.lengths[i]
        return vstart + min(markup_offset - start, length)


def _identity(text: str) -> View:
    return View(text, [0], [0], [len(text)]) if text else View("", [], [], [])


def _view(text: str, pieces: list[Piece], keep: Mapping[int, str] | None, default: str) -> View:
    """The text with each suggestion accepted or rejected (`keep` by id, else `default`)."""
    if not pieces:
        return _identity(text)
    parts: list[str] = []
    vs: list[int] = []
    ms: list[int] = []
    ls: list[int] = []
    size = 0

    def copy(start: int, end: int) -> None:
        nonlocal size
        if end <= start:
            return
        if ls and ms[-1] + ls[-1] == start and vs[-1] + ls[-1] == size:
            ls[-1] += end - start
        else:
            vs.append(size)
            ms.append(start)
            ls.append(end - start)
        parts.append(text[start:end])
        size += end - start

    pos = 0
    for piece in pieces:
        copy(pos, piece.start)
        pos = piece.end
        if piece.kind == HIGHLIGHT:
            copy(piece.old_start, piece.old_end)
            continue
        if piece.kind == COMMENT:
            continue
        choice = keep.get(piece.meta.id, default) if keep and piece.meta else default
        if choice == "accept":
            if piece.kind in (INSERT, REPLACE):
                copy(piece.new_start, piece.new_end)
        elif choice == "reject":
            if piece.kind in (DELETE, REPLACE):
                copy(piece.old_start, piece.old_end)
        else:  # left as it is: the piece stays in the markup
            copy(piece.start, piece.end)
    copy(pos, len(text))
    return View("".join(parts), vs, ms, ls)


def accepted(text: str, pieces: list[Piece] | None = None) -> View:
    """What a reader gets with every suggestion accepted and every comment left out."""
    return _view(text, parse(text) if pieces is None else pieces, None, "accept")


def rejected(text: str) -> View:
    """The text as it was before any suggestion (every one rejected)."""
    return _view(text, parse(text), None, "reject")


def accepted_text(text: str) -> str:
    return accepted(text).text if "{" in text else text


def resolve(text: str, decisions: Mapping[int, str]) -> str:
    """The markup with the suggestions named in `decisions` ("accept" or "reject") applied;
    every other suggestion stays as markup."""
    return _view(text, parse(text), decisions, "keep").text


# -- storing a body --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewComment:
    """A comment or highlight found in a body, to become a comment thread at this anchor."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Normalised:
    markup: str
    comments: tuple[NewComment, ...]
    next_id: int
    """One more than the highest suggestion id in the markup (or the `next_id` given)."""


def normalise(text: str, author: str, at: datetime, next_id: int) -> Normalised:
    """The markup as Copydesk stores it: every suggestion with its metadata note (new ones get
    `author`, `at` and fresh ids from `next_id`), comments and highlights taken out as threads
    to create (anchored in the returned markup), orphan metadata notes dropped."""
    pieces = parse(text)
    highest = max((p.meta.id for p in pieces if p.meta is not None and p.kind != COMMENT),
                  default=0)  # fmt: skip
    next_id = max(next_id, highest + 1)
    if not pieces:
        return Normalised(text, (), next_id)
    out: list[str] = []
    size = 0
    comments: list[NewComment] = []
    last_anchor: tuple[int, int] | None = None  # what a comment right after would attach to
    pos = 0

    def emit(chunk: str) -> None:
        nonlocal size
        out.append(chunk)
        size += len(chunk)

    for piece in pieces:
        if piece.start > pos:
            emit(text[pos : piece.start])
            last_anchor = None
        pos = piece.end
        if piece.kind in (INSERT, DELETE, REPLACE):
            meta = piece.meta
            if meta is None:
                meta = Meta(next_id, author, at)
                next_id += 1
            opener = {INSERT: "{++", DELETE: "{--", REPLACE: "{~~"}[piece.kind]
            start = size
            emit(opener)
            anchor_start = size
            if piece.kind == INSERT:
                emit(piece.new)
            elif piece.kind == DELETE:
                emit(piece.old)
            else:
                emit(piece.old)
                emit(_SEPARATOR)
                anchor_start = size
                emit(piece.new)
            anchor = (anchor_start, size)
            emit(_CLOSERS[piece.kind])
            emit(meta.render())
            last_anchor = anchor if anchor[1] > anchor[0] else (start, size)
        elif piece.kind == HIGHLIGHT:
            anchor_start = size
            emit(piece.old)
            last_anchor = (anchor_start, size)
        elif piece.meta is not None:
            continue  # a metadata note whose suggestion is gone
        else:
            note = piece.new.strip()
            if not note:
                continue
            if last_anchor is None:
                written = "".join(out)
                match = _WORD_BEFORE.search(written)
                last_anchor = (
                    (match.start(), match.start() + len(match.group(0).rstrip()))
                    if match
                    else (size, size)
                )
            comments.append(NewComment(last_anchor[0], last_anchor[1], note))
    emit(text[pos:])
    return Normalised("".join(out), tuple(comments), next_id)


def max_id(text: str) -> int:
    """The highest suggestion id in `text` (0 when none)."""
    return max((s.id for s in suggestions(text) if s.id is not None), default=0)
