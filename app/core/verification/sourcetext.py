"""Source material as plain text, with the speaker and timestamp of every span kept beside it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of `SourceText.text` said by one speaker at one time (a transcript cue or turn).

    Offsets are code points into `SourceText.text`, the same space evidence offsets use, so a
    viewer can highlight a passage and show who said it and when without re-parsing the file.
    """

    start: int
    end: int
    speaker: str | None = None
    timestamp: str | None = None
    seconds: float | None = None
    quoted: bool = False
    """A passage in quotation marks in prose (a direct quote the document reports)."""


@dataclass(frozen=True, slots=True)
class SourceText:
    """What verification reads: the words of a document and, for transcripts, who said them when.

    `text` holds only what was said or written: transcript labels and cue timings live in
    `segments`, so a quote that runs across two cues still reads as one stretch of words.
    """

    title: str
    kind: str
    text: str
    segments: tuple[Segment, ...] = ()
    issuer: str | None = None
    """Who a statement or press release speaks for (its text outside quotes is theirs)."""
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.start for s in self.segments))

    def segment_at(self, offset: int) -> Segment | None:
        """The segment covering `offset` (or the last one starting before it), if any."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        return self.segments[index]

    def speaker_at(self, offset: int) -> str | None:
        segment = self.segment_at(offset)
        return segment.speaker if segment else None

    def timestamp_at(self, offset: int) -> str | None:
        segment = self.segment_at(offset)
        return segment.timestamp if segment else None

    @property
    def speakers(self) -> tuple[str, ...]:
        """Every speaker label in order of first appearance (for a viewer's legend)."""
        seen: dict[str, None] = {}
        for segment in self.segments:
            if segment.speaker:
                seen.setdefault(segment.speaker, None)
        return tuple(seen)


def format_timestamp(seconds: float) -> str:
    """`HH:MM:SS.mmm`, one spelling for SRT's comma and VTT's dot, so evidence reads the same."""
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def parse_timestamp(value: str) -> float | None:
    """Seconds from `HH:MM:SS,mmm`, `MM:SS.mmm` or `H:MM:SS`; None when it is not a time."""
    value = value.strip().replace(",", ".")
    parts = value.split(":")
    if not 2 <= len(parts) <= 3:
        return None
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for number in numbers:
        seconds = seconds * 60 + number
    return seconds
