"""Short single-marked partial quotes inside copy that quotes with double marks.

British, Irish, Australian, New Zealand and South African papers often quote a whole sentence
in double marks and a reported phrase in single ones: "residents say the hearing was ‘a
farce’", "the minister has labelled the union ‘reckless’". A double-marks text pairs only its
double marks, so such phrases were dropped. They are taken here only when they are short (one
to five words), curly (a straight ' is too often an apostrophe), outside every double quote,
and governed by a verb of saying or calling earlier in the same sentence: a single-marked
phrase with no sayer ("the so-called ‘reform’", a title) stays out.
"""

from __future__ import annotations

import re

_OPEN = "‘"
_CLOSE = "’"
_BEFORE_OPEN = frozenset(" \t\n(—–-“")
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)—–-”")
_MOST_WORDS = 5
_MOST_CHARS = 60
# Verbs of saying or calling, and claims made plainly ("made it clear that"), in the sentence
# before the phrase; kept short and lower-case: this is a gate, attribution finds the sayer.
_GOVERNED_RE = re.compile(
    r"(?<![\w-])(?:says?|said|saying|tells?|told|telling|call(?:s|ed|ing)?|"
    r"label(?:s|led|ed|ling)?|dub(?:s|bed)?|brand(?:s|ed)?|describ(?:es?|ed|ing)|"
    r"warn(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|argu(?:es?|ed)|add(?:s|ed)|"
    r"accus(?:es?|ed)|den(?:y|ies|ied)|admit(?:s|ted)?|vow(?:s|ed)?|promis(?:es?|ed)|"
    r"made\s+(?:it\s+)?clear|wrote|writes|stated?|branded|slam(?:s|med)|"
    r"condemn(?:s|ed)?|criticis(?:es?|ed)|criticiz(?:es?|ed)|urg(?:es?|ed))(?![\w-])"
)
# A tag after the phrase, in its sentence: "he would back it with ‘some reluctance’, Cr Vell
# said", "‘a farce’, the union says": a comma, at most four words naming the sayer (no clause
# word among them), then a verb of saying.
_TAG_AFTER_RE = re.compile(
    r",\s+(?!(?:and|but|which|who|that|when|while|as|if|so)\b)"
    r"(?:[\w.’'-]+\s+){1,4}?(?:said|says|told|added|adds|insisted|argued|warned|admitted)\b"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"‘])")


def find(block: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each short single-marked phrase a sayer governs.

    `taken` holds the (mark start, mark end) of the block's double quotes: a single pair
    inside one is a nested quote, theirs to hold.
    """
    out: list[tuple[int, int]] = []
    at = block.find(_OPEN)
    while at != -1:
        pair = _pair_at(block, at)
        if pair is not None and not any(s <= at < e for s, e in taken):
            if _governed(block, at) or _TAG_AFTER_RE.match(block, pair[1] + 1):
                out.append(pair)
            at = block.find(_OPEN, pair[1] + 1)
        else:
            at = block.find(_OPEN, at + 1)
    return out


def _pair_at(block: str, at: int) -> tuple[int, int] | None:
    """The phrase opened at `at` when it is a short one closed before the sentence ends."""
    if at > 0 and block[at - 1] not in _BEFORE_OPEN:
        return None
    if not block[at + 1 : at + 2].isalpha():
        return None
    limit = min(len(block), at + _MOST_CHARS)
    close = block.find(_CLOSE, at + 1, limit)
    while close != -1:
        nxt = block[close + 1 : close + 2]
        if not nxt or nxt in _AFTER_CLOSE:
            break
        close = block.find(_CLOSE, close + 1, limit)  # "people’s": an apostrophe
    if close == -1:
        return None
    inner = block[at + 1 : close]
    # "rock ‘n’ roll": an elision; a phrase must have a word of two letters and end on one
    if len(inner.strip()) < 2 or not inner[-1:].isalnum() or _OPEN in inner:
        return None
    if len(inner.split()) > _MOST_WORDS or any(ch in inner for ch in '.!?\n"“”'):
        return None
    return at, close


def _governed(block: str, at: int) -> bool:
    """A verb of saying or calling earlier in the sentence holding the mark at `at`."""
    lo = max(0, at - 300)
    start = lo
    for m in _SENTENCE_END_RE.finditer(block, lo, at):
        start = m.end()
    return _GOVERNED_RE.search(block, start, at) is not None


def tagged(block: str) -> bool:
    """A short paragraph whose single-marked phrase a tag follows ("He would back it with
    ‘some reluctance’, Cr Vell said."): a sentence of copy, not a headline ("Vell calls plan
    ‘a farce’"), however few its words."""
    close = block.find(_CLOSE + ",")
    return close != -1 and _TAG_AFTER_RE.match(block, close + 1) is not None
