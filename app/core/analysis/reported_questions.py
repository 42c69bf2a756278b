"""The answer to a reported question is the answerer's, not the asker's.

Earnings calls, press conferences and interviews are written as turns: "Greer asked whether
the price would come down. “For a smaller box, in February, yes,” she said." The reading pass
gives "she" the subject of the sentence just before, which is the asker, so every answer went
to the analyst who put the question. When that sentence reports a question (asked whether,
asked if, wanted to know, pressed her on) and its subject is the quote's speaker, and the quote
is said, replied or answered (not asked again), the words are those of the person last quoted
before who is someone else and whom the pronoun fits: the one being asked. Quotes that only
continue that answer follow it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.attribution_rules import CONTINUES, continued, reason_text
from app.core.analysis.first_names import first_name_gender
from app.core.analysis.pronouns import SUBJECT_BEFORE, SUBJECT_JUST_BEFORE
from app.core.analysis.sentence_bounds import sentence_starts

# A sentence reporting a question: "Greer asked whether ...", "She wanted to know if ...",
# "Tom Reed pressed her on the plant", "an analyst asked about margins".
_QUESTION_RE = re.compile(
    r"\b(?:asked|asks|wanted\s+to\s+know|wondered|queried|pressed\s+(?:him|her|them)\s+on)"
    r"(?:\s+(?:him|her|them|the\s+\w+))?\s+(?:whether|if|why|how|what|when|where|who|which|"
    r"about)\b|\bpressed\s+(?:him|her|them)\s+on\b"
)
# The question put to the subject: "X was asked about", "when asked whether", "Varga, asked
# what she would do, said".
_PASSIVE_RE = re.compile(
    r"(?:\b(?:was|were|is|are|been|being|be|got|gets|when|if|once)\s+|,\s*)asked\b"
)
# The quote's tag right after it: "“…,” she said", "“…,” he replied".
_ANSWER_TAG_RE = re.compile(
    r"[”\"’']?\s*,?\s*[”\"’']?\s*(?P<pronoun>he|she)\s+"
    r"(?:said|says|replied|replies|answered|answers|responded|responds)\b"
)
# How far back the person asked may have spoken: a few turns of one exchange.
_TURNS = 4
_REACH = 1500
_SUBJECT_RULES = (SUBJECT_JUST_BEFORE, SUBJECT_BEFORE)


def answers_to_reported_questions(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each answer to a reported question given to the one asked (see above)."""
    out: list[model.Quote] = []
    moved: tuple[str, str] | None = None  # the asker, and who answered
    for q in quotes:
        reason = q.speaker_reason or ""
        if moved is not None and q.speaker == moved[0] and CONTINUES in reason:
            out.append(replace(q, speaker=moved[1], speaker_reason=continued(moved[1])))
            continue
        moved = None
        answerer = _answerer(text, q, out) if any(r in reason for r in _SUBJECT_RULES) else None
        if answerer is None:
            out.append(q)
            continue
        moved = (q.speaker or "", answerer)
        why = reason_text(
            q.speaker_mention or "",
            answerer,
            f"answering the question {q.speaker} asked just before, the person last quoted "
            "before it, gender agrees",
            "speech verb right after the quote",
        )
        out.append(replace(q, speaker=answerer, speaker_reason=why))
    return out


def _answerer(text: str, q: model.Quote, before: list[model.Quote]) -> str | None:
    """The person asked, when `q` answers a question its speaker was just reported asking."""
    asker = q.speaker
    if not asker or q.start <= 0:
        return None
    tag = _ANSWER_TAG_RE.match(text, q.end, q.end + 30)
    if tag is None:
        return None
    paragraph = text.rfind("\n", 0, q.start) + 1
    lead = text[paragraph : q.start].rstrip("\"“‘' ")
    if not lead:
        return None
    sentence = lead[max(start for start in sentence_starts(lead) if start < len(lead)) :]
    if not _QUESTION_RE.search(sentence) or asker.split()[-1] not in sentence:
        return None
    if _PASSIVE_RE.search(sentence):
        return None  # "Amankwah-Reid was asked about the song": he is the one answering
    gender = "m" if tag["pronoun"] == "he" else "f"
    for earlier in reversed(before[-_TURNS:]):
        if q.start - earlier.end > _REACH:
            break
        name = earlier.speaker
        if not name or name == asker or " " not in name:
            continue
        if first_name_gender(name.split()[0]) in (gender, ""):
            return name
        return None  # the last other voice is not one "she" or "he" fits: leave it
    return None
