"""Find where a quote's words sit in the source material: candidate search, then word alignment."""

# Every distinct word key becomes one character, so a document is a string of "words" and a quote
# is a short one. Candidate regions come from an index of word pairs: where many of the quote's
# pairs line up on one diagonal, the speaker said something like it, even if the story changed
# half of it. rapidfuzz's partial_ratio (in C, on those word strings) ranks the regions, and only
# the best few get the word-by-word alignment that yields the diff.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from app.core.verification.normalize import Tokens, tokenize
from app.core.verification.sourcetext import SourceText

GAP = -1
"""Path marker: a story word with no source word, or the reverse."""

_MAX_REGIONS = 8  # clusters of seed hits looked at with rapidfuzz
_MAX_CANDIDATES = 3  # of those, regions aligned word by word
_HIT_BUDGET = 4000  # pair occurrences voted per quote; rare pairs first, common ones skipped
_RARE_WORD = 12  # a single word this rare in the material may seed a candidate on its own
_ELLIPSIS_REACH = 80  # source words an ellipsis may stand for
BRACKET_REACH = 6  # source words a [bracketed insertion] may replace


@dataclass(slots=True)
class QuoteWords:
    """A story quote as the aligner sees it: its words outside [brackets], and where the story
    marked an omission (`...`) or an insertion (`[...]`), as positions between words."""

    text: str
    tokens: Tokens
    omissions: dict[int, str] = field(default_factory=dict)
    brackets: list[tuple[int, str]] = field(default_factory=list)


_BRACKET = re.compile(r"(?<![^\W_])\[[^\]\n]{0,200}\](?![^\W_])")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


def quote_words(text: str) -> QuoteWords:
    """Tokenise a quote, setting aside bracketed insertions and noting ellipses."""
    tokens = tokenize(text)
    spans = [(m.start(), m.end()) for m in _BRACKET.finditer(text)]
    if spans:
        keep = [
            i for i, start in enumerate(tokens.starts) if not any(a <= start < b for a, b in spans)
        ]
        tokens = Tokens(
            text,
            [tokens.starts[i] for i in keep],
            [tokens.ends[i] for i in keep],
            [tokens.keys[i] for i in keep],
            [tokens.exact[i] for i in keep],
        )
    words = QuoteWords(text, tokens)
    for a, b in spans:
        point = _point_at(tokens, a)
        words.omissions[point] = "bracket"
        words.brackets.append((point, text[a:b]))
    for match in _ELLIPSIS.finditer(text):
        point = _point_at(tokens, match.start())
        if 0 < point < len(tokens):
            words.omissions.setdefault(point, "ellipsis")
    return words


def _point_at(tokens: Tokens, offset: int) -> int:
    """The number of words that end before `offset`: a position between words."""
    return sum(1 for end in tokens.ends if end <= offset)


@dataclass(frozen=True, slots=True)
class Alignment:
    """One way the quote lines up with one document.

    `path` pairs story word indices with source word indices (GAP where one side has no word),
    in reading order; `first`..`last` are the source words of the passage (inclusive).
    """

    document: int
    path: tuple[tuple[int, int], ...]
    first: int
    last: int
    matched: int
    similarity: float


def _code(n: int) -> str:
    cp = 0x100 + n
    if cp >= 0xD800:
        cp += 0x800  # skip the surrogates
    return chr(cp)


class SourceIndex:
    """All of a story's source documents, tokenised and indexed once for many quotes."""

    def __init__(self, documents: Sequence[SourceText]) -> None:
        self.documents: tuple[SourceText, ...] = tuple(documents)
        self.tokens: list[Tokens] = [tokenize(doc.text) for doc in self.documents]
        self._codes: dict[str, str] = {}
        self.encoded: list[str] = [self._encode_new(t.keys) for t in self.tokens]
        self.pairs: dict[str, list[tuple[int, int]]] = {}
        self.words: dict[str, list[tuple[int, int]]] = {}
        for d, enc in enumerate(self.encoded):
            for p in range(len(enc)):
                self.words.setdefault(enc[p], []).append((d, p))
                if p + 1 < len(enc):
                    self.pairs.setdefault(enc[p : p + 2], []).append((d, p))

    def _encode_new(self, keys: list[str]) -> str:
        codes = self._codes
        out = []
        for key in keys:
            code = codes.get(key)
            if code is None:
                code = codes[key] = _code(len(codes))
            out.append(code)
        return "".join(out)

    def encode(self, keys: list[str]) -> str:
        """A quote's words as characters; words the sources never use get codes of their own."""
        codes = self._codes
        extra: dict[str, str] = {}
        out = []
        for key in keys:
            code = codes.get(key)
            if code is None:
                code = extra.get(key)
                if code is None:
                    code = extra[key] = _code(len(codes) + len(extra))
            out.append(code)
        return "".join(out)

    def candidates(self, query: str, spread: int) -> list[tuple[int, int, int]]:
        """Regions (document, first word, end word) where the quote's word pairs cluster."""
        m = len(query)
        seeds: list[tuple[int, int, list[tuple[int, int]]]] = []
        for i in range(m - 1):
            occurrences = self.pairs.get(query[i : i + 2])
            if occurrences:
                seeds.append((len(occurrences), i, occurrences))
        for i in range(m):
            occurrences = self.words.get(query[i])
            if occurrences and (len(occurrences) <= _RARE_WORD or m == 1 or not seeds):
                seeds.append((len(occurrences), i, occurrences))
        if not seeds:
            return []
        seeds.sort(key=lambda seed: seed[0])
        hits: list[tuple[int, int, int]] = []
        for n, (count, i, occurrences) in enumerate(seeds):
            if n >= 3 and len(hits) + count > _HIT_BUDGET:
                break
            hits.extend((d, p - i, i) for d, p in occurrences)
        hits.sort()
        band = max(6, m // 2) + spread
        clusters: list[tuple[int, int, int, int]] = []  # (-score, doc, low diagonal, high)
        doc, low, high, seen = -1, 0, 0, set()
        for d, diagonal, i in hits:
            if d == doc and diagonal - high <= band:
                high = diagonal
                seen.add(i)
                continue
            if seen:
                clusters.append((-len(seen), doc, low, high))
            doc, low, high, seen = d, diagonal, diagonal, {i}
        if seen:
            clusters.append((-len(seen), doc, low, high))
        clusters.sort()
        margin = max(4, m // 4)
        regions = []
        for _, d, low, high in clusters[:_MAX_REGIONS]:
            size = len(self.encoded[d])
            regions.append((d, max(0, low - margin), min(size, high + m + margin)))
        if len(regions) > _MAX_CANDIDATES:
            # partial_ratio: how well the quote's best window in each region matches, in C
            regions.sort(key=lambda r: -fuzz.partial_ratio(query, self.encoded[r[0]][r[1] : r[2]]))
            regions = regions[:_MAX_CANDIDATES]
        return regions

    def align(self, words: QuoteWords) -> list[Alignment]:
        """The best alignment in each candidate region, best first."""
        query = self.encode(words.tokens.keys)
        if not query:
            return []
        spread = _ELLIPSIS_REACH if "ellipsis" in words.omissions.values() else 0
        regions = self.candidates(query, spread)
        # Every word in order, side by side: no need for the word-by-word alignment (the
        # common case, and the one that matters for long quotes).
        exact = [
            _exact(d, self.encoded[d].find(query, lo, hi), len(query))
            for d, lo, hi in regions
            if self.encoded[d].find(query, lo, hi) >= 0
        ]
        if exact:
            return exact
        found = []
        for d, lo, hi in regions:
            alignment = _align_region(d, query, self.encoded[d], lo, hi, words)
            if alignment is not None:
                found.append(_extend_edges(alignment, self.tokens[d], len(query)))
        found.sort(key=lambda a: (-a.similarity, -a.matched))
        return found


def _exact(document: int, start: int, m: int) -> Alignment:
    path = tuple((i, start + i) for i in range(m))
    return Alignment(document, path, start, start + m - 1, m, 1.0)


_MATCH = 2  # a shared word
_STEP = -1  # a changed, added or dropped word; an omission the story marked costs nothing


def _align_region(
    document: int, query: str, encoded: str, lo: int, hi: int, words: QuoteWords
) -> Alignment | None:
    """Semi-global alignment: every story word, the best-fitting stretch of the region.

    Plain LCS counts matches only, so it happily pairs "more" with one sentence and "learning"
    with the next; scoring each gap keeps the passage compact. Gaps at an ellipsis or a
    bracket are free (the story said it left words out there), so omitted words land where the
    story marked them rather than wherever a repeated "the" happens to fall.
    """
    source = encoded[lo:hi]
    m, w = len(query), len(source)
    if m == 0 or w == 0:
        return None
    # moves: 0 start, 1 match, 2 substitute, 3 story word only, 4 source word only
    previous = [0] * (w + 1)
    moves: list[bytearray] = [bytearray(w + 1)]
    for i in range(1, m + 1):
        letter = query[i - 1]
        free = words.omissions.get(i) is not None and i < m
        left_cost = 0 if free else _STEP
        row = [previous[0] + _STEP] * (w + 1)
        move = bytearray(w + 1)
        move[0] = 3
        for j in range(1, w + 1):
            if source[j - 1] == letter:
                best, how = previous[j - 1] + _MATCH, 1
            else:
                best, how = previous[j - 1] + _STEP, 2
            up = previous[j] + _STEP
            if up > best or (up == best and how == 2):
                best, how = up, 3
            left = row[j - 1] + left_cost
            if left > best:
                best, how = left, 4
            row[j] = best
            move[j] = how
        moves.append(move)
        previous = row
    end = max(range(w + 1), key=lambda j: (previous[j], -j))
    path: list[tuple[int, int]] = []
    i, j = m, end
    while i > 0:
        how = moves[i][j]
        if how in (1, 2):
            if how == 1:
                path.append((i - 1, lo + j - 1))
            else:
                path.append((GAP, lo + j - 1))
                path.append((i - 1, GAP))
            i, j = i - 1, j - 1
        elif how == 3:
            path.append((i - 1, GAP))
            i -= 1
        else:
            path.append((GAP, lo + j - 1))
            j -= 1
    path.reverse()
    return _measure(document, path, m, words)


def _measure(
    document: int, path: list[tuple[int, int]], m: int, words: QuoteWords
) -> Alignment | None:
    """Similarity of story and passage: 2 x shared words / (story words + passage words),
    not counting source words the story marked as omitted."""
    hits = sum(1 for qi, sj in path if qi != GAP and sj != GAP)
    if not hits:
        return None
    # Source words outside the first and last shared word are not part of the passage.
    first = next(sj for qi, sj in path if qi != GAP and sj != GAP)
    last = next(sj for qi, sj in reversed(path) if qi != GAP and sj != GAP)
    path = [(qi, sj) for qi, sj in path if qi != GAP or first <= sj <= last]
    point = 0
    free = 0
    for qi, sj in path:
        if qi != GAP:
            point = qi + 1
        elif words.omissions.get(point) is not None and first <= sj <= last:
            free += 1
    span = last - first + 1
    similarity = 2 * hits / (m + span - free)
    return Alignment(document, tuple(path), first, last, hits, min(1.0, similarity))


_WORDS_END = re.compile(r"[.?!;:\"“”«»\n]|['‘’](?!\w)")


def _extend_edges(alignment: Alignment, source: Tokens, m: int) -> Alignment:
    """Pair story words at a passage's edge with the source words they stand in for.

    "...we listened to the children" against "...we listened to the kids": the aligner ends
    the passage at "the", so "children" looks added while "kids" looks cut off. Extending the
    passage by as many words as the story has left over, but never past the end of the
    source's sentence or quotation, shows the change as a replacement with its evidence.
    """
    path = list(alignment.path)
    first, last = alignment.first, alignment.last
    trailing = 0
    while trailing < len(path) and path[-1 - trailing][1] == GAP:
        trailing += 1
    leading = 0
    while leading < len(path) and path[leading][1] == GAP:
        leading += 1
    after: list[tuple[int, int]] = []
    while (
        len(after) < trailing
        and last + 1 < len(source)
        and not _WORDS_END.search(source.gap(last + 1))
    ):
        last += 1
        after.append((GAP, last))
    before: list[tuple[int, int]] = []
    while len(before) < leading and first > 0 and not _WORDS_END.search(source.gap(first)):
        first -= 1
        before.insert(0, (GAP, first))
    if not after and not before:
        return alignment
    path = before + path + after
    span = last - first + 1
    similarity = min(1.0, alignment.similarity * (m + span - len(after) - len(before)) / (m + span))
    return Alignment(alignment.document, tuple(path), first, last, alignment.matched, similarity)
