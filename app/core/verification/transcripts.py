"""Transcripts (SRT, WebVTT, labelled plain text) read into words plus who-said-it-when segments."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from app.core.verification.normalize import word_set
from app.core.verification.sourcetext import Segment, SourceText, format_timestamp, parse_timestamp

_TIMING = re.compile(
    r"^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")
# "ZELENSKIY:", "MAYOR JANE DOE:", ">> Q:", "- REPORTER:"; mixed case only for short names
# ("Jane Doe:") so that ordinary sentences with a colon are not taken for labels.
_UPPER_LABEL = r"[A-Z][A-Z0-9.'’ -]{0,40}?(?:\s*\([^)]{1,40}\))?"
_NAME_LABEL = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_LABEL = re.compile(rf"^\s*(?:>>+|-)?\s*({_UPPER_LABEL}|{_NAME_LABEL})\s*:\s+(?=\S)")
_STRICT_LABEL = re.compile(rf"^\s*(?:>>+|-)?\s*({_UPPER_LABEL})\s*:\s+(?=\S)")
_LINE_TIME = re.compile(r"^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?\s+")
# Sound cues a captioner adds: "[applause]", "(LAUGHTER)", "♪"; they are nobody's words.
_SOUND = re.compile(r"\[[^\]]{1,40}\]|\((?:[A-Z][A-Z ]{2,30})\)|[♪♫]")
_TURN_MARK = re.compile(r"^\s*(?:-|>>+)\s+")  # a caption's "- " or ">> " at a change of speaker
_SPACES = re.compile(r"[ \t\u00a0]+")


class _Builder:
    """Joins spoken chunks into one text: a space within a turn, a blank line between turns."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[Segment] = []
        self.speaker: str | None = None

    def add(self, words: str, speaker: str | None, seconds: float | None) -> None:
        words = _SPACES.sub(" ", words).strip()
        if not words:
            return
        if self.length:
            separator = " " if speaker == self.speaker else "\n\n"
            self.parts.append(separator)
            self.length += len(separator)
        start = self.length
        self.parts.append(words)
        self.length += len(words)
        timestamp = format_timestamp(seconds) if seconds is not None else None
        self.segments.append(Segment(start, self.length, speaker, timestamp, seconds))
        self.speaker = speaker

    def build(self, title: str, kind: str) -> SourceText:
        return SourceText(title, kind, "".join(self.parts), tuple(self.segments))


def clean_label(label: str) -> str:
    """ "MAYOR JANE DOE (via interpreter)" -> "MAYOR JANE DOE": the label as a name to compare."""
    label = re.sub(r"\([^)]*\)", "", label)
    return _SPACES.sub(" ", label).strip(" -.")


# Words that open a spoken sentence with a colon ("Look: we won") rather than name a speaker.
_NOT_NAMES = word_set(
    "look listen note remember well now so yes no again first second third finally here there "
    "this that but and also today tonight quote unquote period"
)


def _split_label(line: str, pattern: re.Pattern[str]) -> tuple[str | None, str]:
    match = pattern.match(line)
    if not match or match.group(1).strip().casefold() in _NOT_NAMES:
        return None, line
    return clean_label(match.group(1)), line[match.end() :]


def _cue_lines(lines: Iterable[str]) -> Iterable[tuple[str | None, str]]:
    """Each caption line as (speaker label or None, words), voice tags and markup removed."""
    for raw in lines:
        speaker = None
        voice = _VOICE.search(raw)
        if voice:
            speaker = clean_label(voice.group(1))
        text = _TURN_MARK.sub("", html.unescape(_TAG.sub("", raw)))
        label, text = _split_label(text, _LABEL)
        yield (label or speaker), _SOUND.sub(" ", text)


def parse_cues(text: str, title: str, kind: str) -> SourceText:
    """SRT and WebVTT alike: every timing line opens a cue that runs to the next blank line.

    A label holds until the next one, because transcripts usually name a speaker only when the
    turn changes.
    """
    builder = _Builder()
    speaker: str | None = None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        timing = _TIMING.match(lines[i])
        if not timing:
            i += 1
            continue
        seconds = parse_timestamp(timing.group(1))
        i += 1
        cue: list[str] = []
        while i < len(lines) and lines[i].strip() and not _TIMING.match(lines[i]):
            cue.append(lines[i])
            i += 1
        for label, words in _cue_lines(cue):
            if label:
                speaker = label
            builder.add(words, speaker, seconds)
    return builder.build(title, kind)


def looks_like_cues(text: str) -> bool:
    """True for pasted SRT or WebVTT (a WEBVTT header or timing lines)."""
    head = text.lstrip("\ufeff \n\r\t")[:4096]
    if head.startswith("WEBVTT"):
        return True
    return sum(1 for line in head.splitlines() if _TIMING.match(line)) >= 2


def parse_labelled_text(text: str, title: str, kind: str) -> SourceText:
    """Plain text, read as a transcript when lines start with speaker labels or timestamps.

    Two or more "NAME:" lines (upper case, to spare ordinary prose) or timestamped lines turn
    on transcript reading; otherwise the text is kept exactly as it is, offsets and all.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    labelled = sum(1 for line in lines if _STRICT_LABEL.match(line))
    timed = sum(1 for line in lines if _LINE_TIME.match(line))
    if labelled < 2 and timed < 2:
        return SourceText(title, kind, text)
    builder = _Builder()
    speaker: str | None = None
    seconds: float | None = None
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            builder.add(" ".join(paragraph), speaker, seconds)
            paragraph.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        rest = line
        time_match = _LINE_TIME.match(rest)
        if time_match:
            flush()
            seconds = parse_timestamp(time_match.group(1))
            rest = rest[time_match.end() :]
        label, rest = _split_label(rest, _STRICT_LABEL)
        if label:
            flush()
            speaker = label
        paragraph.append(_SOUND.sub(" ", rest))
    flush()
    return builder.build(title, kind)
