"""Material for the verification tests: a made-up press conference as SRT and WebVTT."""

from __future__ import annotations

import pytest

from app.core.verification import SourceText, document_from_text, parse_document

# (start seconds, speaker label or None to continue the turn, words)
CUES: list[tuple[float, str | None, str]] = [
    (1.0, "Dana Reyes", "Good morning, everyone. The new plan protects our rivers."),
    (5.0, None, "It will cost 12 million dollars over three years, and the work starts in April."),
    (10.5, None, "We listened to the farmers, we listened to the fishermen, and we listened"),
    (15.0, None, "to the kids who swim in these rivers every summer."),
    (19.0, None, "Frankly, the old permits were a disgrace, and we're ending them."),
    (24.0, "Reporter", "Will the council support the plan before the election?"),
    (
        28.0,
        "Dana Reyes",
        "I believe the council will support it, because voters demand clean water.",
    ),
    (34.0, "Amir Hassan", "We have not seen the numbers yet, and we will not sign a blank cheque."),
]


def _clock(seconds: float, separator: str) -> str:
    whole = int(seconds)
    millis = round((seconds - whole) * 1000)
    return f"00:{whole // 60:02d}:{whole % 60:02d}{separator}{millis:03d}"


def make_srt() -> str:
    """SRT with upper-case "NAME:" labels at each change of speaker."""
    blocks = []
    for n, (start, speaker, words) in enumerate(CUES, start=1):
        end = CUES[n][0] if n < len(CUES) else start + 4
        label = f"{speaker.upper()}: " if speaker else ""
        blocks.append(f"{n}\n{_clock(start, ',')} --> {_clock(end, ',')}\n{label}{words}\n")
    return "\n".join(blocks)


def make_vtt() -> str:
    """WebVTT with a <v Name> voice tag on every cue."""
    blocks = ["WEBVTT", "NOTE press conference, city hall"]
    speaker = ""
    for n, (start, label, words) in enumerate(CUES, start=1):
        speaker = label or speaker
        end = CUES[n][0] if n < len(CUES) else start + 4
        blocks.append(f"{_clock(start, '.')} --> {_clock(end, '.')}\n<v {speaker}>{words}</v>")
    return "\n\n".join(blocks) + "\n"


@pytest.fixture(params=["srt", "vtt"])
def transcript(request: pytest.FixtureRequest) -> SourceText:
    text = make_srt() if request.param == "srt" else make_vtt()
    source = parse_document(document_from_text(text, title=f"presser.{request.param}"))
    assert source.kind == request.param
    return source


@pytest.fixture
def transcript_files() -> dict[str, str]:
    """File name -> content, for tests that read transcripts from disk."""
    return {"presser.srt": make_srt(), "presser.vtt": make_vtt()}
