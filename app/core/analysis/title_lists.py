"""Quoted names listed together: “A”, “B” and “C”. A title-case phrase listed with a title is
a title too, whichever item of the list a cue announces; any item listed with a sign's words,
a term or a word cited is one too; three or more title-case names in one list are names (works,
nominees, favourites) even when a verb of saying opens the sentence; and two titles either side
of "meets" or "vs" are a pitch. Read by quotes.scan_block after each pair is given its kind.
"""

from __future__ import annotations

import re

from app.core.analysis.name_shapes import is_title_case
from app.core.analysis.quote_marks import QuoteSpan, with_kind
from app.core.analysis.titles import _WORD_RE, HEADING, OTHER, QUOTE, TITLE

_PITCH_WORDS = frozenset({"meets", "vs", "vs.", "versus"})


def titles_in_lists(block: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """“A”, “B” and “C”: a title-case phrase listed with a title is a title too, whichever
    item of the list a cue announces ("“Salt,” “Gull” and the film “Low Tide” ..."); any item
    listed with a sign's words, a term or a word cited is one too."""
    out = list(spans)
    if len(out) < 2:
        return out
    for i in range(1, len(out)):
        # "“Downton Abbey” meets “The Wire”": a pitch made of two titles
        prev, cur = out[i - 1], out[i]
        if block[prev.mark_end : cur.mark_start].strip(" ,") in _PITCH_WORDS and all(
            is_title_case(_WORD_RE.findall(block[s.start : s.end])) for s in (prev, cur)
        ):
            out[i - 1], out[i] = with_kind(prev, TITLE), with_kind(cur, TITLE)
    _title_runs(block, out)
    for order in (range(1, len(out)), range(len(out) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            known, cur = out[j], out[i]
            if known.kind is QUOTE or cur.kind is not QUOTE:
                continue
            first, second = (known, cur) if j < i else (cur, known)
            gap = block[first.mark_end : second.mark_start]
            between = gap.strip(" ,")
            if between not in ("and", "or", "") and not (
                # each name explained in a relative clause: "a mode called “Focus Lanes,”
                # which holds back alerts, and “Glance Replies,” which ..."
                j < i
                and ("which" in gap or "that" in gap)
                and _EXPLAINED_ITEM_RE.fullmatch(gap) is not None
                and is_title_case(_WORD_RE.findall(block[cur.start : cur.end]))
            ):
                continue
            if (
                not between
                and "," not in gap
                and block[first.start : first.end].rstrip()[-1:] in ".!?…"
            ):
                # "adopted the slogan “Fair Shot.” “We mean it,” Hale said": the stop inside the
                # marks ended the sentence; the next marks open a new one, no list item
                continue
            cur_text = block[cur.start : cur.end]
            words = _WORD_RE.findall(cur_text)
            if known.kind is TITLE and words and is_title_case(words):
                out[i] = with_kind(cur, TITLE)
            elif (
                known.kind is OTHER
                and 0 < len(words) <= 12
                and cur_text.rstrip(" ,")[-1:] not in ".!?…"
            ):
                # banners reading “No farmers, no food” and “Keep the mill”: what the list's
                # cue names (a sign, a word, a term) it names for every item
                out[i] = with_kind(cur, OTHER)
    return out


# What may stand between two names of a list when the first is explained: ", which ..., and".
_EXPLAINED_ITEM_RE = re.compile(r"\s*,?\s*(?:which|that)\s[^“”\"‘’.;:!?]{1,120},\s*(?:and|or)\s+")


def _title_runs(block: str, spans: list[QuoteSpan]) -> None:
    """“A”, “B” and “C”: three or more title-case names in one list, none with a stop, are
    names (works, nominees, favourites) even when a verb of saying opens the sentence; no one
    speaks in a list of headline-case phrases. Marked in place."""
    run: list[int] = []
    prev = -1  # the list's item before this one
    listed = False  # a colon introduced the list: "listed her demands: “Fair Pay”, ...": hers
    for i, span in enumerate(spans):
        text = block[span.start : span.end]
        words = _WORD_RE.findall(text)
        if not (
            span.kind is not HEADING
            and words
            and text.rstrip(" ,")[-1:] not in ".!?…;:"
            and is_title_case(words)
        ):
            run, prev = [], -1
            continue
        joined = prev >= 0 and block[spans[prev].mark_end : span.mark_start].strip(" ,") in (
            "and",
            "or",
            "",
        )
        if not joined:
            run, listed = [], block[: span.mark_start].rstrip().endswith(":")
        prev = i
        if listed:
            continue
        run.append(i)
        if len(run) >= 3 and any(
            " " in block[spans[j].start : spans[j].end].strip() for j in run
        ):  # "shouted “Stop”, “Wait” and “Police”": single words can be cries
            for j in run:
                if spans[j].kind is QUOTE:
                    spans[j] = with_kind(spans[j], TITLE)
